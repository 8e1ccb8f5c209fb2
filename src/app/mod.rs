//! The root component: the embedder's configuration, the app state, the effects (one named
//! hook each, in `src/hooks/`), and one `match` from the screen to its component.

pub mod clinician;
pub mod layout;
pub mod state;

use std::rc::Rc;

use knee_core::embed::{Config, EarlyTaps, Mode};
use knee_core::prescription::Prescription;
use knee_core::progress;
use knee_core::timer::Phase;
use knee_core::Lang;
use yew::prelude::*;

use crate::components::before_start::BeforeStart;
use crate::components::cue_controls::CueControls;
use crate::components::landing::Landing;
use crate::components::lang_switch::LangSwitch;
use crate::components::learn::Learn;
use crate::components::log_choice::LogChoice;
use crate::components::outcome::OutcomeView;
use crate::components::pain_scale::{PainAlert, PainScale};
use crate::components::plan_overview::PlanOverview;
use crate::components::progress::{LogSign, ProgressView};
use crate::components::routine::RoutineView;
use crate::components::routine_done::RoutineDone;
use crate::components::routine_stopped::RoutineStopped;
use crate::components::screening::ScreeningPage;
use crate::components::tablet_bar::TabletBar;
use crate::components::update_offer::UpdateOffer;
use crate::hooks::{
    use_can_speak, use_cue_player, use_host_page, use_lifecycle_events, use_private_log,
    use_routine_clock, use_service_worker, use_tablet_idle, use_wake_lock,
};
use crate::services::clock::now_ms;
use crate::services::cues;
use crate::services::page;
use crate::services::private_log::{self, Stored};
use crate::services::service_worker;
use state::{Action, PrivateLog, Screen, State};

/// The private log as the device holds it; never read on a shared tablet.
fn private_log_here(config: &Config) -> PrivateLog {
    if config.mode == Mode::Tablet {
        return PrivateLog::SharedTablet;
    }
    match private_log::load() {
        Stored::Unavailable => PrivateLog::NoStorage,
        Stored::Nothing => PrivateLog::Off,
        Stored::Log(log) => PrivateLog::On(log),
        Stored::Problem(problem) => PrivateLog::Unreadable(problem),
    }
}

/// A callback that turns its value into an action and dispatches it.
fn dispatch_with<T: 'static>(
    dispatch: UseReducerDispatcher<State>,
    make: fn(T) -> Action,
) -> Callback<T> {
    Callback::from(move |value| dispatch.dispatch(make(value)))
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The embedder's configuration (defaults when the widget runs on its own).
    #[prop_or_default]
    pub config: Rc<Config>,
    /// Taps on the prerendered landing before the app ran (boot.js kept them).
    #[prop_or_default]
    pub early: EarlyTaps,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let config = props.config.clone();
    let state = {
        // The embedder's language, else the first of the browser's we have, else English.
        let configured = config.lang;
        let early = props.early;
        let config = config.clone();
        use_reducer(move || {
            let lang = page::starting_language(configured);
            // A clinician's routine in the address's fragment (never sent to any server).
            let link = Prescription::from_fragment(&page::fragment());
            State::starting_in(lang)
                .with_link(link)
                .with_log(private_log_here(&config))
                .after_early(early)
        })
    };
    let lang = state.lang();

    // The effects, each a named hook (src/hooks/).
    let phase = state.routine_view().map(|v| v.phase);
    let under_way = matches!(
        phase,
        Some(Phase::Running | Phase::Paused | Phase::CheckIn(_) | Phase::Confirm(_))
    );
    let keep_awake = matches!(
        phase,
        Some(Phase::Running | Phase::CheckIn(_) | Phase::Confirm(_))
    );
    use_host_page(config.clone(), lang);
    // The next patient does not inherit the link: it leaves the address too.
    use_effect_with(state.patient.has_link(), |&has_link| {
        if !has_link {
            page::drop_link_from_address();
        }
    });
    use_lifecycle_events(config.clone(), &state);
    use_service_worker(state.device.update, state.dispatcher());
    use_tablet_idle(config.clone(), state.routine_is_running(), {
        let dispatch = state.dispatcher();
        Callback::from(move |_: ()| dispatch.dispatch(Action::NextPatient))
    });
    let space_pauses = matches!(phase, Some(Phase::Running | Phase::Paused));
    use_routine_clock(under_way, space_pauses, state.dispatcher());
    use_wake_lock(keep_awake, state.dispatcher());
    use_cue_player(state.clone(), lang);
    use_private_log(state.device.log.clone(), state.dispatcher());

    let can_speak = use_can_speak(lang, matches!(state.patient.screen, Screen::Plan(_)));
    let cue_controls = html! {
        <CueControls
            muted={state.visit.cues.muted}
            speak={state.visit.cues.speak}
            can_speak={can_speak}
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
            dispatch.dispatch(Action::StartRoutine(now_ms(), page::today_day()))
        })
    };

    let send = |action: Action| {
        let dispatch = state.dispatcher();
        Callback::from(move |_: ()| dispatch.dispatch(action))
    };

    // Whether the patient has left the first screen: coming back to the landing then moves
    // focus to its heading, as every other new screen does; the first load never does, unless
    // it is the way back from the clinician's page (which carries the language in the fragment).
    let left_landing =
        use_mut_ref(|| knee_core::embed::lang_from_fragment(&page::fragment()).is_some());
    if state.patient.screen != Screen::Landing {
        *left_landing.borrow_mut() = true;
    }
    let returned = *left_landing.borrow();

    // The log's sign to get the knee checked, on the landing and at the end of a routine
    // (built only there: never on a routine's every tick).
    let log_sign = || match &state.device.log {
        PrivateLog::On(log) => html! { <LogSign log={log.clone()} today={page::today_day()} /> },
        _ => html! {},
    };
    // The end of a routine (finished or stopped): the pain after, then the private log.
    let after_routine = || {
        html! {
            <>
                { log_sign() }
                <div class="card">
                    <PainScale id="pain-after" value={state.patient.pain_after}
                        on_pick={dispatch_with(state.dispatcher(), Action::SetPainAfter)} />
                </div>
                <PainAlert pain={state.patient.pain_after} />
                <LogChoice log={state.device.log.clone()} logged={state.patient.logged}
                    not_saved={state.device.log_not_saved}
                    on_keep={send(Action::KeepLog)} on_progress={send(Action::OpenProgress)} />
            </>
        }
    };

    let screen = match &state.patient.screen {
        Screen::Landing => html! {
            <Landing on_start={send(Action::StartScreening)} on_learn={send(Action::OpenLearn)} {returned}
                prescribed={state.patient.choices.prescription().map(|p| p.prepared)}
                link_refused={state.patient.link_refused}
                on_prescribe={config.prescribe.then(|| Callback::from(move |_: ()| page::open_clinician_page(lang)))}
                on_reload={Callback::from(|_| service_worker::update_now())}
                on_progress={matches!(state.device.log, PrivateLog::On(_) | PrivateLog::Unreadable(_))
                    .then(|| send(Action::OpenProgress))}
                log_notice={log_sign()} />
        },
        &Screen::Screening(page) => html! {
            <ScreeningPage
                {page}
                answers={state.patient.answers.clone()}
                on_answer={dispatch_with(state.dispatcher(), |(q, c)| Action::Answer(q, c))}
                on_next={send(Action::NextPage)}
                on_back={send(Action::PreviousPage)}
                on_start_over={send(Action::StartOver)}
            />
        },
        Screen::Outcome => html! {
            <OutcomeView
                answers={state.patient.answers.clone()}
                outcome={state.outcome()}
                on_change_answer={dispatch_with(state.dispatcher(), Action::ChangeAnswer)}
                on_show_plan={send(Action::ShowPlan)}
                routine_offered={!state.visit.stopped_for_pain_or_numbness}
                on_back={send(Action::PreviousPage)}
                on_start_over={send(Action::StartOver)}
                on_learn={send(Action::OpenLearn)}
            />
        },
        Screen::Plan(plan) => html! {
            <PlanOverview
                plan={(**plan).clone()}
                choices={state.patient.choices.clone()}
                on_preset={dispatch_with(state.dispatcher(), Action::SetPreset)}
                on_method={dispatch_with(state.dispatcher(), Action::SetPesAnserineMethod)}
                on_adjust={dispatch_with(state.dispatcher(), |(step, direction)| Action::AdjustStep(step, direction))}
                on_start={start_routine.clone()}
                on_back={send(Action::PreviousPage)}
                cue_controls={cue_controls.clone()}
                pain_before={state.patient.pain_before}
                on_pain_before={dispatch_with(state.dispatcher(), Action::SetPainBefore)}
                stopping_sign={state.stopping_sign(page::today_day())}
                sign_checked={state.patient.sign_checked}
                on_sign_checked={dispatch_with(state.dispatcher(), Action::SetSignChecked)}
            />
        },
        Screen::BeforeStart => html! {
            <BeforeStart
                pressure={state.plan().map(|p| p.pressure).unwrap_or_default()}
                on_start={start_routine}
                on_back={send(Action::PreviousPage)}
            />
        },
        Screen::Routine(routine) => {
            let view = routine.session.view(state.now);
            match view.phase {
                Phase::Finished => html! {
                    <RoutineDone
                        plan={routine.plan.clone()}
                        skipped={(0..routine.plan.steps.len()).map(|i| routine.session.was_skipped(i)).collect::<Vec<bool>>()}
                        on_other_knee={progress::pain_alert(state.patient.pain_after).is_none().then(|| send(Action::OtherKnee))}
                        on_start_over={send(Action::StartOver)}
                        on_learn={send(Action::OpenLearn)}
                        after={after_routine()}
                    />
                },
                Phase::Stopped(reason) => html! {
                    <RoutineStopped {reason} on_start_over={send(Action::StartOver)} after={after_routine()} />
                },
                Phase::Ready
                | Phase::Running
                | Phase::Paused
                | Phase::CheckIn(_)
                | Phase::Confirm(_) => html! {
                    <RoutineView
                        plan={routine.plan.clone()}
                        {view}
                        screen_may_dim={state.device.screen_may_dim}
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
            }
        }
        Screen::Learn(_) => html! {
            <Learn knee={state.patient.answers.knee()} on_back={send(Action::CloseLearn)} />
        },
        Screen::Progress(_) => html! {
            <ProgressView log={state.device.log.clone()} today={page::today_day()}
                per_week={state.patient.choices.prescription().map(|p| p.per_week)}
                not_saved={state.device.log_not_saved}
                on_erase={send(Action::EraseLog)} on_back={send(Action::CloseProgress)} />
        },
    };

    let body = html! {
        <>
            if state.offers_update() {
                <UpdateOffer on_accept={send(Action::AcceptUpdate)} />
            }
            { screen }
            if config.mode == Mode::Tablet {
                <TabletBar idle_seconds={config.idle_seconds} on_next_patient={send(Action::NextPatient)} />
            }
        </>
    };
    frame(
        lang,
        config,
        dispatch_with(state.dispatcher(), Action::SetLang),
        body,
    )
}

/// Every screen's frame: the language and the embedder's configuration for the components, the
/// language switch, then the screen.
///
/// The build's prerendered landing (`examples/prerender.rs`) is this frame around
/// the landing as a first load shows it, so the markup painted before the wasm starts is the markup the app then
/// renders (held by `tests/e2e/prerender.spec.mjs`).
pub fn frame(lang: Lang, config: Rc<Config>, on_lang: Callback<Lang>, body: Html) -> Html {
    html! {
        <ContextProvider<Lang> context={lang}>
        <ContextProvider<Rc<Config>> context={config}>
            <LangSwitch {lang} on_choose={on_lang} />
            { body }
        </ContextProvider<Rc<Config>>>
        </ContextProvider<Lang>>
    }
}
