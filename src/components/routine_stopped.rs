//! The screen after a stop control: what to do now (numbness, tingling or weakness has its own
//! guidance), when to get help, and how to reach it.

use knee_core::catalog::{stop_label, stop_what_to_do, stop_when};
use knee_core::timer::StopReason;
use knee_core::Ui;
use yew::prelude::*;

use super::action_button::action_button;

use super::contact::ClinicContact;
use super::masthead::SmallMasthead;
use super::{use_heading_focus, use_text};

#[derive(Properties, PartialEq)]
pub struct RoutineStoppedProps {
    pub reason: StopReason,
    pub on_start_over: Callback<()>,
    /// The pain after, and the private log's offer or status (the app's `after_routine`).
    #[prop_or_default]
    pub after: Html,
}

#[component]
pub fn RoutineStopped(props: &RoutineStoppedProps) -> Html {
    let t = use_text();
    let heading = use_heading_focus(props.reason);
    let reason = stop_label(props.reason);
    html! {
        <div class="screen stopped">
            <SmallMasthead />
            <main id="main" class="content">
                <section class="card verdict verdict-clinician" aria-labelledby="stopped-heading">
                    <h1 id="stopped-heading" ref={heading} tabindex="-1">{ t.get(Ui::StoppedTitle) }</h1>
                    <p>{ t.get(Ui::StoppedBecause) }{ " " }<strong>{ t.get(reason) }</strong></p>
                    <ul class="plain-list">
                        { for stop_what_to_do(props.reason).iter().map(|&m| html! { <li>{ t.get(m) }</li> }) }
                    </ul>
                </section>
                <section class="card" aria-labelledby="stopped-when-heading">
                    <h2 id="stopped-when-heading">{ t.get(Ui::SeekHelpHeading) }</h2>
                    <ul class="plain-list">
                        { for stop_when(props.reason).iter().map(|&m| html! { <li class="when">{ t.get(m) }</li> }) }
                    </ul>
                </section>
                <ClinicContact />
                { props.after.clone() }
                <div class="actions">
                    { action_button("", t.get(Ui::BackToStart), &props.on_start_over) }
                </div>
            </main>
        </div>
    }
}
