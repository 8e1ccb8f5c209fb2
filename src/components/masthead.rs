//! The small header above every screen but the landing: the app's name, and whatever the
//! screen adds (its position, a progress bar).

use knee_core::Ui;
use yew::prelude::*;

use super::use_text;

#[derive(Properties, PartialEq)]
pub struct SmallMastheadProps {
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn SmallMasthead(props: &SmallMastheadProps) -> Html {
    let t = use_text();
    html! {
        <header class="masthead masthead-small">
            <p class="app-name">{ t.get(Ui::AppTitle) }</p>
            { props.children.clone() }
        </header>
    }
}
