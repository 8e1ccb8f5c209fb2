//! The screening over every combination of risk answers: 2^24 yes/no combinations, each with
//! and without a clinician's clearance, and again with "not sure" in place of yes; then every
//! combination of the preference answers over a set of risk patterns.
//!
//! Run with `cargo test -p knee-core --test screening_exhaustive -- --nocapture` to see counts.

use knee_core::screening::{evaluate, Answers, Change, Choice, Kind, Question, Tier};
use std::sync::atomic::{AtomicU64, Ordering};

fn risks() -> Vec<Question> {
    Question::ALL
        .iter()
        .copied()
        .filter(|q| q.is_risk())
        .collect()
}

fn is_urgent(q: Question) -> bool {
    matches!(
        q.kind(),
        Kind::Risk {
            tier: Tier::GetHelpToday,
            ..
        }
    )
}

fn clearance_lifts(q: Question) -> bool {
    matches!(
        q.kind(),
        Kind::Risk {
            cleared_by_clinician: true,
            ..
        }
    )
}

/// Answers with the risks in `mask` given as `positive` (Yes or NotSure), the others No.
fn answers_for(risks: &[Question], mask: u32, positive: Choice, cleared: Choice) -> Answers {
    let mut a = Answers::default();
    for (bit, &q) in risks.iter().enumerate() {
        let choice = if mask & (1 << bit) != 0 {
            positive
        } else {
            Choice::No
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

const fn tier_code(t: Tier) -> u8 {
    t as u8
}

/// Evaluates every mask in parallel, checking each outcome against the rules written out
/// here; returns the tier of each mask.
fn sweep(positive: Choice, cleared: Choice, counter: &AtomicU64) -> Vec<u8> {
    let risks = risks();
    let n = risks.len();
    let total = 1u32 << n;
    let threads = std::thread::available_parallelism().map_or(2, |p| p.get()) as u32;
    let chunk = total.div_ceil(threads);
    let mut tiers = vec![0u8; total as usize];
    std::thread::scope(|scope| {
        for (i, slice) in tiers.chunks_mut(chunk as usize).enumerate() {
            let risks = &risks;
            scope.spawn(move || {
                let start = i as u32 * chunk;
                for (offset, slot) in slice.iter_mut().enumerate() {
                    let mask = start + offset as u32;
                    let outcome = evaluate(&answers_for(risks, mask, positive, cleared));
                    check(risks, mask, cleared == Choice::Yes, &outcome);
                    *slot = tier_code(outcome.tier);
                }
                counter.fetch_add(slice.len() as u64, Ordering::Relaxed);
            });
        }
    });
    tiers
}

fn check(risks: &[Question], mask: u32, cleared: bool, outcome: &knee_core::screening::Outcome) {
    let flagged: Vec<Question> = risks
        .iter()
        .enumerate()
        .filter(|(bit, _)| mask & (1 << bit) != 0)
        .map(|(_, &q)| q)
        .collect();
    let any_urgent = flagged.iter().any(|&q| is_urgent(q));
    let not_lifted: Vec<Question> = flagged
        .iter()
        .copied()
        .filter(|&q| !(cleared && clearance_lifts(q)))
        .collect();

    // Tier 1 for any urgent answer, whatever else was said.
    assert_eq!(
        outcome.tier == Tier::GetHelpToday,
        any_urgent,
        "mask {mask:#x}"
    );
    // The routine is blocked by any risk, unless clearance lifts every one of them.
    assert_eq!(
        outcome.tier.allows_routine(),
        not_lifted.is_empty(),
        "mask {mask:#x}"
    );
    if outcome.tier.allows_routine() {
        assert!(outcome.reasons.is_empty());
        let lifted = flagged.len();
        assert_eq!(
            outcome.tier == Tier::GoAhead,
            lifted == 0,
            "guidance is yes, so only lifted risks can change the routine; mask {mask:#x}"
        );
    } else {
        // The reasons are exactly the answers that block, urgent ones first.
        let mut reasons = outcome.reasons.clone();
        reasons.sort();
        let mut expected = not_lifted.clone();
        expected.sort();
        assert_eq!(reasons, expected, "mask {mask:#x}");
        let first_non_urgent = outcome.reasons.iter().position(|&q| !is_urgent(q));
        if let Some(i) = first_non_urgent {
            assert!(outcome.reasons[i..].iter().all(|&q| !is_urgent(q)));
        }
        assert!(outcome.changes.is_empty());
    }
}

/// Turning any single risk from no to yes never gives a less cautious tier.
fn assert_monotonic(tiers: &[u8], bits: usize) {
    for mask in 0..tiers.len() {
        for bit in 0..bits {
            let with = mask | (1 << bit);
            if with != mask {
                assert!(
                    tiers[with] <= tiers[mask],
                    "adding risk bit {bit} to {mask:#x} lowered the caution"
                );
            }
        }
    }
}

#[test]
fn every_combination_of_risk_answers_follows_the_rules() {
    let counter = AtomicU64::new(0);
    let bits = risks().len();
    assert_eq!(
        bits, 24,
        "the risk questions changed: update the story tests too"
    );
    let mut without_clearance = Vec::new();
    for cleared in [Choice::No, Choice::Yes] {
        let yes = sweep(Choice::Yes, cleared, &counter);
        assert_monotonic(&yes, bits);
        // "Not sure" is yes: the same tiers for every combination.
        let not_sure = sweep(Choice::NotSure, cleared, &counter);
        assert!(
            yes == not_sure,
            "not sure differs from yes (clearance {cleared:?})"
        );
        // No risk at all always proceeds.
        assert!(yes[0] == tier_code(Tier::GoAhead));
        if cleared == Choice::No {
            without_clearance = yes;
        }
    }
    // A clearance the patient is not sure of counts as none.
    let unsure_clearance = sweep(Choice::Yes, Choice::NotSure, &counter);
    assert!(unsure_clearance == without_clearance);
    println!(
        "screening: {} risk-answer combinations evaluated",
        counter.load(Ordering::Relaxed)
    );
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
        .filter(|&q| clearance_lifts(q))
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
