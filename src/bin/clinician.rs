//! The clinician's page's binary (`clinician.html`): "Prepare a routine for a patient" alone,
//! so the patient's binary carries neither that screen nor its QR encoder.

fn main() {
    knee_care::start_clinician();
}
