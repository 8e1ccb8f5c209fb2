//! The offer to reload into a new version. The root shows it only on idle screens.

use knee_core::Ui;
use yew::prelude::*;

use super::use_text;

#[derive(Properties, PartialEq)]
pub struct UpdateOfferProps {
    pub on_accept: Callback<()>,
}

#[component]
pub fn UpdateOffer(props: &UpdateOfferProps) -> Html {
    let t = use_text();
    let onclick = props.on_accept.reform(|_: MouseEvent| ());
    html! {
        <aside class="update-offer" aria-label={t.get(Ui::UpdateLabel)}>
            <p>{ t.get(Ui::UpdateReady) }</p>
            <button type="button" class="button button-primary" {onclick}>
                { t.get(Ui::UpdateReload) }
            </button>
        </aside>
    }
}
