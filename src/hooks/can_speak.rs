use knee_core::Lang;
use yew::prelude::*;

use crate::services::cues;

/// Whether the browser has a voice for the page's language. Asked again when the language
/// changes, when the routine's overview opens (where the choice is made), and whenever the
/// browser's list of voices changes (some list them only after a moment, and not every one says
/// so). The choice to hear each step's name is offered only while this is true.
#[hook]
pub fn use_can_speak(lang: Lang, on_overview: bool) -> bool {
    let can = use_state_eq(|| cues::can_speak(lang.code()));
    {
        let can = can.clone();
        use_effect_with((lang, on_overview), move |&(lang, _)| {
            can.set(cues::can_speak(lang.code()));
            let again = can.clone();
            let listener =
                cues::on_voices_changed(move |_| again.set(cues::can_speak(lang.code())));
            move || drop(listener)
        });
    }
    *can
}
