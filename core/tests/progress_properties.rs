//! The patient's log over generated logs: stored text reads back losslessly, any text reads
//! as a log or a problem (never a panic), and the "time to get it checked" rule fires exactly
//! when the source's condition holds, checked against the condition written out plainly (with
//! averages as fractions) rather than the core's arithmetic. Host only (proptest never enters
//! the wasm build).
#![cfg(not(target_arch = "wasm32"))]

use knee_core::calendar::Day;
use knee_core::progress::{
    self, Entry, Log, LogProblem, Pain, Sign, IMPROVED_BY, REGULAR_PER_WEEK,
};
use knee_core::screening::Knee;
use knee_core::timer::StopReason;
use proptest::collection::vec;
use proptest::prelude::*;

const TODAY: u16 = 3_000;

/// The stored log as JSON text (the app stores it with the browser's JSON).
fn write(log: &Log) -> String {
    serde_json::to_string(&progress::to_stored(log)).unwrap()
}

fn read(text: &str) -> Result<Log, LogProblem> {
    progress::read_stored(serde_json::from_str(text), || serde_json::from_str(text))
}

fn an_entry(first_day: u16) -> impl Strategy<Value = Entry> {
    (
        first_day..=TODAY + 2,
        any::<bool>(),
        0u32..3_600,
        0u8..12,
        0u8..12,
        proptest::option::of(proptest::sample::select(StopReason::ALL)),
        proptest::option::of(0u8..=10),
        proptest::option::of(0u8..=10),
    )
        .prop_map(
            |(day, left, seconds, done, skipped, stopped, before, after)| Entry {
                day: Day(day),
                knee: if left { Knee::Left } else { Knee::Right },
                seconds,
                steps_done: done,
                steps_skipped: skipped,
                stopped,
                pain_before: before.and_then(Pain::new),
                pain_after: after.and_then(Pain::new),
            },
        )
}

fn a_log() -> impl Strategy<Value = Log> {
    vec(an_entry(TODAY - 40), 0..30).prop_map(Log::new)
}

/// The source's condition, written out: the scores before sessions in each of the two weeks
/// up to today, averaged as fractions.
fn average(log: &Log, from: u16, to: u16) -> Option<f64> {
    let scores: Vec<f64> = log
        .entries()
        .iter()
        .filter(|s| (from..=to).contains(&s.day.0))
        .filter_map(|s| s.pain_before.map(|p| f64::from(p.score())))
        .collect();
    (scores.len() >= REGULAR_PER_WEEK).then(|| scores.iter().sum::<f64>() / scores.len() as f64)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn a_log_reads_back_as_written(log in a_log()) {
        let text = write(&log);
        prop_assert_eq!(read(&text), Ok(log));
    }

    #[test]
    fn any_text_reads_as_a_log_or_a_problem(text in ".{0,200}") {
        let _ = read(&text);
    }

    #[test]
    fn a_changed_log_reads_as_a_log_or_a_problem(log in a_log(), at in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let mut text = write(&log).into_bytes();
        if !text.is_empty() {
            let i = at.index(text.len());
            text[i] = byte;
        }
        let _ = read(&String::from_utf8_lossy(&text));
    }

    #[test]
    fn the_rule_fires_exactly_when_the_source_condition_holds(log in a_log()) {
        let today = Day(TODAY);
        let sessions = log.entries();
        let stopped_twice = sessions.len() >= 2
            && sessions[sessions.len() - 1].stopped.is_some()
            && sessions[sessions.len() - 2].stopped.is_some();
        let earlier = average(&log, TODAY - 13, TODAY - 7);
        let later = average(&log, TODAY - 6, TODAY);
        let expected = if stopped_twice {
            Some(Sign::StoppedTwice(sessions[sessions.len() - 1].stopped.unwrap()))
        } else {
            match (earlier, later) {
                (Some(e), Some(l)) if l > e + 1e-9 => Some(Sign::PainWorsening),
                // Not improving: less than IMPROVED_BY lower, with pain left.
                (Some(e), Some(l)) if l > e - f64::from(IMPROVED_BY) + 1e-9 && l > 0.0 => Some(Sign::PainNotImproving),
                _ => None,
            }
        };
        prop_assert_eq!(progress::sign(&log, today), expected);
    }

    #[test]
    fn sessions_after_today_never_count(log in a_log()) {
        let today = Day(TODAY);
        let future: Vec<Entry> = log.entries().iter().filter(|s| s.day.0 > TODAY).cloned().collect();
        let past = Log::new(log.entries().iter().filter(|s| s.day.0 <= TODAY).cloned().collect());
        prop_assert_eq!(progress::sessions_this_week(&log, today), progress::sessions_this_week(&past, today));
        if future.is_empty() {
            prop_assert_eq!(progress::sign(&log, today), progress::sign(&past, today));
        }
    }
}

/// The generated logs reach every outcome of the rule, so the property above can fail.
#[test]
fn the_generated_logs_reach_every_sign() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let mut seen = std::collections::HashSet::new();
    for _ in 0..2_000 {
        let log = a_log().new_tree(&mut runner).unwrap().current();
        seen.insert(progress::sign(&log, Day(TODAY)).map(|s| match s {
            Sign::StoppedTwice(_) => 0,
            Sign::PainWorsening => 1,
            Sign::PainNotImproving => 2,
        }));
    }
    assert_eq!(seen.len(), 4, "{seen:?}");
}
