use knee_core::timer::Input;
use yew::prelude::*;

use crate::app::state::{Action, State};
use crate::services::clock::{now_ms, Ticker};
use crate::services::keyboard::SpaceBar;

/// How often the countdown is redrawn while visible. The time itself comes from timestamps.
const TICK_MS: u32 = 250;

/// While a routine is under way (running, paused or held at a question): a ticker that passes
/// the clock to the state, and the space bar as pause and resume. Both are dropped when the
/// routine ends or the patient leaves it.
#[hook]
pub fn use_routine_clock(under_way: bool, dispatch: UseReducerDispatcher<State>) {
    use_effect_with(under_way, move |&under_way| {
        let running = under_way.then(|| {
            let tick = dispatch.clone();
            (
                Ticker::start(TICK_MS, move |now| tick.dispatch(Action::Tick(now))),
                SpaceBar::listen(move || {
                    dispatch.dispatch(Action::Timer(Input::TogglePause, now_ms()))
                }),
            )
        });
        move || drop(running)
    });
}
