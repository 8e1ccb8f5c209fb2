//! Shared-tablet mode: "Next patient" clears everything at once, and a note says the screen
//! also clears itself after the idle limit.

use knee_core::Ui;
use yew::prelude::*;

use super::use_text;

#[derive(Properties, PartialEq)]
pub struct TabletBarProps {
    pub idle_seconds: u32,
    pub on_next_patient: Callback<()>,
}

#[component]
pub fn TabletBar(props: &TabletBarProps) -> Html {
    let t = use_text();
    let note = t.fill(Ui::TabletNote, &[("time", &t.duration(props.idle_seconds))]);
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
