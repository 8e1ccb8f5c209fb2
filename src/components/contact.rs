//! How to reach help: the clinic's contact (a neutral default until the embedder sets one).

use knee_core::Ui;
use yew::prelude::*;

use super::use_text;

#[component]
pub fn ClinicContact() -> Html {
    let t = use_text();
    html! {
        <section class="card" aria-labelledby="contact-heading">
            <h2 id="contact-heading">{ t.get(Ui::ContactHeading) }</h2>
            <p>{ t.get(Ui::ContactDefault) }</p>
        </section>
    }
}
