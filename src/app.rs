//! The root component: chooses the language, provides it to every screen, and signals
//! readiness once the first screen is on the page.

use knee_core::Lang;
use yew::prelude::*;

use crate::components::landing::Landing;
use crate::services::page;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The language to speak. The embedder's choice arrives here in a later issue.
    #[prop_or_default]
    pub lang: Lang,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let lang = props.lang;
    use_effect_with(lang, |lang| page::set_language(lang.code()));
    // Runs once, after the first render has reached the DOM.
    use_effect_with((), |_| page::mark_ready());

    html! {
        <ContextProvider<Lang> context={lang}>
            <Landing />
        </ContextProvider<Lang>>
    }
}
