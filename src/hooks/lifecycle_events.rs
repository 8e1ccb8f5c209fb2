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
    let send = sender(&config);
    use_page_ready(config);
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

/// Marks the page ready once its first screen is on it (the patient's or the clinician's page),
/// and tells the host page so (with `events=on`).
#[hook]
pub fn use_page_ready(config: Rc<Config>) {
    let send = sender(&config);
    use_effect_with((), move |_| {
        page::mark_ready();
        send(Lifecycle::Ready);
    });
}

/// Sends a milestone to the host page, if the embedder asked for them.
fn sender(config: &Config) -> impl Fn(Lifecycle) + Clone + 'static {
    let events_to = config.events.then(|| config.parent.clone()).flatten();
    move |event: Lifecycle| {
        if let Some(parent) = events_to.as_deref() {
            embed::send_event(event, parent);
        }
    }
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
