//! What a print-out adds to the screen it prints: a title, the date, the knee and the content
//! version. Hidden on screen. Nothing that identifies the patient is ever printed.

use knee_core::content::{Principle, SeekHelpSign, CONTENT_VERSION};
use knee_core::screening::{Choice, Knee};
use knee_core::{TextId, Ui};
use yew::prelude::*;

use super::use_text;
use crate::services::page;

#[derive(Properties, PartialEq)]
pub struct PrintSummaryProps {
    #[prop_or_default]
    pub knee: Option<Knee>,
}

/// The header of a print-out.
#[component]
pub fn PrintSummary(props: &PrintSummaryProps) -> Html {
    let t = use_text();
    let knee = props.knee.map(|k| match k {
        Knee::Left => Choice::Left,
        Knee::Right => Choice::Right,
    });
    html! {
        <div class="print-only print-summary">
            <p class="print-title">{ t.get(Ui::PrintTitle) }</p>
            <p>{ t.get(Ui::PrintDate) }{ " " }{ page::today() }</p>
            if let Some(knee) = knee {
                <p>{ t.get(Ui::KneeChosen) }{ " " }{ t.get(TextId::Choice(knee)) }</p>
            }
            <p>{ t.get(Ui::PrintVersion) }{ " " }{ CONTENT_VERSION }</p>
            <p>{ t.get(Ui::PrintNoIdentity) }</p>
        </div>
    }
}

/// The "Print or save as PDF" button.
#[component]
pub fn PrintButton() -> Html {
    let t = use_text();
    html! {
        <button type="button" class="button print-button" onclick={Callback::from(|_: MouseEvent| page::print())}>
            { t.get(Ui::Print) }
        </button>
    }
}

/// The rest of a take-home sheet (print only): the rules, how often, when to get help, the
/// clinic's contact, and room for the clinician's notes.
#[component]
pub fn TakeHomeRules() -> Html {
    let t = use_text();
    html! {
                <section class="card print-only" aria-labelledby="sheet-rules-heading">
                    <h2 id="sheet-rules-heading">{ t.get(Ui::RulesHeading) }</h2>
                    <ul class="plain-list">
                        { for [Ui::RuleStopOnPain, Ui::RuleDiscomfortOk, Ui::RuleStartGentle].iter().map(|&u| html! { <li>{ t.get(u) }</li> }) }
                        <li>{ t.get(TextId::Principle(Principle::Consistency)) }</li>
                    </ul>
                    <p>{ t.get(Ui::SeekHelpIf) }</p>
                    <ul class="plain-list">
                        { for SeekHelpSign::ALL.iter().map(|&s| html! { <li>{ t.get(TextId::SeekHelp(s)) }</li> }) }
                    </ul>
                    <p>{ t.get(Ui::UrgentCareNote) }</p>
                    <p class="sheet-line">{ t.get(Ui::PrintNotes) }</p>
                    <p class="sheet-line">{ t.get(Ui::PrintReview) }</p>
                </section>
    }
}
