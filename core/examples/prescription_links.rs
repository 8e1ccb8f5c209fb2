//! Writes clinician's links made by the core's own encoder, for the end-to-end tests:
//!
//!   cargo run -p knee-core --example prescription_links -- target/e2e/links.json
//!
//! `good` (a right knee, five steps with a ball, three times a week), `tampered` (one
//! character of it changed) and `newer` (from a version this app does not know), each checked
//! here against the decoder before it is written.

use knee_core::calendar::Day;
use knee_core::prescription::{Prescription, Refusal};
use knee_core::screening::Knee;
use knee_core::step::StepKind;
use serde_json::json;

fn main() {
    let Some(out) = std::env::args().nth(1) else {
        eprintln!("usage: prescription_links <out.json>");
        std::process::exit(2);
    };
    let good = Prescription {
        knee: Some(Knee::Right),
        steps: vec![
            (StepKind::Positioning, 30),
            (StepKind::SoftTissueRelease, 150),
            (StepKind::PesAnserineHold, 45),
            (StepKind::MassageBall, 40),
            (StepKind::GentleMovement, 60),
        ],
        foam_roller: false,
        massage_ball: true,
        per_week: 3,
        prepared: Day::from_ymd(2026, 11, 20).expect("a date"),
    };
    let link = good.encode().expect("a valid routine");
    // One character changed: the checksum must refuse it.
    let mut tampered = link.clone().into_bytes();
    let at = tampered.len() / 2;
    tampered[at] = if tampered[at] == b'Q' { b'R' } else { b'Q' };
    let tampered = String::from_utf8(tampered).expect("ASCII");
    assert_eq!(Prescription::decode(&tampered), Err(Refusal::Unreadable));
    let newer = "AgAA";
    assert_eq!(Prescription::decode(newer), Err(Refusal::NeedsNewerApp));
    let json = json!({
        "good": link,
        "goodSteps": good.steps.iter().map(|&(k, s)| json!([format!("{k:?}"), s])).collect::<Vec<_>>(),
        "goodDate": good.prepared.iso(),
        "goodPerWeek": good.per_week,
        "tampered": tampered,
        "newer": newer,
    });
    if let Some(dir) = std::path::Path::new(&out).parent() {
        std::fs::create_dir_all(dir).expect("create the output directory");
    }
    std::fs::write(
        &out,
        serde_json::to_string_pretty(&json).expect("JSON") + "\n",
    )
    .expect("write the links");
}
