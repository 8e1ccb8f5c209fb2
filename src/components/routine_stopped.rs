//! The screen after a stop control: what to do now, and how to reach help.

use knee_core::timer::StopReason;
use knee_core::Ui;
use yew::prelude::*;

use super::contact::ClinicContact;
use super::masthead::SmallMasthead;
use super::{use_heading_focus, use_text};

#[derive(Properties, PartialEq)]
pub struct RoutineStoppedProps {
    pub reason: StopReason,
    pub on_start_over: Callback<()>,
}

const WHAT_TO_DO: [Ui; 4] = [
    Ui::StoppedStop,
    Ui::StoppedRest,
    Ui::StoppedWarning,
    Ui::StoppedSeeClinician,
];

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
                        { for WHAT_TO_DO.iter().map(|&m| html! { <li>{ t.get(m) }</li> }) }
                    </ul>
                </section>
                <ClinicContact />
                <div class="actions">
                    <button type="button" class="button" onclick={props.on_start_over.reform(|_: MouseEvent| ())}>
                        { t.get(Ui::BackToStart) }
                    </button>
                </div>
            </main>
        </div>
    }
}
