use yew::prelude::*;

use crate::app::state::{Action, PrivateLog, State};
use crate::services::private_log;

/// Saves the patient's log whenever the state's copy changes, and erases it from the device
/// when the patient erases it; a refused save is told to the state, and the screens say so.
/// Nothing is written while the log is off or unavailable, nor at start (the log read from
/// the device is not written back).
#[hook]
pub fn use_private_log(log: PrivateLog, dispatch: UseReducerDispatcher<State>) {
    let before = use_mut_ref(|| log.clone());
    use_effect_with(log, move |log| {
        let was = before.replace(log.clone());
        let saved = match log {
            PrivateLog::On(entries) if was != *log => private_log::save(entries),
            _ => true,
        };
        if !saved {
            dispatch.dispatch(Action::LogNotSaved);
        }
        if *log == PrivateLog::Off && matches!(was, PrivateLog::On(_) | PrivateLog::Unreadable(_)) {
            private_log::erase();
        }
    });
}
