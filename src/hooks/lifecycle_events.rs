use knee_core::embed::{Config, Lifecycle};
use knee_core::timer::Phase;
use std::rc::Rc;
use yew::prelude::*;

use crate::app::state::{Screen, State};
use crate::services::{embed, page};

/// Marks the page ready once the first screen is on it, and tells the host page (only when
/// the embedder asked, with `events=on` and its `parent`) each milestone as it is reached:
/// ready, the screening finished, a routine started, a routine finished. Never what was
/// answered or why a routine ended. Holds nothing.
#[hook]
pub fn use_lifecycle_events(config: Rc<Config>, state: &State) {
    let events_to = config.events.then(|| config.parent.clone()).flatten();
    let send = move |event: Lifecycle| {
        if let Some(parent) = events_to.as_deref() {
            embed::send_event(event, parent);
        }
    };
    {
        let send = send.clone();
        use_effect_with((), move |_| {
            page::mark_ready();
            send(Lifecycle::Ready);
        });
    }
    let finished = state
        .routine_view()
        .is_some_and(|v| v.phase == Phase::Finished);
    use_milestone(
        state.patient.screen == Screen::Outcome,
        Lifecycle::ScreeningFinished,
        send.clone(),
    );
    use_milestone(
        state.routine().is_some(),
        Lifecycle::RoutineStarted,
        send.clone(),
    );
    use_milestone(finished, Lifecycle::RoutineFinished, send);
}

/// Sends `milestone` each time `reached` turns true (not on the first render unless true).
#[hook]
fn use_milestone(reached: bool, milestone: Lifecycle, send: impl Fn(Lifecycle) + 'static) {
    use_effect_with(reached, move |&reached| {
        if reached {
            send(milestone);
        }
    });
}
