//! The routine's timer: a sans-IO state machine that never reads a clock.
//!
//! Every input carries `now` (milliseconds on any monotonic-ish clock the shell chooses). The
//! current step and the time left are derived from timestamps (when the routine started, how
//! long it has been paused, where skip and back moved it), never accumulated from ticks, so a
//! tab that was hidden or a device that slept shows the true step on the next look. Steps
//! advance on their own. A `now` earlier than one already seen is clamped, never a panic.
//!
//! Steps can carry a check-in: when such a step ends, the timer holds at that exact moment
//! (as if paused there) and waits for the patient's answer: "a good ache" goes on, "sharp or
//! increasing pain" stops the routine. A step that was skipped is not asked about.
//!
//! Steps can also need a confirmation before they begin (the MCL step): when the routine
//! reaches such a step's start, the timer holds there until the patient says "I'm sure: go
//! on" (the step runs) or "Skip this step" (it is skipped). After a check-in at the same
//! moment, both are asked in the one pause, the check-in first. The session remembers which
//! steps were skipped, so the end screen never lists a skipped step as done.
//!
//! A step under way can be lengthened ("More time", WCAG 2.2.1), by [`MORE_TIME`] at a time,
//! up to the longest the source gives for it: the steps after it move back, with their holds.

/// Milliseconds: what the shell passes in as `now`, and every length the timer holds.
pub type Millis = u64;

/// Whole seconds: how the source, the plan and a clinician's link give times.
pub type Seconds = u32;

const MILLIS_PER_SECOND: Millis = 1000;

/// `seconds` in milliseconds: the one place a second becomes a thousand of them.
pub const fn millis(seconds: Seconds) -> Millis {
    seconds as Millis * MILLIS_PER_SECOND
}

/// `millis` in whole seconds, rounded up: a countdown shows 1 until its last millisecond.
pub const fn whole_seconds_up(millis: Millis) -> u64 {
    millis.div_ceil(MILLIS_PER_SECOND)
}

/// Going back within this much of a step's start goes to the previous step instead.
pub const BACK_TO_PREVIOUS_WITHIN: Millis = 3_000;

/// How much "More time" adds to the step under way (never past the step's longest).
pub const MORE_TIME: Millis = 15_000;

listed! {
    /// Why the patient stopped the routine.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum StopReason {
        SharpOrIncreasingPain,
        NumbnessOrTingling,
        /// Any pain on the MCL step.
        PainOnMcl,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Phase {
    Ready,
    Running,
    Paused,
    /// Held at the end of this step until the patient says how it felt.
    CheckIn(usize),
    /// Held at the start of this step until the patient confirms it or skips it.
    Confirm(usize),
    Finished,
    Stopped(StopReason),
}

impl Phase {
    /// Finished and stopped are final: no input changes them.
    pub const fn is_final(self) -> bool {
        matches!(self, Phase::Finished | Phase::Stopped(_))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Input {
    Start,
    Pause,
    Resume,
    /// Space bar: pause when running, resume when paused.
    TogglePause,
    Skip,
    Back,
    Stop(StopReason),
    /// "A good ache" at a check-in: go on.
    FeltFine,
    /// "I'm sure: go on" at a confirmation: the step runs.
    Confirm,
    /// "Skip this step" at a confirmation: the step is skipped.
    Decline,
    /// "More time": the step under way (running or paused) gets up to [`MORE_TIME`] more.
    MoreTime,
}

/// What the screen shows at a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SessionView {
    pub phase: Phase,
    /// Index of the current step, always within the plan.
    pub step: usize,
    pub step_length: Millis,
    /// Time left in the current step, within `[0, step_length]`.
    pub remaining: Millis,
    /// Time into the whole routine.
    pub position: Millis,
    pub total: Millis,
    /// Time spent running (wall time minus paused time).
    pub running: Millis,
    /// What "More time" would add now: 0 when the step is at its longest, or not under way.
    pub more_time: Millis,
}

impl SessionView {
    /// Remaining time as whole seconds, rounded up: a countdown shows 0:01 until it is done.
    pub const fn remaining_seconds(&self) -> u64 {
        whole_seconds_up(self.remaining)
    }

    /// The step's last seconds, the ones the countdown's 3-2-1 cues count, while it runs: the
    /// clock shows them differently.
    pub fn is_ending(&self) -> bool {
        self.phase == Phase::Running && self.remaining_seconds() <= u64::from(COUNT_FROM)
    }
}

/// What a cue marks. The shell turns each into a tone, a vibration and, if chosen, words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CueKind {
    /// `n` seconds left in the step (3, 2, 1).
    Count(u8),
    /// This step begins now.
    StepStarts(usize),
    /// This step has ended and the timer holds to ask how it felt.
    CheckIn(usize),
    /// The timer holds before this step to ask for a confirmation.
    Confirm(usize),
    /// The routine is over.
    Finished,
}

/// A cue due `after` milliseconds from the moment it was worked out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cue {
    pub after: Millis,
    pub kind: CueKind,
}

/// A cue this late still plays (at once); a later one is dropped.
pub const LATE_CUE: Millis = 500;

/// The countdown before each step ends, in seconds.
pub const COUNT_FROM: u8 = 3;

/// A time as a countdown shows it: `MM:SS`, rounding up to the next whole second (so a step
/// shows 00:01 until it is really done). Hours fold into minutes.
pub fn format_clock(millis: Millis) -> String {
    let seconds = whole_seconds_up(millis);
    format!("{:02}:{:02}", seconds / 60, seconds % 60)
}

/// A routine in progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    /// Each step: where it ends, how long it may become, and its holds.
    steps: Vec<StepState>,
    phase: Phase,
    /// The latest `now` seen; earlier ones are clamped to it.
    last_now: Millis,
    started_at: Millis,
    /// Paused time of pauses that have ended.
    paused_before: Millis,
    /// When the current pause began.
    paused_since: Option<Millis>,
    /// When the routine finished or was stopped: the clock stops there.
    ended_at: Option<Millis>,
    /// Skip and back move the position away from the running time by this much.
    shift: i128,
    /// Counts the inputs that changed the session: the shell reschedules cues when it moves.
    revision: u32,
}

/// One step of a session, as the session holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct StepState {
    /// Where the step ends, from the routine's start (the lengths so far, added up).
    end: Millis,
    /// The longest the step may become with "More time".
    longest: Millis,
    /// It ends with a check-in, which has been asked (or passed over by a skip).
    check_in: bool,
    asked: bool,
    /// It needs a confirmation before it begins, which has been asked (or passed over).
    confirm: bool,
    confirmed: bool,
    /// The patient skipped it (and has not gone back to it).
    skipped: bool,
}

/// Where time alone has brought the routine at a moment: the phase it has reached (a hold or
/// the finish not yet recorded, else the recorded one), its position, and how far past that
/// hold or the end the clock has run.
struct Reached {
    phase: Phase,
    raw: i128,
    overshoot: Millis,
}

/// A moment the timer holds at.
#[derive(Clone, Copy)]
enum Hold {
    CheckIn(usize),
    Confirm(usize),
}

impl Session {
    /// A session over steps of the given lengths (empty steps are allowed but skipped over).
    pub fn new(step_lengths: impl IntoIterator<Item = Millis>) -> Self {
        let mut total: Millis = 0;
        let steps = step_lengths
            .into_iter()
            .map(|length| {
                total = total.saturating_add(length);
                StepState {
                    end: total,
                    longest: length,
                    check_in: false,
                    asked: false,
                    confirm: false,
                    confirmed: false,
                    skipped: false,
                }
            })
            .collect();
        Session {
            steps,
            revision: 0,
            phase: Phase::Ready,
            last_now: 0,
            started_at: 0,
            paused_before: 0,
            paused_since: None,
            ended_at: None,
            shift: 0,
        }
    }

    /// Adds a check-in at the end of each step for which `ask` says so.
    pub fn with_check_ins(mut self, ask: impl Fn(usize) -> bool) -> Self {
        for (i, step) in self.steps.iter_mut().enumerate() {
            step.check_in = ask(i);
        }
        self
    }

    /// How long each step may become with "More time" (a step is never shortened by it: a
    /// longest shorter than the step's own length, or a missing one, leaves it as it is).
    pub fn with_longest(mut self, longest: impl IntoIterator<Item = Millis>) -> Self {
        for (step, longest) in longest.into_iter().enumerate().take(self.steps.len()) {
            let own = self.steps[step].end - self.step_start(step);
            self.steps[step].longest = longest.max(own);
        }
        self
    }

    /// What "More time" would add to `step` now.
    fn room_to_lengthen(&self, step: usize) -> Millis {
        let Some(state) = self.steps.get(step) else {
            return 0;
        };
        let length = state.end - self.step_start(step);
        state.longest.saturating_sub(length).min(MORE_TIME)
    }

    /// Asks for a confirmation before each step for which `ask` says so.
    pub fn with_confirmations(mut self, ask: impl Fn(usize) -> bool) -> Self {
        for (i, step) in self.steps.iter_mut().enumerate() {
            step.confirm = ask(i);
        }
        self
    }

    /// Whether the patient skipped this step (by "Skip step" or "Skip this step"), and did
    /// not go back to it.
    pub fn was_skipped(&self, step: usize) -> bool {
        self.steps.get(step).is_some_and(|s| s.skipped)
    }

    /// Changes with every input the patient gave that changed the session (never with time
    /// alone): the shell schedules cues afresh when it does.
    pub fn revision(&self) -> u32 {
        self.revision
    }

    /// When the routine started (0 before it has): tells one session from another.
    pub fn started_at(&self) -> Millis {
        self.started_at
    }

    pub fn total(&self) -> Millis {
        self.steps.last().map_or(0, |s| s.end)
    }

    pub fn step_count(&self) -> usize {
        self.steps.len()
    }

    fn clamp(&self, now: Millis) -> Millis {
        now.max(self.last_now)
    }

    /// Wall time since start minus paused time, frozen once the routine ends.
    fn running_at(&self, now: Millis) -> Millis {
        if self.phase == Phase::Ready {
            return 0;
        }
        let now = self.ended_at.map_or(now, |end| now.min(end));
        let paused_now = self
            .paused_since
            .map_or(0, |since| now.saturating_sub(since));
        now.saturating_sub(self.started_at)
            .saturating_sub(self.paused_before)
            .saturating_sub(paused_now)
    }

    /// Position in the routine, before it is capped at the end.
    fn raw_position(&self, now: Millis) -> i128 {
        (self.running_at(now) as i128 + self.shift).max(0)
    }

    fn step_start(&self, step: usize) -> Millis {
        if step == 0 {
            0
        } else {
            self.steps[step - 1].end
        }
    }

    /// The step containing `position` (a position at the very end is in the last step).
    fn step_at(&self, position: Millis) -> usize {
        let last = self.steps.len().saturating_sub(1);
        self.steps
            .iter()
            .position(|s| position < s.end)
            .unwrap_or(last)
    }

    /// The first hold the running position has reached but not yet asked, with where it is.
    /// In time order: a confirmation at a step's start comes before that step's check-in,
    /// and a check-in at a step's end before the next step's confirmation.
    fn due_hold(&self, raw_position: i128) -> Option<(Hold, Millis)> {
        self.steps.iter().enumerate().find_map(|(i, step)| {
            let (start, end) = (self.step_start(i), step.end);
            // An empty step is skipped over, with its questions: there is nothing to ask about.
            if start == end {
                return None;
            }
            if step.confirm && !step.confirmed && raw_position >= start as i128 {
                return Some((Hold::Confirm(i), start));
            }
            (step.check_in && !step.asked && raw_position >= end as i128)
                .then_some((Hold::CheckIn(i), end))
        })
    }

    /// Where time alone has brought the routine at `now`: one answer for `settle`, which
    /// records it, and `view`, which shows it before it is recorded. A running routine holds at
    /// the first hold it has reached, at the very moment the step ended (or the next one is
    /// about to begin), else finishes at its end.
    fn reached(&self, now: Millis) -> Reached {
        let raw = self.raw_position(now);
        let at = |at: Millis| (raw - at as i128).max(0) as Millis;
        if self.phase != Phase::Running {
            return Reached {
                phase: self.phase,
                raw,
                overshoot: 0,
            };
        }
        if let Some((hold, at_hold)) = self.due_hold(raw) {
            let phase = match hold {
                Hold::CheckIn(step) => Phase::CheckIn(step),
                Hold::Confirm(step) => Phase::Confirm(step),
            };
            return Reached {
                phase,
                raw: at_hold as i128,
                overshoot: at(at_hold),
            };
        }
        let total = self.total();
        if raw >= total as i128 {
            return Reached {
                phase: Phase::Finished,
                raw,
                overshoot: at(total),
            };
        }
        Reached {
            phase: Phase::Running,
            raw,
            overshoot: 0,
        }
    }

    /// Records what time alone has brought about: a hold, or the finish.
    fn settle(&mut self, now: Millis) {
        if self.phase != Phase::Running {
            return;
        }
        let reached = self.reached(now);
        let at = now.saturating_sub(reached.overshoot);
        match reached.phase {
            Phase::CheckIn(step) => {
                self.steps[step].asked = true;
                self.paused_since = Some(at);
            }
            Phase::Confirm(step) => {
                self.steps[step].confirmed = true;
                self.paused_since = Some(at);
            }
            Phase::Finished => self.ended_at = Some(at),
            _ => {}
        }
        self.phase = reached.phase;
    }

    /// Marks holds before `target` as passed and those from it on as still to ask (a
    /// confirmation at `target` itself is asked), and steps from `target` on as not skipped.
    fn reset_holds_from(&mut self, target: Millis) {
        for i in 0..self.steps.len() {
            let start = self.step_start(i);
            let step = &mut self.steps[i];
            step.asked = step.end <= target;
            step.confirmed = start < target;
            if start >= target {
                step.skipped = false;
            }
        }
    }

    /// Moves the position to `target` (ms into the routine) without touching running time.
    /// Check-ins of steps jumped over are not asked; those ahead will be.
    fn jump_to(&mut self, target: Millis, now: Millis) {
        self.reset_holds_from(target);
        self.shift = target as i128 - self.running_at(now) as i128;
        if self.phase == Phase::Running {
            self.settle(now);
        } else if target >= self.total() {
            self.phase = Phase::Finished;
            self.ended_at = Some(now);
        }
    }

    /// Ends a pause or a hold at `now`: its time is not running time.
    fn end_pause(&mut self, now: Millis) {
        if let Some(since) = self.paused_since.take() {
            self.paused_before += now.saturating_sub(since);
        }
        self.phase = Phase::Running;
    }

    /// Jumps to the end of `step` and remembers that it was skipped.
    fn skip_step(&mut self, step: usize, now: Millis) {
        let target = self.steps.get(step).map_or(self.total(), |s| s.end);
        self.jump_to(target, now);
        if let Some(state) = self.steps.get_mut(step) {
            state.skipped = true;
        }
    }

    /// Records that the shell looked at `now` (a tick, a page becoming visible): a later `now`
    /// that is earlier is clamped to it, so the countdown never runs backwards, and a finish
    /// that time brought about becomes final. Nothing is accumulated.
    pub fn observe(&mut self, now: Millis) {
        let now = self.clamp(now);
        self.last_now = now;
        self.settle(now);
    }

    /// Handles one input at `now`. Returns whether it changed anything.
    pub fn handle(&mut self, input: Input, now: Millis) -> bool {
        let changed = self.apply(input, now);
        if changed {
            self.revision = self.revision.wrapping_add(1);
        }
        changed
    }

    fn apply(&mut self, input: Input, now: Millis) -> bool {
        self.observe(now);
        let now = self.last_now;
        if self.phase.is_final() {
            return false;
        }
        let input = match (input, self.phase) {
            (Input::TogglePause, Phase::Running) => Input::Pause,
            (Input::TogglePause, Phase::Paused) => Input::Resume,
            (other, _) => other,
        };
        match (input, self.phase) {
            (Input::Start, Phase::Ready) => {
                self.phase = Phase::Running;
                self.started_at = now;
                self.settle(now);
            }
            (Input::Pause, Phase::Running) => {
                self.phase = Phase::Paused;
                self.paused_since = Some(now);
            }
            (Input::Resume, Phase::Paused)
            | (Input::FeltFine, Phase::CheckIn(_))
            | (Input::Confirm, Phase::Confirm(_)) => {
                self.end_pause(now);
                // A confirmation due at this same moment is asked in the same pause.
                self.settle(now);
            }
            (Input::Decline, Phase::Confirm(step)) => {
                self.end_pause(now);
                self.skip_step(step, now);
            }
            (Input::Skip, Phase::Running | Phase::Paused) => {
                let position = self.raw_position(now).min(self.total() as i128) as Millis;
                let step = self.step_at(position);
                self.skip_step(step, now);
            }
            (Input::MoreTime, Phase::Running | Phase::Paused) => {
                let position = self.raw_position(now).min(self.total() as i128) as Millis;
                let step = self.step_at(position);
                let more = self.room_to_lengthen(step);
                if more == 0 {
                    return false;
                }
                // This step ends later, and every later step (and its holds) moves with it.
                for later in &mut self.steps[step..] {
                    later.end = later.end.saturating_add(more);
                }
            }
            (Input::Back, Phase::Running | Phase::Paused) => {
                let position = self.raw_position(now).min(self.total() as i128) as Millis;
                let step = self.step_at(position);
                let start = self.step_start(step);
                let target = if position - start < BACK_TO_PREVIOUS_WITHIN && step > 0 {
                    self.step_start(step - 1)
                } else {
                    start
                };
                self.jump_to(target, now);
            }
            (
                Input::Stop(reason),
                Phase::Ready
                | Phase::Running
                | Phase::Paused
                | Phase::CheckIn(_)
                | Phase::Confirm(_),
            ) => {
                if self.phase == Phase::Ready {
                    // Stopped before it began: no time has run.
                    self.started_at = now;
                }
                if matches!(
                    self.phase,
                    Phase::Paused | Phase::CheckIn(_) | Phase::Confirm(_)
                ) {
                    // The clock stands at the moment of the pause.
                    self.ended_at = self.paused_since;
                } else {
                    self.ended_at = Some(now);
                }
                self.phase = Phase::Stopped(reason);
            }
            _ => return false,
        }
        true
    }

    /// The cues from `now` until the timer next holds (a check-in) or the routine ends, in
    /// order. Empty unless the routine is running: a pause, a check-in or the end has none.
    ///
    /// A step that begins exactly now (the start, a skip, back, or going on after a check-in)
    /// is announced at once. Every step ends with a 3-2-1 count (within the step) and then the
    /// next step, a check-in, or the finish. The shell schedules them all ahead, so they stay
    /// on time while the page is hidden, and drops them when the patient next changes anything.
    pub fn cues(&self, now: Millis) -> Vec<Cue> {
        let view = self.view(now);
        let mut cues = Vec::new();
        if view.phase != Phase::Running {
            return cues;
        }
        let here = view.position;
        let mut push = |at: Millis, kind: CueKind| {
            cues.push(Cue {
                after: at - here,
                kind,
            })
        };
        if here == self.step_start(view.step) && view.step_length > 0 {
            push(here, CueKind::StepStarts(view.step));
        }
        for step in view.step..self.steps.len() {
            let (start, end) = (self.step_start(step), self.steps[step].end);
            if start == end {
                continue;
            }
            for n in (1..=COUNT_FROM).rev() {
                let at = end.checked_sub(millis(Seconds::from(n)));
                if let Some(at) = at.filter(|&at| at >= start && at >= here) {
                    push(at, CueKind::Count(n));
                }
            }
            if self.steps[step].check_in && !self.steps[step].asked {
                push(end, CueKind::CheckIn(step));
                break;
            }
            let following =
                (step + 1..self.steps.len()).find(|&i| self.steps[i].end > self.step_start(i));
            match following {
                Some(next) if self.steps[next].confirm && !self.steps[next].confirmed => {
                    push(end, CueKind::Confirm(next));
                    break;
                }
                Some(next) => push(end, CueKind::StepStarts(next)),
                None => {
                    push(end, CueKind::Finished);
                    break;
                }
            }
        }
        cues
    }

    /// The cues as of `at` (the moment the patient last changed something), played from the
    /// later moment `now` when the shell gets to schedule them: each is moved closer by the
    /// time between, one due just before `now` (within `LATE_CUE`) plays at once, and older
    /// ones are dropped. So the tone for a step that starts on a tap is not lost to the few
    /// milliseconds the page takes to redraw.
    pub fn cues_from(&self, at: Millis, now: Millis) -> Vec<Cue> {
        let elapsed = now.saturating_sub(at);
        self.cues(at)
            .into_iter()
            .filter(|cue| cue.after + LATE_CUE >= elapsed)
            .map(|cue| Cue {
                after: cue.after.saturating_sub(elapsed),
                ..cue
            })
            .collect()
    }

    /// What to show at `now`. Pure: derives everything from the timestamps.
    pub fn view(&self, now: Millis) -> SessionView {
        let now = self.clamp(now);
        let total = self.total();
        // Held where a hold or the end is, exactly as `settle` will record it.
        let Reached {
            phase,
            raw,
            overshoot,
        } = self.reached(now);
        let running = self.running_at(now) - overshoot;
        let position = (raw.min(total as i128)) as Millis;
        let step = match phase {
            Phase::CheckIn(step) | Phase::Confirm(step) => step,
            _ => self.step_at(position),
        };
        let end = self.steps.get(step).map(|s| s.end);
        let step_length = end.map_or(0, |end| end - self.step_start(step));
        let remaining = match (phase, end) {
            (Phase::Finished, _) | (_, None) => 0,
            (_, Some(end)) => end - position,
        };
        let more_time = match phase {
            Phase::Running | Phase::Paused => self.room_to_lengthen(step),
            _ => 0,
        };
        SessionView {
            phase,
            step,
            step_length,
            remaining,
            position,
            total,
            running,
            more_time,
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_clock_looks_ending_for_the_counted_seconds_of_a_running_step() {
        let view = |phase, remaining| super::SessionView {
            phase,
            step: 0,
            step_length: 30_000,
            remaining,
            position: 30_000 - remaining,
            total: 30_000,
            running: 30_000 - remaining,
            more_time: 0,
        };
        assert!(view(super::Phase::Running, 3_000).is_ending());
        assert!(view(super::Phase::Running, 1).is_ending());
        assert!(
            !view(super::Phase::Running, 3_001).is_ending(),
            "it shows 0:04"
        );
        assert!(!view(super::Phase::Paused, 2_000).is_ending());
    }

    use super::*;

    const S: Millis = 1000;

    fn session() -> Session {
        Session::new([30 * S, 120 * S, 30 * S])
    }

    #[test]
    fn steps_advance_on_their_own_from_timestamps_alone() {
        let mut s = session();
        s.handle(Input::Start, 10_000);
        let v = s.view(10_000 + 29 * S);
        assert_eq!((v.step, v.remaining), (0, S));
        let v = s.view(10_000 + 31 * S);
        assert_eq!((v.step, v.remaining), (1, 119 * S));
        // A sleeping device: 10 minutes pass with no input at all.
        let v = s.view(10_000 + 600 * S);
        assert_eq!(v.phase, Phase::Finished);
        assert_eq!((v.step, v.remaining), (2, 0));
    }

    #[test]
    fn a_finish_not_yet_recorded_shows_as_it_will_be_recorded() {
        // A device that slept past the end: the view before any observe and after it agree,
        // the running time stopping at the routine's end.
        let mut s = session();
        s.handle(Input::Start, 10_000);
        let before = s.view(10_000 + 600 * S);
        s.observe(10_000 + 600 * S);
        let after = s.view(10_000 + 600 * S);
        assert_eq!(before, after);
        assert_eq!((after.phase, after.running), (Phase::Finished, 180 * S));
    }

    #[test]
    fn a_pause_freezes_the_countdown_and_resume_continues_it() {
        let mut s = session();
        s.handle(Input::Start, 0);
        s.handle(Input::Pause, 10 * S);
        assert_eq!(s.view(500 * S).remaining, 20 * S);
        s.handle(Input::TogglePause, 500 * S);
        let v = s.view(505 * S);
        assert_eq!(
            (v.phase, v.remaining, v.running),
            (Phase::Running, 15 * S, 15 * S)
        );
    }

    #[test]
    fn skip_and_back_move_between_steps() {
        let mut s = session();
        s.handle(Input::Start, 0);
        s.handle(Input::Skip, 5 * S);
        assert_eq!(s.view(5 * S).step, 1);
        assert_eq!(s.view(5 * S).remaining, 120 * S);
        // Back soon after a step starts goes to the previous step.
        s.handle(Input::Back, 6 * S);
        assert_eq!((s.view(6 * S).step, s.view(6 * S).remaining), (0, 30 * S));
        // Back later in a step restarts it.
        s.handle(Input::Back, 16 * S);
        assert_eq!((s.view(16 * S).step, s.view(16 * S).remaining), (0, 30 * S));
        // Skipping the last step finishes the routine.
        s.handle(Input::Skip, 17 * S);
        s.handle(Input::Skip, 17 * S);
        s.handle(Input::Skip, 17 * S);
        assert_eq!(s.view(17 * S).phase, Phase::Finished);
    }

    #[test]
    fn a_stop_is_final_and_freezes_the_clock() {
        let mut s = session();
        s.handle(Input::Start, 0);
        assert!(s.handle(Input::Stop(StopReason::NumbnessOrTingling), 40 * S));
        let v = s.view(900 * S);
        assert_eq!(v.phase, Phase::Stopped(StopReason::NumbnessOrTingling));
        assert_eq!((v.step, v.position), (1, 40 * S));
        assert!(!s.handle(Input::Resume, 901 * S));
        assert!(!s.handle(Input::Start, 902 * S));
    }

    #[test]
    fn a_clock_going_backwards_is_clamped() {
        let mut s = session();
        s.handle(Input::Start, 100 * S);
        s.handle(Input::Pause, 110 * S);
        s.handle(Input::Resume, 50 * S); // earlier than the pause: treated as 110 s
        assert_eq!(s.view(0).remaining, 20 * S);
        assert_eq!(s.view(115 * S).remaining, 15 * S);
    }

    /// Positioning 30 s, pes anserine 60 s with a check-in, MCL 30 s to confirm, movement 60 s.
    fn with_mcl() -> Session {
        Session::new([30 * S, 60 * S, 30 * S, 60 * S])
            .with_check_ins(|i| i == 1)
            .with_confirmations(|i| i == 2)
    }

    #[test]
    fn the_check_in_and_the_confirmation_share_one_pause_both_asked() {
        let mut s = with_mcl();
        s.handle(Input::Start, 0);
        // The cues stop at the check-in: the confirmation comes after it.
        assert_eq!(s.cues(0).last().unwrap().kind, CueKind::CheckIn(1));
        let v = s.view(200 * S);
        assert_eq!((v.phase, v.step, v.remaining), (Phase::CheckIn(1), 1, 0));
        s.handle(Input::FeltFine, 200 * S);
        let v = s.view(300 * S);
        assert_eq!((v.phase, v.step), (Phase::Confirm(2), 2));
        assert_eq!(v.remaining, 30 * S);
        assert_eq!(v.running, 90 * S, "no running time while held");
        assert!(s.cues(300 * S).is_empty());
        s.handle(Input::Confirm, 300 * S);
        assert_eq!(s.cues(300 * S)[0].kind, CueKind::StepStarts(2));
        let v = s.view(310 * S);
        assert_eq!((v.phase, v.step, v.remaining), (Phase::Running, 2, 20 * S));
        assert!(!s.was_skipped(2));
    }

    #[test]
    fn declining_the_confirmation_skips_the_step_and_remembers_it() {
        let mut s = with_mcl();
        s.handle(Input::Start, 0);
        s.handle(Input::FeltFine, 100 * S);
        s.handle(Input::Decline, 110 * S);
        let v = s.view(110 * S);
        assert_eq!((v.phase, v.step, v.remaining), (Phase::Running, 3, 60 * S));
        assert!(s.was_skipped(2));
        assert!(!s.was_skipped(1));
        // Going back to the skipped step asks again, and it is no longer skipped.
        s.handle(Input::Back, 111 * S);
        let v = s.view(111 * S);
        assert_eq!((v.phase, v.step), (Phase::Confirm(2), 2));
        assert!(!s.was_skipped(2));
    }

    #[test]
    fn skipping_the_step_before_still_asks_for_the_confirmation() {
        let mut s = with_mcl();
        s.handle(Input::Start, 0);
        s.handle(Input::Skip, 40 * S); // out of the pes anserine step: no check-in
        let v = s.view(40 * S);
        assert_eq!(v.phase, Phase::Confirm(2));
        assert!(s.was_skipped(1));
        // A stop at the confirmation ends the routine there.
        assert!(s.handle(Input::Stop(StopReason::SharpOrIncreasingPain), 50 * S));
        let v = s.view(90 * S);
        assert_eq!(
            (v.phase, v.position),
            (Phase::Stopped(StopReason::SharpOrIncreasingPain), 90 * S)
        );
    }

    #[test]
    fn the_revision_moves_with_each_input_that_changes_something_never_with_time() {
        let mut s = with_mcl();
        assert_eq!(s.revision(), 0);
        s.handle(Input::Start, 0);
        assert_eq!(s.revision(), 1);
        s.observe(10 * S);
        assert_eq!(s.revision(), 1, "time alone");
        assert!(!s.handle(Input::Resume, 11 * S));
        assert_eq!(s.revision(), 1, "an input that changed nothing");
        s.handle(Input::Pause, 12 * S);
        assert_eq!(s.revision(), 2);
    }

    #[test]
    fn an_empty_step_is_skipped_over_with_its_questions() {
        // Found by the cue property test: an empty last step with a check-in held the routine
        // at its end, where the cues (rightly) said it had finished.
        let mut s = Session::new([36_465, 0, 0])
            .with_check_ins(|i| i == 1)
            .with_confirmations(|i| i == 2);
        s.handle(Input::Start, 0);
        assert_eq!(s.cues(0).last().unwrap().kind, CueKind::Finished);
        assert_eq!(s.view(36_465).phase, Phase::Finished);
    }

    #[test]
    fn confirm_and_decline_mean_nothing_outside_a_confirmation() {
        let mut s = with_mcl();
        s.handle(Input::Start, 0);
        assert!(!s.handle(Input::Confirm, S));
        assert!(!s.handle(Input::Decline, 2 * S));
        assert_eq!(s.view(2 * S).phase, Phase::Running);
    }

    #[test]
    fn a_check_in_holds_at_the_end_of_its_step_until_answered() {
        let mut s = session().with_check_ins(|i| i == 1);
        s.handle(Input::Start, 0);
        // Long past the end of step 1 (at 150 s), with no input: held right at 150 s.
        let v = s.view(400 * S);
        assert_eq!(v.phase, Phase::CheckIn(1));
        assert_eq!(
            (v.step, v.remaining, v.position, v.running),
            (1, 0, 150 * S, 150 * S)
        );
        // Pause and skip wait for the answer.
        assert!(!s.handle(Input::TogglePause, 400 * S));
        assert!(!s.handle(Input::Skip, 400 * S));
        assert!(s.handle(Input::FeltFine, 400 * S));
        let v = s.view(410 * S);
        assert_eq!((v.phase, v.step, v.remaining), (Phase::Running, 2, 20 * S));
        // Asked once only.
        assert_eq!(s.view(900 * S).phase, Phase::Finished);
    }

    #[test]
    fn pain_at_a_check_in_stops_the_routine_there() {
        let mut s = session().with_check_ins(|i| i == 0);
        s.handle(Input::Start, 0);
        s.handle(Input::Stop(StopReason::SharpOrIncreasingPain), 100 * S);
        let v = s.view(500 * S);
        assert_eq!(v.phase, Phase::Stopped(StopReason::SharpOrIncreasingPain));
        assert_eq!(v.position, 30 * S);
    }

    #[test]
    fn a_skipped_step_is_not_asked_about_and_going_back_asks_again() {
        let mut s = session().with_check_ins(|i| i == 0);
        s.handle(Input::Start, 0);
        s.handle(Input::Skip, 5 * S);
        assert_eq!(s.view(6 * S).phase, Phase::Running);
        s.handle(Input::Back, 6 * S); // soon after the start of step 1: back to step 0
        assert_eq!(s.view(6 * S).step, 0);
        assert_eq!(s.view(40 * S).phase, Phase::CheckIn(0));
    }

    #[test]
    fn the_clock_reads_minutes_and_seconds_rounding_up() {
        assert_eq!(format_clock(0), "00:00");
        assert_eq!(format_clock(1), "00:01");
        assert_eq!(format_clock(30 * S), "00:30");
        assert_eq!(format_clock(119 * S + 1), "02:00");
        assert_eq!(format_clock(300 * S), "05:00");
        assert_eq!(format_clock(3_600 * S), "60:00");
    }

    #[test]
    fn an_empty_plan_does_not_panic() {
        let mut s = Session::new([]);
        s.handle(Input::Start, 0);
        s.handle(Input::Skip, 1);
        s.handle(Input::Back, 2);
        let v = s.view(3);
        assert_eq!((v.step, v.remaining, v.phase), (0, 0, Phase::Finished));
    }

    fn kinds_at(cues: &[Cue]) -> Vec<(Millis, CueKind)> {
        cues.iter().map(|c| (c.after, c.kind)).collect()
    }

    #[test]
    fn cues_run_from_the_start_to_the_first_check_in() {
        let mut s = session().with_check_ins(|i| i == 1);
        s.handle(Input::Start, 10 * S);
        use CueKind::*;
        assert_eq!(
            kinds_at(&s.cues(10 * S)),
            vec![
                (0, StepStarts(0)),
                (27 * S, Count(3)),
                (28 * S, Count(2)),
                (29 * S, Count(1)),
                (30 * S, StepStarts(1)),
                (147 * S, Count(3)),
                (148 * S, Count(2)),
                (149 * S, Count(1)),
                (150 * S, CheckIn(1)),
            ]
        );
        // Going on after the check-in: the last step is announced at once and ends the routine.
        s.observe(200 * S);
        s.handle(Input::FeltFine, 200 * S);
        assert_eq!(
            kinds_at(&s.cues(200 * S)),
            vec![
                (0, StepStarts(2)),
                (27 * S, Count(3)),
                (28 * S, Count(2)),
                (29 * S, Count(1)),
                (30 * S, Finished),
            ]
        );
    }

    #[test]
    fn no_cues_while_paused_at_a_check_in_or_over() {
        let mut s = session().with_check_ins(|i| i == 0);
        assert!(s.cues(0).is_empty(), "ready");
        s.handle(Input::Start, 0);
        s.handle(Input::Pause, 5 * S);
        assert!(s.cues(6 * S).is_empty(), "paused");
        s.handle(Input::Resume, 10 * S);
        // Resumed mid-step: only what is still ahead, nothing announced at once.
        let cues = s.cues(10 * S);
        assert_eq!(
            cues[0],
            Cue {
                after: 22 * S,
                kind: CueKind::Count(3)
            }
        );
        assert!(s.cues(40 * S).is_empty(), "at the check-in");
        s.handle(Input::Stop(StopReason::SharpOrIncreasingPain), 40 * S);
        assert!(s.cues(41 * S).is_empty(), "stopped");
    }

    #[test]
    fn a_skip_announces_the_new_step_and_short_steps_count_only_within_themselves() {
        let mut s = Session::new([10 * S, 2 * S, 0, 5 * S]);
        s.handle(Input::Start, 0);
        s.handle(Input::Skip, 4 * S);
        use CueKind::*;
        assert_eq!(
            kinds_at(&s.cues(4 * S)),
            vec![
                (0, StepStarts(1)),
                (0, Count(2)),
                (S, Count(1)),
                // The empty step is passed over.
                (2 * S, StepStarts(3)),
                (4 * S, Count(3)),
                (5 * S, Count(2)),
                (6 * S, Count(1)),
                (7 * S, Finished),
            ]
        );
    }

    #[test]
    fn cues_worked_out_a_little_late_still_play_and_stale_ones_are_dropped() {
        let mut s = session();
        s.handle(Input::Start, 0);
        use CueKind::*;
        let late = s.cues_from(0, 40);
        assert_eq!(
            late[0],
            Cue {
                after: 0,
                kind: StepStarts(0)
            }
        );
        assert_eq!(
            late[1],
            Cue {
                after: 27 * S - 40,
                kind: Count(3)
            }
        );
        // Scheduled two seconds late (a hidden page): the start is gone, the rest moved up.
        let stale = s.cues_from(0, 2 * S);
        assert_eq!(
            stale[0],
            Cue {
                after: 25 * S,
                kind: Count(3)
            }
        );
    }

    #[test]
    fn more_time_lengthens_the_step_under_way_up_to_its_longest_and_moves_the_rest() {
        let mut s = Session::new([30 * S, 60 * S])
            .with_check_ins(|i| i == 0)
            .with_longest([60 * S, 60 * S]);
        assert_eq!(
            s.view(0).more_time,
            0,
            "nothing to lengthen before the start"
        );
        assert!(!s.handle(Input::MoreTime, 0));
        s.handle(Input::Start, 0);
        assert_eq!(s.view(10 * S).more_time, MORE_TIME);
        assert!(s.handle(Input::MoreTime, 10 * S));
        let v = s.view(10 * S);
        assert_eq!((v.step, v.step_length, v.remaining), (0, 45 * S, 35 * S));
        assert_eq!(v.total, 105 * S);
        assert!(s.handle(Input::MoreTime, 10 * S));
        let v = s.view(10 * S);
        assert_eq!(
            (v.step_length, v.remaining, v.more_time),
            (60 * S, 50 * S, 0)
        );
        assert!(!s.handle(Input::MoreTime, 10 * S), "never past the longest");
        // The check-in moved with the step's end; the next step starts after it.
        assert_eq!(s.view(59 * S).phase, Phase::Running);
        assert_eq!(s.view(60 * S).phase, Phase::CheckIn(0));
        s.handle(Input::FeltFine, 60 * S);
        let v = s.view(61 * S);
        assert_eq!((v.step, v.remaining), (1, 59 * S));
        assert_eq!(v.more_time, 0, "the second step is at its longest");
    }

    #[test]
    fn more_time_works_while_paused_and_a_step_without_room_stays_as_it_is() {
        let mut s = Session::new([30 * S, 20 * S]).with_longest([40 * S]);
        s.handle(Input::Start, 0);
        s.handle(Input::Pause, 5 * S);
        assert!(s.handle(Input::MoreTime, 100 * S));
        let v = s.view(100 * S);
        assert_eq!(
            (v.phase, v.remaining, v.running),
            (Phase::Paused, 35 * S, 5 * S)
        );
        assert_eq!(
            v.more_time, 0,
            "only 10 s of room were left, and they are used"
        );
        s.handle(Input::Skip, 100 * S);
        // A step without a longest (or a shorter one) keeps its own length.
        assert_eq!(s.view(100 * S).more_time, 0);
        assert!(!s.handle(Input::MoreTime, 100 * S));
        let shorter = Session::new([30 * S]).with_longest([10 * S]);
        assert_eq!(shorter.view(0).step_length, 30 * S);
    }
}
