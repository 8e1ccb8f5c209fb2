use knee_core::embed::{Config, Mode};
use std::rc::Rc;
use yew::prelude::*;

use crate::app::state::{Action, State};
use crate::services::activity::IdleTimer;

/// Shared-tablet mode: after the configured idle time without a touch, on any screen but a
/// running routine, everything about the patient is cleared ("Next patient"). Holds an idle
/// timer while watching; a routine that starts running (or tablet mode off) drops it.
#[hook]
pub fn use_tablet_idle(
    config: Rc<Config>,
    routine_running: bool,
    dispatch: UseReducerDispatcher<State>,
) {
    let watching = config.mode == Mode::Tablet && !routine_running;
    let limit = config.idle_seconds;
    use_effect_with(watching, move |&watching| {
        let timer = watching
            .then(|| IdleTimer::start(limit, move || dispatch.dispatch(Action::NextPatient)));
        move || drop(timer)
    });
}
