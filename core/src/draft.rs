//! The clinician's routine as it is being prepared on the clinician's screen: each edit keeps it
//! a routine a link can carry. Pure.

use crate::calendar::Day;
use crate::prescription::{Prescription, V1_STEPS};
use crate::screening::Knee;
use crate::step::StepKind;

/// One change on the clinician's screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Edit {
    Knee(Option<Knee>),
    /// A step in or out (getting into position and gentle movement are always in; the MCL
    /// step only once the clinician confirmed showing the patient how; one pes anserine step).
    Step(StepKind, bool),
    /// Shorter (-1) or longer (+1) by the step's increment, within its range.
    Nudge(StepKind, i8),
    /// "I have shown this patient how to work on the MCL" (unchecking takes the step out).
    MclShown(bool),
    PerWeek(u8),
}

/// The clinician's routine as it is being prepared: always a valid [`Prescription`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Draft {
    pub rx: Prescription,
    pub mcl_shown: bool,
}

impl Draft {
    /// A starting routine prepared on `today`: getting into position, the inner thigh, the pes
    /// anserine hold and gentle movement, each at the bottom of its range, 3 times a week; the
    /// patient chooses the knee.
    pub fn new(today: Day) -> Draft {
        let steps = [
            StepKind::Positioning,
            StepKind::SoftTissueRelease,
            StepKind::PesAnserineHold,
            StepKind::GentleMovement,
        ]
        .into_iter()
        .map(|k| (k, k.range().min))
        .collect();
        Draft {
            rx: Prescription {
                knee: None,
                steps,
                foam_roller: false,
                massage_ball: false,
                per_week: 3,
                prepared: today,
            },
            mcl_shown: false,
        }
    }

    /// Whether the clinician may put `kind` in or take it out: never the routine's frame
    /// (getting into position, gentle movement), the MCL step only once they confirmed showing
    /// the patient how. The clinician's screen locks the others' boxes by this.
    pub fn can_toggle(&self, kind: StepKind) -> bool {
        match kind {
            StepKind::Positioning | StepKind::GentleMovement => false,
            StepKind::Mcl => self.mcl_shown,
            _ => true,
        }
    }

    /// Applies one change; `false` (and nothing changed) for one that would make the routine
    /// invalid or does nothing.
    pub fn apply(&mut self, edit: Edit) -> bool {
        let before = self.clone();
        match edit {
            Edit::Knee(knee) => self.rx.knee = knee,
            Edit::PerWeek(n) if (2..=4).contains(&n) => self.rx.per_week = n,
            Edit::PerWeek(_) => return false,
            Edit::MclShown(shown) => {
                self.mcl_shown = shown;
                if !shown {
                    self.rx.steps.retain(|&(k, _)| k != StepKind::Mcl);
                }
            }
            Edit::Step(kind, _) if !self.can_toggle(kind) => return false,
            Edit::Step(kind, false) => self.rx.steps.retain(|&(k, _)| k != kind),
            Edit::Step(kind, true) => {
                if self.rx.has(kind) {
                    return false;
                }
                // One pes anserine step: choosing one method replaces the other.
                let other = match kind {
                    StepKind::PesAnserineHold => Some(StepKind::PesAnserineFriction),
                    StepKind::PesAnserineFriction => Some(StepKind::PesAnserineHold),
                    _ => None,
                };
                self.rx.steps.retain(|&(k, _)| Some(k) != other);
                // In the routine's order (the steps are kept in it): before the first step
                // that comes later. (An insert, not a sort: no sort code in the wasm.)
                let place = |k: StepKind| V1_STEPS.iter().position(|&s| s == k);
                let at = self
                    .rx
                    .steps
                    .iter()
                    .position(|&(k, _)| place(k) > place(kind));
                let at = at.unwrap_or(self.rx.steps.len());
                self.rx.steps.insert(at, (kind, kind.range().min));
            }
            Edit::Nudge(kind, direction) => {
                let Some(entry) = self.rx.steps.iter_mut().find(|(k, _)| *k == kind) else {
                    return false;
                };
                entry.1 = kind.nudged(entry.1, direction);
            }
        }
        // The tools are the steps that need them.
        self.rx.foam_roller =
            self.rx.has(StepKind::FoamRollerPass) || self.rx.has(StepKind::FoamRollerPause);
        self.rx.massage_ball = self.rx.has(StepKind::MassageBall);
        debug_assert!(self.rx.is_valid());
        *self != before
    }

    /// The routine's length in seconds.
    pub fn total_seconds(&self) -> u32 {
        self.rx.steps.iter().map(|&(_, s)| s).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_step_the_screen_locks_is_one_no_edit_can_change() {
        for shown in [false, true] {
            let mut draft = Draft::new(Day(0));
            draft.apply(Edit::MclShown(shown));
            for &kind in StepKind::ALL {
                let mut tried = draft.clone();
                let changed = tried.apply(Edit::Step(kind, !draft.rx.has(kind)));
                assert_eq!(
                    changed,
                    draft.can_toggle(kind),
                    "{kind:?}, MCL shown: {shown}"
                );
            }
        }
    }

    #[test]
    fn every_edit_keeps_the_draft_a_valid_routine() {
        let mut draft = Draft::new(Day(2521));
        assert!(draft.rx.is_valid());
        let edits: Vec<Edit> = StepKind::ALL
            .iter()
            .flat_map(|&k| {
                [
                    Edit::Step(k, true),
                    Edit::Nudge(k, 1),
                    Edit::Nudge(k, -1),
                    Edit::Step(k, false),
                ]
            })
            .chain([
                Edit::MclShown(true),
                Edit::PerWeek(4),
                Edit::PerWeek(9),
                Edit::Knee(Some(Knee::Left)),
            ])
            .collect();
        // A long, mixed walk through every edit, in a scrambled order.
        for i in 0..2_000usize {
            let edit = edits[(i * 7919 + i / 3) % edits.len()];
            draft.apply(edit);
            assert!(draft.rx.is_valid(), "after {edit:?}: {:?}", draft.rx);
            assert!(draft.rx.encode().is_some());
        }
        // The rules the screen relies on.
        let mut d = Draft::new(Day(0));
        assert!(
            !d.apply(Edit::Step(StepKind::Positioning, false)),
            "the frame stays"
        );
        assert!(
            !d.apply(Edit::Step(StepKind::Mcl, true)),
            "MCL only once shown"
        );
        assert!(d.apply(Edit::MclShown(true)));
        assert!(d.apply(Edit::Step(StepKind::Mcl, true)));
        assert!(d.apply(Edit::MclShown(false)));
        assert!(
            !d.rx.has(StepKind::Mcl),
            "unchecking takes the MCL step out"
        );
        assert!(d.apply(Edit::Step(StepKind::PesAnserineFriction, true)));
        assert!(!d.rx.has(StepKind::PesAnserineHold), "one method");
        assert!(d.apply(Edit::Step(StepKind::MassageBall, true)));
        assert!(d.rx.massage_ball, "the tool follows its step");
        assert!(!d.apply(Edit::PerWeek(5)));
        assert!(
            !d.apply(Edit::Nudge(StepKind::Positioning, 1)),
            "a fixed step keeps its time"
        );
    }
}
