//! The end screen: the steps done (a skipped step says so), the principles to keep, the
//! source's signs to get help as ongoing advice, and the other knee.

use knee_core::content::{Principle, SeekHelpSign};
use knee_core::plan::Plan;
use knee_core::timer::{format_clock, millis};
use knee_core::{TextId, Ui};
use yew::prelude::*;

use super::action_button::action_button;

use super::masthead::SmallMasthead;
use super::print_summary::{PrintButton, PrintSummary};
use super::{use_heading_focus, use_text};

#[derive(Properties, PartialEq)]
pub struct RoutineDoneProps {
    pub plan: Plan,
    /// Whether each step of the plan was skipped; a skipped step is never shown as done.
    #[prop_or_default]
    pub skipped: Vec<bool>,
    /// "Do the other knee": `None` when the pain after says no more massage today.
    pub on_other_knee: Option<Callback<()>>,
    pub on_start_over: Callback<()>,
    /// "Learn about your knee".
    pub on_learn: Callback<()>,
    /// The pain after, and the private log's offer or status (the app's `after_routine`).
    #[prop_or_default]
    pub after: Html,
}

/// The source's principles for after a session.
const KEEP_IT_UP: [Principle; 4] = [
    Principle::BreatheDeeply,
    Principle::Hydration,
    Principle::Consistency,
    Principle::FollowWithMovement,
];

#[component]
pub fn RoutineDone(props: &RoutineDoneProps) -> Html {
    let t = use_text();
    let heading = use_heading_focus(());
    html! {
        <div class="screen done">
            <SmallMasthead />
            <main id="main" class="content">
                <PrintSummary knee={Some(props.plan.knee)} />
                <section class="card verdict verdict-go" aria-labelledby="done-heading">
                    <h1 id="done-heading" ref={heading} tabindex="-1">{ t.get(Ui::DoneTitle) }</h1>
                    <p>{ t.get(Ui::DoneIntro) }</p>
                </section>
                { props.after.clone() }
                <section class="card" aria-labelledby="did-heading">
                    <h2 id="did-heading">{ t.get(Ui::DoneStepsHeading) }</h2>
                    <ol class="plan-steps">
                        { for props.plan.steps.iter().enumerate().map(|(i, s)| {
                            let skipped = props.skipped.get(i).copied().unwrap_or(false);
                            html! {
                                <li class={classes!("plan-step", skipped.then_some("is-skipped"))}>
                                    <span class="plan-step-name">{ t.get(TextId::StepName(s.kind)) }</span>
                                    if skipped {
                                        <span class="plan-step-time">{ t.get(Ui::SkippedLabel) }</span>
                                    } else {
                                        <span class="plan-step-time">{ format_clock(millis(s.seconds)) }</span>
                                    }
                                </li>
                            }
                        }) }
                    </ol>
                </section>
                <section class="card" aria-labelledby="seek-help-heading">
                    <h2 id="seek-help-heading">{ t.get(Ui::SeekHelpHeading) }</h2>
                    <p>{ t.get(Ui::SeekHelpIf) }</p>
                    <ul class="plain-list">
                        { for SeekHelpSign::ALL.iter().map(|&s| html! { <li>{ t.get(TextId::SeekHelp(s)) }</li> }) }
                    </ul>
                </section>
                <section class="card" aria-labelledby="keep-heading">
                    <h2 id="keep-heading">{ t.get(Ui::KeepItUpHeading) }</h2>
                    <ul class="plain-list">
                        { for KEEP_IT_UP.iter().map(|&p| html! { <li>{ t.get(TextId::Principle(p)) }</li> }) }
                    </ul>
                </section>
                <div class="actions">
                    if let Some(other_knee) = &props.on_other_knee {
                        { action_button("button-primary", t.get(Ui::OtherKnee), other_knee) }
                    }
                    { action_button("", t.get(Ui::BackToStart), &props.on_start_over) }
                    { action_button("", t.get(Ui::LearnOpen), &props.on_learn) }
                    <PrintButton />
                </div>
            </main>
        </div>
    }
}
