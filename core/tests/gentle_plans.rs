//! What the result promises, the plan does: when a clinician's clearance lifted a risk, the
//! result says "use gentle pressure", so every plan built from such an outcome is gentle and
//! none of the words its steps show asks for firm pressure, leaning or body weight.

use knee_core::plan::{build, Choices, PesAnserineMethod, Preset, Pressure};
use knee_core::screening::{evaluate, Answers, Change, Choice, Question};
use knee_core::{text, Lang, Msg, Ui};

/// Words that ask for more than gentle pressure.
const NOT_GENTLE: &[&str] = &[
    "firm",
    "lean",
    "sink",
    "harder",
    "press it in",
    "until it",
    "weight on",
    "deep",
];

fn not_gentle(words: &str) -> Option<&'static str> {
    let lower = words.to_lowercase();
    NOT_GENTLE.iter().copied().find(|w| lower.contains(w))
}

fn liftable() -> Vec<Question> {
    Question::ALL
        .iter()
        .copied()
        .filter(|q| q.cleared_by_clinician())
        .collect()
}

#[test]
fn every_plan_after_a_lifted_risk_shows_only_gentle_words() {
    let lift = liftable();
    assert_eq!(lift.len(), 5);
    let mut plans = 0;
    for mask in 1u32..(1 << lift.len()) {
        for answer in [Choice::Yes, Choice::NotSure] {
            for (roller, ball, guidance) in [
                (Choice::Yes, Choice::Yes, Choice::Yes),
                (Choice::No, Choice::Yes, Choice::No),
                (Choice::Yes, Choice::No, Choice::Yes),
                (Choice::No, Choice::No, Choice::No),
            ] {
                let mut a = Answers::default();
                for &q in Question::ALL.iter().filter(|q| q.is_risk()) {
                    let bit = lift.iter().position(|&l| l == q);
                    let flagged = bit.is_some_and(|b| mask & (1 << b) != 0);
                    a.set(q, if flagged { answer } else { Choice::No }).unwrap();
                }
                a.set(Question::WhichKnee, Choice::Left).unwrap();
                a.set(Question::ClinicianCleared, Choice::Yes).unwrap();
                a.set(Question::MclGuidance, guidance).unwrap();
                a.set(Question::FoamRoller, roller).unwrap();
                a.set(Question::MassageBall, ball).unwrap();
                let outcome = evaluate(&a);
                assert!(outcome
                    .changes
                    .iter()
                    .any(|c| matches!(c, Change::GentleAfterClearance(_))));
                for preset in [Preset::Short, Preset::Full] {
                    for method in [PesAnserineMethod::Hold, PesAnserineMethod::Friction] {
                        let plan = build(&outcome, &a, &Choices::new(preset, method))
                            .expect("a lifted risk allows the routine");
                        plans += 1;
                        assert_eq!(plan.pressure, Pressure::Gentle);
                        for step in &plan.steps {
                            for msg in [
                                Msg::StepTarget(step.kind),
                                Msg::StepHands(step.kind, plan.pressure),
                                Msg::StepPressure(step.kind, plan.pressure),
                                Msg::StepMotion(step.kind, plan.pressure),
                            ] {
                                let words = text(Lang::En, msg);
                                assert_eq!(not_gentle(words), None, "{msg:?}: {words}");
                            }
                        }
                    }
                }
            }
        }
    }
    assert_eq!(plans, 31 * 2 * 4 * 4);
    // The overview says once why the steps are gentle; that text is gentle too.
    // So are the words the shell swaps in for a gentle plan: the key principle, the MCL
    // caution's pressure and the check-in answer.
    for ui in [
        Ui::GentleWhy,
        Ui::GentleKeepLight,
        Ui::MclCautionPressureGentle,
        Ui::CheckInFine,
    ] {
        assert_eq!(not_gentle(text(Lang::En, ui)), None, "{ui:?}");
    }
}

#[test]
fn the_usual_words_do_ask_for_more_so_the_check_can_fail() {
    let mut a = Answers::default();
    for &q in Question::ALL.iter().filter(|q| q.is_risk()) {
        a.set(q, Choice::No).unwrap();
    }
    a.set(Question::WhichKnee, Choice::Left).unwrap();
    a.set(Question::MclGuidance, Choice::Yes).unwrap();
    a.set(Question::FoamRoller, Choice::Yes).unwrap();
    a.set(Question::MassageBall, Choice::Yes).unwrap();
    let plan = build(&evaluate(&a), &a, &Choices::default()).unwrap();
    assert_eq!(plan.pressure, Pressure::Usual);
    let firm = plan
        .steps
        .iter()
        .flat_map(|s| {
            [
                Msg::StepPressure(s.kind, plan.pressure),
                Msg::StepHands(s.kind, plan.pressure),
            ]
        })
        .filter(|&m| not_gentle(text(Lang::En, m)).is_some())
        .count();
    assert!(firm >= 3, "only {firm} usual texts ask for firm pressure");
}
