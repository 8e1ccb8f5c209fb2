use knee_core::timer::CueKind;
use knee_core::{text, Lang, TextId, Ui};
use std::rc::Rc;
use yew::prelude::*;

use crate::app::state::State;
use crate::services::clock::now_ms;
use crate::services::cues::{self, CuePlayer, Words};

/// The routine's tones, vibrations and (if chosen) spoken words. Holds a player with every cue
/// up to the timer's next hold scheduled ahead (so they stay on time in a hidden tab); it is
/// replaced whenever the patient's input changes the timer (its revision), the settings or
/// the language change, and dropped, cutting what is still ahead, when the routine is left or
/// muted. Time alone never reschedules: it only plays what was scheduled.
#[hook]
pub fn use_cue_player(state: UseReducerHandle<State>, lang: Lang) {
    let settings = state.visit.cues;
    use_effect_with((state.cue_revision(), settings, lang), move |_| {
        let routine = state.routine().filter(|_| !settings.muted);
        let cues = routine.map_or_else(Vec::new, |r| r.session.cues_from(state.now, now_ms()));
        // Nothing ahead, muted, or speech off: anything still being spoken stops.
        if cues.is_empty() || !settings.speak {
            cues::hush();
        }
        let player = routine.filter(|_| !cues.is_empty()).map(|routine| {
            let plan = routine.plan.clone();
            let words: Option<Words> = settings.speak.then(|| {
                Rc::new(move |kind: CueKind| match kind {
                    CueKind::Count(_) => None,
                    CueKind::StepStarts(step) => plan
                        .steps
                        .get(step)
                        .map(|s| text(lang, TextId::StepName(s.kind)).to_owned()),
                    CueKind::CheckIn(_) => Some(text(lang, Ui::CheckInQuestion).to_owned()),
                    CueKind::Confirm(_) => Some(text(lang, Ui::ConfirmHeading).to_owned()),
                    CueKind::Finished => Some(text(lang, Ui::DoneTitle).to_owned()),
                }) as Words
            });
            CuePlayer::schedule(&cues, words, lang.code())
        });
        move || drop(player)
    });
}
