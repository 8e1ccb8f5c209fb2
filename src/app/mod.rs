//! The root component: holds the app state, chooses the language, shows the screen, offers a
//! waiting update on idle screens, and signals readiness once the first screen is on the page.

pub mod state;

use knee_core::Lang;
use yew::prelude::*;

use crate::components::landing::Landing;
use crate::components::update_offer::UpdateOffer;
use crate::services::{page, service_worker};
use state::{Action, Screen, State, Update};

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The language to speak. The embedder's choice arrives here in a later issue.
    #[prop_or_default]
    pub lang: Lang,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let lang = props.lang;
    let state = use_reducer(State::default);

    use_effect_with(lang, |lang| page::set_language(lang.code()));
    {
        // Runs once, after the first render has reached the DOM.
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            page::mark_ready();
            service_worker::register(move || dispatch.dispatch(Action::UpdateWaiting));
        });
    }
    use_effect_with(state.update, |update| {
        if *update == Update::Applying {
            service_worker::apply_update();
        }
    });

    let on_accept_update = {
        let dispatch = state.dispatcher();
        Callback::from(move |_| dispatch.dispatch(Action::AcceptUpdate))
    };

    let screen = match state.screen {
        Screen::Landing => html! { <Landing /> },
    };

    html! {
        <ContextProvider<Lang> context={lang}>
            if state.offers_update() {
                <UpdateOffer on_accept={on_accept_update} />
            }
            { screen }
        </ContextProvider<Lang>>
    }
}
