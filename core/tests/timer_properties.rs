//! Property tests of the timer: 10,000 random routines, each driven by up to 40 inputs with
//! gaps from 0 to 60 minutes, pauses, skips, backs, stops, and a clock that sometimes goes
//! backwards. Host only (proptest never enters the wasm build).
#![cfg(not(target_arch = "wasm32"))]

use knee_core::timer::{CueKind, Input, Millis, Phase, Session, StopReason, MORE_TIME};
use proptest::collection::vec;
use proptest::prelude::*;

fn input() -> impl Strategy<Value = Option<Input>> {
    prop_oneof![
        2 => Just(None),
        2 => Just(Some(Input::Start)),
        2 => Just(Some(Input::Pause)),
        2 => Just(Some(Input::Resume)),
        2 => Just(Some(Input::TogglePause)),
        2 => Just(Some(Input::Skip)),
        2 => Just(Some(Input::Back)),
        // A no-op here unless a test gives the steps room to grow (`with_longest`).
        1 => Just(Some(Input::MoreTime)),
        1 => Just(Some(Input::Stop(StopReason::SharpOrIncreasingPain))),
        1 => Just(Some(Input::Stop(StopReason::PainOnMcl))),
    ]
}

fn gap() -> impl Strategy<Value = i64> {
    prop_oneof![
        3 => 0i64..5_000,
        3 => 0i64..=3_600_000,      // up to 60 minutes: a hidden tab, a sleeping tablet
        1 => -300_000i64..0,        // the clock goes backwards
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    #[test]
    fn the_timer_keeps_its_invariants(
        lengths in vec(0u64..=600_000, 1..9),
        ops in vec((gap(), input()), 1..40),
    ) {
        let mut session = Session::new(lengths.iter().copied());
        // The plan's total equals the sum of its steps.
        prop_assert_eq!(session.total(), lengths.iter().sum::<Millis>());

        let mut now: i64 = 1_000_000;
        // The latest time the session has seen (a new session has seen none).
        let mut latest: Millis = 0;
        // Running time as a separate model: wall time that passed while running.
        let mut model_running: Millis = 0;
        let mut phase = session.view(0).phase;
        let mut ended: Option<(Phase, usize, Millis)> = None;

        for (gap, input) in ops {
            now = (now + gap).max(0);
            let effective = (now as Millis).max(latest);
            if phase == Phase::Running {
                model_running += effective - latest;
            }
            latest = effective;

            let changed = match input {
                Some(i) => Some(session.handle(i, now as Millis)),
                None => {
                    session.observe(now as Millis);
                    None
                }
            };
            let view = session.view(now as Millis);

            prop_assert!(view.step < session.step_count());
            prop_assert!(view.remaining <= view.step_length);
            prop_assert!(view.position <= view.total);
            prop_assert_eq!(view.step_length, lengths[view.step]);

            if let Some((final_phase, step, position)) = ended {
                // Finished and stopped are final: nothing moves any more.
                prop_assert_eq!(view.phase, final_phase);
                prop_assert_eq!((view.step, view.position), (step, position));
                prop_assert_ne!(changed, Some(true));
            } else if view.phase.is_final() {
                ended = Some((view.phase, view.step, view.position));
            } else if matches!(view.phase, Phase::Running | Phase::Paused) {
                // Running time equals wall time minus paused time.
                prop_assert_eq!(view.running, model_running);
            }
            if view.phase == Phase::Finished {
                prop_assert_eq!(view.remaining, 0);
                prop_assert_eq!(view.position, view.total);
            }
            phase = view.phase;
        }
    }
}

fn input_with_check_ins() -> impl Strategy<Value = Option<Input>> {
    prop_oneof![
        6 => input(),
        2 => Just(Some(Input::FeltFine)),
        1 => Just(Some(Input::Confirm)),
        1 => Just(Some(Input::Decline)),
    ]
}

/// Where each step starts, from the routine's start.
fn starts(lengths: &[Millis]) -> Vec<Millis> {
    lengths
        .iter()
        .scan(0, |total, &l| {
            let start = *total;
            *total += l;
            Some(start)
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    /// With check-ins and confirmations: the timer holds exactly at the end of a check-in
    /// step and at the start of a step that needs confirming, a declined step is remembered
    /// as skipped, the time that runs never goes back and never exceeds the wall time since
    /// the start, and the view stays in bounds.
    #[test]
    fn holds_come_exactly_where_they_belong_and_time_stays_honest(
        steps in vec((0u64..=600_000, any::<bool>(), prop::bool::weighted(0.3)), 1..9),
        ops in vec((gap(), input_with_check_ins()), 1..40),
    ) {
        let asks: Vec<bool> = steps.iter().map(|s| s.1).collect();
        let confirms: Vec<bool> = steps.iter().map(|s| s.2).collect();
        let lengths: Vec<Millis> = steps.iter().map(|s| s.0).collect();
        let starts = starts(&lengths);
        let mut session = Session::new(lengths.iter().copied())
            .with_check_ins(|i| asks[i])
            .with_confirmations(|i| confirms[i]);
        let ends: Vec<Millis> = steps
            .iter()
            .scan(0, |total, s| {
                *total += s.0;
                Some(*total)
            })
            .collect();
        let mut now: i64 = 1_000_000;
        let mut latest: Millis = 0;
        let mut started: Option<Millis> = None;
        let mut last_running: Millis = 0;
        for (gap, input) in ops {
            now = (now + gap).max(0);
            latest = latest.max(now as Millis);
            let before = session.view(now as Millis).phase;
            match input {
                Some(i) => {
                    let changed = session.handle(i, now as Millis);
                    if let (Input::Decline, Phase::Confirm(step), true) = (i, before, changed) {
                        prop_assert!(session.was_skipped(step), "a declined step is not skipped");
                    }
                }
                None => session.observe(now as Millis),
            }
            let view = session.view(now as Millis);
            if started.is_none() && view.phase != Phase::Ready {
                started = Some(latest);
            }
            prop_assert!(view.step < session.step_count());
            prop_assert!(view.remaining <= view.step_length);
            prop_assert!(view.position <= view.total);
            if let Phase::CheckIn(step) = view.phase {
                prop_assert!(asks[step], "a check-in on a step without one");
                prop_assert_eq!(view.step, step);
                prop_assert_eq!(view.position, ends[step]);
                prop_assert_eq!(view.remaining, 0);
            }
            if let Phase::Confirm(step) = view.phase {
                prop_assert!(confirms[step], "a confirmation before a step without one");
                prop_assert_eq!(view.step, step);
                prop_assert_eq!(view.position, starts[step]);
                prop_assert_eq!(view.remaining, view.step_length);
            }
            prop_assert!(view.running >= last_running, "running time went back");
            if let Some(start) = started {
                prop_assert!(view.running <= latest - start, "more running than wall time");
            }
            last_running = view.running;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    /// Every cue the shell is given comes exactly when the timer says so, if nothing else
    /// happens: a count when that many seconds are left, a step's start when the view first
    /// shows that step, a check-in or the finish when the view first holds or ends. The cues
    /// are in time order and none is missing: each step end ahead has its cue.
    #[test]
    fn cues_fall_exactly_where_the_timer_changes(
        steps in vec((0u64..=120_000, any::<bool>(), prop::bool::weighted(0.3)), 1..9),
        ops in vec((0i64..200_000, input_with_check_ins()), 0..12),
    ) {
        let asks: Vec<bool> = steps.iter().map(|s| s.1).collect();
        let confirms: Vec<bool> = steps.iter().map(|s| s.2).collect();
        let mut session = Session::new(steps.iter().map(|s| s.0))
            .with_check_ins(|i| asks[i])
            .with_confirmations(|i| confirms[i]);
        let mut now: Millis = 1_000_000;
        session.handle(Input::Start, now);
        for (gap, input) in ops {
            now += gap as Millis;
            match input {
                Some(i) => {
                    session.handle(i, now);
                }
                None => session.observe(now),
            }
        }
        let cues = session.cues(now);
        let view = session.view(now);
        if view.phase != Phase::Running {
            prop_assert!(cues.is_empty());
        }
        let mut last = 0;
        for cue in &cues {
            prop_assert!(cue.after >= last, "cues out of order");
            last = cue.after;
            let at = session.view(now + cue.after);
            match cue.kind {
                CueKind::Count(n) => {
                    prop_assert_eq!(at.phase, Phase::Running);
                    prop_assert_eq!(at.remaining, Millis::from(n) * 1000);
                }
                CueKind::StepStarts(step) => {
                    prop_assert_eq!(at.phase, Phase::Running);
                    prop_assert_eq!((at.step, at.remaining), (step, at.step_length));
                    prop_assert!(at.step_length > 0);
                    if cue.after > 0 {
                        prop_assert!(session.view(now + cue.after - 1).step < step);
                    }
                }
                CueKind::CheckIn(step) => {
                    prop_assert_eq!(at.phase, Phase::CheckIn(step));
                    prop_assert_eq!(session.view(now + cue.after - 1).phase, Phase::Running);
                }
                CueKind::Confirm(step) => {
                    prop_assert_eq!(at.phase, Phase::Confirm(step));
                    prop_assert!(confirms[step]);
                    if cue.after > 0 {
                        prop_assert_eq!(session.view(now + cue.after - 1).phase, Phase::Running);
                    }
                }
                CueKind::Finished => {
                    prop_assert_eq!(at.phase, Phase::Finished);
                    prop_assert_ne!(session.view(now + cue.after - 1).phase, Phase::Finished);
                }
            }
        }
        if view.phase == Phase::Running {
            // The last cue is where the timer next holds or ends, and nothing runs on past it.
            let end = cues.last().expect("a running routine has cues ahead");
            prop_assert!(matches!(
                end.kind,
                CueKind::CheckIn(_) | CueKind::Confirm(_) | CueKind::Finished
            ));
            let after = session.view(now + end.after);
            prop_assert_ne!(after.phase, Phase::Running);
            // Every non-empty step that ends on the way has a cue at its end and a count of
            // three within it (where the step is that long and that moment is still ahead).
            let mut step_end = 0;
            for &(length, _, _) in &steps {
                step_end += length;
                let ahead = step_end > view.position && step_end <= view.position + end.after;
                if length == 0 || !ahead {
                    continue;
                }
                let at = step_end - view.position;
                prop_assert!(cues.iter().any(|c| c.after == at && !matches!(c.kind, CueKind::Count(_))));
                if length >= 3_000 && at >= 3_000 {
                    prop_assert!(cues.iter().any(|c| c.after == at - 3_000 && c.kind == CueKind::Count(3)));
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    /// "More time": it adds exactly what the view offered to the step under way (and to the
    /// total and the time left), never takes a step past its longest or below its own length,
    /// never changes the time that has run, and offers nothing outside a running or paused step.
    #[test]
    fn more_time_adds_what_it_offers_and_never_passes_the_longest(
        steps in vec((0u64..=120_000, 0u64..=60_000, any::<bool>()), 1..7),
        ops in vec((0i64..40_000, prop_oneof![3 => input_with_check_ins(), 2 => Just(Some(Input::MoreTime))]), 1..40),
    ) {
        let lengths: Vec<Millis> = steps.iter().map(|s| s.0).collect();
        let longest: Vec<Millis> = steps.iter().map(|s| s.0 + s.1).collect();
        let asks: Vec<bool> = steps.iter().map(|s| s.2).collect();
        let mut session = Session::new(lengths.iter().copied())
            .with_check_ins(|i| asks[i])
            .with_longest(longest.iter().copied());
        let mut now: Millis = 1_000_000;
        for (gap, input) in ops {
            now += gap as Millis;
            let before = session.view(now);
            let changed = match input {
                Some(i) => session.handle(i, now),
                None => {
                    session.observe(now);
                    false
                }
            };
            let view = session.view(now);
            prop_assert!(view.step_length >= lengths[view.step], "a step got shorter");
            prop_assert!(view.step_length <= longest[view.step], "a step passed its longest");
            prop_assert!(view.more_time <= MORE_TIME);
            if matches!(view.phase, Phase::Running | Phase::Paused) {
                prop_assert_eq!(view.more_time, MORE_TIME.min(longest[view.step] - view.step_length));
            } else {
                prop_assert_eq!(view.more_time, 0, "more time offered in {:?}", view.phase);
            }
            if input == Some(Input::MoreTime) {
                prop_assert_eq!(changed, before.more_time > 0);
                if changed {
                    prop_assert_eq!(view.total, before.total + before.more_time);
                    prop_assert_eq!(view.step, before.step);
                    prop_assert_eq!(view.remaining, before.remaining + before.more_time);
                    prop_assert_eq!(view.running, before.running);
                }
            }
        }
    }
}
