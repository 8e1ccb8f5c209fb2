//! The patient's own log: kept on their device only, and only if they ask (issue 34).
//!
//! What one finished or stopped routine leaves behind is an [`Entry`]: the day, the knee, the
//! minutes, the steps done and skipped, a stop and its reason, and the pain before and after
//! (0 to 10, each optional). Never a screening answer, never a name.
//!
//! The log is stored as JSON in a versioned format ([`stored`]): each version's record is
//! frozen once shipped, and [`read_stored`] brings any older version up to today's [`Log`]. A log that
//! cannot be read (edited by hand, cut short, from a newer app) is a [`LogProblem`], never a
//! panic. The rule that says when the log itself is a reason to get the knee checked is
//! [`sign`]: the source's "persistent, worsening, or does not improve with self-care", read from
//! the patient's own numbers. Pure: it never reads a clock; the shell passes today in.

use crate::calendar::Day;
use crate::json;
use crate::screening::{Knee, Question, TimeFrame};
use crate::timer::{self, Phase, StopReason};

/// The most sessions a log keeps: the oldest go first. Four sessions a week for two years.
pub const MOST_SESSIONS: usize = 416;

/// Days in the rule's window: two weeks, compared week against week.
pub const WINDOW_DAYS: u16 = 14;

/// Sessions in a week that make the weeks regular: the plan's fewest ("2-4 times a week").
pub const REGULAR_PER_WEEK: usize = 2;

/// How much lower, on the 0-10 scale, the later week's average pain before sessions must be
/// for the pain to count as improving: less than a point is not improving.
pub const IMPROVED_BY: u32 = 1;

/// How much the knee hurts, from 0 (no pain) to 10 (the worst imaginable).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pain(u8);

impl Pain {
    /// The highest score.
    pub const WORST: u8 = 10;

    /// A score, if it is 0 to 10.
    pub const fn new(score: u8) -> Option<Pain> {
        if score <= Pain::WORST {
            Some(Pain(score))
        } else {
            None
        }
    }

    /// Every score, 0 to 10.
    pub fn all() -> impl Iterator<Item = Pain> {
        (0..=Pain::WORST).map(Pain)
    }

    pub const fn score(self) -> u8 {
        self.0
    }
}

/// One routine, finished or stopped.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Entry {
    pub day: Day,
    pub knee: Knee,
    /// The time the steps ran, in whole seconds.
    pub seconds: u32,
    pub steps_done: u8,
    pub steps_skipped: u8,
    /// Why the patient stopped, if they did.
    pub stopped: Option<StopReason>,
    pub pain_before: Option<Pain>,
    pub pain_after: Option<Pain>,
}

impl Entry {
    /// What a routine that has ended leaves in the log: its time running, the steps done
    /// (reached and not skipped) and skipped, and its stop. `None` while it is under way.
    pub fn of(
        session: &timer::Session,
        now: timer::Millis,
        day: Day,
        knee: Knee,
        pain_before: Option<Pain>,
    ) -> Option<Entry> {
        let view = session.view(now);
        let (reached, stopped) = match view.phase {
            Phase::Finished => (session.step_count(), None),
            Phase::Stopped(reason) => (view.step, Some(reason)),
            _ => return None,
        };
        let skipped = (0..session.step_count())
            .filter(|&i| session.was_skipped(i))
            .count();
        let done = (0..reached).filter(|&i| !session.was_skipped(i)).count();
        let small = |n: usize| u8::try_from(n).unwrap_or(u8::MAX);
        Some(Entry {
            day,
            knee,
            seconds: u32::try_from(timer::whole_seconds_up(view.running)).unwrap_or(u32::MAX),
            steps_done: small(done),
            steps_skipped: small(skipped),
            stopped,
            pain_before,
            pain_after: None,
        })
    }
}

/// The patient's sessions, oldest first, at most [`MOST_SESSIONS`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Log {
    entries: Vec<Entry>,
}

impl Log {
    /// A log of these sessions: sorted by day (a stable sort, so a day's order stays), the
    /// oldest dropped beyond [`MOST_SESSIONS`].
    pub fn new(mut entries: Vec<Entry>) -> Log {
        entries.sort_by_key(|e| e.day);
        let extra = entries.len().saturating_sub(MOST_SESSIONS);
        entries.drain(..extra);
        Log { entries }
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The log with one more session (the oldest dropped beyond [`MOST_SESSIONS`]).
    pub fn with(&self, entry: Entry) -> Log {
        let mut entries = self.entries.clone();
        entries.push(entry);
        Log::new(entries)
    }

    /// The log with its last entry given this pain after it (the patient's answer on the end
    /// screen); unchanged if it is empty.
    pub fn with_pain_after(&self, pain: Pain) -> Log {
        let mut log = self.clone();
        if let Some(last) = log.entries.last_mut() {
            last.pain_after = Some(pain);
        }
        log
    }

    /// Sessions on the `days` days up to and including `today`.
    pub fn in_last_days(&self, today: Day, days: u16) -> impl Iterator<Item = &Entry> {
        let first = today.0.saturating_sub(days.saturating_sub(1));
        self.entries
            .iter()
            .filter(move |s| (first..=today.0).contains(&s.day.0))
    }
}

/// Why a stored log cannot be used. Either way the patient is told and offered to erase it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LogProblem {
    /// Not a log this app ever wrote: edited by hand, cut short, or not JSON.
    Unreadable,
    /// Written by a newer version of the app (its version number): a reload may bring it.
    Newer(u64),
}

/// The stored JSON text read as today's log: a record of any older version is brought up to
/// date; one from a newer app is [`LogProblem::Newer`]; anything else is
/// [`LogProblem::Unreadable`], never a panic.
pub fn read_stored(text: &str) -> Result<Log, LogProblem> {
    let value = json::parse(text).ok_or(LogProblem::Unreadable)?;
    match stored::version(&value).ok_or(LogProblem::Unreadable)? {
        1 => stored::V1::read(&value)
            .ok_or(LogProblem::Unreadable)?
            .into_log(),
        v if v > stored::CURRENT => Err(LogProblem::Newer(v)),
        _ => Err(LogProblem::Unreadable),
    }
}

/// The log as JSON text in today's version of the stored record.
pub fn to_stored(log: &Log) -> String {
    let mut text = String::new();
    stored::V1::of(log).value().write(&mut text);
    text
}

/// The stored formats, one module per version. A shipped version is never changed: a new one
/// is added beside it, with its conversion from the one before, and [`read_stored`] learns its
/// number.
pub mod stored {
    use super::{Entry, Log, LogProblem, Pain};
    use crate::calendar::Day;
    use crate::json::Value;
    use crate::screening::Knee;
    use crate::timer::StopReason;

    /// The version [`super::to_stored`] makes.
    pub const CURRENT: u64 = 1;

    /// Any version's number: the record's one `version`, the rest skipped.
    pub(super) fn version(record: &Value) -> Option<u64> {
        let Value::Object(members) = record else {
            return None;
        };
        let mut versions = members.iter().filter(|(name, _)| name == "version");
        match (versions.next(), versions.next()) {
            (Some((_, Value::Whole(v))), None) => Some(*v),
            _ => None,
        }
    }

    /// An object's members by the names a record has, in that order: `None` if it is not an
    /// object, or has a name twice or a name not in `names`. A missing member is `None` in its
    /// place (a required one is refused by its reader; an optional one reads as absent).
    fn members<'a, const N: usize>(
        record: &'a Value,
        names: [&str; N],
    ) -> Option<[Option<&'a Value>; N]> {
        let Value::Object(members) = record else {
            return None;
        };
        let mut found = [None; N];
        for (name, value) in members {
            let i = names.iter().position(|n| n == name)?;
            if found[i].replace(value).is_some() {
                return None;
            }
        }
        Some(found)
    }

    fn whole<T: TryFrom<u64>>(value: Option<&Value>) -> Option<T> {
        match value? {
            Value::Whole(n) => T::try_from(*n).ok(),
            _ => None,
        }
    }

    fn text(value: Option<&Value>) -> Option<&str> {
        match value? {
            Value::Text(t) => Some(t),
            _ => None,
        }
    }

    /// An optional member: absent or `null` is `Some(None)`; anything else is read by `read`,
    /// and refused (`None`) if it cannot be.
    fn optional<'a, T>(
        value: Option<&'a Value>,
        read: impl FnOnce(Option<&'a Value>) -> Option<T>,
    ) -> Option<Option<T>> {
        match value {
            None | Some(Value::Null) => Some(None),
            v => read(v).map(Some),
        }
    }

    /// Version 1 (2026-12): `{"version": 1, "sessions": [...]}`, each session
    /// `{"day", "knee", "seconds", "done", "skipped", "stopped", "before", "after"}`; a
    /// record with any other member is refused.
    pub struct V1 {
        version: u64,
        sessions: Vec<EntryV1>,
    }

    struct EntryV1 {
        /// `YYYY-MM-DD`.
        day: String,
        /// `left` or `right`.
        knee: String,
        seconds: u32,
        done: u8,
        skipped: u8,
        /// `pain`, `numbness` or `mcl-pain`, or null (or absent).
        stopped: Option<String>,
        /// Null or absent when not given, as `after`.
        before: Option<u8>,
        after: Option<u8>,
    }

    impl V1 {
        pub(super) fn read(record: &Value) -> Option<V1> {
            let [version, sessions] = members(record, ["version", "sessions"])?;
            let Value::List(sessions) = sessions? else {
                return None;
            };
            Some(V1 {
                version: whole(version)?,
                sessions: sessions.iter().map(EntryV1::read).collect::<Option<_>>()?,
            })
        }

        pub(super) fn value(&self) -> Value {
            Value::Object(vec![
                ("version".into(), Value::Whole(self.version)),
                (
                    "sessions".into(),
                    Value::List(self.sessions.iter().map(EntryV1::value).collect()),
                ),
            ])
        }

        pub(super) fn into_log(self) -> Result<Log, LogProblem> {
            if self.version != 1 {
                return Err(LogProblem::Unreadable);
            }
            let sessions = self
                .sessions
                .into_iter()
                .map(EntryV1::entry)
                .collect::<Option<Vec<_>>>()
                .ok_or(LogProblem::Unreadable)?;
            Ok(Log::new(sessions))
        }

        pub(super) fn of(log: &Log) -> V1 {
            V1 {
                version: 1,
                sessions: log.entries().iter().map(EntryV1::from).collect(),
            }
        }
    }

    const ENTRY: [&str; 8] = [
        "day", "knee", "seconds", "done", "skipped", "stopped", "before", "after",
    ];

    impl EntryV1 {
        fn read(record: &Value) -> Option<EntryV1> {
            let [day, knee, seconds, done, skipped, stopped, before, after] =
                members(record, ENTRY)?;
            let owned = |t: Option<&Value>| text(t).map(str::to_string);
            Some(EntryV1 {
                day: owned(day)?,
                knee: owned(knee)?,
                seconds: whole(seconds)?,
                done: whole(done)?,
                skipped: whole(skipped)?,
                stopped: optional(stopped, owned)?,
                before: optional(before, whole)?,
                after: optional(after, whole)?,
            })
        }

        fn value(&self) -> Value {
            let text = |t: &str| Value::Text(t.to_string());
            let or_null = |v: Option<Value>| v.unwrap_or(Value::Null);
            let fields = [
                text(&self.day),
                text(&self.knee),
                Value::Whole(self.seconds.into()),
                Value::Whole(self.done.into()),
                Value::Whole(self.skipped.into()),
                or_null(self.stopped.as_deref().map(text)),
                or_null(self.before.map(|b| Value::Whole(b.into()))),
                or_null(self.after.map(|a| Value::Whole(a.into()))),
            ];
            Value::Object(ENTRY.iter().map(|n| n.to_string()).zip(fields).collect())
        }

        fn entry(self) -> Option<Entry> {
            let mut parts = self.day.split('-');
            let mut part = || parts.next().and_then(|p| p.parse::<u32>().ok());
            let (year, month, day) = (part()?, part()?, part()?);
            let knee = match self.knee.as_str() {
                "left" => Knee::Left,
                "right" => Knee::Right,
                _ => return None,
            };
            let stopped = match self.stopped.as_deref() {
                None => None,
                Some("pain") => Some(StopReason::SharpOrIncreasingPain),
                Some("numbness") => Some(StopReason::NumbnessOrTingling),
                Some("mcl-pain") => Some(StopReason::PainOnMcl),
                Some(_) => return None,
            };
            let pain = |score: Option<u8>| match score {
                None => Some(None),
                Some(s) => Pain::new(s).map(Some),
            };
            Some(Entry {
                day: Day::from_ymd(i32::try_from(year).ok()?, month, day)?,
                knee,
                seconds: self.seconds,
                steps_done: self.done,
                steps_skipped: self.skipped,
                stopped,
                pain_before: pain(self.before)?,
                pain_after: pain(self.after)?,
            })
        }
    }

    impl From<&Entry> for EntryV1 {
        fn from(s: &Entry) -> EntryV1 {
            EntryV1 {
                day: s.day.iso(),
                knee: match s.knee {
                    Knee::Left => "left",
                    Knee::Right => "right",
                }
                .to_string(),
                seconds: s.seconds,
                done: s.steps_done,
                skipped: s.steps_skipped,
                stopped: s.stopped.map(|r| {
                    match r {
                        StopReason::SharpOrIncreasingPain => "pain",
                        StopReason::NumbnessOrTingling => "numbness",
                        StopReason::PainOnMcl => "mcl-pain",
                    }
                    .to_string()
                }),
                before: s.pain_before.map(Pain::score),
                after: s.pain_after.map(Pain::score),
            }
        }
    }

    // Day is only ever read back through `Day::from_ymd`, so a day before 2020 is unreadable.
    const _: fn(Day) -> String = Day::iso;
}

/// A score at or above this is very strong pain, before a routine or after it: the
/// screening's "very painful" question, with its words and time frame (no massage today; a
/// doctor's check today).
pub const SEVERE_PAIN: u8 = 7;

/// How many days after a knee's last session in the log its sign still shows: stopping the
/// log does not make a sign go away by itself.
pub const SIGN_KEPT_DAYS: u16 = 28;

/// Stops (for pain, or pain on the MCL) within [`WINDOW_DAYS`] that make a sign.
pub const STOPS_FOR_A_SIGN: usize = 2;

/// How many points more pain after a session than before it is a sign on its own (a smaller
/// rise is a sign when it happens in two scored sessions in a row).
pub const PAIN_UP_BY: u8 = 2;

/// How much higher, on the 0-10 scale, the later week's average pain before sessions must be
/// for the pain to count as getting worse.
pub const WORSE_BY: u32 = 1;

/// The screening question a pain score answers, if it is very strong pain ([`SEVERE_PAIN`]
/// or more): the overview then does not start the routine, and the end screen says to get
/// help, each with that question's words and time frame.
pub const fn pain_alert(pain: Option<Pain>) -> Option<Question> {
    match pain {
        Some(p) if p.score() >= SEVERE_PAIN => Some(Question::SeverePain),
        _ => None,
    }
}

/// What the patient's own log says about getting one knee checked, most pressing first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Sign {
    /// A pain score of [`SEVERE_PAIN`] or more, before or after a session.
    SeverePain,
    /// A routine on this knee was stopped for numbness, tingling or weakness.
    StoppedForNumbness,
    /// Routines on this knee were stopped for pain [`STOPS_FOR_A_SIGN`] times within
    /// [`WINDOW_DAYS`], or its last two sessions were both stopped for pain.
    StoppedTwice,
    /// A session with [`PAIN_UP_BY`] points more pain after than before, or the last two
    /// scored sessions both with more pain after.
    PainHigherAfter,
    /// Over two weeks, the average pain before sessions went up by [`WORSE_BY`] point.
    PainWorsening,
    /// Over two regular weeks, the average pain before sessions did not go down by
    /// [`IMPROVED_BY`] point.
    PainNotImproving,
}

impl Sign {
    pub const ALL: &'static [Sign] = &[
        Sign::SeverePain,
        Sign::StoppedForNumbness,
        Sign::StoppedTwice,
        Sign::PainHigherAfter,
        Sign::PainWorsening,
        Sign::PainNotImproving,
    ];

    /// The screening question that asks about the same sign: its time frame is the sign's.
    pub const fn question(self) -> Question {
        match self {
            Sign::SeverePain => Question::SeverePain,
            Sign::StoppedForNumbness => Question::NumbnessTinglingWeakness,
            Sign::StoppedTwice => Question::SharpPain,
            Sign::PainHigherAfter | Sign::PainWorsening => Question::PainWorsening,
            Sign::PainNotImproving => Question::PainNotImproving,
        }
    }

    /// Whether the sign says not to massage the knee until it has been checked: the routine
    /// on that knee then starts only once the patient says it has been.
    pub const fn stops_massage(self) -> bool {
        !matches!(self, Sign::PainNotImproving)
    }

    /// When to get the knee checked: the screening's time frame for the same question.
    pub fn time_frame(self) -> TimeFrame {
        self.question()
            .time_frame()
            .expect("every sign's question is a risk with a time frame")
    }
}

/// A sign, the knee it is about, and the day of the knee's last session (the log's latest
/// word on it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct KneeSign {
    pub knee: Knee,
    pub sign: Sign,
    pub since: Day,
}

/// What the log says about getting each knee checked, as of `today`: at most one sign per
/// knee (its most pressing), the most urgent time frame first.
///
/// Each knee is read on its own, from its last session up to `today` (kept for
/// [`SIGN_KEPT_DAYS`] after it) and the [`WINDOW_DAYS`] up to that session:
/// - a pain score of [`SEVERE_PAIN`] or more;
/// - a stop for numbness, tingling or weakness;
/// - [`STOPS_FOR_A_SIGN`] stops for pain, or the last two sessions both stopped for pain;
/// - [`PAIN_UP_BY`] points more pain after than before in a session, or more after in the
///   last two sessions with both scores;
/// - the later week's average pain before sessions [`WORSE_BY`] point or more higher than the
///   earlier week's, with a score in each week (worsening);
/// - with at least [`REGULAR_PER_WEEK`] scores in each week, the later week's average less
///   than [`IMPROVED_BY`] lower, and above 0 (not improving).
///
/// Sessions after `today` (a clock set back) never count.
pub fn signs(log: &Log, today: Day) -> Vec<KneeSign> {
    let mut found: Vec<KneeSign> = [Knee::Left, Knee::Right]
        .into_iter()
        .filter_map(|knee| {
            let entries: Vec<&Entry> = log
                .entries()
                .iter()
                .filter(|e| e.knee == knee && e.day <= today)
                .collect();
            let since = entries.last()?.day;
            knee_sign(&entries, today).map(|sign| KneeSign { knee, sign, since })
        })
        .collect();
    found.sort_by_key(|k| (k.sign.time_frame(), k.sign));
    found
}

/// One knee's sign, from its sessions up to today, oldest first.
fn knee_sign(entries: &[&Entry], today: Day) -> Option<Sign> {
    let last = entries.last()?;
    if today.0 - last.day.0 >= SIGN_KEPT_DAYS {
        return None;
    }
    let window_first = last.day.0.saturating_sub(WINDOW_DAYS - 1);
    let window: Vec<&Entry> = entries
        .iter()
        .copied()
        .filter(|e| e.day.0 >= window_first)
        .collect();
    let severe = |p: Option<Pain>| p.is_some_and(|p| p.score() >= SEVERE_PAIN);
    if window
        .iter()
        .any(|e| severe(e.pain_before) || severe(e.pain_after))
    {
        return Some(Sign::SeverePain);
    }
    let for_pain = |e: &Entry| {
        matches!(
            e.stopped,
            Some(StopReason::SharpOrIncreasingPain | StopReason::PainOnMcl)
        )
    };
    if window
        .iter()
        .any(|e| e.stopped == Some(StopReason::NumbnessOrTingling))
    {
        return Some(Sign::StoppedForNumbness);
    }
    let last_two_for_pain = entries.len() >= 2 && entries.iter().rev().take(2).all(|e| for_pain(e));
    if window.iter().filter(|e| for_pain(e)).count() >= STOPS_FOR_A_SIGN || last_two_for_pain {
        return Some(Sign::StoppedTwice);
    }
    let scored: Vec<(u8, u8)> = window
        .iter()
        .filter_map(|e| Some((e.pain_before?.score(), e.pain_after?.score())))
        .collect();
    let up_by_much = scored.iter().any(|&(b, a)| a >= b + PAIN_UP_BY);
    let up_twice = scored.len() >= 2 && scored.iter().rev().take(2).all(|&(b, a)| a > b);
    if up_by_much || up_twice {
        return Some(Sign::PainHigherAfter);
    }
    let later_first = last.day.0.saturating_sub(WINDOW_DAYS / 2 - 1);
    let (mut earlier, mut later) = ((0u32, 0u32), (0u32, 0u32));
    for e in &window {
        if let Some(pain) = e.pain_before {
            let week = if e.day.0 >= later_first {
                &mut later
            } else {
                &mut earlier
            };
            week.0 += u32::from(pain.score());
            week.1 += 1;
        }
    }
    if earlier.1 == 0 || later.1 == 0 {
        return None;
    }
    // Averages compared without division: later/n_later against earlier/n_earlier, both
    // times n_later * n_earlier.
    let later_weighted = later.0 * earlier.1;
    let earlier_weighted = earlier.0 * later.1;
    let one_point = IMPROVED_BY * later.1 * earlier.1;
    let worse_by = WORSE_BY * later.1 * earlier.1;
    let regular = |week: (u32, u32)| week.1 as usize >= REGULAR_PER_WEEK;
    if later_weighted >= earlier_weighted + worse_by {
        Some(Sign::PainWorsening)
    } else if regular(earlier)
        && regular(later)
        && later_weighted + one_point > earlier_weighted
        && later.0 > 0
    {
        Some(Sign::PainNotImproving)
    } else {
        None
    }
}

/// The numbers a sign's words name: `{n}`, the very strong pain score, and `{weeks}`, the
/// rule's window in weeks.
pub fn sign_placeholders() -> [(&'static str, String); 2] {
    [
        ("n", SEVERE_PAIN.to_string()),
        ("weeks", (WINDOW_DAYS / 7).to_string()),
    ]
}

/// The sign that says not to massage `knee` until it has been checked, if the log gives one.
pub fn stopping_sign(log: &Log, today: Day, knee: Knee) -> Option<KneeSign> {
    signs(log, today)
        .into_iter()
        .find(|s| s.knee == knee && s.sign.stops_massage())
}

/// Routines finished (not stopped) on each knee in the last 7 days up to and including
/// `today`: the knees with any session in those days, left first.
pub fn finished_this_week(log: &Log, today: Day) -> Vec<(Knee, usize)> {
    [Knee::Left, Knee::Right]
        .into_iter()
        .filter_map(|knee| {
            let week: Vec<&Entry> = log
                .in_last_days(today, 7)
                .filter(|e| e.knee == knee)
                .collect();
            (!week.is_empty()).then(|| (knee, week.iter().filter(|e| e.stopped.is_none()).count()))
        })
        .collect()
}

/// How many sessions a week the plan asks for: the clinician's number from a link, or the
/// source's "a few times a week", 2 to 4.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct WeekGoal {
    pub fewest: u8,
    pub most: u8,
}

/// Where a week's finished routines stand against the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WeekStatus {
    NotYet,
    OnPlan,
    MoreThanPlanned,
}

impl WeekGoal {
    /// The clinician's `per_week`, or 2 to 4 without a link.
    pub const fn of(per_week: Option<u8>) -> WeekGoal {
        match per_week {
            Some(n) => WeekGoal { fewest: n, most: n },
            None => WeekGoal { fewest: 2, most: 4 },
        }
    }

    /// Where `done` finished routines stand.
    pub const fn status(self, done: usize) -> WeekStatus {
        if done < self.fewest as usize {
            WeekStatus::NotYet
        } else if done > self.most as usize {
            WeekStatus::MoreThanPlanned
        } else {
            WeekStatus::OnPlan
        }
    }
}

/// Weeks the progress chart shows.
pub const CHART_WEEKS: u16 = 4;

/// The pain chart: the entries of the last [`CHART_WEEKS`] with a pain score, placed on a
/// grid [`Chart::WIDTH`] wide and [`Chart::HEIGHT`] high (x: the day, oldest at 0; y: the
/// score, 10 at 0 and 0 at the bottom; whole numbers, so drawing it needs no decimals). The table beside it lists the same
/// entries, so the two always agree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chart {
    /// The chart's first day.
    pub first: Day,
    /// The entries shown, oldest first.
    pub entries: Vec<Entry>,
}

impl Chart {
    /// The days the chart spans, today included.
    pub const DAYS: u16 = CHART_WEEKS * 7;
    /// The grid's size.
    pub const WIDTH: u16 = 1000;
    pub const HEIGHT: u16 = 600;

    pub fn of(log: &Log, today: Day) -> Chart {
        Chart {
            first: Day(today.0.saturating_sub(Chart::DAYS - 1)),
            entries: log
                .in_last_days(today, Chart::DAYS)
                .filter(|e| e.pain_before.is_some() || e.pain_after.is_some())
                .cloned()
                .collect(),
        }
    }

    /// The chart's last day: today.
    pub fn last(&self) -> Day {
        Day(self.first.0 + (Chart::DAYS - 1))
    }

    /// Where a day is across the chart, 0 to [`Chart::WIDTH`].
    pub fn x(&self, day: Day) -> u16 {
        let along = day.0.saturating_sub(self.first.0).min(Chart::DAYS - 1);
        along * (Chart::WIDTH / (Chart::DAYS - 1))
            + along * (Chart::WIDTH % (Chart::DAYS - 1)) / (Chart::DAYS - 1)
    }

    /// Where a score is down the chart, 0 (the worst) to [`Chart::HEIGHT`] (no pain).
    pub fn y(pain: Pain) -> u16 {
        u16::from(Pain::WORST - pain.score()) * (Chart::HEIGHT / u16::from(Pain::WORST))
    }

    /// The points of the pain before (or after) sessions, oldest first.
    pub fn points(&self, after: bool) -> Vec<(u16, u16)> {
        self.entries
            .iter()
            .filter_map(|e| {
                let pain = if after { e.pain_after } else { e.pain_before };
                pain.map(|p| (self.x(e.day), Chart::y(p)))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(day: u16, before: Option<u8>) -> Entry {
        Entry {
            day: Day(day),
            knee: Knee::Left,
            seconds: 600,
            steps_done: 8,
            steps_skipped: 0,
            stopped: None,
            pain_before: before.map(|s| Pain::new(s).unwrap()),
            pain_after: None,
        }
    }

    fn stopped(day: u16, reason: StopReason) -> Entry {
        Entry {
            stopped: Some(reason),
            ..entry(day, None)
        }
    }

    const TODAY: Day = Day(2_000);

    use super::{read_stored as read, to_stored as write};

    #[test]
    fn an_ended_routine_leaves_its_time_steps_and_stop() {
        use crate::timer::{Input, Session};
        const S: u64 = 1_000;
        let day = Day(2_000);
        let pain = Pain::new(3);
        // Three steps of 10 s: the second skipped, the whole finished.
        let mut session = Session::new([10 * S, 10 * S, 10 * S]);
        assert_eq!(Entry::of(&session, 0, day, Knee::Left, pain), None);
        session.handle(Input::Start, 0);
        assert_eq!(
            Entry::of(&session, 5 * S, day, Knee::Left, pain),
            None,
            "under way"
        );
        session.handle(Input::Skip, 12 * S);
        let done = Entry::of(&session, 60 * S, day, Knee::Right, pain).unwrap();
        assert_eq!(
            done,
            Entry {
                day,
                knee: Knee::Right,
                seconds: 22,
                steps_done: 2,
                steps_skipped: 1,
                stopped: None,
                pain_before: pain,
                pain_after: None,
            }
        );
        // Stopped on the second step: one done.
        let mut session = Session::new([10 * S, 10 * S, 10 * S]);
        session.handle(Input::Start, 0);
        session.handle(Input::Stop(StopReason::PainOnMcl), 15 * S);
        let stopped = Entry::of(&session, 99 * S, day, Knee::Left, None).unwrap();
        assert_eq!(
            (stopped.steps_done, stopped.steps_skipped, stopped.seconds),
            (1, 0, 15)
        );
        assert_eq!(stopped.stopped, Some(StopReason::PainOnMcl));
    }

    #[test]
    fn the_pain_after_goes_on_the_last_entry() {
        let log = Log::new(vec![entry(1, Some(2)), entry(2, Some(5))]);
        let after = log.with_pain_after(Pain::new(1).unwrap());
        assert_eq!(after.entries()[0].pain_after, None);
        assert_eq!(after.entries()[1].pain_after, Pain::new(1));
        assert_eq!(
            Log::default().with_pain_after(Pain::new(1).unwrap()),
            Log::default()
        );
    }

    #[test]
    fn pain_is_zero_to_ten() {
        assert_eq!(Pain::new(0).map(Pain::score), Some(0));
        assert_eq!(Pain::new(10).map(Pain::score), Some(10));
        assert_eq!(Pain::new(11), None);
        assert_eq!(Pain::all().count(), 11);
    }

    #[test]
    fn a_written_log_reads_back_the_same() {
        let log = Log::new(vec![
            entry(1_990, Some(4)),
            stopped(1_995, StopReason::PainOnMcl),
            Entry {
                knee: Knee::Right,
                pain_after: Pain::new(2),
                steps_skipped: 2,
                ..entry(2_000, Some(0))
            },
        ]);
        assert_eq!(read(&write(&log)), Ok(log));
    }

    #[test]
    fn the_stored_format_is_version_one_as_documented() {
        let log = Log::new(vec![Entry {
            pain_after: Pain::new(3),
            ..stopped(2_163, StopReason::NumbnessOrTingling)
        }]);
        assert_eq!(
            write(&log),
            r#"{"version":1,"sessions":[{"day":"2025-12-03","knee":"left","seconds":600,"done":8,"skipped":0,"stopped":"numbness","before":null,"after":3}]}"#
        );
    }

    #[test]
    fn what_cannot_be_read_is_a_problem_not_a_panic() {
        let good = write(&Log::new(vec![entry(1_999, Some(5))]));
        let day = Day(1_999).iso();
        for bad in [
            "",
            "null",
            "[]",
            "{}",
            r#"{"version":"1","sessions":[]}"#,
            r#"{"version":0,"sessions":[]}"#,
            r#"{"version":1}"#,
            r#"{"version":1,"sessions":[],"name":"Ana"}"#,
            &good.replace("\"left\"", "\"middle\""),
            &good.replace("\"before\":5", "\"before\":11"),
            &good.replace(&day, "2019-12-31"),
            &good.replace(&day, "2025-02-30"),
            &good.replace(&day, "yesterday"),
            &good[..good.len() / 2],
            // Each member once, and no other, in the record and in a session.
            &good.replace("\"sessions\"", "\"version\":1,\"sessions\""),
            &good.replace("\"version\":1", "\"version\":2,\"version\":1"),
            &good.replace("\"seconds\"", "\"seconds\":1,\"seconds\""),
            &good.replace("\"done\"", "\"name\":\"Ana\",\"done\""),
            &good.replace(r#""knee":"left","#, ""),
            // Whole numbers as JSON.stringify writes them, nothing else.
            &good.replace("\"seconds\":600", "\"seconds\":6e2"),
            &good.replace("\"seconds\":600", "\"seconds\":600.5"),
            &good.replace("\"seconds\":600", "\"seconds\":-600"),
            &good.replace("\"seconds\":600", "\"seconds\":\"600\""),
            &good.replace("\"before\":5", "\"before\":256"),
        ] {
            assert_eq!(read(bad), Err(LogProblem::Unreadable), "{bad}");
        }
        assert_eq!(
            read(r#"{"version":2,"sessions":[]}"#),
            Err(LogProblem::Newer(2))
        );
    }

    #[test]
    fn a_session_may_leave_out_what_it_does_not_have() {
        let day = Day(1_999).iso();
        let expected = Ok(Log::new(vec![entry(1_999, None)]));
        // `stopped`, `before` and `after` null, or left out; a whole number may end in `.0`;
        // spaces and new lines anywhere JSON allows them.
        for text in [
            format!(r#"{{"version":1,"sessions":[{{"day":"{day}","knee":"left","seconds":600,"done":8,"skipped":0,"stopped":null,"before":null,"after":null}}]}}"#),
            format!(r#"{{"sessions":[{{"skipped":0,"done":8,"seconds":600,"knee":"left","day":"{day}"}}],"version":1}}"#),
            format!("{{\n\t\"version\": 1.0,\r\n \"sessions\": [ {{ \"day\": \"{day}\", \"knee\": \"left\", \"seconds\": 600.00, \"done\": 8, \"skipped\": 0 }} ]\n}}"),
        ] {
            assert_eq!(read(&text), expected, "{text}");
        }
    }

    #[test]
    fn the_log_keeps_the_newest_sessions_in_day_order() {
        let many: Vec<Entry> = (0..MOST_SESSIONS as u16 + 10)
            .rev()
            .map(|d| entry(d, None))
            .collect();
        let log = Log::new(many);
        assert_eq!(log.entries().len(), MOST_SESSIONS);
        assert_eq!(log.entries()[0].day, Day(10));
        assert!(log.entries().windows(2).all(|w| w[0].day <= w[1].day));
        let more = log.with(entry(9_999, None));
        assert_eq!(more.entries().len(), MOST_SESSIONS);
        assert_eq!(more.entries().last().unwrap().day, Day(9_999));
    }

    #[test]
    fn finished_routines_this_week_are_counted_per_knee() {
        let right = |e: Entry| Entry {
            knee: Knee::Right,
            ..e
        };
        let log = Log::new(vec![
            entry(TODAY.0 - 7, None),
            entry(TODAY.0 - 6, None),
            stopped(TODAY.0 - 1, StopReason::SharpOrIncreasingPain),
            entry(TODAY.0, None),
            entry(TODAY.0 + 1, None),
            right(stopped(TODAY.0, StopReason::PainOnMcl)),
        ]);
        assert_eq!(
            finished_this_week(&log, TODAY),
            vec![(Knee::Left, 2), (Knee::Right, 0)],
            "the 8th day back, a stop and tomorrow do not count"
        );
        assert_eq!(finished_this_week(&Log::default(), TODAY), vec![]);
    }

    /// Two weeks of sessions on the left knee with these pain scores before them, the
    /// earlier week first, the later week's days ending today.
    fn two_weeks(earlier: &[u8], later: &[u8]) -> Log {
        let first = TODAY.0 - 13;
        let mut sessions: Vec<Entry> = earlier
            .iter()
            .enumerate()
            .map(|(i, &p)| entry(first + i as u16, Some(p)))
            .collect();
        sessions.extend(
            later
                .iter()
                .enumerate()
                .map(|(i, &p)| entry(TODAY.0 - i as u16, Some(p))),
        );
        Log::new(sessions)
    }

    fn sign(log: &Log, today: Day) -> Option<Sign> {
        let found = signs(log, today);
        assert!(found.len() <= 1, "one knee in these logs");
        found.first().map(|k| k.sign)
    }

    #[test]
    fn pain_going_up_a_point_over_two_weeks_is_worsening() {
        assert_eq!(
            sign(&two_weeks(&[3, 3], &[4, 4]), TODAY),
            Some(Sign::PainWorsening)
        );
        assert_eq!(
            sign(&two_weeks(&[0, 0, 0], &[1, 1]), TODAY),
            Some(Sign::PainWorsening)
        );
        // Half a point up is not worsening, but it is not improving either.
        assert_eq!(
            sign(&two_weeks(&[3, 3], &[3, 4]), TODAY),
            Some(Sign::PainNotImproving)
        );
        // One score a week is enough for worse pain.
        assert_eq!(
            sign(&two_weeks(&[3], &[4]), TODAY),
            Some(Sign::PainWorsening)
        );
    }

    #[test]
    fn pain_staying_the_same_is_not_improving_unless_there_is_none() {
        assert_eq!(
            sign(&two_weeks(&[4, 2], &[3, 3, 3]), TODAY),
            Some(Sign::PainNotImproving)
        );
        assert_eq!(sign(&two_weeks(&[0, 0], &[0, 0]), TODAY), None);
    }

    #[test]
    fn pain_going_down_by_a_point_or_more_is_no_sign() {
        assert_eq!(sign(&two_weeks(&[5, 5], &[4, 4]), TODAY), None);
        assert_eq!(sign(&two_weeks(&[6, 6, 6, 6], &[1, 1]), TODAY), None);
        // Half a point lower is not improving.
        assert_eq!(
            sign(&two_weeks(&[5, 5], &[5, 4]), TODAY),
            Some(Sign::PainNotImproving)
        );
        // Down to no pain at all is no sign, however small the step.
        assert_eq!(sign(&two_weeks(&[1, 0], &[0, 0]), TODAY), None);
    }

    #[test]
    fn not_improving_needs_two_regular_weeks_of_scores() {
        // One session with a score in a week is not regular.
        assert_eq!(sign(&two_weeks(&[6], &[6, 6]), TODAY), None);
        assert_eq!(sign(&two_weeks(&[6, 6], &[6]), TODAY), None);
        // Sessions without a score do not count.
        let log = two_weeks(&[6], &[6, 6]).with(entry(TODAY.0 - 12, None));
        assert_eq!(sign(&log, TODAY), None);
    }

    #[test]
    fn a_sign_stays_after_the_log_stops_then_goes() {
        let log = two_weeks(&[3, 3], &[6, 6]);
        assert_eq!(sign(&log, TODAY), Some(Sign::PainWorsening));
        let later = Day(TODAY.0 + SIGN_KEPT_DAYS - 1);
        assert_eq!(
            sign(&log, later),
            Some(Sign::PainWorsening),
            "no session since: the sign still shows"
        );
        assert_eq!(sign(&log, Day(later.0 + 1)), None);
        // A better week since then clears it.
        let better = log
            .with(entry(TODAY.0 + 7, Some(2)))
            .with(entry(TODAY.0 + 8, Some(2)));
        assert_eq!(sign(&better, Day(TODAY.0 + 8)), None);
    }

    #[test]
    fn each_knee_is_read_on_its_own() {
        let right = |e: Entry| Entry {
            knee: Knee::Right,
            ..e
        };
        // Left 3 then 3, right 5 then 5: pooled, nothing; per knee, the right is not improving.
        let log = Log::new(vec![
            entry(TODAY.0 - 13, Some(6)),
            entry(TODAY.0 - 12, Some(6)),
            entry(TODAY.0 - 1, Some(1)),
            entry(TODAY.0, Some(1)),
            right(entry(TODAY.0 - 13, Some(5))),
            right(entry(TODAY.0 - 12, Some(5))),
            right(entry(TODAY.0 - 1, Some(5))),
            right(entry(TODAY.0, Some(5))),
        ]);
        assert_eq!(
            signs(&log, TODAY),
            vec![KneeSign {
                knee: Knee::Right,
                sign: Sign::PainNotImproving,
                since: TODAY
            }]
        );
        // Both knees: the more urgent time frame first.
        let log = log.with(stopped(TODAY.0, StopReason::NumbnessOrTingling));
        let found: Vec<(Knee, Sign)> = signs(&log, TODAY)
            .into_iter()
            .map(|k| (k.knee, k.sign))
            .collect();
        assert_eq!(
            found,
            vec![
                (Knee::Left, Sign::StoppedForNumbness),
                (Knee::Right, Sign::PainNotImproving)
            ]
        );
    }

    #[test]
    fn stops_within_two_weeks_come_first() {
        // One stop for numbness is enough.
        let log =
            two_weeks(&[5, 5], &[1, 1]).with(stopped(TODAY.0, StopReason::NumbnessOrTingling));
        assert_eq!(sign(&log, TODAY), Some(Sign::StoppedForNumbness));
        // Two stops for pain within 14 days, with a finished routine between them.
        let log = Log::new(vec![
            stopped(TODAY.0 - 13, StopReason::PainOnMcl),
            entry(TODAY.0 - 5, None),
            stopped(TODAY.0, StopReason::SharpOrIncreasingPain),
        ]);
        assert_eq!(sign(&log, TODAY), Some(Sign::StoppedTwice));
        // Fifteen days apart, with a routine between: no sign.
        let log = Log::new(vec![
            stopped(TODAY.0 - 14, StopReason::PainOnMcl),
            entry(TODAY.0 - 5, None),
            stopped(TODAY.0, StopReason::SharpOrIncreasingPain),
        ]);
        assert_eq!(sign(&log, TODAY), None);
        // The last two both stopped for pain, however far apart.
        let log = Log::new(vec![
            stopped(TODAY.0 - 20, StopReason::PainOnMcl),
            stopped(TODAY.0, StopReason::SharpOrIncreasingPain),
        ]);
        assert_eq!(sign(&log, TODAY), Some(Sign::StoppedTwice));
        // A stop for numbness long ago and one for pain now: not two stops for pain.
        let log = Log::new(vec![
            stopped(TODAY.0 - 20, StopReason::NumbnessOrTingling),
            stopped(TODAY.0, StopReason::SharpOrIncreasingPain),
        ]);
        assert_eq!(sign(&log, TODAY), None);
    }

    #[test]
    fn more_pain_after_than_before_is_a_sign_by_two_points_or_twice() {
        let session = |day: u16, before: u8, after: u8| Entry {
            pain_after: Pain::new(after),
            ..entry(day, Some(before))
        };
        let one = |log: Vec<Entry>| sign(&Log::new(log), TODAY);
        assert_eq!(
            one(vec![session(TODAY.0, 3, 5)]),
            Some(Sign::PainHigherAfter)
        );
        assert_eq!(one(vec![session(TODAY.0, 3, 4)]), None, "one point, once");
        assert_eq!(
            one(vec![session(TODAY.0 - 2, 2, 3), session(TODAY.0, 3, 4)]),
            Some(Sign::PainHigherAfter),
            "one point, twice in a row"
        );
        assert_eq!(
            one(vec![
                session(TODAY.0 - 4, 2, 3),
                session(TODAY.0 - 2, 4, 2),
                session(TODAY.0, 3, 4)
            ]),
            None,
            "not in a row"
        );
        // Only the rule's window counts: a rise 3 weeks before the last session is past.
        assert_eq!(
            one(vec![session(TODAY.0 - 21, 2, 6), entry(TODAY.0, Some(2))]),
            None
        );
    }

    #[test]
    fn very_strong_pain_in_the_log_is_a_sign_for_today() {
        let log = Log::new(vec![Entry {
            pain_after: Pain::new(SEVERE_PAIN),
            ..entry(TODAY.0 - 3, Some(2))
        }]);
        assert_eq!(sign(&log, TODAY), Some(Sign::SeverePain));
        assert_eq!(Sign::SeverePain.time_frame(), TimeFrame::Today);
        let milder = Log::new(vec![entry(TODAY.0, Some(SEVERE_PAIN - 1))]);
        assert_eq!(sign(&milder, TODAY), None);
    }

    #[test]
    fn only_not_improving_lets_the_routine_start_unchecked() {
        let stopping: Vec<Sign> = Sign::ALL
            .iter()
            .copied()
            .filter(|s| s.stops_massage())
            .collect();
        assert_eq!(
            stopping,
            Sign::ALL[..Sign::ALL.len() - 1],
            "the review page says every sign but the last"
        );
        let log = two_weeks(&[3, 3], &[6, 6]);
        let found = stopping_sign(&log, TODAY, Knee::Left).unwrap();
        assert_eq!((found.sign, found.since), (Sign::PainWorsening, TODAY));
        assert_eq!(stopping_sign(&log, TODAY, Knee::Right), None);
        assert_eq!(
            stopping_sign(&two_weeks(&[4, 4], &[4, 4]), TODAY, Knee::Left),
            None
        );
    }

    #[test]
    fn very_strong_pain_is_the_screenings_very_painful_question() {
        let alert = |n: u8| pain_alert(Pain::new(n));
        assert_eq!(alert(SEVERE_PAIN - 1), None);
        assert_eq!(alert(SEVERE_PAIN), Some(Question::SeverePain));
        assert_eq!(alert(Pain::WORST), Some(Question::SeverePain));
        assert_eq!(pain_alert(None), None);
        assert_eq!(
            Question::SeverePain.time_frame(),
            Some(TimeFrame::Today),
            "no massage and a doctor's check today"
        );
    }

    #[test]
    fn the_week_goal_is_the_clinicians_or_two_to_four() {
        assert_eq!(WeekGoal::of(None), WeekGoal { fewest: 2, most: 4 });
        assert_eq!(WeekGoal::of(Some(3)), WeekGoal { fewest: 3, most: 3 });
        let goal = WeekGoal::of(None);
        assert_eq!(goal.status(1), WeekStatus::NotYet);
        assert_eq!(goal.status(2), WeekStatus::OnPlan);
        assert_eq!(goal.status(4), WeekStatus::OnPlan);
        assert_eq!(goal.status(5), WeekStatus::MoreThanPlanned);
    }

    #[test]
    fn the_chart_places_the_last_four_weeks_of_scores() {
        let log = Log::new(vec![
            entry(TODAY.0 - 28, Some(9)),
            entry(TODAY.0 - 27, Some(6)),
            entry(TODAY.0 - 10, None),
            Entry {
                pain_after: Pain::new(2),
                ..entry(TODAY.0, Some(4))
            },
        ]);
        let chart = Chart::of(&log, TODAY);
        assert_eq!(chart.first, Day(TODAY.0 - 27));
        assert_eq!(chart.last(), TODAY);
        assert_eq!(chart.x(chart.last()), Chart::WIDTH);
        assert_eq!(
            chart.entries.len(),
            2,
            "the oldest is too old, one has no score"
        );
        assert_eq!(chart.points(false), vec![(0, 240), (1000, 360)]);
        assert_eq!(chart.points(true), vec![(1000, 480)]);
        assert_eq!(chart.x(Day(TODAY.0 - 13)), 518, "day 14 of 28");
        assert_eq!(Chart::y(Pain::new(0).unwrap()), 600);
        assert_eq!(Chart::y(Pain::new(10).unwrap()), 0);
    }

    #[test]
    fn each_sign_takes_its_time_frame_from_the_screening() {
        assert_eq!(Sign::SeverePain.time_frame(), TimeFrame::Today);
        assert_eq!(
            Sign::StoppedForNumbness.time_frame(),
            TimeFrame::NextFewDays
        );
        assert_eq!(Sign::StoppedTwice.time_frame(), TimeFrame::NextFewDays);
        assert_eq!(Sign::PainHigherAfter.time_frame(), TimeFrame::NextFewDays);
        assert_eq!(Sign::PainWorsening.time_frame(), TimeFrame::NextFewDays);
        assert_eq!(Sign::PainNotImproving.time_frame(), TimeFrame::NextFewWeeks);
    }
}
