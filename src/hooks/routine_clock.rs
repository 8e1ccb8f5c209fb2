use knee_core::timer::Input;
use yew::prelude::*;

use crate::app::state::{Action, State};
use crate::services::clock::{now_ms, Ticker};
use crate::services::keyboard::SpaceBar;

/// How often the countdown is redrawn while visible. The time itself comes from timestamps.
const TICK_MS: u32 = 250;

/// While a routine is under way (running, paused or held at a question): a ticker that passes
/// the clock to the state. While it runs or is paused (not at a question, where space should
/// still scroll the page): the space bar as pause and resume. Each is dropped when that ends.
#[hook]
pub fn use_routine_clock(
    under_way: bool,
    space_pauses: bool,
    dispatch: UseReducerDispatcher<State>,
) {
    {
        let dispatch = dispatch.clone();
        use_effect_with(under_way, move |&under_way| {
            let ticker = under_way
                .then(|| Ticker::start(TICK_MS, move |now| dispatch.dispatch(Action::Tick(now))));
            move || drop(ticker)
        });
    }
    use_effect_with(space_pauses, move |&space_pauses| {
        let space = space_pauses.then(|| {
            SpaceBar::listen(move || dispatch.dispatch(Action::Timer(Input::TogglePause, now_ms())))
        });
        move || drop(space)
    });
}
