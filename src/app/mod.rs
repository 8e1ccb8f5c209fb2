//! The root component: holds the app state, chooses the language, shows the screen, offers a
//! waiting update on idle screens, and signals readiness once the first screen is on the page.

pub mod state;

use knee_core::Lang;
use yew::prelude::*;

use crate::components::landing::Landing;
use crate::components::outcome::OutcomeView;
use crate::components::screening::ScreeningPage;
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

    let send = |action: Action| {
        let dispatch = state.dispatcher();
        Callback::from(move |_: ()| dispatch.dispatch(action))
    };
    let on_answer = {
        let dispatch = state.dispatcher();
        Callback::from(move |(q, c)| dispatch.dispatch(Action::Answer(q, c)))
    };
    let on_change_answer = {
        let dispatch = state.dispatcher();
        Callback::from(move |q| dispatch.dispatch(Action::ChangeAnswer(q)))
    };

    let screen = match state.screen {
        Screen::Landing => html! { <Landing on_start={send(Action::StartScreening)} /> },
        Screen::Screening(page) => html! {
            <ScreeningPage
                {page}
                answers={state.answers.clone()}
                {on_answer}
                on_next={send(Action::NextPage)}
                on_back={send(Action::PreviousPage)}
                on_start_over={send(Action::StartOver)}
            />
        },
        Screen::Outcome => html! {
            <OutcomeView
                answers={state.answers.clone()}
                {on_change_answer}
                on_back={send(Action::PreviousPage)}
                on_start_over={send(Action::StartOver)}
            />
        },
    };

    html! {
        <ContextProvider<Lang> context={lang}>
            if state.offers_update() {
                <UpdateOffer on_accept={send(Action::AcceptUpdate)} />
            }
            { screen }
        </ContextProvider<Lang>>
    }
}
