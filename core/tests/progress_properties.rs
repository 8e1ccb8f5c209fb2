//! The patient's log over generated logs: stored text reads back losslessly, any text reads
//! as a log or a problem (never a panic), and the "time to get it checked" rule fires exactly
//! when the source's condition holds, checked against the condition written out plainly (with
//! averages as fractions) rather than the core's arithmetic. Host only (proptest never enters
//! the wasm build).
#![cfg(not(target_arch = "wasm32"))]

use knee_core::calendar::Day;
use knee_core::progress::{
    self, Entry, KneeSign, Log, LogProblem, Pain, Sign, IMPROVED_BY, PAIN_UP_BY, REGULAR_PER_WEEK,
    SEVERE_PAIN, SIGN_KEPT_DAYS, STOPS_FOR_A_SIGN, WINDOW_DAYS, WORSE_BY,
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
        proptest::option::weighted(0.08, proptest::sample::select(StopReason::ALL)),
        proptest::option::of(0u8..=10),
        proptest::option::weighted(0.3, 0u8..=10),
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
    vec(an_entry(TODAY - 50), 0..30).prop_map(Log::new)
}

/// The average score before sessions of `knee` on days `from..=to`, as a fraction, if at
/// least `fewest` sessions have one.
fn average(sessions: &[&Entry], from: u16, to: u16, fewest: usize) -> Option<f64> {
    let scores: Vec<f64> = sessions
        .iter()
        .filter(|s| (from..=to).contains(&s.day.0))
        .filter_map(|s| s.pain_before.map(|p| f64::from(p.score())))
        .collect();
    (scores.len() >= fewest.max(1)).then(|| scores.iter().sum::<f64>() / scores.len() as f64)
}

/// The rule written out plainly for one knee, as the review page states it.
fn expected_sign(log: &Log, knee: Knee, today: u16) -> Option<Sign> {
    let sessions: Vec<&Entry> = log
        .entries()
        .iter()
        .filter(|s| s.knee == knee && s.day.0 <= today)
        .collect();
    let last = sessions.last()?.day.0;
    if today - last >= SIGN_KEPT_DAYS {
        return None;
    }
    let window: Vec<&Entry> = sessions
        .iter()
        .copied()
        .filter(|s| s.day.0 + WINDOW_DAYS > last)
        .collect();
    let severe = window.iter().any(|s| {
        [s.pain_before, s.pain_after]
            .iter()
            .flatten()
            .any(|p| p.score() >= SEVERE_PAIN)
    });
    let numbness = window
        .iter()
        .any(|s| s.stopped == Some(StopReason::NumbnessOrTingling));
    let for_pain = |s: &Entry| matches!(s.stopped, Some(r) if r != StopReason::NumbnessOrTingling);
    let pain_stops = window.iter().filter(|s| for_pain(s)).count();
    let n = sessions.len();
    let last_two_for_pain = n >= 2 && for_pain(sessions[n - 1]) && for_pain(sessions[n - 2]);
    let rises: Vec<i16> = window
        .iter()
        .filter_map(|s| Some(i16::from(s.pain_after?.score()) - i16::from(s.pain_before?.score())))
        .collect();
    let higher_after = rises.iter().any(|&r| r >= i16::from(PAIN_UP_BY))
        || (rises.len() >= 2 && rises[rises.len() - 1] > 0 && rises[rises.len() - 2] > 0);
    let later = |fewest| average(&window, last.saturating_sub(6), last, fewest);
    let earlier = |fewest| {
        average(
            &window,
            last.saturating_sub(13),
            last.saturating_sub(7),
            fewest,
        )
    };
    if severe {
        Some(Sign::SeverePain)
    } else if numbness {
        Some(Sign::StoppedForNumbness)
    } else if pain_stops >= STOPS_FOR_A_SIGN || last_two_for_pain {
        Some(Sign::StoppedTwice)
    } else if higher_after {
        Some(Sign::PainHigherAfter)
    } else if matches!((earlier(1), later(1)), (Some(e), Some(l)) if l >= e + f64::from(WORSE_BY) - 1e-9)
    {
        Some(Sign::PainWorsening)
    } else if matches!(
        (earlier(REGULAR_PER_WEEK), later(REGULAR_PER_WEEK)),
        (Some(e), Some(l)) if l > e - f64::from(IMPROVED_BY) + 1e-9 && l > 0.0
    ) {
        Some(Sign::PainNotImproving)
    } else {
        None
    }
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
    fn the_rule_fires_exactly_when_the_source_condition_holds(log in a_log(), after in 0u16..40) {
        let today = TODAY + after;
        let found = progress::signs(&log, Day(today));
        for knee in [Knee::Left, Knee::Right] {
            let sign = found.iter().find(|k| k.knee == knee).map(|k| k.sign);
            prop_assert_eq!(sign, expected_sign(&log, knee, today), "{:?}", knee);
        }
        // The more urgent time frame first.
        prop_assert!(found.windows(2).all(|w| w[0].sign.time_frame() <= w[1].sign.time_frame()));
    }

    #[test]
    fn sessions_after_today_never_count(log in a_log()) {
        let today = Day(TODAY);
        let past = Log::new(log.entries().iter().filter(|s| s.day.0 <= TODAY).cloned().collect());
        prop_assert_eq!(progress::finished_this_week(&log, today), progress::finished_this_week(&past, today));
        prop_assert_eq!(progress::signs(&log, today), progress::signs(&past, today));
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
        let found: Vec<KneeSign> = progress::signs(&log, Day(TODAY));
        seen.insert(found.first().map(|k| k.sign));
        seen.extend(found.iter().map(|k| Some(k.sign)));
    }
    assert_eq!(seen.len(), Sign::ALL.len() + 1, "{seen:?}");
}
