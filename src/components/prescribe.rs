//! The clinician's "Prepare a routine for a patient" (with `prescribe=on` only): the knee, the
//! steps and their times within the source's ranges (the MCL step only once the clinician
//! confirms showing the patient how), how often; then the patient's link, its QR code, "Copy
//! link", and a printable take-home sheet with the plan, its pictures and the QR code.

use knee_core::draft::{Draft, Edit};
use knee_core::prescription::FRAGMENT_KEY;
use knee_core::qr::qr_svg;
use knee_core::screening::{Choice, Knee};
use knee_core::step::StepKind;
use knee_core::timer::{format_clock, millis};
use knee_core::{TextId, Ui};
use yew::prelude::*;

use super::action_button::action_button;
use super::contact::ClinicContact;
use super::masthead::SmallMasthead;
use super::print_summary::{PrintButton, PrintSummary, TakeHomeRules};
use super::step_picture::StepFigure;
use super::{use_heading_focus_when, use_text, Text};
use crate::services::clipboard;

#[derive(Properties, PartialEq)]
pub struct PrescribeProps {
    pub draft: Draft,
    /// The widget's own address with the settings a patient's link keeps (no fragment).
    pub base: AttrValue,
    pub on_edit: Callback<Edit>,
    pub on_back: Callback<()>,
    /// Whether the heading takes focus when the screen opens (not when that would pull a
    /// clinic's page to the widget's frame).
    pub focus_heading: bool,
}

/// Where "Copy link" stands.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Yes,
    /// The Clipboard API is missing or refused: the link is selected for the clinician.
    Select,
}

fn knee_choices(t: Text, knee: Option<Knee>, on_edit: &Callback<Edit>) -> Html {
    let options = [
        (None, t.get(Ui::KneePatientChooses)),
        (Some(Knee::Left), t.get(TextId::Choice(Choice::Left))),
        (Some(Knee::Right), t.get(TextId::Choice(Choice::Right))),
    ];
    let tiles = options.into_iter().enumerate().map(|(i, (value, label))| {
        let id = format!("rx-knee-{i}");
        let onchange = on_edit.reform(move |_: Event| Edit::Knee(value));
        html! {
            <div class="choice">
                <input type="radio" id={id.clone()} name="rx-knee" checked={knee == value} {onchange} />
                <label for={id}>{ label }</label>
            </div>
        }
    });
    html! {
        <fieldset class="question rx-knee">
            <legend>{ t.get(Ui::PrescribeKnee) }</legend>
            <div class="choices">{ for tiles }</div>
        </fieldset>
    }
}

#[component]
pub fn Prescribe(props: &PrescribeProps) -> Html {
    let t = use_text();
    let heading = use_heading_focus_when((), props.focus_heading);
    let copied = use_state_eq(|| Copied::Not);
    let link_input = use_node_ref();
    let rx = &props.draft.rx;
    let code = rx.encode().unwrap_or_default();
    let link = format!("{}#{FRAGMENT_KEY}={code}", props.base);
    let qr = qr_svg(&link);

    let steps = StepKind::ALL.iter().map(|&kind| {
        let range = kind.range();
        let seconds = rx.seconds(kind);
        let locked = !props.draft.can_toggle(kind);
        let id = format!("rx-step-{}", kind as u8);
        let name = t.get(TextId::StepName(kind));
        let onchange = {
            let on = seconds.is_none();
            props.on_edit.reform(move |_: Event| Edit::Step(kind, on))
        };
        let nudge = |direction: i8| {
            props
                .on_edit
                .reform(move |_: MouseEvent| Edit::Nudge(kind, direction))
        };
        html! {
            <li class={classes!("plan-step", "has-picture", "rx-step", seconds.is_none().then_some("is-out"))} key={kind as u8}>
                <StepFigure {kind} knee={rx.knee.unwrap_or(Knee::Right)} small=true />
                <span class="check">
                    <input type="checkbox" id={id.clone()} checked={seconds.is_some()}
                        disabled={locked} {onchange} />
                    <label for={id}>{ name }</label>
                </span>
                if let Some(seconds) = seconds {
                    <span class="plan-step-time">
                        { format_clock(millis(seconds)) }
                        if let Some(advised) = t.advised(range) {
                            <span class="plan-step-range">{ " (" }{ advised }{ ")" }</span>
                        }
                    </span>
                    if range.min < range.max {
                        <span class="plan-step-adjust">
                            <button type="button" class="button button-small"
                                aria-label={format!("{}: {name}", t.get(Ui::Shorter))}
                                disabled={seconds <= range.min} onclick={nudge(-1)}>{ "−" }</button>
                            <button type="button" class="button button-small"
                                aria-label={format!("{}: {name}", t.get(Ui::Longer))}
                                disabled={seconds >= range.max} onclick={nudge(1)}>{ "+" }</button>
                        </span>
                    }
                }
            </li>
        }
    });
    let mcl_shown = {
        let shown = props.draft.mcl_shown;
        props.on_edit.reform(move |_: Event| Edit::MclShown(!shown))
    };
    let per_week = (2u8..=4).map(|n| {
        let id = format!("rx-week-{n}");
        let onchange = props.on_edit.reform(move |_: Event| Edit::PerWeek(n));
        html! {
            <div class="choice">
                <input type="radio" id={id.clone()} name="rx-week" checked={rx.per_week == n} {onchange} />
                <label for={id}>{ t.fill(Ui::TimesAWeek, &[("n", &n.to_string())]) }</label>
            </div>
        }
    });
    let total = props.draft.total_seconds();
    let within = knee_core::content::durations::SESSION.contains(total);
    let copy = {
        let (copied, link, input) = (copied.clone(), link.clone(), link_input.clone());
        Callback::from(move |_: MouseEvent| {
            let (copied, input) = (copied.clone(), input.clone());
            clipboard::copy(&link, move |ok| {
                if !ok {
                    clipboard::select(&input);
                }
                copied.set(if ok { Copied::Yes } else { Copied::Select });
            });
        })
    };
    let qr_picture = qr.map(|qr| {
        let size = qr.size.to_string();
        html! {
            <svg class="qr" viewBox={format!("0 0 {size} {size}")} role="img"
                aria-label={t.get(Ui::QrLabel)}>
                <rect class="qr-light" width={size.clone()} height={size} />
                <path class="qr-dark" d={qr.path} />
            </svg>
        }
    });

    let review_page = knee_core::review::file_name(t.lang());

    html! {
        <div class="screen prescribe">
            <SmallMasthead />
            <main id="main" class="content">
                <PrintSummary knee={rx.knee} />
                <section class="card">
                    <h1 ref={heading} tabindex="-1">{ t.get(Ui::PrescribeOpen) }</h1>
                    // The take-home sheet speaks to the patient, not to the clinician.
                    <h2 class="print-only">{ t.get(Ui::PlanHeading) }</h2>
                    <p class="rx-for-clinician">{ t.get(Ui::PrescribeIntro) }</p>
                    { knee_choices(t, rx.knee, &props.on_edit) }
                    <h2 class="rx-for-clinician">{ t.get(Ui::PrescribeSteps) }</h2>
                    <div class="check rx-mcl-shown">
                        <input type="checkbox" id="rx-mcl-shown" checked={props.draft.mcl_shown} onchange={mcl_shown} />
                        <label for="rx-mcl-shown">{ t.get(Ui::PrescribeMclShown) }</label>
                    </div>
                    <ul class="plan-steps rx-steps">{ for steps }</ul>
                    <p class="plan-total">{ t.get(Ui::TotalTime) }{ " " }<strong>{ format_clock(millis(total)) }</strong></p>
                    <p class="note session-note" role="status">
                        if !within {
                            { t.fill(Ui::OutsideSessionGuidance, &[("time", &t.minutes(total))]) }
                        }
                    </p>
                    <p class="print-only">{ t.fill(Ui::TimesAWeek, &[("n", &rx.per_week.to_string())]) }</p>
                    <fieldset class="question">
                        <legend>{ t.get(Ui::PrescribePerWeek) }</legend>
                        <div class="choices">{ for per_week }</div>
                    </fieldset>
                </section>
                <section class="card rx-link" aria-labelledby="rx-link-heading">
                    <h2 id="rx-link-heading">{ t.get(Ui::PrescribeLinkHeading) }</h2>
                    <p class="rx-for-clinician">{ t.get(Ui::PrescribeLinkNote) }</p>
                    <label for="rx-link-text" class="rx-link-label">{ t.get(Ui::PrescribeLinkHeading) }</label>
                    <input id="rx-link-text" class="rx-link-text" type="text" readonly=true
                        value={link.clone()} ref={link_input} />
                    { qr_picture }
                    <div class="actions">
                        <button type="button" class="button button-primary" onclick={copy}>
                            { t.get(Ui::CopyLink) }
                        </button>
                        <PrintButton />
                    </div>
                    <p class="note rx-for-clinician" role="status">
                        { match *copied {
                            Copied::Not => "",
                            Copied::Yes => t.get(Ui::LinkCopied),
                            Copied::Select => t.get(Ui::CopyFallback),
                        } }
                    </p>
                </section>
                <section class="card rx-for-clinician rx-review" aria-labelledby="rx-review-heading">
                    <h2 id="rx-review-heading">{ t.get(Ui::ReviewHeading) }</h2>
                    <p>{ t.get(Ui::ReviewNote) }</p>
                    // Generated at build time from the same catalog and rules (core/src/review.rs).
                    <a class="button" href={review_page} target="_blank" rel="noopener">
                        { t.get(Ui::ReviewOpen) }
                    </a>
                </section>
                <TakeHomeRules />
                <div class="print-only"><ClinicContact /></div>
                <div class="actions">{ action_button("", t.get(Ui::Back), &props.on_back) }</div>
            </main>
        </div>
    }
}
