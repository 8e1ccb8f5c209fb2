use yew::prelude::*;

use crate::app::state::{Action, State};
use crate::services::wake_lock::ScreenAwake;

/// Keeps the screen awake while the routine runs or asks a question; a pause, a stop or the
/// end lets it go. Where the browser refuses or lacks the Wake Lock, the state is told once,
/// and the routine says the screen may dim.
#[hook]
pub fn use_wake_lock(wanted: bool, dispatch: UseReducerDispatcher<State>) {
    use_effect_with(wanted, move |&wanted| {
        let awake =
            wanted.then(|| ScreenAwake::hold(move || dispatch.dispatch(Action::ScreenMayDim)));
        move || drop(awake)
    });
}
