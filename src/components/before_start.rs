//! The key principles, shown once per visit before the first routine starts.

use knee_core::content::Principle;
use knee_core::{Msg, Ui};
use yew::prelude::*;

use super::masthead::SmallMasthead;
use super::{use_heading_focus, use_text};

/// Listen to your body, start gently, breathe (the source's first principles).
const KEY_PRINCIPLES: [Principle; 3] = [
    Principle::ListenToYourBody,
    Principle::StartGentle,
    Principle::BreatheDeeply,
];

#[derive(Properties, PartialEq)]
pub struct BeforeStartProps {
    pub on_start: Callback<()>,
    pub on_back: Callback<()>,
}

#[component]
pub fn BeforeStart(props: &BeforeStartProps) -> Html {
    let t = use_text();
    let heading = use_heading_focus(());
    html! {
        <div class="screen before-start">
            <SmallMasthead />
            <main id="main" class="content">
                <section class="card" aria-labelledby="before-heading">
                    <h1 id="before-heading" ref={heading} tabindex="-1">{ t.get(Ui::BeforeStartHeading) }</h1>
                    <p>{ t.get(Ui::BeforeStartIntro) }</p>
                    <ol class="steps principles">
                        { for KEY_PRINCIPLES.iter().map(|&p| html! { <li>{ t.get(Msg::Principle(p)) }</li> }) }
                    </ol>
                    <div class="actions">
                        <button type="button" class="button" onclick={props.on_back.reform(|_: MouseEvent| ())}>
                            { t.get(Ui::Back) }
                        </button>
                        <button type="button" class="button button-primary" onclick={props.on_start.reform(|_: MouseEvent| ())}>
                            { t.get(Ui::ReadyStart) }
                        </button>
                    </div>
                </section>
            </main>
        </div>
    }
}
