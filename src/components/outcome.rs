//! The screening's result: the tier, every answer that led to it with what to do, the changes
//! and rules for the routine, and how to reach help. Tiers 1 and 2 offer no way into the
//! routine.

use knee_core::screening::{Answers, Change, Outcome, Question, Tier, TimeFrame};
use knee_core::{TextId, Ui};
use yew::prelude::*;

use super::action_button::{action_button, action_button_with};

use super::contact::ClinicContact;
use super::masthead::SmallMasthead;
use super::print_summary::{PrintButton, PrintSummary};
use super::{question_dom_id, use_heading_focus, use_text, Text};

#[derive(Properties, PartialEq)]
pub struct OutcomeViewProps {
    pub answers: Answers,
    /// The screening's outcome for these answers, as the app's state decides it.
    pub outcome: Outcome,
    pub on_change_answer: Callback<Question>,
    /// "See my routine", shown only when the outcome allows the routine.
    pub on_show_plan: Callback<()>,
    /// False after a stop for sharp pain or numbness in this visit: no routine again today.
    #[prop_or(true)]
    pub routine_offered: bool,
    pub on_back: Callback<()>,
    pub on_start_over: Callback<()>,
    /// "Learn about your knee".
    pub on_learn: Callback<()>,
}

pub(crate) const fn tier_slug(tier: Tier) -> &'static str {
    match tier {
        Tier::GoNow => "now",
        Tier::GetHelpToday => "urgent",
        Tier::SeeClinician => "clinician",
        Tier::GoAheadWithChanges => "changes",
        Tier::GoAhead => "go",
    }
}

const RULES: [Ui; 3] = [
    Ui::RuleStopOnPain,
    Ui::RuleDiscomfortOk,
    Ui::RuleStartGentle,
];

/// An answer the patient gave, with its question; `guidance` adds what to do about it and when.
fn answer_item(
    t: Text,
    answers: &Answers,
    q: Question,
    guidance: bool,
    on_change: &Callback<Question>,
) -> Html {
    let id = format!("reason-{}", question_dom_id(q));
    let answer = answers
        .get(q)
        .map(|c| t.get(TextId::Choice(c)))
        .unwrap_or("-");
    let on_click = on_change.reform(move |()| q);
    html! {
        <li class="reason" key={q.id()}>
            <p class="reason-question" id={id.clone()}>{ t.get(TextId::Question(q)) }</p>
            <p>{ t.get(Ui::YourAnswer) }{ " " }<strong>{ answer }</strong></p>
            if guidance {
                <p class="guidance">{ t.get(TextId::Guidance(q)) }</p>
                if let Some(when) = q.time_frame() {
                    <p class={classes!("when", (when <= TimeFrame::Today).then_some("when-today"))}>
                        <strong>{ t.get(Ui::When) }{ " " }{ t.get(TextId::TimeFrame(when)) }</strong>
                    </p>
                }
            }
            { action_button_with("button-quiet", t.get(Ui::ChangeAnswer), &on_click, false, Some(id)) }
        </li>
    }
}

#[component]
pub fn OutcomeView(props: &OutcomeViewProps) -> Html {
    let t = use_text();
    let outcome = &props.outcome;
    let heading = use_heading_focus(outcome.tier);
    let tier = outcome.tier;

    let reasons = (!outcome.reasons.is_empty()).then(|| {
        html! {
            <section class="card" aria-labelledby="reasons-heading">
                <h2 id="reasons-heading">{ t.get(Ui::ReasonsHeading) }</h2>
                <p class="note change-note">{ t.get(Ui::ChangeAnswerNote) }</p>
                <ul class="reasons">
                    { for outcome.reasons.iter().map(|&q| answer_item(t, &props.answers, q, true, &props.on_change_answer)) }
                </ul>
            </section>
        }
    });

    let listed = outcome.listed_changes();
    let changes = (!listed.is_empty()).then(|| {
        let items = listed.iter().map(|change| match change {
            Change::NoMclStep => html! { <li key="no-mcl"><p>{ t.get(Ui::NoMclStep) }</p></li> },
            Change::GentleAfterClearance(lifted) => html! {
                <li key="gentle">
                    <p>{ t.get(Ui::GentleAfterClearance) }</p>
                    <ul class="reasons">
                        { for lifted.iter().map(|&q| answer_item(t, &props.answers, q, false, &props.on_change_answer)) }
                    </ul>
                </li>
            },
            Change::Precautions(precautions) => html! {
                <li key="precautions">
                    <p>{ t.get(Ui::PrecautionsNote) }</p>
                    <ul class="reasons">
                        { for precautions.iter().map(|&q| answer_item(t, &props.answers, q, true, &props.on_change_answer)) }
                    </ul>
                </li>
            },
        });
        // What the plan will do, from the same limits the plan applies.
        let limits = outcome.listed_limits();
        let limit_items = limits
            .iter()
            .map(|&l| html! { <li key={l.name()}>{ t.get(TextId::Limit(l)) }</li> })
            .collect::<Html>();
        let has_limits = !limits.is_empty();
        html! {
            <section class="card" aria-labelledby="changes-heading">
                <h2 id="changes-heading">{ t.get(Ui::ChangesHeading) }</h2>
                <ul class="plain-list">{ for items }</ul>
                if has_limits {
                    <p>{ t.get(Ui::LimitsIntro) }</p>
                    <ul class="plain-list limits">{ limit_items }</ul>
                }
            </section>
        }
    });

    let rules = tier.allows_routine().then(|| {
        let knee = props.answers.get(Question::WhichKnee).map(|c| t.get(TextId::Choice(c)));
        html! {
            <section class="card" aria-labelledby="rules-heading">
                <h2 id="rules-heading">{ t.get(Ui::RulesHeading) }</h2>
                <ul class="plain-list">{ for RULES.iter().map(|&r| html! { <li>{ t.get(r) }</li> }) }</ul>
                if let Some(knee) = knee {
                    <p>{ t.get(Ui::KneeChosen) }{ " " }<strong>{ knee }</strong></p>
                }
                if props.routine_offered {
                    { action_button("button-primary button-wide", t.get(Ui::SeeMyRoutine), &props.on_show_plan) }
                } else {
                    <p class="stopped-today"><strong>{ t.get(Ui::StoppedNotAgainToday) }</strong></p>
                }
            </section>
        }
    });

    html! {
        <div class={classes!("screen", "outcome", format!("tier-{}", tier_slug(tier)))}>
            <SmallMasthead />
            <main id="main" class="content">
                <PrintSummary knee={props.answers.knee()} />
                <section class={classes!("card", "verdict", format!("verdict-{}", tier_slug(tier)))} aria-labelledby="verdict-heading">
                    <h1 id="verdict-heading" ref={heading} tabindex="-1">{ t.get(TextId::TierTitle(tier)) }</h1>
                    <p class="verdict-summary">{ t.get(TextId::TierSummary(tier)) }</p>
                    if outcome.shows_urgent_care_line() {
                        <p class="urgent-care">{ t.get(Ui::UrgentCareNote) }</p>
                    }
                    if outcome.shows_emergency_line() {
                        <p class="emergency"><strong>{ t.get(Ui::EmergencyNote) }</strong></p>
                    }
                </section>
                { reasons }
                { changes }
                { rules }
                <ClinicContact />
                <div class="actions">
                    { action_button("", t.get(Ui::Back), &props.on_back) }
                    { action_button("", t.get(Ui::StartOver), &props.on_start_over) }
                    { action_button("", t.get(Ui::LearnOpen), &props.on_learn) }
                    <PrintButton />
                </div>
                <p class="note">{ t.get(Ui::AnswersNotSaved) }</p>
            </main>
        </div>
    }
}
