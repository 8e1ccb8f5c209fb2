//! The app's state, grouped by whose it is: the patient's journey (everything "Next patient"
//! erases), the visit's preferences, and facts about the device. The latest clock reading is
//! kept beside them.
//!
//! `reduce` is pure: it never touches the browser. Answers live here, in memory only: they
//! are never written to storage, the URL, the console or a message to the host page. The
//! outcome is not stored: screens derive it from the answers with `screening::evaluate`. The
//! routine lives in the screen that shows it, so no routine screen exists without one.

use std::rc::Rc;

use knee_core::calendar::Day;
use knee_core::embed::{EarlyOpen, EarlyTaps};
use knee_core::plan::{self, Plan, PlanChoices, Preset};
use knee_core::prescription::{Prescription, Refusal};
use knee_core::progress::{self, Entry, KneeSign, Log, LogProblem, Pain};
use knee_core::screening::{evaluate, Answers, Choice, Outcome, Page, Question};
use knee_core::step::{PesAnserineMethod, StepKind};
use knee_core::timer::{Input, Millis, Phase, Session, SessionView, StopReason};
use knee_core::Lang;
use yew::Reducible;

/// A routine under way: the plan it runs, frozen at the start, its timer, and the day it
/// started (the day its log entry carries).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Routine {
    pub plan: Plan,
    pub session: Session,
    pub day: Day,
}

/// The screen the patient sees. (A screen that can be visited and left, such as a Learn
/// section, will carry the screen to return to.)
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    #[default]
    Landing,
    /// One page of the safety screening.
    Screening(Page),
    /// The screening's result.
    Outcome,
    /// The routine's overview: every step, its time, the total; choices before starting. It
    /// holds the plan it shows, made again whenever a choice changes (only a plan that exists
    /// opens it).
    Plan(Box<Plan>),
    /// The key principles, shown once per visit before the first routine starts.
    BeforeStart,
    /// The guided routine, and its end or stop screen once it is over. (Boxed: the other
    /// screens are a byte or two.)
    Routine(Box<Routine>),
    /// The Learn section, over the screen the patient opened it from (the landing, a result or
    /// the end screen), which comes back exactly as it was.
    Learn(Box<Screen>),
    /// "My progress": the private log, over the screen it was opened from (the landing or the
    /// end of a routine), which comes back as it was.
    Progress(Box<Screen>),
}

/// The patient's private log on this device (issue 34): nothing is stored until they turn it
/// on, and never on a shared tablet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum PrivateLog {
    /// Not offered, and nothing said: a shared tablet keeps nothing about a patient.
    SharedTablet,
    /// Not offered, and said: no storage here (a blocked frame, storage turned off).
    #[default]
    NoStorage,
    /// Offered, not kept: nothing is stored.
    Off,
    /// Kept: each routine that ends adds an entry, which the shell saves.
    On(Log),
    /// A stored log that cannot be read: said, and offered for erasing.
    Unreadable(LogProblem),
}

impl PrivateLog {
    /// Whether the log is offered here (and My progress can open).
    pub fn is_offered(&self) -> bool {
        matches!(
            self,
            PrivateLog::Off | PrivateLog::On(_) | PrivateLog::Unreadable(_)
        )
    }
}

/// Where a new version of the app stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Update {
    /// Nothing newer is known.
    #[default]
    None,
    /// A newer version is installed and waits for a safe moment.
    Waiting,
    /// The patient accepted: the page switches to the new version and reloads.
    Applying,
}

/// The patient's journey: everything "Next patient" erases, and "Start over" too but for the
/// link the patient came with (a clinician's routine, or why it could not be read).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Patient {
    pub screen: Screen,
    pub answers: Answers,
    /// The patient's choices, starting from the clinician's routine if a link brought one.
    pub choices: PlanChoices,
    /// The link could not be used: the landing says why.
    pub link_refused: Option<Refusal>,
    /// "How much does your knee hurt right now?" before the routine, and after it (optional).
    pub pain_before: Option<Pain>,
    pub pain_after: Option<Pain>,
    /// This routine's entry is in the log: the pain after goes onto it.
    pub logged: bool,
    /// The patient's answer on the overview when the log says not to massage this knee until
    /// it has been checked: "Yes" (checked since, and massage is OK) lets the routine start.
    pub sign_checked: Option<bool>,
}

impl Patient {
    /// A fresh start for the same patient: the clinician's routine (or the refusal) stays.
    fn fresh(&self) -> Patient {
        Patient {
            choices: self.choices.fresh(),
            link_refused: self.link_refused,
            ..Patient::default()
        }
    }

    /// Whether this patient came with a link (read or refused).
    pub fn has_link(&self) -> bool {
        self.choices.prescription().is_some() || self.link_refused.is_some()
    }
}

/// The visit's preferences (memory only): the cue settings, and whether the key principles
/// were shown. "Next patient" erases them; "Do the other knee" and "Start over" keep them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Visit {
    pub cues: CueSettings,
    /// On a shared tablet the next patient sees the principles again.
    pub principles_shown: bool,
    /// The language the patient chose with the switch; `None`: the device's.
    pub lang: Option<Lang>,
    /// The patient stopped a routine for sharp pain or numbness: this visit offers no routine
    /// again (the result says not to start it again today). "Next patient" clears it.
    pub stopped_for_pain_or_numbness: bool,
}

/// Facts about the device: they outlive every patient.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Device {
    pub update: Update,
    /// The screen cannot be kept awake here (no Wake Lock, or refused): said once.
    pub screen_may_dim: bool,
    /// The language the widget starts in: the embedder's, else the browser's, else English.
    pub lang: Lang,
    /// The patient's private log.
    pub log: PrivateLog,
    /// The device refused to save the log (full, or storage blocked since): said.
    pub log_not_saved: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    pub patient: Patient,
    pub visit: Visit,
    pub device: Device,
    /// The latest clock reading the shell passed in; the routine's view is derived from it.
    pub now: Millis,
}

/// The cue settings for this visit: one mute for every sound and vibration, and spoken step
/// names, off until chosen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CueSettings {
    pub muted: bool,
    pub speak: bool,
}

impl State {
    /// A fresh widget that starts in `lang` (the embedder's or the browser's language).
    pub fn starting_in(lang: Lang) -> State {
        let mut state = State::default();
        state.device.lang = lang;
        state
    }

    /// The widget as a link opened it: with the clinician's routine, or the reason it could not
    /// be read (`None`: no link).
    pub fn with_link(mut self, link: Option<Result<Prescription, Refusal>>) -> State {
        match link {
            Some(Ok(prescription)) => self.patient.choices = PlanChoices::prescribed(prescription),
            Some(Err(refusal)) => self.patient.link_refused = Some(refusal),
            None => {}
        }
        self
    }

    /// The widget with what the device's storage holds (the shell reads it once, at start).
    pub fn with_log(mut self, log: PrivateLog) -> State {
        self.device.log = log;
        self
    }

    /// The widget after the taps the patient made on the prerendered landing before the app
    /// ran (kept by boot.js): the same actions those taps would have dispatched.
    pub fn after_early(self, early: EarlyTaps) -> State {
        let actions = early
            .lang
            .map(Action::SetLang)
            .into_iter()
            .chain(early.open.map(|open| match open {
                EarlyOpen::Screening => Action::StartScreening,
                EarlyOpen::Learn => Action::OpenLearn,
            }));
        let mut state = Rc::new(self);
        for action in actions {
            state = state.reduce(action);
        }
        Rc::unwrap_or_clone(state)
    }

    /// The language on screen: the patient's choice for this visit, else the device's.
    pub fn lang(&self) -> Lang {
        self.visit.lang.unwrap_or(self.device.lang)
    }

    /// The routine on screen, if the patient is in one.
    pub fn routine(&self) -> Option<&Routine> {
        match &self.patient.screen {
            Screen::Routine(routine) => Some(routine.as_ref()),
            _ => None,
        }
    }

    /// Nothing is in progress, so reloading into a new version loses nothing: the landing,
    /// the result, the overview, and a routine that is over. Answering the screening and a
    /// running (or paused) routine are never idle.
    pub fn is_idle(&self) -> bool {
        match &self.patient.screen {
            Screen::Landing
            | Screen::Outcome
            | Screen::Plan(_)
            | Screen::BeforeStart
            | Screen::Learn(_)
            | Screen::Progress(_) => true,
            Screen::Screening(_) => false,
            Screen::Routine(_) => self.routine_view().is_none_or(|v| v.phase.is_final()),
        }
    }

    /// A routine is running (not paused, not waiting at a hold, not over): the one time a
    /// shared tablet never clears itself for being idle.
    pub fn routine_is_running(&self) -> bool {
        self.routine_view()
            .is_some_and(|v| v.phase == Phase::Running)
    }

    /// The reload offer shows only when a version waits and nothing is in progress.
    pub fn offers_update(&self) -> bool {
        self.device.update == Update::Waiting && self.is_idle()
    }

    /// The screening's outcome for the answers so far.
    pub fn outcome(&self) -> Outcome {
        evaluate(&self.patient.answers)
    }

    /// The plan the current answers and choices give; `None` when the outcome blocks it.
    /// The log's sign that says not to massage the knee of this plan until it has been
    /// checked, as of `today`; `None` without a log or such a sign.
    pub fn stopping_sign(&self, today: Day) -> Option<KneeSign> {
        let PrivateLog::On(log) = &self.device.log else {
            return None;
        };
        progress::stopping_sign(log, today, self.plan()?.knee)
    }

    pub fn plan(&self) -> Option<Plan> {
        plan::build(
            &self.outcome(),
            &self.patient.answers,
            &self.patient.choices,
        )
    }

    /// A routine is on screen and has ended (finished or stopped).
    pub fn routine_ended(&self) -> bool {
        self.routine_view().is_some_and(|v| v.phase.is_final())
    }

    /// The log entry of the routine on screen, once it has ended (with the pain after, if
    /// given).
    fn routine_entry(&self) -> Option<Entry> {
        let routine = self.routine()?;
        let entry = Entry::of(
            &routine.session,
            self.now,
            routine.day,
            routine.plan.knee,
            self.patient.pain_before,
        )?;
        Some(Entry {
            pain_after: self.patient.pain_after,
            ..entry
        })
    }

    /// The routine's step and time at the latest clock reading.
    pub fn routine_view(&self) -> Option<SessionView> {
        self.routine().map(|r| r.session.view(self.now))
    }

    /// What the cues are scheduled from: which routine (its start) and its revision, which
    /// moves only when the patient's input changed the timer. `None` off the routine screen.
    pub fn cue_revision(&self) -> Option<(Millis, u32)> {
        self.routine()
            .map(|r| (r.session.started_at(), r.session.revision()))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// "Start the safety check" on the landing screen.
    StartScreening,
    /// The patient picked an answer.
    Answer(Question, Choice),
    /// "Next" (or "See my result" on the last page): only when the page is fully answered.
    NextPage,
    /// "Back": to the previous page, or from the first page to the landing screen.
    PreviousPage,
    /// "Change this answer" on the outcome screen.
    ChangeAnswer(Question),
    /// "Start over": every answer is cleared.
    StartOver,
    /// The service worker reports an installed, waiting version.
    UpdateWaiting,
    /// The patient tapped the reload offer.
    AcceptUpdate,
    /// "See my routine" on a result that allows it.
    ShowPlan,
    SetPreset(Preset),
    SetPesAnserineMethod(PesAnserineMethod),
    /// "Shorter" (-1) or "longer" (+1) on a step of the overview.
    AdjustStep(StepKind, i8),
    /// "Start the routine", at the shell's clock reading, on this day.
    StartRoutine(Millis, Day),
    /// "How much does your knee hurt right now?" on the overview.
    SetPainBefore(Pain),
    /// The patient's answer to "checked since?" on the overview, for the log's sign.
    SetSignChecked(bool),
    /// The same question at the end of a routine.
    SetPainAfter(Pain),
    /// "Keep a private log on this device": from now on (with this routine, if one just ended).
    KeepLog,
    /// "Erase my log", confirmed.
    EraseLog,
    /// The shell could not save the log.
    LogNotSaved,
    /// "My progress": from the landing or the end of a routine.
    OpenProgress,
    /// "Back" on My progress.
    CloseProgress,
    /// Pause, resume, skip, back or a stop control, at the shell's clock reading.
    Timer(Input, Millis),
    /// The shell's clock: a tick, or the page becoming visible again.
    Tick(Millis),
    /// "Do the other knee": the screening again, for the other knee.
    OtherKnee,
    /// The screen cannot be kept awake.
    ScreenMayDim,
    /// The mute control: true silences every sound, vibration and spoken word.
    SetMuted(bool),
    /// Spoken step names on or off.
    SetSpeak(bool),
    /// "Learn about your knee": from the landing, a result or the end screen (never while a
    /// routine is under way).
    OpenLearn,
    /// "Back" in the Learn section: to the screen it was opened from.
    CloseLearn,
    /// The language switch: the screen's words change; answers and any routine stay.
    SetLang(Lang),
    /// Shared-tablet mode: "Next patient", or the idle limit passed. Everything about the
    /// patient and the visit goes; only facts about the device stay.
    NextPatient,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let patient = &mut next.patient;
        match (action, &self.patient.screen) {
            (Action::StartScreening, Screen::Landing) => {
                patient.answers = Answers::default();
                // The clinician's knee is chosen for the patient, who can change it; no other
                // answer is ever given for them.
                if let Some(knee) = patient.choices.prescription().and_then(|p| p.knee) {
                    let _ = patient.answers.set(Question::WhichKnee, knee.choice());
                }
                patient.screen = Screen::Screening(Page::ALL[0]);
            }
            (Action::Answer(question, choice), &Screen::Screening(page))
                if page.questions().contains(&question) =>
            {
                // A choice the question does not offer is ignored: the state stays valid.
                if patient.answers.set(question, choice).is_err() {
                    return self;
                }
            }
            (Action::NextPage, &Screen::Screening(page))
                if self.patient.answers.page_complete(page) =>
            {
                patient.screen = page.next().map_or(Screen::Outcome, Screen::Screening);
            }
            (Action::PreviousPage, &Screen::Screening(page)) => {
                patient.screen = page.previous().map_or(Screen::Landing, Screen::Screening);
            }
            (Action::PreviousPage, Screen::Outcome) => {
                patient.screen = Screen::Screening(Page::ALL[Page::ALL.len() - 1]);
            }
            (Action::ChangeAnswer(question), Screen::Outcome) => {
                patient.screen = Screen::Screening(Page::of(question));
            }
            (Action::StartOver, _) => {
                // The patient's journey goes (but for their link); the visit's preferences and
                // the device stay.
                next.patient = self.patient.fresh();
            }
            (Action::ShowPlan, Screen::Outcome) if !self.visit.stopped_for_pain_or_numbness => {
                let Some(plan) = self.plan() else {
                    return self;
                };
                patient.screen = Screen::Plan(Box::new(plan));
            }
            (Action::PreviousPage, Screen::Plan(_)) => patient.screen = Screen::Outcome,
            (Action::SetPreset(preset), Screen::Plan(_)) => patient.choices.set_preset(preset),
            (Action::SetPesAnserineMethod(method), Screen::Plan(_)) => {
                patient.choices.pes_anserine = method;
            }
            (Action::AdjustStep(step, direction), Screen::Plan(plan)) => {
                // A step the plan lacks, or one already at the end of its range: no redraw.
                if !patient.choices.nudge(plan, step, direction) {
                    return self;
                }
            }
            // Very strong pain before: no massage today (the overview says so and offers no start).
            (Action::StartRoutine(..), Screen::Plan(_) | Screen::BeforeStart)
                if progress::pain_alert(self.patient.pain_before).is_some() =>
            {
                return self;
            }
            // The log says not to massage this knee until it has been checked: the patient says
            // it has been first.
            (Action::StartRoutine(_, day), Screen::Plan(_) | Screen::BeforeStart)
                if self.stopping_sign(day).is_some() && self.patient.sign_checked != Some(true) =>
            {
                return self;
            }
            (Action::StartRoutine(..), Screen::Plan(_)) if !self.visit.principles_shown => {
                patient.screen = Screen::BeforeStart;
            }
            (Action::PreviousPage, Screen::BeforeStart) => {
                let Some(plan) = self.plan() else {
                    return self;
                };
                patient.screen = Screen::Plan(Box::new(plan));
            }
            (Action::StartRoutine(now, day), Screen::Plan(_) | Screen::BeforeStart)
                if !self.visit.stopped_for_pain_or_numbness =>
            {
                let Some(plan) = self.plan() else {
                    return self;
                };
                let mut session = plan.session();
                session.handle(Input::Start, now);
                patient.screen = Screen::Routine(Box::new(Routine { plan, session, day }));
                patient.pain_after = None;
                patient.logged = false;
                next.visit.principles_shown = true;
                next.now = now;
            }
            (Action::Timer(input, now), Screen::Routine(_)) => {
                let Screen::Routine(routine) = &mut patient.screen else {
                    return self;
                };
                let changed = routine.session.handle(input, now);
                if !changed && self.now >= now {
                    return self;
                }
                if changed
                    && matches!(
                        input,
                        Input::Stop(
                            StopReason::SharpOrIncreasingPain | StopReason::NumbnessOrTingling
                        )
                    )
                {
                    next.visit.stopped_for_pain_or_numbness = true;
                }
                next.now = next.now.max(now);
            }
            (Action::Tick(now), Screen::Routine(_)) if now > self.now => {
                if let Screen::Routine(routine) = &mut patient.screen {
                    routine.session.observe(now);
                }
                next.now = now;
            }
            // Very strong pain after: no more massage today, on either knee.
            (Action::OtherKnee, Screen::Routine(_))
                if progress::pain_alert(self.patient.pain_after).is_some() =>
            {
                return self;
            }
            (Action::OtherKnee, Screen::Routine(routine)) => {
                // A new patient journey for the other knee: every safety question is asked
                // again, because the other knee can have other risks. The visit stays.
                let mut answers = Answers::default();
                let _ = answers.set(Question::WhichKnee, routine.plan.knee.other().choice());
                next.patient = Patient {
                    screen: Screen::Screening(Page::ALL[0]),
                    answers,
                    ..self.patient.fresh()
                };
            }
            (Action::OpenLearn, Screen::Landing | Screen::Outcome) => {
                patient.screen = Screen::Learn(Box::new(self.patient.screen.clone()));
            }
            (Action::OpenLearn, Screen::Routine(_))
                if self
                    .routine_view()
                    .is_some_and(|v| v.phase == Phase::Finished) =>
            {
                patient.screen = Screen::Learn(Box::new(self.patient.screen.clone()));
            }
            (Action::CloseLearn, Screen::Learn(back)) => patient.screen = (**back).clone(),
            (Action::SetSignChecked(checked), Screen::Plan(_))
                if self.patient.sign_checked != Some(checked) =>
            {
                patient.sign_checked = Some(checked);
            }
            (Action::SetPainBefore(pain), Screen::Plan(_))
                if self.patient.pain_before != Some(pain) =>
            {
                patient.pain_before = Some(pain);
            }
            (Action::SetPainAfter(pain), Screen::Routine(_))
                if self.routine_ended() && self.patient.pain_after != Some(pain) =>
            {
                patient.pain_after = Some(pain);
                if let (PrivateLog::On(log), true) = (&self.device.log, self.patient.logged) {
                    next.device.log = PrivateLog::On(log.with_pain_after(pain));
                }
            }
            (Action::KeepLog, _) if self.device.log == PrivateLog::Off => {
                let mut log = Log::default();
                if let Some(entry) = self.routine_entry() {
                    log = log.with(entry);
                    next.patient.logged = true;
                }
                next.device.log = PrivateLog::On(log);
            }
            (Action::EraseLog, _)
                if matches!(
                    self.device.log,
                    PrivateLog::On(_) | PrivateLog::Unreadable(_)
                ) =>
            {
                next.device.log = PrivateLog::Off;
                next.device.log_not_saved = false;
                next.patient.logged = false;
            }
            (Action::LogNotSaved, _) if !self.device.log_not_saved => {
                next.device.log_not_saved = true;
            }
            (Action::OpenProgress, Screen::Landing) if self.device.log.is_offered() => {
                patient.screen = Screen::Progress(Box::new(Screen::Landing));
            }
            (Action::OpenProgress, Screen::Routine(_))
                if self.routine_ended() && self.device.log.is_offered() =>
            {
                patient.screen = Screen::Progress(Box::new(self.patient.screen.clone()));
            }
            (Action::CloseProgress, Screen::Progress(back)) => patient.screen = (**back).clone(),
            (Action::NextPatient, _) => {
                // Written out in full: a field added to State must be placed by hand.
                let State {
                    patient: _,
                    visit: _,
                    device,
                    now,
                } = (*self).clone();
                let fresh = State {
                    patient: Patient::default(),
                    visit: Visit::default(),
                    device,
                    now,
                };
                // Already fresh (an idle landing): nothing changes, nothing redraws.
                if *self == fresh {
                    return self;
                }
                next = fresh;
            }
            (Action::SetLang(lang), _) if self.lang() != lang => next.visit.lang = Some(lang),
            (Action::ScreenMayDim, _) if !self.device.screen_may_dim => {
                next.device.screen_may_dim = true;
            }
            (Action::SetMuted(muted), _) if self.visit.cues.muted != muted => {
                next.visit.cues.muted = muted;
            }
            (Action::SetSpeak(speak), _) if self.visit.cues.speak != speak => {
                next.visit.cues.speak = speak;
            }
            (Action::UpdateWaiting, _) if self.device.update == Update::None => {
                next.device.update = Update::Waiting;
            }
            // Accepting counts only while the offer is on screen (a stale or repeated tap
            // must not reload a page that is busy).
            (Action::AcceptUpdate, _) if self.offers_update() => {
                next.device.update = Update::Applying;
            }
            // A stale action (a tap from a screen that is gone, a rapid double tap) is
            // ignored.
            _ => return self,
        }
        // A routine that has just ended goes into the log, if the patient keeps one.
        if !self.routine_ended() && next.routine_ended() {
            if let (PrivateLog::On(log), Some(entry)) = (&next.device.log, next.routine_entry()) {
                next.device.log = PrivateLog::On(log.with(entry));
                next.patient.logged = true;
            }
        }
        // The overview shows the plan its choices give now.
        if let Screen::Plan(shown) = &next.patient.screen {
            match next.plan() {
                Some(plan) if plan != **shown => next.patient.screen = Screen::Plan(Box::new(plan)),
                Some(_) => {}
                None => next.patient.screen = Screen::Outcome,
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use knee_core::screening::Tier;

    /// The day the tests' routines start on.
    const DAY: Day = Day(2_500);

    fn run_from(state: State, actions: &[Action]) -> State {
        let mut state = Rc::new(state);
        for &action in actions {
            state = state.reduce(action);
        }
        (*state).clone()
    }

    fn run(actions: &[Action]) -> State {
        run_from(State::default(), actions)
    }

    /// Answers every question on the current page with `risk` for risks and a valid
    /// preference otherwise, then presses Next.
    fn answer_page(state: State, risk: Choice) -> State {
        let Screen::Screening(page) = state.patient.screen.clone() else {
            panic!("not on a screening page: {:?}", state.patient.screen);
        };
        let mut actions: Vec<Action> = page
            .questions()
            .iter()
            .map(|&q| {
                let c = if q.is_preference() {
                    q.choices()[0]
                } else {
                    risk
                };
                Action::Answer(q, c)
            })
            .collect();
        actions.push(Action::NextPage);
        run_from(state, &actions)
    }

    fn answer_all(risk: Choice) -> State {
        let mut state = run(&[Action::StartScreening]);
        while let Screen::Screening(_) = state.patient.screen {
            state = answer_page(state, risk);
        }
        state
    }

    fn a_link() -> Prescription {
        use knee_core::calendar::Day;
        Prescription {
            knee: Some(knee_core::screening::Knee::Right),
            steps: vec![
                (StepKind::Positioning, 30),
                (StepKind::PesAnserineHold, 50),
                (StepKind::GentleMovement, 60),
            ],
            foam_roller: false,
            massage_ball: false,
            per_week: 2,
            prepared: Day(2521),
        }
    }

    #[test]
    fn a_clinicians_link_preselects_only_the_knee_never_skips_a_question_and_stays_until_next_patient(
    ) {
        let start = State::default().with_link(Some(Ok(a_link())));
        let screening = run_from(start.clone(), &[Action::StartScreening]);
        // The knee is chosen for the patient; no other question is answered.
        let answered: Vec<Question> = Question::ALL
            .iter()
            .copied()
            .filter(|&q| screening.patient.answers.is_answered(q))
            .collect();
        assert_eq!(answered, [Question::WhichKnee]);
        assert_eq!(
            screening.patient.answers.get(Question::WhichKnee),
            Some(Choice::Right)
        );
        assert_eq!(screening.patient.screen, Screen::Screening(Page::ALL[0]));
        // Every page must still be answered: a yes to a risk blocks despite the link.
        let mut blocked = screening.clone();
        while let Screen::Screening(_) = blocked.patient.screen {
            blocked = answer_page(blocked, Choice::Yes);
        }
        assert!(
            blocked.plan().is_none(),
            "a blocking answer blocks the clinician's routine"
        );
        // All clear: the clinician's steps and times.
        let mut clear = screening;
        while let Screen::Screening(_) = clear.patient.screen {
            clear = answer_page(clear, Choice::No);
        }
        let plan = clear.plan().expect("a go-ahead");
        let steps: Vec<(StepKind, u32)> = plan.steps.iter().map(|s| (s.kind, s.seconds)).collect();
        assert_eq!(steps, a_link().steps);
        // Start over keeps the link; Next patient drops it.
        let over = run_from(clear.clone(), &[Action::StartOver]);
        assert_eq!(over.patient.choices.prescription(), Some(&a_link()));
        let next = run_from(clear, &[Action::NextPatient]);
        assert!(!next.patient.has_link());
        // A refused link: said on the landing until the next patient.
        let refused = State::default().with_link(Some(Err(Refusal::Unreadable)));
        assert!(run_from(refused.clone(), &[Action::StartOver])
            .patient
            .has_link());
        assert!(!run_from(refused, &[Action::NextPatient]).patient.has_link());
    }

    #[test]
    fn no_update_is_offered_until_one_is_waiting() {
        assert!(!State::default().offers_update());
    }

    #[test]
    fn a_waiting_version_is_offered_on_the_idle_landing_screen() {
        let state = run(&[Action::UpdateWaiting]);
        assert_eq!(state.patient.screen, Screen::Landing);
        assert!(state.offers_update());
    }

    #[test]
    fn a_waiting_version_is_not_offered_while_the_screening_is_being_answered() {
        let state = run(&[Action::StartScreening, Action::UpdateWaiting]);
        assert!(!state.offers_update());
        let accepted = run_from(state.clone(), &[Action::AcceptUpdate]);
        assert_eq!(accepted.device.update, Update::Waiting);
        // It is offered again once the patient reaches the result.
        let done = answer_all(Choice::No);
        let done = run_from(done, &[Action::UpdateWaiting]);
        assert_eq!(done.patient.screen, Screen::Outcome);
        assert!(done.offers_update());
    }

    #[test]
    fn accepting_the_offer_applies_the_update_once() {
        let state = run(&[Action::UpdateWaiting, Action::AcceptUpdate]);
        assert_eq!(state.device.update, Update::Applying);
        assert!(!state.offers_update());
        let again = run(&[
            Action::UpdateWaiting,
            Action::AcceptUpdate,
            Action::AcceptUpdate,
        ]);
        assert_eq!(again, state);
    }

    #[test]
    fn accepting_without_a_waiting_version_changes_nothing() {
        assert_eq!(run(&[Action::AcceptUpdate]), State::default());
    }

    #[test]
    fn a_repeated_waiting_report_does_not_undo_an_accepted_update() {
        let state = run(&[
            Action::UpdateWaiting,
            Action::AcceptUpdate,
            Action::UpdateWaiting,
        ]);
        assert_eq!(state.device.update, Update::Applying);
    }

    #[test]
    fn next_does_nothing_until_every_question_on_the_page_is_answered() {
        let state = run(&[Action::StartScreening, Action::NextPage]);
        assert_eq!(state.patient.screen, Screen::Screening(Page::YourKnee));
        let state = run_from(
            state,
            &[
                Action::Answer(Question::WhichKnee, Choice::Left),
                Action::NextPage,
            ],
        );
        assert_eq!(state.patient.screen, Screen::Screening(Page::YourKnee));
        let state = run_from(
            state,
            &[
                Action::Answer(Question::Under18, Choice::No),
                Action::NextPage,
            ],
        );
        assert_eq!(state.patient.screen, Screen::Screening(Page::Injury));
        let partly = run_from(
            state,
            &[
                Action::Answer(Question::RecentInjury, Choice::No),
                Action::NextPage,
            ],
        );
        assert_eq!(partly.patient.screen, Screen::Screening(Page::Injury));
    }

    #[test]
    fn an_answer_for_a_question_not_on_screen_or_not_offered_is_ignored() {
        let state = run(&[Action::StartScreening]);
        let after = run_from(
            state.clone(),
            &[
                Action::Answer(Question::Fever, Choice::No),
                Action::Answer(Question::WhichKnee, Choice::Yes),
            ],
        );
        assert_eq!(after, state);
    }

    #[test]
    fn all_no_reaches_a_result_that_allows_the_routine() {
        let state = answer_all(Choice::No);
        assert_eq!(state.patient.screen, Screen::Outcome);
        assert!(state.outcome().tier.allows_routine());
    }

    #[test]
    fn all_not_sure_reaches_a_result_that_blocks_the_routine() {
        let state = answer_all(Choice::NotSure);
        assert_eq!(state.patient.screen, Screen::Outcome);
        assert_eq!(state.outcome().tier, Tier::GoNow);
    }

    #[test]
    fn after_a_stop_for_sharp_pain_or_numbness_the_visit_offers_no_routine_until_next_patient() {
        for reason in [
            StopReason::SharpOrIncreasingPain,
            StopReason::NumbnessOrTingling,
        ] {
            let stopped = run_from(
                at_plan_seen(),
                &[
                    Action::StartRoutine(1_000, DAY),
                    Action::Timer(Input::Stop(reason), 2_000),
                ],
            );
            assert!(stopped.visit.stopped_for_pain_or_numbness, "{reason:?}");
            let mut again = run_from(
                stopped.clone(),
                &[Action::StartOver, Action::StartScreening],
            );
            while let Screen::Screening(_) = again.patient.screen {
                again = answer_page(again, Choice::No);
            }
            assert_eq!(again.patient.screen, Screen::Outcome);
            assert_eq!(
                run_from(again.clone(), &[Action::ShowPlan]),
                again,
                "{reason:?}"
            );
            // The next patient may start afresh.
            let next = run_from(stopped, &[Action::NextPatient]);
            assert!(!next.visit.stopped_for_pain_or_numbness);
        }
        // A stop on the MCL step alone leaves out that step, not the routine.
        let mcl = run_from(
            at_plan_seen(),
            &[
                Action::StartRoutine(1_000, DAY),
                Action::Timer(Input::Stop(StopReason::PainOnMcl), 2_000),
            ],
        );
        assert!(!mcl.visit.stopped_for_pain_or_numbness);
    }

    #[test]
    fn back_walks_the_pages_and_leaves_the_first_for_the_landing() {
        let state = answer_all(Choice::No);
        let back = run_from(state.clone(), &[Action::PreviousPage]);
        assert_eq!(back.patient.screen, Screen::Screening(Page::Tools));
        let mut walk = back;
        for _ in 1..Page::ALL.len() {
            walk = run_from(walk, &[Action::PreviousPage]);
        }
        assert_eq!(walk.patient.screen, Screen::Screening(Page::YourKnee));
        let home = run_from(walk, &[Action::PreviousPage]);
        assert_eq!(home.patient.screen, Screen::Landing);
        // Going back keeps the answers.
        assert_eq!(home.patient.answers, state.patient.answers);
    }

    #[test]
    fn change_answer_opens_the_page_of_that_question_with_answers_kept() {
        let state = answer_all(Choice::No);
        let changed = run_from(state.clone(), &[Action::ChangeAnswer(Question::Locking)]);
        assert_eq!(changed.patient.screen, Screen::Screening(Page::HowItFeels));
        assert_eq!(changed.patient.answers, state.patient.answers);
    }

    /// Lets the routine run to its end, answering "a good ache" at every check-in.
    fn run_to_end(mut state: State) -> State {
        let mut now = state.now;
        for _ in 0..20 {
            now += 3_600_000;
            state = run_from(state, &[Action::Tick(now)]);
            match state.routine_view().map(|v| v.phase) {
                Some(knee_core::timer::Phase::CheckIn(_)) => {
                    state = run_from(state, &[Action::Timer(Input::FeltFine, now)]);
                }
                Some(knee_core::timer::Phase::Confirm(_)) => {
                    state = run_from(state, &[Action::Timer(Input::Confirm, now)]);
                }
                _ => break,
            }
        }
        state
    }

    fn at_plan() -> State {
        let state = answer_all(Choice::No);
        run_from(state, &[Action::ShowPlan])
    }

    /// The overview, with the principles already shown in this visit.
    fn at_plan_seen() -> State {
        let mut state = at_plan();
        state.visit.principles_shown = true;
        state
    }

    #[test]
    fn a_blocked_result_never_opens_the_overview_or_a_routine() {
        let state = answer_all(Choice::NotSure);
        let tried = run_from(
            state.clone(),
            &[Action::ShowPlan, Action::StartRoutine(5, DAY)],
        );
        assert_eq!(tried.patient.screen, Screen::Outcome);
        assert!(tried.routine().is_none());
    }

    #[test]
    fn the_overview_adjusts_steps_within_their_ranges() {
        let state = at_plan();
        assert!(matches!(state.patient.screen, Screen::Plan(_)));
        let longer = run_from(
            state.clone(),
            &[Action::AdjustStep(StepKind::SoftTissueRelease, 1); 20],
        );
        // The plan the overview shows, which is the one its choices give now.
        let shown = |s: &State| {
            let Screen::Plan(shown) = &s.patient.screen else {
                panic!("not on the overview: {:?}", s.patient.screen)
            };
            assert_eq!(Some(&**shown), s.plan().as_ref(), "a stale plan on screen");
            (**shown).clone()
        };
        let soft = |s: &State| {
            shown(s)
                .steps
                .iter()
                .find(|x| x.kind == StepKind::SoftTissueRelease)
                .unwrap()
                .seconds
        };
        assert_eq!(soft(&longer), 300);
        let shorter = run_from(
            longer,
            &[Action::AdjustStep(StepKind::SoftTissueRelease, -1)],
        );
        assert_eq!(soft(&shorter), 270);
        let full = run_from(state.clone(), &[Action::SetPreset(Preset::Full)]);
        assert_eq!(shown(&full).total_seconds(), 600);
        let friction = run_from(
            state,
            &[Action::SetPesAnserineMethod(PesAnserineMethod::Friction)],
        );
        assert!(shown(&friction)
            .steps
            .iter()
            .any(|x| x.kind == StepKind::PesAnserineFriction));
    }

    #[test]
    fn a_started_routine_is_not_idle_until_it_ends() {
        let state = run_from(
            at_plan_seen(),
            &[Action::StartRoutine(1_000, DAY), Action::UpdateWaiting],
        );
        assert!(matches!(state.patient.screen, Screen::Routine(_)));
        assert!(!state.offers_update());
        let paused = run_from(state.clone(), &[Action::Timer(Input::Pause, 2_000)]);
        assert!(
            !paused.offers_update(),
            "a paused routine is still under way"
        );
        let stopped = run_from(
            state.clone(),
            &[Action::Timer(
                Input::Stop(knee_core::timer::StopReason::SharpOrIncreasingPain),
                3_000,
            )],
        );
        assert!(stopped.offers_update());
        // An hour later, with no tick in between: held at the first check-in, still under way.
        let later = run_from(state.clone(), &[Action::Tick(3_600_000)]);
        assert!(matches!(
            later.routine_view().unwrap().phase,
            knee_core::timer::Phase::CheckIn(_)
        ));
        assert!(!later.offers_update());
        let done = run_to_end(state);
        assert!(done.routine_view().unwrap().phase.is_final());
        assert!(done.offers_update());
    }

    #[test]
    fn the_key_principles_show_once_before_the_first_routine() {
        let shown = run_from(at_plan(), &[Action::StartRoutine(1_000, DAY)]);
        assert_eq!(shown.patient.screen, Screen::BeforeStart);
        assert!(shown.routine().is_none());
        let started = run_from(shown, &[Action::StartRoutine(2_000, DAY)]);
        assert!(matches!(started.patient.screen, Screen::Routine(_)));
        // The other knee's routine starts straight away.
        let mut again = run_from(run_to_end(started), &[Action::OtherKnee]);
        while let Screen::Screening(_) = again.patient.screen {
            again = answer_page(again, Choice::No);
        }
        let again = run_from(
            again,
            &[Action::ShowPlan, Action::StartRoutine(9_000_000, DAY)],
        );
        assert!(matches!(again.patient.screen, Screen::Routine(_)));
    }

    #[test]
    fn ticks_never_move_the_clock_backwards() {
        let state = run_from(
            at_plan_seen(),
            &[Action::StartRoutine(10_000, DAY), Action::Tick(20_000)],
        );
        let back = run_from(state.clone(), &[Action::Tick(15_000)]);
        assert_eq!(back, state);
    }

    #[test]
    fn the_other_knee_goes_back_through_the_screening_for_that_knee() {
        let done = run_from(
            at_plan_seen(),
            &[Action::StartRoutine(0, DAY), Action::Tick(36_000_000)],
        );
        let knee = done.routine().unwrap().plan.knee;
        let other = run_from(done, &[Action::OtherKnee]);
        assert_eq!(other.patient.screen, Screen::Screening(Page::YourKnee));
        assert_ne!(other.patient.answers.knee(), Some(knee));
        assert!(other.patient.answers.knee().is_some());
        assert!(Question::ALL
            .iter()
            .filter(|q| q.is_risk())
            .all(|&q| !other.patient.answers.is_answered(q)));
        assert!(other.routine().is_none());
    }

    #[test]
    fn learn_opens_from_the_landing_a_result_and_the_end_screen_and_returns_exactly() {
        let at_result = answer_all(Choice::No);
        // Skipped to the end (declining the MCL step at its question).
        let mut done = run_from(at_plan_seen(), &[Action::StartRoutine(0, DAY)]);
        for at in 1..40 {
            let input = match done.routine_view().unwrap().phase {
                Phase::Confirm(_) => Input::Decline,
                _ => Input::Skip,
            };
            done = run_from(done, &[Action::Timer(input, at * 1_000)]);
        }
        assert_eq!(done.routine_view().unwrap().phase, Phase::Finished);
        for from in [State::default(), at_result, done] {
            let learning = run_from(from.clone(), &[Action::OpenLearn]);
            assert_eq!(
                learning.patient.screen,
                Screen::Learn(Box::new(from.patient.screen.clone()))
            );
            assert_eq!(learning.patient.answers, from.patient.answers);
            assert!(learning.is_idle(), "Learn is an idle screen");
            let back = run_from(learning, &[Action::CloseLearn]);
            assert_eq!(back, from, "back to exactly where the patient was");
        }
    }

    #[test]
    fn learn_is_not_reachable_while_answering_or_while_a_routine_is_under_way() {
        let answering = run(&[Action::StartScreening]);
        let running = run_from(at_plan_seen(), &[Action::StartRoutine(10_000, DAY)]);
        let paused = run_from(running.clone(), &[Action::Timer(Input::Pause, 11_000)]);
        let stopped = run_from(
            running.clone(),
            &[Action::Timer(
                Input::Stop(knee_core::timer::StopReason::SharpOrIncreasingPain),
                12_000,
            )],
        );
        for state in [answering, at_plan_seen(), running, paused, stopped] {
            assert_eq!(run_from(state.clone(), &[Action::OpenLearn]), state);
        }
        // Closing when not in Learn changes nothing either.
        assert_eq!(run(&[Action::CloseLearn]), State::default());
    }

    #[test]
    fn next_patient_and_start_over_leave_learn_for_a_fresh_landing() {
        let learning = run_from(answer_all(Choice::Yes), &[Action::OpenLearn]);
        let fresh = run_from(learning.clone(), &[Action::NextPatient]);
        assert_eq!(fresh.patient, Patient::default());
        let over = run_from(learning, &[Action::StartOver]);
        assert_eq!(over.patient.screen, Screen::Landing);
        assert_eq!(over.patient.answers, Answers::default());
    }

    #[test]
    fn the_language_switch_keeps_answers_and_routine_and_next_patient_returns_to_the_default() {
        let other = *Lang::ALL.last().unwrap();
        let start = State::starting_in(other);
        assert_eq!(start.lang(), other);
        let running = run_from(at_plan_seen(), &[Action::StartRoutine(10_000, DAY)]);
        for state in [answer_all(Choice::Yes), running] {
            let switched = run_from(
                state.clone(),
                &[Action::SetLang(Lang::En), Action::SetLang(other)],
            );
            assert_eq!(switched.patient, state.patient, "answers and routine kept");
            assert_eq!(switched.lang(), other);
        }
        let chosen = run_from(start.clone(), &[Action::SetLang(Lang::En)]);
        assert_eq!(chosen.lang(), Lang::En);
        // The next patient starts in the configured (or browser) language again.
        let next = run_from(chosen, &[Action::NextPatient]);
        assert_eq!(next.lang(), other);
        // Choosing the language on screen changes nothing.
        assert_eq!(run_from(start.clone(), &[Action::SetLang(other)]), start);
    }

    #[test]
    fn early_taps_act_as_the_same_taps_on_the_running_app() {
        let other = *Lang::ALL.last().unwrap();
        let none = State::starting_in(Lang::En).after_early(EarlyTaps::default());
        assert_eq!(none, State::starting_in(Lang::En));
        for (open, tap) in [
            (EarlyOpen::Screening, Action::StartScreening),
            (EarlyOpen::Learn, Action::OpenLearn),
        ] {
            let early = EarlyTaps {
                lang: Some(other),
                open: Some(open),
            };
            let kept = State::starting_in(Lang::En).after_early(early);
            let tapped = run_from(State::starting_in(Lang::En), &[Action::SetLang(other), tap]);
            assert_eq!(kept, tapped, "{open:?}");
            assert_eq!(kept.lang(), other);
            assert_ne!(kept.patient.screen, Screen::Landing);
            // As a tap on the switch: the next patient starts in the page's language again.
            assert_eq!(run_from(kept, &[Action::NextPatient]).lang(), Lang::En);
        }
        let screening = State::default().after_early(EarlyTaps {
            lang: None,
            open: Some(EarlyOpen::Screening),
        });
        assert_eq!(screening.patient.screen, Screen::Screening(Page::ALL[0]));
    }

    #[test]
    fn start_over_clears_every_answer() {
        let state = answer_all(Choice::Yes);
        let fresh = run_from(state, &[Action::StartOver]);
        assert_eq!(fresh.patient.screen, Screen::Landing);
        assert_eq!(fresh.patient.answers, Answers::default());
        let again = run_from(fresh, &[Action::StartScreening]);
        assert!(Question::ALL
            .iter()
            .all(|&q| !again.patient.answers.is_answered(q)));
    }

    #[test]
    fn cues_are_rescheduled_on_the_patients_changes_never_on_ticks() {
        let running = run_from(at_plan_seen(), &[Action::StartRoutine(10_000, DAY)]);
        let started = running.cue_revision();
        assert!(started.is_some(), "the start schedules cues");
        assert_eq!(at_plan_seen().cue_revision(), None);
        let ticked = run_from(
            running.clone(),
            &[Action::Tick(11_000), Action::Tick(40_000)],
        );
        assert_eq!(
            ticked.cue_revision(),
            started,
            "time alone plays what was scheduled"
        );
        let paused = run_from(ticked.clone(), &[Action::Timer(Input::Pause, 41_000)]);
        assert_ne!(paused.cue_revision(), started);
        // A resume that changes nothing (not paused) schedules nothing new.
        let same = run_from(ticked, &[Action::Timer(Input::Resume, 41_000)]);
        assert_eq!(same.cue_revision(), started);
        let left = run_from(paused.clone(), &[Action::StartOver]);
        assert_eq!(
            left.cue_revision(),
            None,
            "leaving the routine stops its cues"
        );
        // Another routine (the other knee, later) is told from this one by its start.
        let other = run_from(at_plan_seen(), &[Action::StartRoutine(99_000, DAY)]);
        assert_ne!(other.cue_revision(), started);
    }

    #[test]
    fn the_mute_and_speech_choices_last_the_visit_and_survive_start_over() {
        let state = run(&[
            Action::SetMuted(true),
            Action::SetSpeak(true),
            Action::StartOver,
        ]);
        assert_eq!(
            state.visit.cues,
            CueSettings {
                muted: true,
                speak: true
            }
        );
        let state = run_from(state, &[Action::SetMuted(false)]);
        assert!(!state.visit.cues.muted);
    }

    #[test]
    fn next_patient_leaves_nothing_of_the_last_one() {
        let routine = run_from(
            at_plan_seen().with_log(PrivateLog::SharedTablet),
            &[
                Action::SetMuted(true),
                Action::SetSpeak(true),
                Action::StartRoutine(0, DAY),
                Action::UpdateWaiting,
                Action::ScreenMayDim,
            ],
        );
        assert!(routine.routine_is_running());
        let next = run_from(routine.clone(), &[Action::NextPatient]);
        assert_eq!(
            next,
            State {
                device: Device {
                    update: Update::Waiting,
                    screen_may_dim: true,
                    lang: Lang::default(),
                    log: PrivateLog::SharedTablet,
                    log_not_saved: false,
                },
                now: routine.now,
                ..State::default()
            }
        );
        assert!(!next.routine_is_running());
        // Paused is not running: a shared tablet may clear it when idle.
        let paused = run_from(routine, &[Action::Timer(Input::Pause, 5_000)]);
        assert!(!paused.routine_is_running());
        // On a landing that is already fresh it changes nothing (the very same state).
        let idle = Rc::new(next.clone());
        assert!(Rc::ptr_eq(&idle.clone().reduce(Action::NextPatient), &idle));
        let outcome = answer_all(Choice::Yes);
        let next = run_from(outcome, &[Action::NextPatient]);
        assert_eq!(next.patient.answers, Answers::default());
        assert_eq!(next.patient.screen, Screen::Landing);
    }

    /// A routine from the overview with `log`, the pain before given, run to its end by the
    /// clock (the step times pass; every hold is passed by its answer).
    fn routine_to_the_end(log: PrivateLog) -> State {
        let mut state = at_plan_seen().with_log(log);
        state = run_from(
            state,
            &[
                Action::SetPainBefore(Pain::new(6).unwrap()),
                Action::StartRoutine(0, DAY),
            ],
        );
        let mut at = 0;
        while !state.routine_ended() {
            at += 5_000;
            let input = match state.routine_view().unwrap().phase {
                Phase::Confirm(_) => Action::Timer(Input::Confirm, at),
                Phase::CheckIn(_) => Action::Timer(Input::FeltFine, at),
                _ => Action::Tick(at),
            };
            state = run_from(state, &[input]);
            assert!(at < 3_600_000, "the routine never ended");
        }
        assert_eq!(state.routine_view().unwrap().phase, Phase::Finished);
        state
    }

    fn entries(state: &State) -> &[Entry] {
        match &state.device.log {
            PrivateLog::On(log) => log.entries(),
            other => panic!("no log kept: {other:?}"),
        }
    }

    #[test]
    fn nothing_is_logged_until_the_patient_keeps_a_log() {
        let done = routine_to_the_end(PrivateLog::Off);
        assert_eq!(done.device.log, PrivateLog::Off);
        assert!(!done.patient.logged);
        // Keeping the log at the end puts this routine in it, with both pain numbers.
        let kept = run_from(
            done,
            &[
                Action::SetPainAfter(Pain::new(3).unwrap()),
                Action::KeepLog,
                Action::KeepLog,
            ],
        );
        let logged = entries(&kept);
        assert_eq!(logged.len(), 1, "a second tap adds nothing");
        assert_eq!(logged[0].day, DAY);
        assert_eq!(logged[0].pain_before, Pain::new(6));
        assert_eq!(logged[0].pain_after, Pain::new(3));
        assert_eq!(logged[0].stopped, None);
        assert!(logged[0].steps_done > 0 && logged[0].seconds > 0);
        assert!(kept.patient.logged);
    }

    #[test]
    fn a_kept_log_gets_each_routine_and_its_pain_after() {
        let done = routine_to_the_end(PrivateLog::On(Log::default()));
        assert_eq!(entries(&done).len(), 1);
        assert_eq!(entries(&done)[0].pain_after, None);
        let after = run_from(done, &[Action::SetPainAfter(Pain::new(2).unwrap())]);
        assert_eq!(entries(&after)[0].pain_after, Pain::new(2));
        let changed = run_from(after, &[Action::SetPainAfter(Pain::new(4).unwrap())]);
        assert_eq!(entries(&changed).len(), 1);
        assert_eq!(entries(&changed)[0].pain_after, Pain::new(4));
        // A stopped routine is logged with its reason.
        let mut stopped = at_plan_seen().with_log(changed.device.log.clone());
        stopped = run_from(
            stopped,
            &[
                Action::StartRoutine(0, DAY),
                Action::Timer(Input::Stop(StopReason::SharpOrIncreasingPain), 5_000),
            ],
        );
        assert_eq!(entries(&stopped).len(), 2);
        assert_eq!(
            entries(&stopped)[1].stopped,
            Some(StopReason::SharpOrIncreasingPain)
        );
        assert_eq!(
            entries(&stopped)[1].pain_before,
            None,
            "not given this time"
        );
    }

    #[test]
    fn erasing_empties_the_log_and_my_progress_comes_back_where_it_opened() {
        let done = routine_to_the_end(PrivateLog::On(Log::default()));
        let progress = run_from(done.clone(), &[Action::OpenProgress]);
        assert_eq!(
            progress.patient.screen,
            Screen::Progress(Box::new(done.patient.screen.clone()))
        );
        let erased = run_from(progress, &[Action::EraseLog, Action::CloseProgress]);
        assert_eq!(erased.device.log, PrivateLog::Off);
        assert_eq!(erased.patient.screen, done.patient.screen);
        // An unreadable log can be erased too.
        let unreadable = State::default().with_log(PrivateLog::Unreadable(LogProblem::Unreadable));
        let erased = run_from(unreadable, &[Action::OpenProgress, Action::EraseLog]);
        assert_eq!(erased.device.log, PrivateLog::Off);
    }

    #[test]
    fn a_shared_tablet_or_a_device_without_storage_never_keeps_a_log() {
        for log in [PrivateLog::SharedTablet, PrivateLog::NoStorage] {
            let done = routine_to_the_end(log.clone());
            let tried = run_from(
                done,
                &[Action::KeepLog, Action::OpenProgress, Action::NextPatient],
            );
            assert_eq!(tried.device.log, log);
            assert_eq!(tried.patient.screen, Screen::Landing);
            let landing = State::default().with_log(log.clone());
            assert_eq!(run_from(landing.clone(), &[Action::OpenProgress]), landing);
        }
    }

    #[test]
    fn very_strong_pain_starts_no_routine_and_no_other_knee() {
        let severe = Pain::new(progress::SEVERE_PAIN).unwrap();
        let milder = Pain::new(progress::SEVERE_PAIN - 1).unwrap();
        for overview in [at_plan(), at_plan_seen()] {
            let told = run_from(overview, &[Action::SetPainBefore(severe)]);
            let tried = run_from(told.clone(), &[Action::StartRoutine(1_000, DAY)]);
            assert_eq!(tried, told, "no start, not even the principles first");
            // A mistaken number picked again: the routine starts as usual.
            let again = run_from(
                told,
                &[
                    Action::SetPainBefore(milder),
                    Action::StartRoutine(1_000, DAY),
                    Action::StartRoutine(2_000, DAY),
                ],
            );
            assert!(matches!(again.patient.screen, Screen::Routine(_)));
        }
        let done = routine_to_the_end(PrivateLog::Off);
        let hurting = run_from(done, &[Action::SetPainAfter(severe)]);
        assert_eq!(run_from(hurting.clone(), &[Action::OtherKnee]), hurting);
        let eased = run_from(hurting, &[Action::SetPainAfter(milder), Action::OtherKnee]);
        assert!(matches!(eased.patient.screen, Screen::Screening(_)));
    }

    #[test]
    fn a_knee_the_log_says_to_have_checked_starts_only_once_the_patient_says_it_was() {
        let knee = at_plan().plan().unwrap().knee;
        let stop = |day: u16, reason| Entry {
            day: Day(day),
            knee,
            seconds: 60,
            steps_done: 1,
            steps_skipped: 0,
            stopped: Some(reason),
            pain_before: None,
            pain_after: None,
        };
        let log = Log::new(vec![
            stop(DAY.0 - 3, StopReason::SharpOrIncreasingPain),
            stop(DAY.0 - 1, StopReason::PainOnMcl),
        ]);
        for seen in [false, true] {
            let mut overview = at_plan().with_log(PrivateLog::On(log.clone()));
            overview.visit.principles_shown = seen;
            let sign = overview.stopping_sign(DAY).expect("two stops for pain");
            assert_eq!((sign.knee, sign.since), (knee, Day(DAY.0 - 1)));
            let tried = run_from(overview.clone(), &[Action::StartRoutine(1_000, DAY)]);
            assert_eq!(tried, overview, "no start before the answer");
            let no = run_from(
                overview,
                &[
                    Action::SetSignChecked(false),
                    Action::StartRoutine(1_000, DAY),
                ],
            );
            assert!(
                matches!(no.patient.screen, Screen::Plan(_)),
                "no start after No"
            );
            let yes = run_from(
                no,
                &[
                    Action::SetSignChecked(true),
                    Action::StartRoutine(1_000, DAY),
                    Action::StartRoutine(2_000, DAY),
                ],
            );
            assert!(matches!(yes.patient.screen, Screen::Routine(_)));
        }
        // The other knee, or no log: no question.
        assert_eq!(at_plan().stopping_sign(DAY), None);
        let other = Log::new(
            log.entries()
                .iter()
                .map(|e| Entry {
                    knee: knee.other(),
                    ..e.clone()
                })
                .collect(),
        );
        assert_eq!(
            at_plan().with_log(PrivateLog::On(other)).stopping_sign(DAY),
            None
        );
    }

    #[test]
    fn the_pain_before_is_asked_on_the_overview_only() {
        let pain = Pain::new(5).unwrap();
        let landing = State::default();
        assert_eq!(
            run_from(landing.clone(), &[Action::SetPainBefore(pain)]),
            landing
        );
        let overview = run_from(at_plan_seen(), &[Action::SetPainBefore(pain)]);
        assert_eq!(overview.patient.pain_before, Some(pain));
        let running = run_from(overview, &[Action::StartRoutine(0, DAY)]);
        assert_eq!(
            run_from(running.clone(), &[Action::SetPainAfter(pain)]),
            running,
            "no pain after while the routine runs"
        );
    }
}
