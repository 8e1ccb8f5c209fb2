//! The running routine: a big countdown, progress for the step and the whole routine, pause,
//! resume, skip and back, what to do now and what comes next, and the stop controls on every
//! step (on the MCL step, any pain stops it). Before the MCL step the routine holds for an
//! explicit "I'm sure: go on" or "Skip this step", and the step shows the source's caution.

use knee_core::catalog::{step_caution, stop_label};
use knee_core::plan::Plan;
use knee_core::step::{Pressure, StepKind};
use knee_core::timer::{format_clock, Input, Millis, Phase, SessionView, StopReason, MORE_TIME};
use knee_core::{TextId, Ui};
use yew::prelude::*;

use super::step_picture::StepFigure;

use super::masthead::SmallMasthead;
use super::{use_heading_focus, use_text};

#[derive(Properties, PartialEq)]
pub struct RoutineViewProps {
    pub plan: Plan,
    pub view: SessionView,
    /// The screen cannot be kept awake here: the routine says so.
    #[prop_or_default]
    pub screen_may_dim: bool,
    pub on_input: Callback<Input>,
    /// The sound settings, at hand during the routine.
    #[prop_or_default]
    pub cue_controls: Html,
}

#[component]
pub fn RoutineView(props: &RoutineViewProps) -> Html {
    let t = use_text();
    let view = props.view;
    // Focus goes to the step's heading when the routine opens, never when a step changes on
    // its own or by Skip and Back: it stays on the control the patient used (Pause, a stop).
    let heading = use_heading_focus(());
    // A check-in or the MCL question replaces the controls: focus goes to its heading, and
    // back to Pause when the routine goes on (if the answer's button took focus with it).
    let hold = match view.phase {
        Phase::CheckIn(step) => Some((step, false)),
        Phase::Confirm(step) => Some((step, true)),
        _ => None,
    };
    let hold_heading = use_node_ref();
    let pause_button = use_node_ref();
    {
        let (hold_heading, pause_button) = (hold_heading.clone(), pause_button.clone());
        use_effect_with(hold, move |hold| match hold {
            Some(_) => crate::services::page::focus(&hold_heading),
            None => crate::services::page::focus_if_lost(&pause_button),
        });
    }
    // On a phone the picture takes the room left on the screen, so it shows whole.
    let todo_body = use_node_ref();
    let picture_height = crate::hooks::use_fitted_picture(
        todo_body.clone(),
        (
            view.step,
            view.phase,
            view.more_time == 0,
            t.lang(),
            props.screen_may_dim,
        ),
    );
    let Some(step) = props.plan.steps.get(view.step) else {
        return html! {};
    };
    let kind = step.kind;
    let paused = view.phase == Phase::Paused;
    // The last three seconds of a running step look different (a pulse, or with reduced
    // motion a steady colour), to match the 3-2-1 tones.
    // A new step restarts the fade-in: the animation's name alternates with each step.
    let step_in = if view.step % 2 == 0 {
        "step-in-a"
    } else {
        "step-in-b"
    };
    let ending = view.is_ending();
    let check_in = matches!(view.phase, Phase::CheckIn(_));
    let confirm = matches!(view.phase, Phase::Confirm(_));
    let pressure = props.plan.pressure;
    let advised = t.advised(kind.range());
    let send = |input: Input| props.on_input.reform(move |_: MouseEvent| input);
    let position = t.fill(
        Ui::StepPosition,
        &[
            ("n", &(view.step + 1).to_string()),
            ("total", &props.plan.steps.len().to_string()),
        ],
    );
    let next = props.plan.steps.get(view.step + 1).map(|s| s.kind);
    // What a screen reader hears, politely, when the routine moves: the new step, or the
    // question it holds at. Never the countdown (its timer role is not live).
    let announcement = match view.phase {
        Phase::CheckIn(_) => t.get(Ui::CheckInQuestion).to_owned(),
        Phase::Confirm(_) => format!(
            "{} {}",
            t.get(Ui::ConfirmHeading),
            t.get(Ui::ConfirmQuestion)
        ),
        _ => t.fill(
            Ui::StepAnnounce,
            &[
                ("n", &(view.step + 1).to_string()),
                ("total", &props.plan.steps.len().to_string()),
                ("name", t.get(TextId::StepName(kind))),
            ],
        ),
    };
    let more_time = more_time_button(&t, view.more_time, send(Input::MoreTime));
    let [hands, pressure_words, motion] = knee_core::step_words(kind, pressure, props.plan.limits);
    // Where: its first sentence, the rest (how to find it) one tap away. What to keep off is
    // never behind the tap: it has its own list with the step's cautions.
    let (where_lead, where_rest) =
        knee_core::catalog::lead_sentence(t.get(TextId::StepTarget(kind)));
    let where_more = (!where_rest.is_empty()).then(|| {
        html! {
            <details class="where-more">
                <summary>{ t.get(Ui::WhereMore) }</summary>
                <p>{ where_rest }</p>
            </details>
        }
    });
    let keep_off = kind.keep_off();
    let keep_off = (!keep_off.is_empty() && kind != StepKind::Mcl).then(|| {
        html! {
            <section class="keep-off" aria-labelledby="keep-off-heading">
                <h3 id="keep-off-heading">{ t.get(Ui::KeepOffHeading) }</h3>
                <ul class="warning-list">
                    { for keep_off.iter().map(|&k| html! { <li>{ t.get(TextId::KeepOff(k)) }</li> }) }
                </ul>
            </section>
        }
    });
    let details = [
        (Ui::Hands, hands),
        (Ui::Pressure, pressure_words),
        (Ui::HowToMove, motion),
    ];
    let cautions: Vec<TextId> = knee_core::plan::cautions_for(props.plan.limits, kind)
        .map(TextId::Limit)
        .collect();
    let cautions = (!cautions.is_empty()).then(|| {
        html! {
            <section class="cautions" aria-labelledby="cautions-heading">
                <h3 id="cautions-heading">{ t.get(Ui::CautionsHeading) }</h3>
                <ul class="warning-list">
                    { for cautions.iter().map(|&m| html! { <li>{ t.get(m) }</li> }) }
                </ul>
            </section>
        }
    });
    // The MCL's caution box holds what to keep off too, as its last line: one box, not two.
    let caution = step_caution(kind);
    let mcl_caution = (!caution.is_empty()).then(|| {
        let keep_off = knee_core::catalog::keep_off_sentences(t.lang(), kind.keep_off());
        html! {
            <section class="mcl-caution" aria-labelledby="mcl-caution-heading">
                <h3 id="mcl-caution-heading">{ t.get(Ui::MclCautionHeading) }</h3>
                <ul class="warning-list">
                    { for caution.iter().map(|&m| html! { <li>{ t.get(m) }</li> }) }
                    if !keep_off.is_empty() {
                        <li class="keep-off-line">{ keep_off.join(" ") }</li>
                    }
                </ul>
            </section>
        }
    });

    let has_cautions = mcl_caution.is_some() || keep_off.is_some() || cautions.is_some();

    // In the order a patient needs them, which is also the visual and the focus order: the
    // step's name, its clock and controls, the stop buttons, then what to do (the picture,
    // the step's cautions, where, hands, pressure, how to move). The sounds, the space-bar tip
    // and the note that the screen may dim come last, out of the way.
    html! {
        <div class={classes!("screen", "routine", paused.then_some("is-paused"))}>
            <SmallMasthead>
                <p class="position">{ position }</p>
            </SmallMasthead>
            <main id="main" class="content">
                <h1 id="step-heading" class="step-name" ref={heading} tabindex="-1">{ t.get(TextId::StepName(kind)) }</h1>
                <section class={classes!("card", "step-card", hold.is_some().then_some("is-held"))}
                    aria-labelledby="step-heading">
                    <p class={classes!("countdown", step_in, ending.then_some("is-ending"))}
                        role="timer" aria-label={t.get(Ui::TimeLeft)}>
                        { format_clock(view.remaining) }
                    </p>
                    if let Some(advised) = advised {
                        <p class="step-range">
                            { format_clock(view.step_length) }{ " (" }{ advised }{ ")" }
                        </p>
                    }
                    if paused {
                        <p class="paused-note" role="status">{ t.get(Ui::PausedNote) }</p>
                    }
                    <progress class="progress" aria-label={t.get(Ui::StepProgress)}
                        max={view.step_length.max(1).to_string()}
                        value={(view.step_length - view.remaining).to_string()} />
                    <progress class="progress progress-thin" aria-label={t.get(Ui::RoutineProgress)}
                        max={view.total.max(1).to_string()} value={view.position.to_string()} />
                    if confirm {
                        <section class="check-in confirm" aria-labelledby="confirm-heading">
                            <h2 id="confirm-heading" ref={hold_heading.clone()} tabindex="-1">{ t.get(Ui::ConfirmHeading) }</h2>
                            <p>{ t.get(Ui::ConfirmQuestion) }</p>
                            <div class="check-in-answers">
                                <button type="button" class="button button-primary" onclick={send(Input::Confirm)}>
                                    { t.get(Ui::ConfirmGoOn) }
                                </button>
                                <button type="button" class="button" onclick={send(Input::Decline)}>
                                    { t.get(Ui::ConfirmSkip) }
                                </button>
                            </div>
                        </section>
                    } else if check_in {
                        <section class="check-in" aria-labelledby="check-in-heading">
                            <h2 id="check-in-heading" ref={hold_heading} tabindex="-1">{ t.get(Ui::CheckInQuestion) }</h2>
                            <div class="check-in-answers">
                                <button type="button" class="button button-primary" onclick={send(Input::FeltFine)}>
                                    { t.get(if pressure == Pressure::Gentle { Ui::CheckInFine } else { Ui::CheckInGoodAche }) }
                                </button>
                                <button type="button" class="button button-stop"
                                    onclick={send(Input::Stop(StopReason::SharpOrIncreasingPain))}>
                                    { t.get(Ui::StopSharpPain) }
                                </button>
                            </div>
                        </section>
                    } else {
                    <div class="controls">
                        <button type="button" class="button" onclick={send(Input::Back)}>
                            { t.get(Ui::PreviousStep) }
                        </button>
                        <button type="button" class="button button-primary" ref={pause_button}
                            onclick={send(Input::TogglePause)}>
                            { t.get(if paused { Ui::Resume } else { Ui::Pause }) }
                        </button>
                        <button type="button" class="button" onclick={send(Input::Skip)}>
                            { t.get(Ui::SkipStep) }
                        </button>
                    </div>
                    { more_time }
                    }
                    <p class="visually-hidden" aria-live="polite" aria-atomic="true">{ announcement }</p>
                </section>
                <section class="card stop-card" aria-labelledby="stop-heading">
                    <h2 id="stop-heading">{ t.get(Ui::StopHeading) }</h2>
                    <div class="stop-controls">
                        { for kind.stop_reasons().iter().map(|&reason| html! {
                            <button type="button" class="button button-stop" onclick={send(Input::Stop(reason))}>
                                { t.get(stop_label(reason)) }
                            </button>
                        }) }
                    </div>
                </section>
                <section class="card todo-card" aria-labelledby="todo-heading">
                    // "What to do now" for screen readers: on screen, the picture and its words say it.
                    <h2 id="todo-heading" class="visually-hidden">{ t.get(Ui::WhatToDo) }</h2>
                    <div class={classes!("todo-body", has_cautions.then_some("has-cautions"))} ref={todo_body}>
                        <StepFigure {kind} knee={props.plan.knee} height={picture_height} />
                        // The step's cautions (the source's for the MCL, what to keep off, the
                        // plan's changes), under the picture, before how to do it.
                        if has_cautions {
                            <div class="todo-cautions">
                                { mcl_caution }
                                { keep_off }
                                { cautions }
                            </div>
                        }
                        <div class="todo-text">
                            <dl class="step-details">
                                <div>
                                    <dt>{ t.get(Ui::Where) }</dt>
                                    <dd>{ where_lead }{ where_more }</dd>
                                </div>
                                { for details.into_iter().map(|(label, msg)| html! {
                                    <div>
                                        <dt>{ t.get(label) }</dt>
                                        <dd>{ t.get(msg) }</dd>
                                    </div>
                                }) }
                            </dl>
                        </div>
                    </div>
                    <p class="next-up">
                        if let Some(next) = next {
                            { t.get(Ui::NextUp) }{ " " }<strong>{ t.get(TextId::StepName(next)) }</strong>
                        } else {
                            { t.get(Ui::LastStep) }
                        }
                    </p>
                </section>
                <div class="card cue-card">
                    // A device note, with the sounds: out of the step's way (a screen reader
                    // hears it when it appears).
                    <p class="note screen-dim-note" role="status">
                        if props.screen_may_dim { { t.get(Ui::ScreenMayDim) } }
                    </p>
                    <p class="note">{ t.get(Ui::SpaceHint) }</p>
                    { props.cue_controls.clone() }
                </div>
            </main>
        </div>
    }
}

/// "More time: +15 s", for the step under way; at the step's longest it stays in place (and
/// keeps focus) but says so and does nothing.
fn more_time_button(t: &super::Text, more: Millis, onclick: Callback<MouseEvent>) -> Html {
    let seconds = knee_core::timer::whole_seconds_up(if more == 0 { MORE_TIME } else { more });
    let label = t.fill(Ui::MoreTime, &[("n", &seconds.to_string())]);
    let at_longest = more == 0;
    html! {
        <div class="more-time">
            <button type="button" class="button" aria-disabled={at_longest.then_some("true")}
                aria-describedby={at_longest.then_some("longest-note")} {onclick}>
                { label }
            </button>
            if at_longest {
                <p id="longest-note" class="note">{ t.get(Ui::LongestNote) }</p>
            }
        </div>
    }
}
