//! Shared-tablet mode: "Next patient" clears everything at once, and a note says the screen
//! also clears itself after the idle limit.

use knee_core::Ui;
use yew::prelude::*;

use super::{use_text, Text};

#[derive(Properties, PartialEq)]
pub struct TabletBarProps {
    pub idle_seconds: u32,
    pub on_next_patient: Callback<()>,
}

/// "2 minutes", "1 minute", "45 seconds".
fn duration(t: Text, seconds: u32) -> String {
    match seconds {
        60 => t.get(Ui::DurationOneMinute).to_owned(),
        s if s % 60 == 0 => t.fill(Ui::DurationMinutes, &[("n", &(s / 60).to_string())]),
        s => t.fill(Ui::DurationSeconds, &[("n", &s.to_string())]),
    }
}

#[component]
pub fn TabletBar(props: &TabletBarProps) -> Html {
    let t = use_text();
    let note = t.fill(
        Ui::TabletNote,
        &[("time", &duration(t, props.idle_seconds))],
    );
    html! {
        <footer class="tablet-bar">
            <p class="note">{ note }</p>
            <button type="button" class="button" id="next-patient"
                onclick={props.on_next_patient.reform(|_: MouseEvent| ())}>
                { t.get(Ui::NextPatient) }
            </button>
        </footer>
    }
}
