//! The screen after a stop control: what to do now (numbness, tingling or weakness has its own
//! guidance), when to get help, and how to reach it.

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
}

/// What to do, by the reason for stopping: pain is a sign to stop (and, on the MCL, to leave
/// that step out until checked); numbness, tingling or weakness is a sign to have the leg
/// checked before any more massage.
fn what_to_do(reason: StopReason) -> &'static [Ui] {
    match reason {
        StopReason::NumbnessOrTingling => &[
            Ui::StoppedStop,
            Ui::StoppedRest,
            Ui::StoppedNumbness,
            Ui::StoppedNotAgainToday,
        ],
        StopReason::SharpOrIncreasingPain => &[
            Ui::StoppedStop,
            Ui::StoppedRest,
            Ui::StoppedWarning,
            Ui::StoppedNotAgainToday,
        ],
        StopReason::PainOnMcl => &[
            Ui::StoppedStop,
            Ui::StoppedRest,
            Ui::StoppedWarning,
            Ui::StoppedMcl,
        ],
    }
}

/// When to get help, on every stop screen, by the reason for stopping.
fn when(reason: StopReason) -> [Ui; 2] {
    match reason {
        StopReason::NumbnessOrTingling => [Ui::StoppedNerveToday, Ui::StoppedNerveDays],
        StopReason::SharpOrIncreasingPain | StopReason::PainOnMcl => {
            [Ui::StoppedWhenToday, Ui::StoppedWhenDays]
        }
    }
}

#[component]
pub fn RoutineStopped(props: &RoutineStoppedProps) -> Html {
    let t = use_text();
    let heading = use_heading_focus(props.reason);
    let reason = match props.reason {
        StopReason::SharpOrIncreasingPain => Ui::StopSharpPain,
        StopReason::NumbnessOrTingling => Ui::StopNumbness,
        StopReason::PainOnMcl => Ui::StopMclPain,
    };
    html! {
        <div class="screen stopped">
            <SmallMasthead />
            <main id="main" class="content">
                <section class="card verdict verdict-clinician" aria-labelledby="stopped-heading">
                    <h1 id="stopped-heading" ref={heading} tabindex="-1">{ t.get(Ui::StoppedTitle) }</h1>
                    <p>{ t.get(Ui::StoppedBecause) }{ " " }<strong>{ t.get(reason) }</strong></p>
                    <ul class="plain-list">
                        { for what_to_do(props.reason).iter().map(|&m| html! { <li>{ t.get(m) }</li> }) }
                    </ul>
                </section>
                <section class="card" aria-labelledby="stopped-when-heading">
                    <h2 id="stopped-when-heading">{ t.get(Ui::SeekHelpHeading) }</h2>
                    <ul class="plain-list">
                        { for when(props.reason).iter().map(|&m| html! { <li class="when">{ t.get(m) }</li> }) }
                    </ul>
                </section>
                <ClinicContact />
                <div class="actions">
                    { action_button("", t.get(Ui::BackToStart), &props.on_start_over) }
                </div>
            </main>
        </div>
    }
}
