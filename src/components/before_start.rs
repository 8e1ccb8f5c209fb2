//! The key principles, shown once per visit before the first routine starts.

use knee_core::content::Principle;
use knee_core::step::Pressure;
use knee_core::{TextId, Ui};
use yew::prelude::*;

use super::action_button::action_button;

use super::masthead::SmallMasthead;
use super::{use_heading_focus, use_text};

/// Listen to your body, start gently, breathe (the source's first principles). After a
/// clinician's clearance "start gently" (which allows more pressure later) becomes "keep the
/// pressure light the whole time", as every step then says.
fn key_principles(pressure: Pressure) -> [TextId; 3] {
    let gently = match pressure {
        Pressure::Usual => TextId::Principle(Principle::StartGentle),
        Pressure::Gentle => TextId::Ui(Ui::GentleKeepLight),
    };
    [
        TextId::Principle(Principle::ListenToYourBody),
        gently,
        TextId::Principle(Principle::BreatheDeeply),
    ]
}

#[derive(Properties, PartialEq)]
pub struct BeforeStartProps {
    /// The plan's pressure: gentle after a clinician's clearance.
    #[prop_or_default]
    pub pressure: Pressure,
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
                        { for key_principles(props.pressure).into_iter().map(|m| html! { <li>{ t.get(m) }</li> }) }
                    </ol>
                    <div class="actions">
                        { action_button("", t.get(Ui::Back), &props.on_back) }
                        { action_button("button-primary", t.get(Ui::ReadyStart), &props.on_start) }
                    </div>
                </section>
            </main>
        </div>
    }
}
