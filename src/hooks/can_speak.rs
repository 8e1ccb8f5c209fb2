use knee_core::Lang;
use yew::prelude::*;

use crate::services::cues;

/// Whether the browser has a voice for the page's language, asked again when the language
/// changes and whenever the browser's list of voices changes (some list them only after a
/// moment). The choice to hear each step's name is offered only while this is true.
#[hook]
pub fn use_can_speak(lang: Lang) -> bool {
    let can = use_state(|| cues::can_speak(lang.code()));
    {
        let can = can.clone();
        use_effect_with(lang, move |&lang| {
            can.set(cues::can_speak(lang.code()));
            let again = can.clone();
            let listener =
                cues::on_voices_changed(move |_| again.set(cues::can_speak(lang.code())));
            move || drop(listener)
        });
    }
    *can
}
