use yew::prelude::*;

use crate::app::state::{Action, State, Update};
use crate::services::service_worker;

/// Registers the service worker once (offline use, updates), reports a waiting version to the
/// state, and switches to it when the patient accepts the offer. Holds nothing: the worker
/// outlives the page by design.
#[hook]
pub fn use_service_worker(update: Update, dispatch: UseReducerDispatcher<State>) {
    use_effect_with((), move |_| {
        service_worker::register(move || dispatch.dispatch(Action::UpdateWaiting));
    });
    use_effect_with(update, |update| {
        if *update == Update::Applying {
            service_worker::apply_update();
        }
    });
}
