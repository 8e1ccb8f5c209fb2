//! The patient's log over generated logs: stored text reads back losslessly, any text reads
//! as a log or a problem (never a panic), and the "time to get it checked" rule fires exactly
//! when the source's condition holds, checked against the condition written out plainly (with
//! averages as fractions) rather than the core's arithmetic. Host only (proptest never enters
//! the wasm build).
#![cfg(not(target_arch = "wasm32"))]

use knee_core::calendar::Day;
use knee_core::json;
use knee_core::progress::{
    self, Entry, KneeSign, Log, LogProblem, Pain, Sign, IMPROVED_BY, PAIN_UP_BY, REGULAR_PER_WEEK,
    SEVERE_PAIN, SIGN_KEPT_DAYS, STOPS_FOR_A_SIGN, WINDOW_DAYS, WORSE_BY,
};
use knee_core::screening::Knee;
use knee_core::timer::StopReason;
use proptest::collection::vec;
use proptest::prelude::*;
use serde::Serialize;

const TODAY: u16 = 3_000;

/// The stored log as JSON text.
fn write(log: &Log) -> String {
    progress::to_stored(log)
}

fn read(text: &str) -> Result<Log, LogProblem> {
    progress::read_stored(text)
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

/// Any JSON value, its numbers whole or not, its strings any text.
fn a_json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value as J;
    let leaf = prop_oneof![
        Just(J::Null),
        any::<bool>().prop_map(J::Bool),
        any::<u64>().prop_map(J::from),
        any::<i64>().prop_map(J::from),
        (-1e6f64..1e6).prop_map(J::from),
        ".{0,12}".prop_map(J::String),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..6).prop_map(J::Array),
            proptest::collection::btree_map(".{0,6}", inner, 0..6)
                .prop_map(|m| J::Object(m.into_iter().collect())),
        ]
    })
}

/// JSON text with each non-ASCII character as a `\u` escape (a pair of them beyond U+FFFF):
/// such characters are only ever inside strings.
fn ascii_escaped(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            for unit in c.encode_utf16(&mut [0; 2]) {
                out.push_str(&format!("\\u{unit:04X}"));
            }
        }
    }
    out
}

/// serde_json's value as ours: whole numbers from 0 up are `Whole`, other numbers `OtherNumber`.
fn ours(value: &serde_json::Value) -> json::Value {
    use serde_json::Value as J;
    match value {
        J::Null => json::Value::Null,
        J::Bool(b) => json::Value::Bool(*b),
        J::Number(n) => match (n.as_u64(), n.as_f64()) {
            (Some(whole), _) => json::Value::Whole(whole),
            // serde_json writes a whole f64 as `3.0`: a whole number, as the browser reads it.
            (None, Some(f)) if f >= 0.0 && f.is_sign_positive() && f.fract() == 0.0 => {
                json::Value::Whole(f as u64)
            }
            _ => json::Value::OtherNumber,
        },
        J::String(s) => json::Value::Text(s.clone()),
        J::Array(items) => json::Value::List(items.iter().map(ours).collect()),
        J::Object(members) => {
            json::Value::Object(members.iter().map(|(k, v)| (k.clone(), ours(v))).collect())
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn a_log_reads_back_as_written(log in a_log()) {
        let text = write(&log);
        prop_assert_eq!(read(&text), Ok(log));
    }

    /// The stored text is JSON to another reader (serde_json); the same record written by
    /// that reader, its members in another order, compact or laid out on lines, reads as the
    /// same log.
    #[test]
    fn the_stored_text_is_json_any_reader_agrees_on(log in a_log()) {
        let theirs: serde_json::Value = serde_json::from_str(&write(&log)).unwrap();
        prop_assert_eq!(read(&serde_json::to_string(&theirs).unwrap()), Ok(log.clone()));
        prop_assert_eq!(read(&serde_json::to_string_pretty(&theirs).unwrap()), Ok(log));
    }

    /// Any JSON that serde_json writes, our reader reads as the same value; and any text near
    /// it is JSON to both readers or to neither.
    #[test]
    fn the_json_reader_agrees_with_serde_json(
        value in a_json_value(),
        at in any::<prop::sample::Index>(),
        change in r#"[\[\]{}:,"0-9.eE+\- \\u]?"#,
        cut in any::<bool>(),
    ) {
        let text = serde_json::to_string(&value).unwrap();
        // Near-JSON: the same text with a character put in, or one taken out or changed.
        let mut junk: Vec<char> = text.chars().collect();
        let i = at.index(junk.len() + 1);
        if cut && i < junk.len() {
            junk.remove(i);
        }
        junk.splice(i..i, change.chars());
        let junk: String = junk.into_iter().collect();
        prop_assert_eq!(json::parse(&text), Some(ours(&value)));
        // Laid out with every kind of JSON space, and with each non-ASCII character escaped.
        let mut spaced = Vec::new();
        let layout = serde_json::ser::PrettyFormatter::with_indent(b"\t \r");
        value.serialize(&mut serde_json::Serializer::with_formatter(&mut spaced, layout)).unwrap();
        let spaced = String::from_utf8(spaced).unwrap();
        prop_assert_eq!(json::parse(&spaced), Some(ours(&value)));
        prop_assert_eq!(json::parse(&ascii_escaped(&text)), Some(ours(&value)));
        let theirs = serde_json::from_str::<serde_json::Value>(&junk);
        // A number too large for an f64 is JSON (the browser reads it as Infinity); serde_json
        // alone refuses it.
        if let Err(e) = &theirs {
            prop_assume!(!e.to_string().contains("number out of range"));
        }
        prop_assert_eq!(json::parse(&junk).is_some(), theirs.is_ok(), "{:?}", junk);
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
