//! A patient's answers for tests, built in one place: every test that needs "all no, then this
//! yes" says so the same way. Only in tests (`cfg(test)`, or the `testing` feature that the
//! workspace's tests turn on); never in the wasm.

use crate::screening::{Answers, Choice, Question};

/// Answers to the whole screening, started from the careful default and changed by name.
#[derive(Clone, Debug)]
pub struct AnswersBuilder {
    answers: Answers,
}

impl AnswersBuilder {
    /// Every safety question answered no (a follow-up too, as if its gateway had been asked),
    /// the right knee, no clinician's clearance, no MCL guidance, both tools.
    pub fn all_no() -> Self {
        AnswersBuilder {
            answers: Answers::all_no(),
        }
        .with(Question::WhichKnee, Choice::Right)
        .with(Question::ClinicianCleared, Choice::No)
        .with(Question::MclGuidance, Choice::No)
        .with(Question::FoamRoller, Choice::Yes)
        .with(Question::MassageBall, Choice::Yes)
    }

    /// One answer (it must be one the question offers).
    pub fn with(mut self, question: Question, choice: Choice) -> Self {
        if let Err(e) = self.answers.set(question, choice) {
            panic!("{question:?} does not offer {choice:?}: {e:?}");
        }
        self
    }

    /// `choice` to each question, and yes to the gateway of each follow-up among them that
    /// is not itself answered here (a follow-up is only asked after a yes).
    pub fn answering(mut self, questions: &[Question], choice: Choice) -> Self {
        for &q in questions {
            self = self.with(q, choice);
        }
        for &q in questions {
            if let Some(gateway) = q.gateway().filter(|g| !questions.contains(g)) {
                self = self.with(gateway, Choice::Yes);
            }
        }
        self
    }

    /// Yes to each question (with its gateway).
    pub fn yes(self, questions: &[Question]) -> Self {
        self.answering(questions, Choice::Yes)
    }

    /// Not sure to each question (with its gateway answered yes).
    pub fn not_sure(self, questions: &[Question]) -> Self {
        self.answering(questions, Choice::NotSure)
    }

    pub fn build(self) -> Answers {
        self.answers
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::screening::{evaluate, Tier};

    #[test]
    fn all_no_lets_the_routine_run_and_a_follow_up_brings_its_gateway() {
        // Without MCL guidance the routine goes ahead without the MCL step; with it, as is.
        let all_no = evaluate(&AnswersBuilder::all_no().build());
        assert_eq!(all_no.tier, Tier::GoAheadWithChanges);
        assert!(all_no.reasons.is_empty());
        let guided = AnswersBuilder::all_no().with(Question::MclGuidance, Choice::Yes);
        assert_eq!(evaluate(&guided.build()).tier, Tier::GoAhead);
        let follow_up = Question::ALL
            .iter()
            .copied()
            .find(|q| q.gateway().is_some())
            .expect("a follow-up question");
        let a = AnswersBuilder::all_no().yes(&[follow_up]).build();
        assert_eq!(a.get(follow_up), Some(Choice::Yes));
        assert_eq!(a.get(follow_up.gateway().unwrap()), Some(Choice::Yes));
    }
}
