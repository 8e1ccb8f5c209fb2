//! The screening over every combination of answers that can matter, proved in four parts that
//! together stay well under a minute on a 2-core machine.
//!
//! With 50-odd safety questions, 2^50 patterns cannot be walked one by one. But `evaluate`
//! treats two questions alike when they have the same rule (the same kind: time frame, whether
//! a clearance lifts it and what it then changes, or a precaution's changes) and the same place
//! among the follow-ups. So:
//!
//! 1. **Every yes/no pattern of one representative of every rule class** (each distinct rule,
//!    as a question asked always and as a follow-up, with the gateways those follow-ups hang
//!    from), once without and once with a clearance: the tier, the reasons and their order,
//!    the changes, "go now" exactly when a go-now answer counts, and monotonicity (one more yes
//!    never relaxes the result). A follow-up whose gateway is no is not asked and must count as
//!    no. Each flagged answer is "Yes" or "Not sure" by a fixed scramble of the pattern.
//! 2. **Every question in place of its class's representative**, over every pattern of its
//!    gateway and a sample of 4,096 patterns of the other representatives: the same rules.
//!    So parts 1 and 2 cover every question in every class mix of part 1.
//! 3. **A million random whole answer sets** (every question answered with any answer it
//!    offers, or left unanswered), each checked against the rules and against one more "yes".
//! 4. **Every yes / no / not sure answer within each rule class** of the always-asked risks,
//!    with the rest all no, all yes or all not sure: "not sure" is "yes" in every mix.
//!
//! The rules are written out here on bit masks, from the rule table (`Question::kind`,
//! `Question::gateway`); the story tests (`screening_stories.rs`) pin which question has which
//! rule, as the tables say.
//!
//! Run with `cargo test -p knee-core --test screening_exhaustive -- --nocapture` to see counts.

use knee_core::screening::{
    evaluate, Answers, Change, Choice, Kind, Limits, Outcome, Question, Tier,
};
use knee_core::testing::AnswersBuilder;
use std::sync::atomic::{AtomicU64, Ordering};

/// The safety questions: everything but the preferences.
fn safety() -> Vec<Question> {
    Question::ALL
        .iter()
        .copied()
        .filter(|q| !q.is_preference())
        .collect()
}

/// What makes two questions alike for `evaluate`: the rule, and whether it is a follow-up.
fn class_of(q: Question) -> (String, bool) {
    (format!("{:?}", q.kind()), q.gateway().is_some())
}

/// One question per class, first met; then the gateway of every follow-up among them.
fn representatives() -> Vec<Question> {
    let mut reps: Vec<Question> = Vec::new();
    for q in safety() {
        if !reps.iter().any(|&r| class_of(r) == class_of(q)) {
            reps.push(q);
        }
    }
    let gateways: Vec<Question> = reps.iter().filter_map(|q| q.gateway()).collect();
    for g in gateways {
        if !reps.contains(&g) {
            reps.push(g);
        }
    }
    reps.sort();
    reps
}

/// The rules on bit masks over a list of questions.
#[derive(Clone, Copy, Default)]
struct Rules {
    /// The bit of each question's gateway, or 0 when it is always asked.
    gateway_bit: [u32; 32],
    risk: u32,
    lifted_by_clearance: u32,
    precaution: u32,
    go_now: u32,
    /// Each bit's tier, as the `Tier` discriminant.
    tier: [u8; 32],
    /// Each bit's time frame, as its discriminant.
    when: [u8; 32],
}

impl Rules {
    fn of(qs: &[Question]) -> Rules {
        assert!(qs.len() <= 32);
        let mut r = Rules::default();
        for (bit, &q) in qs.iter().enumerate() {
            if let Some(g) = q.gateway() {
                let at = qs
                    .iter()
                    .position(|&x| x == g)
                    .expect("gateways are listed");
                r.gateway_bit[bit] = 1 << at;
            }
            match q.kind() {
                Kind::Risk { when, lifted } => {
                    r.risk |= 1 << bit;
                    if lifted.is_some() {
                        r.lifted_by_clearance |= 1 << bit;
                    }
                    if when.tier() == Tier::GoNow {
                        r.go_now |= 1 << bit;
                    }
                    r.tier[bit] = when.tier() as u8;
                    r.when[bit] = when as u8;
                }
                Kind::Precaution(_) => r.precaution |= 1 << bit,
                Kind::Topic | Kind::Preference => {}
            }
        }
        r
    }

    /// The answers that count: flagged, and asked (a follow-up only under a flagged gateway).
    fn counted(&self, mask: u32) -> u32 {
        (0..32)
            .filter(|&b| mask >> b & 1 == 1)
            .filter(|&b| self.gateway_bit[b] == 0 || mask & self.gateway_bit[b] != 0)
            .fold(0, |m, b| m | 1 << b)
    }
}

fn pattern_of(qs: &[Question], listed: &[Question]) -> u32 {
    listed.iter().fold(0, |m, q| {
        m | 1
            << qs
                .iter()
                .position(|x| x == q)
                .expect("only listed questions")
    })
}

/// Checks one outcome against the rules, for the questions `qs` flagged by `mask` and every
/// other safety question answered no (guidance yes); panics with the pattern if one breaks.
fn check(qs: &[Question], r: &Rules, mask: u32, cleared: bool, outcome: &Outcome) {
    let counted = r.counted(mask);
    let lifted = if cleared {
        counted & r.lifted_by_clearance
    } else {
        0
    };
    let blocking = counted & r.risk & !lifted;
    let at = || format!("{:?} cleared {cleared}", list(qs, mask));
    assert_eq!(
        outcome.tier == Tier::GoNow,
        blocking & r.go_now != 0,
        "{}",
        at()
    );
    assert_eq!(outcome.tier.allows_routine(), blocking == 0, "{}", at());
    if blocking != 0 {
        let most_urgent = (0..32)
            .filter(|&b| blocking >> b & 1 == 1)
            .map(|b| r.tier[b])
            .min();
        assert_eq!(Some(outcome.tier as u8), most_urgent, "{}", at());
        assert_eq!(pattern_of(qs, &outcome.reasons), blocking, "{}", at());
        assert_eq!(outcome.reasons.len() as u32, blocking.count_ones());
        assert!(
            outcome
                .reasons
                .windows(2)
                .all(|w| (w[0].time_frame(), w[0]) < (w[1].time_frame(), w[1])),
            "{}: reasons out of order",
            at()
        );
        assert!(outcome.changes.is_empty());
        return;
    }
    assert!(outcome.reasons.is_empty());
    let precautions = counted & r.precaution;
    let mut expected = Vec::new();
    if lifted != 0 {
        expected.push(Change::GentleAfterClearance(list(qs, lifted)));
    }
    if precautions != 0 {
        expected.push(Change::Precautions(list(qs, precautions)));
    }
    assert_eq!(outcome.changes, expected, "{}", at());
    let tier = if expected.is_empty() {
        Tier::GoAhead
    } else {
        Tier::GoAheadWithChanges
    };
    assert_eq!(outcome.tier, tier, "{}", at());
    // What the result lists is what the plan gets: every lifted risk's and precaution's limits.
    let limits = list(qs, lifted | precautions)
        .iter()
        .fold(Limits::NONE, |l, q| l.union(q.limits()));
    assert_eq!(outcome.limits(), limits, "{}", at());
}

/// The questions of a pattern, in page order.
fn list(qs: &[Question], mask: u32) -> Vec<Question> {
    let mut listed: Vec<Question> = (0..qs.len())
        .filter(|&b| mask >> b & 1 == 1)
        .map(|b| qs[b])
        .collect();
    listed.sort();
    listed
}

/// "Yes" or "Not sure" for a flagged answer, by a fixed scramble of the pattern and the bit.
fn flagging_answer(mask: u32, bit: u32) -> Choice {
    let scramble = mask.wrapping_mul(0x9E37_79B1).rotate_left(7) ^ (mask >> 3);
    if scramble >> bit & 1 == 0 {
        Choice::Yes
    } else {
        Choice::NotSure
    }
}

/// Every safety question no, then the listed questions by `mask`; the knee, guidance yes.
/// (A follow-up set here keeps its gateway's answer: the tests mean the follow-ups unasked too.)
fn answers_for(qs: &[Question], mask: u32, cleared: Choice) -> Answers {
    let mut a = AnswersBuilder::all_no();
    for (bit, &q) in qs.iter().enumerate() {
        let choice = if mask >> bit & 1 == 0 {
            Choice::No
        } else {
            flagging_answer(mask, bit as u32)
        };
        a = a.with(q, choice);
    }
    a.with(Question::WhichKnee, Choice::Left)
        .with(Question::ClinicianCleared, cleared)
        .with(Question::MclGuidance, Choice::Yes)
        .with(Question::MassageBall, Choice::No)
        .build()
}

const fn gray(i: u32) -> u32 {
    i ^ (i >> 1)
}

/// Evaluates every pattern of `qs` on all cores (Gray-code order: one answer changes per
/// step), checking each outcome; returns each pattern's tier, indexed by the pattern.
fn sweep(qs: &[Question], cleared: bool, counter: &AtomicU64) -> Vec<u8> {
    let rules = Rules::of(qs);
    let total = 1u32 << qs.len();
    let cores = std::thread::available_parallelism().map_or(2, |p| p.get()) as u32;
    let threads = 1u32 << cores.ilog2().min(4);
    let block = total / threads;
    let mut tiers = vec![0u8; total as usize];
    let mut blocks: Vec<Option<&mut [u8]>> = tiers.chunks_mut(block as usize).map(Some).collect();
    std::thread::scope(|scope| {
        for t in 0..threads {
            let out = blocks[gray(t) as usize].take().expect("each block once");
            let base = gray(t) * block;
            let rules = &rules;
            scope.spawn(move || {
                let clearance = |mask: u32| match (cleared, mask.count_ones() & 1) {
                    (true, _) => Choice::Yes,
                    (false, 0) => Choice::No,
                    (false, _) => Choice::NotSure,
                };
                let first = gray(t * block);
                let mut answers = answers_for(qs, first, clearance(first));
                for step in t * block..(t + 1) * block {
                    let mask = gray(step);
                    if step != t * block {
                        let bit = (mask ^ gray(step - 1)).trailing_zeros();
                        let choice = if mask >> bit & 1 == 0 {
                            Choice::No
                        } else {
                            flagging_answer(mask, bit)
                        };
                        answers.set(qs[bit as usize], choice).unwrap();
                        answers
                            .set(Question::ClinicianCleared, clearance(mask))
                            .unwrap();
                    }
                    let outcome = evaluate(&answers);
                    check(qs, rules, mask, cleared, &outcome);
                    out[(mask - base) as usize] = outcome.tier as u8;
                }
                counter.fetch_add(u64::from(block), Ordering::Relaxed);
            });
        }
    });
    tiers
}

/// One more flagged answer never gives a less cautious tier (a higher discriminant).
fn assert_monotonic(tiers: &[u8], bits: usize) {
    for bit in 0..bits {
        let half = 1usize << bit;
        for block in tiers.chunks_exact(2 * half) {
            let (without, with) = block.split_at(half);
            let ok = without.iter().zip(with).all(|(w, x)| x <= w);
            assert!(ok, "adding answer bit {bit} lowered the caution somewhere");
        }
    }
}

#[test]
fn every_pattern_of_every_rule_class_follows_the_rules() {
    let counter = AtomicU64::new(0);
    let reps = representatives();
    // Every kind of rule is represented, as an always-asked question and as a follow-up.
    let classes: std::collections::HashSet<(String, bool)> =
        safety().into_iter().map(class_of).collect();
    for class in &classes {
        assert!(reps.iter().any(|&r| class_of(r) == *class), "{class:?}");
    }
    assert!(
        reps.len() <= 26,
        "{} representatives: the sweep grows",
        reps.len()
    );
    let started = std::time::Instant::now();
    let mut by_clearance = Vec::new();
    for cleared in [false, true] {
        let tiers = sweep(&reps, cleared, &counter);
        assert_monotonic(&tiers, reps.len());
        assert_eq!(tiers[0], Tier::GoAhead as u8, "no risk at all goes ahead");
        by_clearance.push(tiers);
    }
    // A clearance never makes a result more cautious.
    assert!(by_clearance[1]
        .iter()
        .zip(&by_clearance[0])
        .all(|(with, without)| with >= without));
    println!(
        "screening: {} rule-class combinations evaluated ({} representatives of {} classes) in {:.1} s",
        counter.load(Ordering::Relaxed),
        reps.len(),
        classes.len(),
        started.elapsed().as_secs_f64()
    );
}

/// A small deterministic generator (xorshift), so every run checks the same cases.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn every_question_follows_the_rules_in_place_of_its_representative() {
    let reps = representatives();
    let mut random = Random(0x005E_ED0F_C0DE);
    let mut count = 0u64;
    for q in safety() {
        let rep = reps
            .iter()
            .position(|&r| class_of(r) == class_of(q))
            .unwrap();
        // `q` in place of its representative (beside it, if that one opens follow-ups), with
        // its own gateway.
        let mut qs = reps.clone();
        if !qs.contains(&q) {
            if reps.iter().any(|r| r.gateway() == Some(reps[rep])) {
                qs.push(q);
            } else {
                qs[rep] = q;
            }
        }
        if let Some(g) = q.gateway() {
            if !qs.contains(&g) {
                qs.push(g);
            }
        }
        let rep = qs.iter().position(|&x| x == q).unwrap();
        let rules = Rules::of(&qs);
        let own = 1u32 << rep;
        let gateway = rules.gateway_bit[rep];
        for _ in 0..4096 {
            let others = random.next() as u32 & ((1u32 << qs.len()) - 1) & !own & !gateway;
            for extra in [0, own, gateway, own | gateway] {
                let mask = others | extra;
                for cleared in [false, true] {
                    let choice = if cleared { Choice::Yes } else { Choice::No };
                    let outcome = evaluate(&answers_for(&qs, mask, choice));
                    check(&qs, &rules, mask, cleared, &outcome);
                    count += 1;
                }
            }
        }
    }
    println!("screening: {count} question-in-place combinations evaluated");
}

/// The rules on a whole answer set, written out: the tier, the reasons and the changes.
fn expected(a: &Answers) -> (Tier, Vec<Question>, Vec<Change>) {
    let asked = |q: Question| q.gateway().is_none_or(|g| a.get(g) != Some(Choice::No));
    let counts = |q: Question| asked(q) && a.get(q) != Some(Choice::No);
    let cleared = a.get(Question::ClinicianCleared) == Some(Choice::Yes);
    let mut reasons: Vec<Question> = Question::ALL
        .iter()
        .copied()
        .filter(|&q| counts(q) && q.is_risk() && !(cleared && q.cleared_by_clinician()))
        .collect();
    reasons.sort_by_key(|&q| (q.time_frame(), q));
    if let Some(tier) = reasons.iter().filter_map(|q| q.tier()).min() {
        return (tier, reasons, vec![]);
    }
    let lifted: Vec<Question> = Question::ALL
        .iter()
        .copied()
        .filter(|&q| counts(q) && cleared && q.cleared_by_clinician())
        .collect();
    let precautions: Vec<Question> = Question::ALL
        .iter()
        .copied()
        .filter(|&q| counts(q) && q.is_precaution())
        .collect();
    let mut changes = vec![];
    if !lifted.is_empty() {
        changes.push(Change::GentleAfterClearance(lifted));
    }
    if !precautions.is_empty() {
        changes.push(Change::Precautions(precautions));
    }
    if a.get(Question::MclGuidance) != Some(Choice::Yes) {
        changes.push(Change::NoMclStep);
    }
    let tier = if changes.is_empty() {
        Tier::GoAhead
    } else {
        Tier::GoAheadWithChanges
    };
    (tier, vec![], changes)
}

#[test]
fn random_whole_answer_sets_follow_the_rules_and_one_more_yes_never_relaxes_them() {
    let mut random = Random(0xC0FF_EE00_D15E_A5E5);
    let started = std::time::Instant::now();
    let cases = 1_000_000u64;
    for _ in 0..cases {
        let mut a = Answers::default();
        // Mostly "no", so that go-ahead and with-changes results are common too.
        for &q in Question::ALL {
            let roll = random.next();
            let choices = q.choices();
            if roll % 23 == 0 {
                continue; // left unanswered
            }
            let choice = if !q.is_preference() && roll % 5 != 0 {
                Choice::No
            } else {
                choices[(roll >> 8) as usize % choices.len()]
            };
            a.set(q, choice).unwrap();
        }
        let outcome = evaluate(&a);
        let (tier, reasons, changes) = expected(&a);
        assert_eq!(
            (outcome.tier, &outcome.reasons, &outcome.changes),
            (tier, &reasons, &changes),
            "{a:?}"
        );
        // One more "yes" on any asked safety question never relaxes the result.
        let nos: Vec<Question> = Question::ALL
            .iter()
            .copied()
            .filter(|&q| !q.is_preference() && a.is_asked(q) && a.get(q) == Some(Choice::No))
            .collect();
        if !nos.is_empty() {
            let q = nos[random.next() as usize % nos.len()];
            let more = a.clone().with(q, Choice::Yes).unwrap();
            assert!(evaluate(&more).tier <= outcome.tier, "{q:?} relaxed {a:?}");
        }
    }
    println!(
        "screening: {cases} random whole-answer combinations evaluated in {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

/// Every yes / no / not sure mix of `class`, with the other questions all given `rest`.
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

/// The same answers with every "not sure" read as yes (and an unsure preference as no).
fn read_not_sure_as_yes(a: &Answers) -> Answers {
    let mut plain = a.clone();
    for &q in Question::ALL {
        match (a.get(q), q.is_preference()) {
            (Some(Choice::NotSure), false) => plain.set(q, Choice::Yes).unwrap(),
            (Some(Choice::NotSure), true) => plain.set(q, Choice::No).unwrap(),
            _ => {}
        }
    }
    plain
}

#[test]
fn within_each_rule_class_not_sure_is_yes_in_every_mix() {
    let asked_always: Vec<Question> = safety()
        .into_iter()
        .filter(|q| q.gateway().is_none())
        .collect();
    // The classes of always-asked questions, split in runs of at most 9 (3^9 mixes each).
    let mut classes: Vec<Vec<Question>> = Vec::new();
    for &q in &asked_always {
        match classes
            .iter_mut()
            .find(|c| class_of(c[0]) == class_of(q) && c.len() < 9)
        {
            Some(c) => c.push(q),
            None => classes.push(vec![q]),
        }
    }
    let follow_ups: Vec<Question> = safety()
        .into_iter()
        .filter(|q| q.gateway().is_some())
        .collect();
    let mut count = 0u64;
    for class in &classes {
        let others: Vec<Question> = asked_always
            .iter()
            .copied()
            .filter(|q| !class.contains(q))
            .collect();
        for rest in [Choice::No, Choice::Yes, Choice::NotSure] {
            for mut base in mixes_within(class, &others, rest) {
                for &f in &follow_ups {
                    base.set(f, Choice::No).unwrap();
                }
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
    let safety = safety();
    // Answer patterns: none, each single question, and every mix of the liftable risks and
    // precautions that are always asked.
    let mut patterns: Vec<Vec<Question>> = vec![vec![]];
    patterns.extend(safety.iter().map(|&q| vec![q]));
    let changing: Vec<Question> = safety
        .iter()
        .copied()
        .filter(|&q| (q.cleared_by_clinician() || q.is_precaution()) && q.gateway().is_none())
        .collect();
    assert!(changing.len() <= 16);
    for mask in 1u32..(1 << changing.len()) {
        patterns.push(list(&changing, mask));
    }
    let mut count = 0u64;
    for pattern in &patterns {
        for knee in [Choice::Left, Choice::Right] {
            for cleared in [Choice::Yes, Choice::No, Choice::NotSure] {
                for guidance in [Choice::Yes, Choice::No, Choice::NotSure] {
                    for roller in [Choice::Yes, Choice::No] {
                        for ball in [Choice::Yes, Choice::No] {
                            let mut a = Answers::default();
                            for &q in &safety {
                                let c = if pattern.contains(&q) {
                                    Choice::Yes
                                } else {
                                    Choice::No
                                };
                                a.set(q, c).unwrap();
                            }
                            // A follow-up in the pattern is asked: its gateway says yes.
                            for q in pattern {
                                if let Some(g) = q.gateway() {
                                    a.set(g, Choice::Yes).unwrap();
                                }
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

                            // The MCL step only with guidance, no doubt about the MCL, and no
                            // change that rules it out.
                            let no_mcl = outcome.limits().has(knee_core::screening::Limit::NoMcl);
                            assert_eq!(
                                outcome.allows_mcl_step(),
                                outcome.tier.allows_routine() && guidance == Choice::Yes && !no_mcl
                            );
                            if outcome.tier.allows_routine() && guidance != Choice::Yes {
                                assert!(outcome.changes.contains(&Change::NoMclStep));
                                assert_eq!(outcome.tier, Tier::GoAheadWithChanges);
                            }
                            // Every answer that changes the routine is named as a change.
                            if outcome.tier.allows_routine() {
                                for q in pattern.iter().filter(|q| !q.limits().is_empty()) {
                                    assert!(
                                        outcome.changes.iter().any(|c| matches!(
                                            c,
                                            Change::GentleAfterClearance(qs) | Change::Precautions(qs)
                                                if qs.contains(q)
                                        )),
                                        "{q:?} is not named"
                                    );
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    println!("screening: {count} preference combinations evaluated");
}
