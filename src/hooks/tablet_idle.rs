use knee_core::embed::{Config, Mode};
use std::rc::Rc;
use yew::prelude::*;

use crate::services::activity::IdleTimer;

/// Shared-tablet mode: after the configured idle time without a touch, on any screen but a
/// running routine, `on_idle` clears everything about the patient ("Next patient"; on the
/// clinician's page, the routine being prepared). Holds an idle timer while watching; a routine
/// that starts running (or tablet mode off) drops it.
#[hook]
pub fn use_tablet_idle(config: Rc<Config>, routine_running: bool, on_idle: Callback<()>) {
    let watching = config.mode == Mode::Tablet && !routine_running;
    let limit = config.idle_seconds;
    use_effect_with(watching, move |&watching| {
        let timer = watching.then(|| IdleTimer::start(limit, move || on_idle.emit(())));
        move || drop(timer)
    });
}
