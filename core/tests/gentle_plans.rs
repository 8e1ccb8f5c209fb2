//! What the result promises, the plan does: when an answer changes the routine (a precaution,
//! or a risk a clearance lifted), the result lists its changes, so every plan built from such
//! an outcome is gentle, has exactly the steps those changes allow, and none of the words its
//! steps show asks for firm pressure, knuckles, leaning, body weight or a "good ache", in any
//! language.

use knee_core::catalog::step_caution;
use knee_core::plan::{build, cautions_for, PlanChoices, Preset};
use knee_core::screening::{evaluate, Answers, Choice, Limit, Question};
use knee_core::step::{PesAnserineMethod, Pressure, StepKind};
use knee_core::testing::AnswersBuilder;
use knee_core::{step_words, text, Lang, TextId, Ui};

fn not_gentle_in(lang: Lang, words: &str) -> Option<&'static str> {
    let lower = words.to_lowercase();
    knee_core::catalog::not_gentle_words(lang)
        .iter()
        .copied()
        .find(|w| lower.contains(w))
}

fn not_gentle(words: &str) -> Option<&'static str> {
    not_gentle_in(Lang::En, words)
}

/// Every safety answer no, the knee, guidance yes and both tools, then `yes` (with the
/// gateway of a follow-up).
fn answers_with(yes: &[Question], cleared: Choice) -> Answers {
    AnswersBuilder::all_no()
        .yes(yes)
        .with(Question::WhichKnee, Choice::Left)
        .with(Question::ClinicianCleared, cleared)
        .with(Question::MclGuidance, Choice::Yes)
        .build()
}

#[test]
fn every_answer_that_changes_the_routine_gives_the_promised_gentle_plan() {
    let changing: Vec<Question> = Question::ALL
        .iter()
        .copied()
        .filter(|q| !q.limits().is_empty())
        .collect();
    assert_eq!(changing.len(), 16, "the answers that change the routine");
    let mut plans = 0;
    for &q in &changing {
        let a = answers_with(&[q], Choice::Yes);
        let outcome = evaluate(&a);
        assert!(outcome.tier.allows_routine(), "{q:?}");
        let limits = outcome.limits();
        assert!(
            limits.covers(q.limits()),
            "{q:?}: the result lists its changes"
        );
        for preset in [Preset::Short, Preset::Full] {
            for method in [PesAnserineMethod::Hold, PesAnserineMethod::Friction] {
                let plan = build(&outcome, &a, &PlanChoices::new(preset, method))
                    .expect("the outcome allows the routine");
                plans += 1;
                assert_eq!(plan.pressure, Pressure::Gentle, "{q:?}");
                let kinds: Vec<StepKind> = plan.steps.iter().map(|s| s.kind).collect();
                // Exactly the steps the changes allow (guidance yes, both tools).
                let has = |k| kinds.contains(&k);
                let tools = !limits.has(Limit::HandsOnly);
                let pes = !limits.has(Limit::NoPesAnserine);
                assert_eq!(has(StepKind::FoamRollerPass), tools, "{q:?}");
                assert_eq!(has(StepKind::MassageBall), tools && pes, "{q:?}");
                assert_eq!(has(StepKind::Mcl), !limits.has(Limit::NoMcl), "{q:?}");
                let friction =
                    pes && method == PesAnserineMethod::Friction && !limits.has(Limit::HoldOnly);
                assert_eq!(has(StepKind::PesAnserineFriction), friction, "{q:?}");
                assert_eq!(has(StepKind::PesAnserineHold), pes && !friction, "{q:?}");
                // Every caution the result lists that is not a step change shows on a step.
                for limit in limits.iter() {
                    let shown = kinds
                        .iter()
                        .any(|&k| cautions_for(limits, k).any(|l| l == limit));
                    let a_step_change = matches!(
                        limit,
                        Limit::Gentle
                            | Limit::HandsOnly
                            | Limit::HoldOnly
                            | Limit::NoMcl
                            | Limit::NoPesAnserine
                    );
                    assert!(shown || a_step_change, "{q:?}: {limit:?} is shown nowhere");
                }
                for &lang in Lang::ALL {
                    for step in &plan.steps {
                        let mut msgs = vec![TextId::StepTarget(step.kind)];
                        msgs.extend(step_words(step.kind, plan.pressure, plan.limits));
                        msgs.extend(cautions_for(plan.limits, step.kind).map(TextId::Limit));
                        msgs.extend(step.kind.keep_off().iter().map(|&k| TextId::KeepOff(k)));
                        msgs.extend(step_caution(step.kind).iter().map(|&u| TextId::Ui(u)));
                        for msg in msgs {
                            let words = text(lang, msg);
                            if msg == TextId::StepTarget(step.kind) && lang == Lang::Es {
                                continue; // where, not how hard
                            }
                            assert_eq!(
                                not_gentle_in(lang, words),
                                None,
                                "{q:?} {lang:?} {msg:?}: {words}"
                            );
                        }
                    }
                }
            }
        }
    }
    assert_eq!(plans, 16 * 4);
    // The overview says once why the steps are gentle; that text is gentle too.
    // So are the words the shell swaps in for a gentle plan: the key principle and the
    // check-in answer; and every change the result lists.
    for &lang in Lang::ALL {
        for ui in [
            Ui::GentleWhy,
            Ui::GentleKeepLight,
            Ui::CheckInFine,
            Ui::CheckInGoodAche,
            Ui::NoHoldsMotion,
        ] {
            assert_eq!(not_gentle_in(lang, text(lang, ui)), None, "{ui:?} {lang:?}");
        }
        for &limit in Limit::ALL {
            assert_eq!(
                not_gentle_in(lang, text(lang, TextId::Limit(limit))),
                None,
                "{limit:?}"
            );
        }
    }
}

#[test]
fn a_knee_replacement_or_pregnancy_is_lifted_only_by_a_plain_yes_clearance() {
    for q in [Question::KneeReplacement, Question::Pregnancy] {
        for cleared in [Choice::No, Choice::NotSure] {
            let a = answers_with(&[q], cleared);
            assert!(!evaluate(&a).tier.allows_routine(), "{q:?} {cleared:?}");
        }
    }
    // A pregnancy, lifted: the inner thigh keeps moving.
    let a = answers_with(&[Question::Pregnancy], Choice::Yes);
    let plan = build(&evaluate(&a), &a, &PlanChoices::default()).unwrap();
    let [_, _, motion] = step_words(StepKind::SoftTissueRelease, plan.pressure, plan.limits);
    assert_eq!(motion, TextId::Ui(Ui::NoHoldsMotion));
}

#[test]
fn the_usual_words_do_ask_for_more_so_the_check_can_fail() {
    let a = AnswersBuilder::all_no()
        .with(Question::WhichKnee, Choice::Left)
        .with(Question::MclGuidance, Choice::Yes)
        .build();
    let plan = build(&evaluate(&a), &a, &PlanChoices::default()).unwrap();
    assert_eq!(plan.pressure, Pressure::Usual);
    let firm = plan
        .steps
        .iter()
        .flat_map(|s| {
            [
                TextId::StepPressure(s.kind, plan.pressure),
                TextId::StepHands(s.kind, plan.pressure),
            ]
        })
        .filter(|&m| not_gentle(text(Lang::En, m)).is_some())
        .count();
    assert!(firm >= 3, "only {firm} usual texts ask for firm pressure");
}
