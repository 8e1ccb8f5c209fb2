//! The routine's overview: every step with its time and the total, the length preset, the pes
//! anserine method, and per-step adjustments within the source's ranges, before starting.

use knee_core::catalog::step_caution;
use knee_core::plan::{Plan, PlanChoices, Preset};
use knee_core::progress::{self, KneeSign, Pain};
use knee_core::step::{PesAnserineMethod, Pressure, StepKind};
use knee_core::timer::{format_clock, millis};
use knee_core::{TextId, Ui};
use yew::prelude::*;

use super::pain_scale::{PainAlert, PainScale};
use super::progress::SignCheck;

use super::step_picture::StepFigure;

use super::action_button::action_button;

use super::masthead::SmallMasthead;
use super::print_summary::{PrintButton, PrintSummary, TakeHomeRules};
use super::{use_heading_focus, use_text, Text};

#[derive(Properties, PartialEq)]
pub struct PlanOverviewProps {
    pub plan: Plan,
    pub choices: PlanChoices,
    pub on_preset: Callback<Preset>,
    pub on_method: Callback<PesAnserineMethod>,
    pub on_adjust: Callback<(StepKind, i8)>,
    pub on_start: Callback<()>,
    pub on_back: Callback<()>,
    /// The sound settings, chosen before starting.
    #[prop_or_default]
    pub cue_controls: Html,
    /// "How much does your knee hurt right now?" (optional).
    #[prop_or_default]
    pub pain_before: Option<Pain>,
    #[prop_or_default]
    pub on_pain_before: Callback<Pain>,
    /// The log's sign not to massage this knee until it has been checked, and the patient's
    /// answer to "checked since?".
    #[prop_or_default]
    pub stopping_sign: Option<KneeSign>,
    #[prop_or_default]
    pub sign_checked: Option<bool>,
    #[prop_or_default]
    pub on_sign_checked: Callback<bool>,
}

/// A small radio group of large tiles (the same look as the screening's answers).
fn tile_group<T: Copy + PartialEq + 'static>(
    t: Text,
    id: &str,
    legend: Ui,
    options: &[(T, Ui)],
    selected: T,
    on_choose: &Callback<T>,
) -> Html {
    let tiles = options.iter().map(|&(value, label)| {
        let input_id = format!("{id}-{}", label as u8);
        let onchange = on_choose.reform(move |_: Event| value);
        html! {
            <div class="choice">
                <input type="radio" id={input_id.clone()} name={id.to_owned()}
                    checked={value == selected} {onchange} />
                <label for={input_id}>{ t.get(label) }</label>
            </div>
        }
    });
    html! {
        <fieldset class="question">
            <legend>{ t.get(legend) }</legend>
            <div class="choices">{ for tiles }</div>
        </fieldset>
    }
}

#[component]
pub fn PlanOverview(props: &PlanOverviewProps) -> Html {
    let t = use_text();
    let heading = use_heading_focus(());
    let knee = match props.plan.knee {
        knee_core::screening::Knee::Left => knee_core::screening::Choice::Left,
        knee_core::screening::Knee::Right => knee_core::screening::Choice::Right,
    };

    let prescription = props.choices.prescription();
    let steps = props.plan.steps.iter().map(|step| {
        let kind = step.kind;
        // The clinician's time beside the patient's, marked where they differ.
        let clinician = prescription.and_then(|p| p.seconds(kind)).map(|seconds| {
            let changed = seconds != step.seconds;
            html! {
                <span class={classes!("plan-step-clinician", changed.then_some("is-changed"))}>
                    { t.fill(Ui::ClinicianTime, &[("time", &format_clock(millis(seconds)))]) }
                    if changed { { " " }{ t.get(Ui::YouChangedIt) } }
                </span>
            }
        });
        let range = kind.range();
        let name = t.get(TextId::StepName(kind));
        let target = t.get(TextId::StepTarget(kind));
        let words = knee_core::step_words(kind, props.plan.pressure, props.plan.limits);
        let pressure = t.get(words[1]);
        let adjust = |direction: i8| props.on_adjust.reform(move |_: MouseEvent| (kind, direction));
        html! {
            <li class="plan-step has-picture" key={kind as u8}>
                <StepFigure {kind} knee={props.plan.knee} small=true />
                <span class="plan-step-name">{ name }</span>
                <span class="plan-step-time">
                    { format_clock(millis(step.seconds)) }
                    if let Some(advised) = t.advised(range) {
                        <span class="plan-step-range">{ " (" }{ advised }{ ")" }</span>
                    }
                    { clinician }
                </span>
                if range.min < range.max {
                    <span class="plan-step-adjust">
                        <button type="button" class="button button-small"
                            aria-label={format!("{}: {name}", t.get(Ui::Shorter))}
                            disabled={step.seconds <= range.min} onclick={adjust(-1)}>{ "−" }</button>
                        <button type="button" class="button button-small"
                            aria-label={format!("{}: {name}", t.get(Ui::Longer))}
                            disabled={step.seconds >= range.max} onclick={adjust(1)}>{ "+" }</button>
                    </span>
                } else {
                    <span class="plan-step-adjust note">{ t.get(Ui::SetTime) }</span>
                }
                <span class="plan-step-how">
                    { target }{ " " }{ pressure }
                    { for knee_core::catalog::keep_off_sentences(t.lang(), kind.keep_off()).into_iter().map(|s| html! { <>{ " " }<strong>{ s }</strong></> }) }
                </span>
                // On the take-home sheet: how to use the hands and move, and the MCL's cautions.
                <span class="plan-step-how print-only">
                    { t.get(words[0]) }{ " " }
                    { t.get(words[2]) }
                    { for knee_core::plan::cautions_for(props.plan.limits, kind).map(|l| html! { <>{ " " }<strong>{ t.get(TextId::Limit(l)) }</strong></> }) }
                    { for step_caution(kind).iter().map(|&u| html! { <>{ " " }<strong>{ t.get(u) }</strong></> }) }
                </span>
            </li>
        }
    });
    let total = format_clock(millis(props.plan.total_seconds()));

    html! {
        <div class="screen plan">
            <SmallMasthead />
            <main id="main" class="content">
                <PrintSummary knee={Some(props.plan.knee)} />
                <section class="card">
                    <h1 ref={heading} tabindex="-1">{ t.get(Ui::PlanHeading) }</h1>
                    <p>{ t.get(Ui::PlanIntro) }</p>
                    if props.plan.pressure == Pressure::Gentle {
                        <p class="gentle-why"><strong>{ t.get(Ui::GentleWhy) }</strong></p>
                    }
                    <p>{ t.get(Ui::KneeChosen) }{ " " }<strong>{ t.get(TextId::Choice(knee)) }</strong></p>
                    if let Some(p) = prescription {
                        // The clinician chose the length and the method: the patient can still
                        // change each step's time.
                        <div class="prescribed">
                            <p><strong>{ t.fill(Ui::PrescribedBy, &[("date", &p.prepared.iso())]) }</strong></p>
                            <p>{ t.fill(Ui::PrescribedPerWeek, &[("n", &p.per_week.to_string())]) }</p>
                            if p.steps.iter().any(|&(k, _)| !props.plan.steps.iter().any(|s| s.kind == k)) {
                                <p class="note">{ t.get(Ui::PrescribedStepsLeftOut) }</p>
                            }
                        </div>
                    } else {
                        { tile_group(t, "preset", Ui::PresetLabel,
                            &[(Preset::Short, Ui::PresetShort), (Preset::Full, Ui::PresetFull)],
                            props.choices.preset, &props.on_preset) }
                        { tile_group(t, "pes-method", Ui::MethodLabel,
                            &[(PesAnserineMethod::Hold, Ui::MethodHold), (PesAnserineMethod::Friction, Ui::MethodFriction)],
                            props.choices.pes_anserine, &props.on_method) }
                    }
                    <ul class="plain-list words">
                        <li>{ t.get(Ui::WordPesAnserine) }</li>
                        <li>{ t.get(Ui::WordCrossFiber) }</li>
                    </ul>
                    <ol class="plan-steps">{ for steps }</ol>
                    <p class="plan-total">{ t.get(Ui::TotalTime) }{ " " }<strong>{ total.clone() }</strong></p>
                    <p class="note session-note" role="status">
                        if !props.plan.within_session_guidance() {
                            { t.fill(Ui::OutsideSessionGuidance, &[("time", &t.minutes(props.plan.total_seconds()))]) }
                        }
                    </p>

                    { props.cue_controls.clone() }
                    if let Some(sign) = props.stopping_sign {
                        <SignCheck {sign} checked={props.sign_checked} on_pick={props.on_sign_checked.clone()} />
                    }
                    <PainScale id="pain-before" value={props.pain_before} on_pick={props.on_pain_before.clone()} />
                    <PainAlert pain={props.pain_before} />
                    <div class="actions">
                        { action_button("", t.get(Ui::Back), &props.on_back) }
                        // Very strong pain, or a knee the log says to have checked first: no
                        // start (the state refuses it too).
                        if progress::pain_alert(props.pain_before).is_none()
                            && (props.stopping_sign.is_none() || props.sign_checked == Some(true)) {
                            { action_button("button-primary", t.get(Ui::StartRoutine), &props.on_start) }
                        }
                    </div>
                    <div class="actions">
                        <PrintButton />
                    </div>
                </section>
                <TakeHomeRules />
            </main>
        </div>
    }
}
