//! The screening over every combination of risk answers, proved in two parts that together
//! stay well under a minute on a 2-core machine:
//!
//! 1. **Every yes/no pattern of all the risks** (2^27 with 27 risk questions), once without
//!    and once with a clinician's clearance: the tier, the reasons and their order, the
//!    changes, and monotonicity (one more yes never relaxes the result). Each flagged answer is
//!    given as "Yes" or "Not sure" by a fixed scramble of the pattern, and a missing clearance
//!    as "No" or "Not sure", so both forms meet every other answer somewhere in the sweep. The
//!    patterns are walked in Gray-code order (one answer changes per step) and checked on bit
//!    masks, so the sweep spends its time in `evaluate`, not in building answers.
//! 2. **Every yes / no / not sure answer within each rule class** (the risks of one time frame
//!    tier: urgent, never lifted, lifted by clearance; 3^11 at most), with the other classes all
//!    no, all yes or all not sure, and the clearance yes, no or not sure: the outcome is exactly
//!    the outcome of the same answers with every "not sure" read as yes. So "not sure" is yes
//!    in every mix, not only in the scrambled ones of part 1.
//!
//! Part 1 proves the rules over every pattern of risks; part 2 proves that the answer form
//! (yes or not sure) never matters, class by class. The rules written out here are the issue's
//! table, independently of `Question::kind`: a story test (`screening_stories.rs`) pins which
//! question is in which class.
//!
//! Run with `cargo test -p knee-core --test screening_exhaustive -- --nocapture` to see counts.

use knee_core::screening::{evaluate, Answers, Change, Choice, Outcome, Question, Tier};
use std::sync::atomic::{AtomicU64, Ordering};

fn risks() -> Vec<Question> {
    Question::ALL
        .iter()
        .copied()
        .filter(|q| q.is_risk())
        .collect()
}

/// The bit of each question in a pattern (its position among the risks), by question index;
/// a preference has none.
fn bits(risks: &[Question]) -> [Option<u32>; Question::COUNT] {
    let mut bits = [None; Question::COUNT];
    for (bit, &q) in risks.iter().enumerate() {
        bits[q as usize] = Some(bit as u32);
    }
    bits
}

/// The pattern of a list of questions; a preference in it is a bug.
fn pattern_of(bits: &[Option<u32>; Question::COUNT], qs: &[Question]) -> u32 {
    qs.iter().fold(0, |m, &q| {
        m | 1 << bits[q as usize].expect("only risks are reasons or lifted")
    })
}

/// The rule classes as bit masks over `risks`.
#[derive(Clone, Copy)]
struct Classes {
    urgent: u32,
    lifted_by_clearance: u32,
}

impl Classes {
    fn of(risks: &[Question]) -> Classes {
        let mut c = Classes {
            urgent: 0,
            lifted_by_clearance: 0,
        };
        for (bit, q) in risks.iter().enumerate() {
            if q.tier() == Some(Tier::GetHelpToday) {
                c.urgent |= 1 << bit;
            }
            if q.cleared_by_clinician() {
                c.lifted_by_clearance |= 1 << bit;
            }
        }
        c
    }
}

/// The answer that flags a risk when it is switched on: "Yes" or "Not sure" by a fixed
/// scramble of the pattern and the bit, so both forms meet every other answer in the sweep.
fn flagging_answer(mask: u32, bit: u32) -> Choice {
    let scramble = mask.wrapping_mul(0x9E37_79B1).rotate_left(7) ^ (mask >> 3);
    if scramble >> bit & 1 == 0 {
        Choice::Yes
    } else {
        Choice::NotSure
    }
}

/// Answers with the risks in `mask` flagged, the others no.
fn answers_for(risks: &[Question], mask: u32, cleared: Choice) -> Answers {
    let mut a = Answers::default();
    for (bit, &q) in risks.iter().enumerate() {
        let choice = if mask >> bit & 1 == 0 {
            Choice::No
        } else {
            flagging_answer(mask, bit as u32)
        };
        a.set(q, choice)
            .expect("risk questions offer yes, no and not sure");
    }
    a.set(Question::WhichKnee, Choice::Left).unwrap();
    a.set(Question::ClinicianCleared, cleared).unwrap();
    a.set(Question::MclGuidance, Choice::Yes).unwrap();
    a.set(Question::FoamRoller, Choice::Yes).unwrap();
    a.set(Question::MassageBall, Choice::No).unwrap();
    a
}

/// The i-th pattern in Gray-code order: each differs from the one before in a single answer,
/// so the sweep changes one answer per step instead of building every answer set anew.
const fn gray(i: u32) -> u32 {
    i ^ (i >> 1)
}

/// Checks one outcome against the rules, on bit masks; panics with the pattern if it breaks one.
fn check(
    bits: &[Option<u32>; Question::COUNT],
    c: Classes,
    mask: u32,
    cleared: bool,
    outcome: &Outcome,
) {
    let lifted = if cleared {
        mask & c.lifted_by_clearance
    } else {
        0
    };
    let blocking = mask & !lifted;
    // Tier 1 exactly when an urgent answer is given, whatever else was said.
    assert_eq!(
        outcome.tier == Tier::GetHelpToday,
        mask & c.urgent != 0,
        "pattern {mask:#x}"
    );
    // Every risk blocks, unless clearance lifts every one of them.
    assert_eq!(
        outcome.tier.allows_routine(),
        blocking == 0,
        "pattern {mask:#x}"
    );
    if outcome.tier.allows_routine() {
        assert!(outcome.reasons.is_empty(), "pattern {mask:#x}");
        // Guidance is yes, so only lifted risks can change the routine.
        match outcome.changes.as_slice() {
            [] => assert!(lifted == 0 && outcome.tier == Tier::GoAhead),
            [Change::GentleAfterClearance(qs)] => {
                let shown = pattern_of(bits, qs);
                assert_eq!(shown, lifted, "pattern {mask:#x}");
                assert_eq!(qs.len() as u32, lifted.count_ones());
                assert_eq!(outcome.tier, Tier::GoAheadWithChanges);
            }
            other => panic!("pattern {mask:#x}: unexpected changes {other:?}"),
        }
    } else {
        // The reasons are exactly the blocking answers, once each, most urgent time frame first.
        let shown = pattern_of(bits, &outcome.reasons);
        assert_eq!(shown, blocking, "pattern {mask:#x}");
        assert_eq!(outcome.reasons.len() as u32, blocking.count_ones());
        assert!(
            outcome
                .reasons
                .windows(2)
                .all(|w| w[0].time_frame() <= w[1].time_frame()),
            "pattern {mask:#x}: reasons out of order"
        );
        assert!(outcome.changes.is_empty());
        // A clot answer always comes with the emergency line.
        if outcome.reasons.iter().any(|q| q.is_about_a_clot()) {
            assert!(outcome.shows_emergency_line());
        }
    }
}

const fn tier_code(t: Tier) -> u8 {
    t as u8
}

/// Evaluates every pattern on all cores, checking each outcome; returns the tier of each
/// pattern (indexed by the pattern itself).
fn sweep(risks: &[Question], cleared: bool, counter: &AtomicU64) -> Vec<u8> {
    let classes = Classes::of(risks);
    let bits = &bits(risks);
    let total = 1u32 << risks.len();
    // A power of two, so each thread's run of Gray-code steps fills one block of patterns.
    let cores = std::thread::available_parallelism().map_or(2, |p| p.get()) as u32;
    let threads = 1u32 << cores.ilog2().min(4);
    let block = total / threads;
    let mut tiers = vec![0u8; total as usize];
    let mut blocks: Vec<Option<&mut [u8]>> = tiers.chunks_mut(block as usize).map(Some).collect();
    std::thread::scope(|scope| {
        for t in 0..threads {
            // Gray-code steps t*block .. (t+1)*block visit exactly the patterns of block gray(t).
            let out = blocks[gray(t) as usize].take().expect("each block once");
            let base = gray(t) * block;
            scope.spawn(move || {
                let clearance = |mask: u32| match (cleared, mask.count_ones() & 1) {
                    (true, _) => Choice::Yes,
                    // An unsure clearance counts as none: half the patterns use it.
                    (false, 0) => Choice::No,
                    (false, _) => Choice::NotSure,
                };
                let first = gray(t * block);
                let mut answers = answers_for(risks, first, clearance(first));
                for step in t * block..(t + 1) * block {
                    let mask = gray(step);
                    if step != t * block {
                        let bit = (mask ^ gray(step - 1)).trailing_zeros();
                        let choice = if mask >> bit & 1 == 0 {
                            Choice::No
                        } else {
                            flagging_answer(mask, bit)
                        };
                        answers.set(risks[bit as usize], choice).unwrap();
                        answers
                            .set(Question::ClinicianCleared, clearance(mask))
                            .unwrap();
                    }
                    let outcome = evaluate(&answers);
                    check(bits, classes, mask, cleared, &outcome);
                    out[(mask - base) as usize] = tier_code(outcome.tier);
                }
                counter.fetch_add(u64::from(block), Ordering::Relaxed);
            });
        }
    });
    tiers
}

/// Turning any single risk from no to yes never gives a less cautious tier. For each bit, the
/// patterns with it set sit in blocks right after the same patterns without it.
fn assert_monotonic(tiers: &[u8], bits: usize) {
    for bit in 0..bits {
        let half = 1usize << bit;
        for block in tiers.chunks_exact(2 * half) {
            let (without, with) = block.split_at(half);
            let ok = without.iter().zip(with).all(|(w, x)| x <= w);
            assert!(ok, "adding risk bit {bit} lowered the caution somewhere");
        }
    }
}

#[test]
fn every_pattern_of_risk_answers_follows_the_rules() {
    let counter = AtomicU64::new(0);
    let risks = risks();
    assert_eq!(
        risks.len(),
        27,
        "the risk questions changed: update the story tests too"
    );
    let started = std::time::Instant::now();
    let mut by_clearance = Vec::new();
    for cleared in [false, true] {
        let tiers = sweep(&risks, cleared, &counter);
        assert_monotonic(&tiers, risks.len());
        // No risk at all always proceeds.
        assert_eq!(tiers[0], tier_code(Tier::GoAhead));
        by_clearance.push(tiers);
    }
    // A clearance never makes a result more cautious.
    assert!(by_clearance[1]
        .iter()
        .zip(&by_clearance[0])
        .all(|(with, without)| with >= without));
    println!(
        "screening: {} risk-pattern combinations evaluated in {:.1} s",
        counter.load(Ordering::Relaxed),
        started.elapsed().as_secs_f64()
    );
}

/// Every yes / no / not sure mix of `class`, with the other risks all given `rest`.
fn mixes_within(class: &[Question], others: &[Question], rest: Choice) -> Vec<Answers> {
    let n = class.len() as u32;
    let mut out = Vec::with_capacity(3usize.pow(n));
    for mut code in 0..3u32.pow(n) {
        let mut a = Answers::default();
        for &q in class {
            let choice = [Choice::No, Choice::Yes, Choice::NotSure][(code % 3) as usize];
            code /= 3;
            a.set(q, choice).unwrap();
        }
        for &q in others {
            a.set(q, rest).unwrap();
        }
        out.push(a);
    }
    out
}

/// The same answers with every "not sure" read as yes (and an unsure clearance as no).
fn read_not_sure_as_yes(a: &Answers) -> Answers {
    let mut plain = a.clone();
    for &q in Question::ALL {
        match (a.get(q), q.is_risk()) {
            (Some(Choice::NotSure), true) => plain.set(q, Choice::Yes).unwrap(),
            (Some(Choice::NotSure), false) => plain.set(q, Choice::No).unwrap(),
            _ => {}
        }
    }
    plain
}

#[test]
fn within_each_rule_class_not_sure_is_yes_in_every_mix() {
    let risks = risks();
    let classes: [Vec<Question>; 3] = [
        risks
            .iter()
            .copied()
            .filter(|q| q.tier() == Some(Tier::GetHelpToday))
            .collect(),
        risks
            .iter()
            .copied()
            .filter(|q| q.tier() == Some(Tier::SeeClinician) && !q.cleared_by_clinician())
            .collect(),
        risks
            .iter()
            .copied()
            .filter(|q| q.cleared_by_clinician())
            .collect(),
    ];
    assert_eq!(
        classes.iter().map(Vec::len).sum::<usize>(),
        risks.len(),
        "the classes split the risks"
    );
    let mut count = 0u64;
    for class in &classes {
        let others: Vec<Question> = risks
            .iter()
            .copied()
            .filter(|q| !class.contains(q))
            .collect();
        for rest in [Choice::No, Choice::Yes, Choice::NotSure] {
            for base in mixes_within(class, &others, rest) {
                for cleared in [Choice::No, Choice::Yes, Choice::NotSure] {
                    for guidance in [Choice::Yes, Choice::NotSure] {
                        let mut a = base.clone();
                        a.set(Question::ClinicianCleared, cleared).unwrap();
                        a.set(Question::MclGuidance, guidance).unwrap();
                        let outcome = evaluate(&a);
                        assert_eq!(
                            outcome,
                            evaluate(&read_not_sure_as_yes(&a)),
                            "not sure differs from yes: {a:?}"
                        );
                        count += 1;
                    }
                }
            }
        }
    }
    println!("screening: {count} within-class combinations evaluated");
}

#[test]
fn every_combination_of_preferences_shapes_only_the_routine() {
    let risks = risks();
    // Risk patterns: none, each single risk, and every mix of the risks clearance can lift.
    let mut patterns: Vec<Vec<Question>> = vec![vec![]];
    patterns.extend(risks.iter().map(|&q| vec![q]));
    let liftable: Vec<Question> = risks
        .iter()
        .copied()
        .filter(|&q| q.cleared_by_clinician())
        .collect();
    for mask in 1u32..(1 << liftable.len()) {
        patterns.push(
            liftable
                .iter()
                .enumerate()
                .filter(|(b, _)| mask & (1 << b) != 0)
                .map(|(_, &q)| q)
                .collect(),
        );
    }
    let mut count = 0u64;
    for pattern in &patterns {
        for knee in [Choice::Left, Choice::Right] {
            for cleared in [Choice::Yes, Choice::No, Choice::NotSure] {
                for guidance in [Choice::Yes, Choice::No, Choice::NotSure] {
                    for roller in [Choice::Yes, Choice::No] {
                        for ball in [Choice::Yes, Choice::No] {
                            let mut a = Answers::default();
                            for &q in &risks {
                                let c = if pattern.contains(&q) {
                                    Choice::Yes
                                } else {
                                    Choice::No
                                };
                                a.set(q, c).unwrap();
                            }
                            a.set(Question::WhichKnee, knee).unwrap();
                            a.set(Question::ClinicianCleared, cleared).unwrap();
                            a.set(Question::MclGuidance, guidance).unwrap();
                            a.set(Question::FoamRoller, roller).unwrap();
                            a.set(Question::MassageBall, ball).unwrap();
                            let outcome = evaluate(&a);
                            count += 1;

                            // Tools never change the outcome.
                            let mut other_tools = a.clone();
                            other_tools.set(Question::FoamRoller, Choice::No).unwrap();
                            other_tools.set(Question::MassageBall, Choice::No).unwrap();
                            assert_eq!(evaluate(&other_tools), outcome);

                            // The MCL step only with guidance and no doubt about the MCL.
                            let mcl_doubt = pattern.contains(&Question::PossibleMclInjury);
                            assert_eq!(
                                outcome.allows_mcl_step(),
                                outcome.tier.allows_routine()
                                    && guidance == Choice::Yes
                                    && !mcl_doubt
                            );
                            if outcome.tier.allows_routine() && guidance != Choice::Yes {
                                assert!(outcome.changes.contains(&Change::NoMclStep));
                                assert_eq!(outcome.tier, Tier::GoAheadWithChanges);
                            }
                            // Clearance that lifted a risk says so, as a change.
                            if outcome.tier.allows_routine() && !pattern.is_empty() {
                                assert!(outcome.changes.iter().any(|c| matches!(
                                    c,
                                    Change::GentleAfterClearance(q) if q == pattern
                                )));
                            }
                        }
                    }
                }
            }
        }
    }
    println!("screening: {count} preference combinations evaluated");
}
