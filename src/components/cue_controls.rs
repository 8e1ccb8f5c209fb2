//! The cue settings: one mute for every sound, vibration and spoken word, and spoken step
//! names by choice (offered only where the browser can speak).

use knee_core::Ui;
use yew::prelude::*;

use super::use_text;

#[derive(Properties, PartialEq)]
pub struct CueControlsProps {
    pub muted: bool,
    pub speak: bool,
    /// Whether this browser can speak at all.
    pub can_speak: bool,
    pub on_mute: Callback<bool>,
    pub on_speak: Callback<bool>,
}

#[component]
pub fn CueControls(props: &CueControlsProps) -> Html {
    let t = use_text();
    let muted = props.muted;
    let on_mute = props.on_mute.reform(move |_: MouseEvent| !muted);
    let speak = props.speak;
    let on_speak = props.on_speak.reform(move |_: Event| !speak);
    html! {
        <section class="cue-controls" aria-labelledby="cues-heading">
            <h2 id="cues-heading" class="cue-heading">{ t.get(Ui::CuesHeading) }</h2>
            <p class="note">{ t.get(Ui::CuesNote) }</p>
            <div class="cue-options">
                <button type="button" id="mute" class="button toggle"
                    aria-pressed={muted.to_string()} onclick={on_mute}>
                    <span class="toggle-mark" aria-hidden="true"></span>
                    { t.get(Ui::Mute) }
                </button>
                if props.can_speak {
                    <div class="check">
                        <input type="checkbox" id="speak" checked={speak} disabled={muted}
                            onchange={on_speak} />
                        <label for="speak">{ t.get(Ui::SpeakSteps) }</label>
                    </div>
                }
            </div>
        </section>
    }
}
