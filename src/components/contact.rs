//! How to reach help: the clinic's name, phone and website as the embedder configured them
//! (each already checked by the core), or a neutral default.

use std::rc::Rc;

use knee_core::embed::Config;
use knee_core::Ui;
use yew::prelude::*;

use super::use_text;

#[component]
pub fn ClinicContact() -> Html {
    let t = use_text();
    let config = use_context::<Rc<Config>>().unwrap_or_default();
    let lead = match &config.clinic {
        // The name is a text node: markup in it shows as written, never as markup.
        Some(clinic) => t.fill(Ui::ContactClinic, &[("clinic", clinic)]),
        None => t.get(Ui::ContactDefault).to_owned(),
    };
    html! {
        <section class="card contact" aria-labelledby="contact-heading">
            <h2 id="contact-heading">{ t.get(Ui::ContactHeading) }</h2>
            <p>{ lead }</p>
            if config.phone.is_some() || config.url.is_some() {
                <ul class="contact-links">
                    if let Some(phone) = &config.phone {
                        <li>
                            { t.get(Ui::ContactCall) }{ " " }
                            <a href={format!("tel:{}", phone.dial)}>{ phone.shown.clone() }</a>
                        </li>
                    }
                    if let Some(url) = &config.url {
                        <li>
                            <a href={url.clone()} target="_blank" rel="noopener noreferrer">
                                { t.get(Ui::ContactWebsite) }
                            </a>
                        </li>
                    }
                </ul>
            }
        </section>
    }
}
