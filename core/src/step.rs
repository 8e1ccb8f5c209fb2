//! What a step of the routine is, whatever plan it is in: its kind, the range its duration
//! stays in and how a tap nudges it, the technique it belongs to, what to keep off, and the two
//! choices that change how it is done (how hard to press, how to work on the pes anserine).
//! The planner (`plan`) and the clinician's link (`prescription`) both build on it; it uses only
//! the content and the timer's reasons to stop. This module never imports a browser crate.

use crate::content::{durations, KeepOff, SecondsRange, Technique};
use crate::timer::StopReason;

/// Stated defaults for the steps the source gives no duration for.
pub mod defaults {
    /// Settling into position: seated, knee slightly bent or straight, relaxed.
    pub const POSITIONING_SECONDS: u32 = 30;
    /// One slow roll from the hip to just above the knee.
    pub const ROLLER_PASS_SECONDS: u32 = 60;
    /// Gentle movement of the knee through its range, to finish.
    pub const MOVEMENT_SECONDS: u32 = 60;
}

listed! {
    /// A step of the routine.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum StepKind {
        Positioning,
        SoftTissueRelease,
        PesAnserineHold,
        PesAnserineFriction,
        Mcl,
        FoamRollerPass,
        FoamRollerPause,
        MassageBall,
        GentleMovement,
    }
}

/// How long "More time" can make the positioning step: settling in may take a while.
pub const POSITIONING_LONGEST_SECONDS: u32 = 120;

impl StepKind {
    pub const COUNT: usize = StepKind::ALL.len();

    /// The range a step's duration must stay in. A step with a stated default has a range of
    /// exactly that default.
    pub const fn range(self) -> SecondsRange {
        match self {
            StepKind::Positioning => fixed(defaults::POSITIONING_SECONDS),
            StepKind::SoftTissueRelease => durations::SOFT_TISSUE_RELEASE,
            StepKind::PesAnserineHold => durations::PES_ANSERINE_HOLD,
            StepKind::PesAnserineFriction => durations::PES_ANSERINE_FRICTION,
            StepKind::Mcl => durations::MCL,
            StepKind::FoamRollerPass => fixed(defaults::ROLLER_PASS_SECONDS),
            StepKind::FoamRollerPause => durations::ROLLER_PAUSE,
            StepKind::MassageBall => durations::BALL_HOLD,
            StepKind::GentleMovement => fixed(defaults::MOVEMENT_SECONDS),
        }
    }

    /// The longest "More time" can make this step while it runs: the source's longest where
    /// the source gives a duration; getting into position (no massage in it) up to 2 minutes;
    /// our other stated defaults stay as they are.
    pub const fn longest_seconds(self) -> u32 {
        match self {
            StepKind::Positioning => POSITIONING_LONGEST_SECONDS,
            _ => self.range().max,
        }
    }

    /// Whether the source gives this step's duration (else it is our stated default).
    pub const fn has_source_duration(self) -> bool {
        !matches!(
            self,
            StepKind::Positioning | StepKind::FoamRollerPass | StepKind::GentleMovement
        )
    }

    /// `seconds` one tap shorter (`direction` < 0) or longer, kept within the step's range:
    /// the patient's overview and the clinician's screen both nudge by this rule.
    pub fn nudged(self, seconds: u32, direction: i8) -> u32 {
        let range = self.range();
        let change = self.adjust_increment();
        if direction < 0 {
            seconds.saturating_sub(change)
        } else {
            seconds.saturating_add(change)
        }
        .clamp(range.min, range.max)
    }

    /// How much one tap on "shorter" or "longer" changes the step.
    pub const fn adjust_increment(self) -> u32 {
        let range = self.range();
        if range.max - range.min >= 120 {
            30
        } else {
            10
        }
    }

    /// The source technique the step belongs to, if any.
    pub const fn technique(self) -> Option<Technique> {
        match self {
            StepKind::SoftTissueRelease => Some(Technique::SoftTissueRelease),
            StepKind::PesAnserineHold | StepKind::PesAnserineFriction => {
                Some(Technique::PesAnserineFocus)
            }
            StepKind::Mcl => Some(Technique::MclCaution),
            StepKind::FoamRollerPass | StepKind::FoamRollerPause | StepKind::MassageBall => {
                Some(Technique::FoamRollerOrBall)
            }
            StepKind::Positioning | StepKind::GentleMovement => None,
        }
    }

    /// What to keep off during the step, always shown with it: its technique's list, or the part
    /// of it that concerns where the step works (the roller stays on the thigh; the ball never
    /// goes near the groin).
    pub const fn keep_off(self) -> &'static [KeepOff] {
        use KeepOff::*;
        match self {
            StepKind::FoamRollerPass | StepKind::FoamRollerPause => &[
                Groin,
                BackOfKnee,
                PulseOrNerveFeeling,
                BulgingVein,
                BrokenSkin,
            ],
            StepKind::MassageBall => &[
                SwollenSpot,
                JointLine,
                KneecapTendon,
                BackOfKnee,
                PulseOrNerveFeeling,
                BulgingVein,
                BrokenSkin,
            ],
            _ => match self.technique() {
                Some(technique) => technique.keep_off(),
                None => &[],
            },
        }
    }

    /// The stop buttons the step shows, first the one its own warning names: on the MCL step
    /// any pain at all stops it; on every step sharp or growing pain, and numbness, tingling or
    /// weakness.
    pub const fn stop_reasons(self) -> &'static [StopReason] {
        use StopReason::*;
        match self {
            StepKind::Mcl => &[PainOnMcl, SharpOrIncreasingPain, NumbnessOrTingling],
            _ => &[SharpOrIncreasingPain, NumbnessOrTingling],
        }
    }

    /// The steps the patient must confirm before they begin (the MCL step: only for
    /// long-standing tightness, with a clinician's guidance, never after an injury).
    pub const fn needs_confirmation(self) -> bool {
        matches!(self, StepKind::Mcl)
    }

    /// Deep, sustained pressure: the steps after which the patient is asked how it felt.
    pub const fn is_deep_pressure(self) -> bool {
        matches!(
            self,
            StepKind::SoftTissueRelease | StepKind::PesAnserineHold | StepKind::PesAnserineFriction
        )
    }
}

const fn fixed(seconds: u32) -> SecondsRange {
    SecondsRange::new(seconds, seconds)
}

/// How hard the steps press: gentle when the outcome's limits say so.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Pressure {
    #[default]
    Usual,
    Gentle,
}

/// How to work on the pes anserine: the patient's choice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum PesAnserineMethod {
    /// Sustained pressure, 30-60 seconds.
    #[default]
    Hold,
    /// Cross-fiber friction, 1-2 minutes.
    Friction,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_that_presses_has_its_places_to_keep_off_and_never_more_than_its_technique() {
        for &kind in StepKind::ALL {
            let Some(technique) = kind.technique() else {
                assert!(kind.keep_off().is_empty(), "{kind:?} presses nowhere");
                continue;
            };
            for k in kind.keep_off() {
                assert!(
                    technique.keep_off().contains(k),
                    "{kind:?}: {k:?} is not in {technique:?}'s list, which the review page shows"
                );
            }
            assert!(
                !kind.keep_off().is_empty(),
                "{kind:?} says nothing to keep off"
            );
        }
        // A bulging vein and a nerve's warning go with every step that presses; the back of the
        // knee with every step but the MCL's (in front of it, with a lighter touch); broken skin
        // with every step on the thigh (the screening asks about the knee); the joint line and a
        // swollen spot with every step that may work below the knee.
        for &kind in StepKind::ALL.iter().filter(|k| k.technique().is_some()) {
            for k in [KeepOff::BulgingVein, KeepOff::PulseOrNerveFeeling] {
                assert!(kind.keep_off().contains(&k), "{kind:?} lacks {k:?}");
            }
            if kind != StepKind::Mcl {
                assert!(kind.keep_off().contains(&KeepOff::BackOfKnee), "{kind:?}");
            }
        }
        for &kind in StepKind::ALL {
            let on_thigh = matches!(kind.technique(), Some(t) if t.targets().contains(&crate::content::Structure::Adductors));
            assert_eq!(
                kind.keep_off().contains(&KeepOff::BrokenSkin),
                on_thigh,
                "{kind:?}"
            );
        }
        assert!(!StepKind::Mcl.keep_off().contains(&KeepOff::JointLine));
        for kind in [
            StepKind::PesAnserineHold,
            StepKind::PesAnserineFriction,
            StepKind::MassageBall,
        ] {
            for k in [KeepOff::JointLine, KeepOff::SwollenSpot] {
                assert!(kind.keep_off().contains(&k), "{kind:?} lacks {k:?}");
            }
        }
    }

    #[test]
    fn a_step_has_a_fixed_time_exactly_when_the_source_gives_it_none() {
        for &k in StepKind::ALL {
            assert_eq!(
                k.range().min == k.range().max,
                !k.has_source_duration(),
                "{k:?}"
            );
        }
    }
}
