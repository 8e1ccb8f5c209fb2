//! The root component: holds the app state, chooses the language, shows the screen, runs the
//! routine's clock while it is under way, offers a waiting update on idle screens, and
//! signals readiness once the first screen is on the page.

pub mod state;

use std::rc::Rc;

use knee_core::embed::{Config, Lifecycle, Mode};
use knee_core::timer::CueKind;
use knee_core::timer::{Input, Phase};
use knee_core::{text, Lang, Msg, Ui};
use yew::prelude::*;

use crate::components::before_start::BeforeStart;
use crate::components::cue_controls::CueControls;
use crate::components::landing::Landing;
use crate::components::outcome::OutcomeView;
use crate::components::plan_overview::PlanOverview;
use crate::components::routine::RoutineView;
use crate::components::routine_done::RoutineDone;
use crate::components::routine_stopped::RoutineStopped;
use crate::components::screening::ScreeningPage;
use crate::components::tablet_bar::TabletBar;
use crate::components::update_offer::UpdateOffer;
use crate::services::activity::IdleTimer;
use crate::services::clock::{now_ms, Ticker};
use crate::services::cues::{self, CuePlayer, Words};
use crate::services::embed::{self, HeightReporter};
use crate::services::keyboard::SpaceBar;
use crate::services::theme::ColourScheme;
use crate::services::wake_lock::ScreenAwake;
use crate::services::{page, service_worker};
use state::{Action, Screen, State, Update};

/// How often the countdown is redrawn while visible. The time itself comes from timestamps.
const TICK_MS: u32 = 250;

/// A callback that turns its value into an action and dispatches it.
fn dispatch_with<T: 'static>(
    dispatch: UseReducerDispatcher<State>,
    make: fn(T) -> Action,
) -> Callback<T> {
    Callback::from(move |value| dispatch.dispatch(make(value)))
}

/// Sends `milestone` each time `reached` turns true (not on the first render unless true).
#[hook]
fn use_milestone(reached: bool, milestone: Lifecycle, send: impl Fn(Lifecycle) + 'static) {
    use_effect_with(reached, move |&reached| {
        if reached {
            send(milestone);
        }
    });
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The embedder's configuration (defaults when the widget runs on its own).
    #[prop_or_default]
    pub config: Rc<Config>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let config = props.config.clone();
    let lang = config.lang;
    let state = use_reducer(State::default);
    // Lifecycle events go to the host page only when the embedder asked and named itself.
    let events_to = config.events.then(|| config.parent.clone()).flatten();
    let event = move |event: Lifecycle| {
        if let Some(parent) = events_to.as_deref() {
            embed::send_event(event, parent);
        }
    };

    use_effect_with(lang, |lang| page::set_language(lang.code()));
    use_effect_with(config.clone(), |config| {
        let scheme = ColourScheme::apply(config.theme, config.accent);
        let heights = HeightReporter::start(config.parent.clone());
        move || drop((scheme, heights))
    });
    {
        // Runs once, after the first render has reached the DOM.
        let dispatch = state.dispatcher();
        let event = event.clone();
        use_effect_with((), move |_| {
            page::mark_ready();
            event(Lifecycle::Ready);
            service_worker::register(move || dispatch.dispatch(Action::UpdateWaiting));
        });
    }
    // Milestones, each sent when it is reached (never what was answered or why it ended).
    let view = state.routine_view();
    let on_routine = |pred: fn(Phase) -> bool| {
        state.screen == Screen::Routine && view.is_some_and(|v| pred(v.phase))
    };
    use_milestone(
        state.screen == Screen::Outcome,
        Lifecycle::ScreeningFinished,
        event.clone(),
    );
    use_milestone(
        state.routine.is_some(),
        Lifecycle::RoutineStarted,
        event.clone(),
    );
    use_milestone(
        on_routine(|p| p == Phase::Finished),
        Lifecycle::RoutineFinished,
        event.clone(),
    );
    {
        // Shared-tablet mode: idle on any screen but a running routine clears everything.
        let watching = config.mode == Mode::Tablet && !state.routine_is_running();
        let dispatch = state.dispatcher();
        let limit = config.idle_seconds;
        use_effect_with(watching, move |&watching| {
            let timer = watching
                .then(|| IdleTimer::start(limit, move || dispatch.dispatch(Action::NextPatient)));
            move || drop(timer)
        });
    }
    use_effect_with(state.update, |update| {
        if *update == Update::Applying {
            service_worker::apply_update();
        }
    });
    {
        // The clock and the space bar run only while a routine is under way.
        let under_way =
            on_routine(|p| matches!(p, Phase::Running | Phase::Paused | Phase::CheckIn(_)));
        let dispatch = state.dispatcher();
        use_effect_with(under_way, move |&under_way| {
            let running = under_way.then(|| {
                let tick = dispatch.clone();
                (
                    Ticker::start(TICK_MS, move |now| tick.dispatch(Action::Tick(now))),
                    SpaceBar::listen(move || {
                        dispatch.dispatch(Action::Timer(Input::TogglePause, now_ms()))
                    }),
                )
            });
            move || drop(running)
        });
    }

    {
        // The screen stays awake while the routine runs or asks how a step felt; a pause, a
        // stop or the end lets it go.
        let running = on_routine(|p| matches!(p, Phase::Running | Phase::CheckIn(_)));
        let dispatch = state.dispatcher();
        use_effect_with(running, move |&running| {
            let awake =
                running.then(|| ScreenAwake::hold(move || dispatch.dispatch(Action::ScreenMayDim)));
            move || drop(awake)
        });
    }

    {
        // Cues are scheduled afresh when the patient changes something (or the settings
        // change), from the routine's timestamps; dropping the player cancels what is ahead.
        // Muted: nothing at all, and anything being spoken stops.
        // The handle is the state of this render (a cheap Rc clone): the routine is only
        // read when the effect runs, not copied on every tick.
        let at_render = state.clone();
        let settings = state.cues;
        use_effect_with((state.cue_epoch, settings, lang), move |_| {
            let routine = at_render
                .routine
                .as_ref()
                .filter(|_| at_render.screen == Screen::Routine && !settings.muted);
            let cues =
                routine.map_or_else(Vec::new, |r| r.session.cues_from(at_render.now, now_ms()));
            // Nothing ahead, muted, or speech off: anything still being spoken stops.
            if cues.is_empty() || !settings.speak {
                cues::hush();
            }
            let player = routine.filter(|_| !cues.is_empty()).map(|routine| {
                let plan = routine.plan.clone();
                let words: Option<Words> = settings.speak.then(|| {
                    Rc::new(move |kind: CueKind| match kind {
                        CueKind::Count(_) => None,
                        CueKind::StepStarts(step) => plan
                            .steps
                            .get(step)
                            .map(|s| text(lang, Msg::StepName(s.kind)).to_owned()),
                        CueKind::CheckIn(_) => Some(text(lang, Ui::CheckInQuestion).to_owned()),
                        CueKind::Confirm(_) => Some(text(lang, Ui::ConfirmHeading).to_owned()),
                        CueKind::Finished => Some(text(lang, Ui::DoneTitle).to_owned()),
                    }) as Words
                });
                CuePlayer::schedule(&cues, words, lang.code())
            });
            move || drop(player)
        });
    }
    let can_speak = use_memo((), |_| cues::can_speak());
    let cue_controls = html! {
        <CueControls
            muted={state.cues.muted}
            speak={state.cues.speak}
            can_speak={*can_speak}
            on_mute={{
                let dispatch = state.dispatcher();
                Callback::from(move |muted| {
                    cues::unlock();
                    dispatch.dispatch(Action::SetMuted(muted))
                })
            }}
            on_speak={dispatch_with(state.dispatcher(), Action::SetSpeak)}
        />
    };
    // A tap that starts the routine also lets the page make sound.
    let start_routine = {
        let dispatch = state.dispatcher();
        Callback::from(move |_| {
            cues::unlock();
            dispatch.dispatch(Action::StartRoutine(now_ms()))
        })
    };

    let send = |action: Action| {
        let dispatch = state.dispatcher();
        Callback::from(move |_: ()| dispatch.dispatch(action))
    };

    let screen = match state.screen {
        Screen::Landing => html! { <Landing on_start={send(Action::StartScreening)} /> },
        Screen::Screening(page) => html! {
            <ScreeningPage
                {page}
                answers={state.answers.clone()}
                on_answer={dispatch_with(state.dispatcher(), |(q, c)| Action::Answer(q, c))}
                on_next={send(Action::NextPage)}
                on_back={send(Action::PreviousPage)}
                on_start_over={send(Action::StartOver)}
            />
        },
        Screen::Outcome => html! {
            <OutcomeView
                answers={state.answers.clone()}
                on_change_answer={dispatch_with(state.dispatcher(), Action::ChangeAnswer)}
                on_show_plan={send(Action::ShowPlan)}
                on_back={send(Action::PreviousPage)}
                on_start_over={send(Action::StartOver)}
            />
        },
        Screen::Plan => match state.plan() {
            Some(plan) => html! {
                <PlanOverview
                    {plan}
                    choices={state.choices.clone()}
                    on_preset={dispatch_with(state.dispatcher(), Action::SetPreset)}
                    on_method={dispatch_with(state.dispatcher(), Action::SetPesAnserineMethod)}
                    on_adjust={dispatch_with(state.dispatcher(), |(step, direction)| Action::AdjustStep(step, direction))}
                    on_start={start_routine.clone()}
                    on_back={send(Action::PreviousPage)}
                    cue_controls={cue_controls.clone()}
                />
            },
            // The reducer only opens the overview when a plan exists; this is a safe fallback.
            None => html! { <Landing on_start={send(Action::StartScreening)} /> },
        },
        Screen::BeforeStart => html! {
            <BeforeStart
                pressure={state.plan().map(|p| p.pressure).unwrap_or_default()}
                on_start={start_routine}
                on_back={send(Action::PreviousPage)}
            />
        },
        Screen::Routine => match (&state.routine, state.routine_view()) {
            (Some(routine), Some(view)) => match view.phase {
                Phase::Finished => html! {
                    <RoutineDone
                        plan={routine.plan.clone()}
                        skipped={(0..routine.plan.steps.len()).map(|i| routine.session.was_skipped(i)).collect::<Vec<bool>>()}
                        on_other_knee={send(Action::OtherKnee)}
                        on_start_over={send(Action::StartOver)}
                    />
                },
                Phase::Stopped(reason) => html! {
                    <RoutineStopped {reason} on_start_over={send(Action::StartOver)} />
                },
                Phase::Ready
                | Phase::Running
                | Phase::Paused
                | Phase::CheckIn(_)
                | Phase::Confirm(_) => html! {
                    <RoutineView
                        plan={routine.plan.clone()}
                        {view}
                        screen_may_dim={state.screen_may_dim}
                        on_input={{
                            let dispatch = state.dispatcher();
                            Callback::from(move |input| {
                                cues::unlock();
                                dispatch.dispatch(Action::Timer(input, now_ms()))
                            })
                        }}
                        cue_controls={cue_controls.clone()}
                    />
                },
            },
            _ => html! { <Landing on_start={send(Action::StartScreening)} /> },
        },
    };

    html! {
        <ContextProvider<Lang> context={lang}>
        <ContextProvider<Rc<Config>> context={config.clone()}>
            if state.offers_update() {
                <UpdateOffer on_accept={send(Action::AcceptUpdate)} />
            }
            { screen }
            if config.mode == Mode::Tablet {
                <TabletBar idle_seconds={config.idle_seconds} on_next_patient={send(Action::NextPatient)} />
            }
        </ContextProvider<Rc<Config>>>
        </ContextProvider<Lang>>
    }
}
