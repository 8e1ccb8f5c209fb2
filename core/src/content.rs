//! The facts of the source as typed data, each item with a stable id.
//!
//! Structures, benefits, contraindications, signs to seek help, techniques with their durations,
//! principles and FAQ answers. The numbers here are the source's, kept exactly; the words a
//! patient reads are in the catalog (`catalog::TextId`, by these ids), so a translation never
//! touches a fact. This module must never import a browser crate.

/// The version of this content (facts and copy), printed on every summary. Change it whenever
/// a fact, a question or a rule changes.
pub const CONTENT_VERSION: &str = "2026.12.03-6";

/// A range of time in whole seconds, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SecondsRange {
    pub min: u32,
    pub max: u32,
}

impl SecondsRange {
    pub const fn new(min: u32, max: u32) -> Self {
        SecondsRange { min, max }
    }

    pub const fn contains(self, seconds: u32) -> bool {
        self.min <= seconds && seconds <= self.max
    }
}

/// The source's durations.
pub mod durations {
    use super::SecondsRange;

    /// Soft tissue release of the VMO and adductors: 2-5 minutes.
    pub const SOFT_TISSUE_RELEASE: SecondsRange = SecondsRange::new(2 * 60, 5 * 60);
    /// Sustained pressure on a trigger point ("knot"): 30-60 seconds.
    pub const TRIGGER_POINT_HOLD: SecondsRange = SecondsRange::new(30, 60);
    /// Sustained pressure on the pes anserine: 30-60 seconds.
    pub const PES_ANSERINE_HOLD: SecondsRange = SecondsRange::new(30, 60);
    /// Cross-fiber friction on the pes anserine: 1-2 minutes.
    pub const PES_ANSERINE_FRICTION: SecondsRange = SecondsRange::new(60, 2 * 60);
    /// MCL work, only with a clinician's guidance: 30-60 seconds.
    pub const MCL: SecondsRange = SecondsRange::new(30, 60);
    /// Foam roller: pause on a tender spot for 20-30 seconds.
    pub const ROLLER_PAUSE: SecondsRange = SecondsRange::new(20, 30);
    /// Massage ball: hold on a trigger point for 30-60 seconds.
    pub const BALL_HOLD: SecondsRange = SecondsRange::new(30, 60);
    /// A whole session: 5-10 minutes, a few times a week.
    pub const SESSION: SecondsRange = SecondsRange::new(5 * 60, 10 * 60);
}

/// Where the pes anserine is: 1-2 inches below the joint line on the inside of the knee.
pub const PES_ANSERINE_INCHES_BELOW_JOINT_LINE: (u32, u32) = (1, 2);

/// Declares a content enum with an `ALL` list and a stable string id per item.
macro_rules! content_ids {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// A stable id: never reused, never renamed.
            pub const fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }
        }
    };
}

content_ids! {
    /// A body part on the inside of the knee.
    Structure {
        Vmo => "structure.vmo",
        Adductors => "structure.adductors",
        PesAnserine => "structure.pes-anserine",
        Mcl => "structure.mcl",
        MedialMeniscus => "structure.medial-meniscus",
    }
}

content_ids! {
    /// A muscle named by the source as part of a structure.
    Muscle {
        AdductorMagnus => "muscle.adductor-magnus",
        AdductorLongus => "muscle.adductor-longus",
        AdductorBrevis => "muscle.adductor-brevis",
        Gracilis => "muscle.gracilis",
        Sartorius => "muscle.sartorius",
        Semitendinosus => "muscle.semitendinosus",
    }
}

/// How the routine may touch a structure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Touch {
    Massage,
    /// Only with a clinician's guidance, never after an injury.
    ExtremeCaution,
    /// Not massaged directly; work around it helps it.
    NotDirectly,
}

impl Structure {
    /// The muscles the source names for this structure (empty for a single muscle or a ligament).
    pub const fn muscles(self) -> &'static [Muscle] {
        match self {
            Structure::Adductors => &[
                Muscle::AdductorMagnus,
                Muscle::AdductorLongus,
                Muscle::AdductorBrevis,
                Muscle::Gracilis,
            ],
            Structure::PesAnserine => {
                &[Muscle::Sartorius, Muscle::Gracilis, Muscle::Semitendinosus]
            }
            Structure::Vmo | Structure::Mcl | Structure::MedialMeniscus => &[],
        }
    }

    pub const fn touch(self) -> Touch {
        match self {
            Structure::Vmo | Structure::Adductors | Structure::PesAnserine => Touch::Massage,
            Structure::Mcl => Touch::ExtremeCaution,
            Structure::MedialMeniscus => Touch::NotDirectly,
        }
    }
}

content_ids! {
    /// What massage of the inner knee can do.
    Benefit {
        MuscleTensionRelief => "benefit.muscle-tension-relief",
        ImprovedBloodFlow => "benefit.improved-blood-flow",
        ReducedStiffness => "benefit.reduced-stiffness",
        MinorPainManagement => "benefit.minor-pain-management",
        PreparationForActivity => "benefit.preparation-for-activity",
    }
}

content_ids! {
    /// A reason not to self-massage (the source's precautions list).
    Contraindication {
        AcuteInjury => "contraindication.acute-injury",
        SignificantSwellingOrBruising => "contraindication.swelling-or-bruising",
        SevereOrSharpPain => "contraindication.severe-or-sharp-pain",
        JointInstability => "contraindication.joint-instability",
        NumbnessTinglingOrWeakness => "contraindication.numbness-tingling-weakness",
        FeverOrRedness => "contraindication.fever-or-redness",
        DeepVeinThrombosis => "contraindication.deep-vein-thrombosis",
        OpenWoundOrSkinInfection => "contraindication.open-wound-or-skin-infection",
    }
}

content_ids! {
    /// A sign to see a qualified professional (the source's "seek help" list).
    SeekHelpSign {
        PainPersistentWorseningOrNotImproving => "seek-help.pain-persistent-worsening",
        SwellingRednessOrWarmth => "seek-help.swelling-redness-warmth",
        DeformityInstabilityLockingOrGivingWay => "seek-help.deformity-instability-locking",
        SuspectedSeriousInjury => "seek-help.suspected-serious-injury",
        PainDisturbsDailyLifeOrSleep => "seek-help.pain-daily-life-or-sleep",
        UnsureOfCause => "seek-help.unsure-of-cause",
    }
}

content_ids! {
    /// The source's four technique groups.
    Technique {
        SoftTissueRelease => "technique.soft-tissue-release",
        PesAnserineFocus => "technique.pes-anserine",
        MclCaution => "technique.mcl",
        FoamRollerOrBall => "technique.roller-or-ball",
    }
}

impl Technique {
    /// The structures each technique works on.
    pub const fn targets(self) -> &'static [Structure] {
        match self {
            Technique::SoftTissueRelease => &[Structure::Vmo, Structure::Adductors],
            Technique::PesAnserineFocus => &[Structure::PesAnserine],
            Technique::MclCaution => &[Structure::Mcl],
            Technique::FoamRollerOrBall => {
                &[Structure::Vmo, Structure::Adductors, Structure::PesAnserine]
            }
        }
    }

    /// What to keep off while doing it. The source names none of these: it only says where to
    /// work. Each is a standard precaution: the back of the knee, the groin, the joint line and
    /// the tendon below the kneecap are not where the techniques work; the great saphenous vein,
    /// the saphenous nerve and the vessels behind the knee run past the inner knee (a pulse, a
    /// shooting feeling, a bulging vein); a swollen pes anserine needs checking, not pressing;
    /// broken skin, a bruise or a rash on the thigh is never pressed (the screening asks about
    /// these on or near the knee only, and a swollen knee stops the MCL step by its caution,
    /// `catalog::Ui::MclCautionNever`). The MCL keeps no joint-line rule (it crosses the joint line); its own limits are its
    /// caution (`catalog::Ui::MclCautionNever`).
    pub const fn keep_off(self) -> &'static [KeepOff] {
        use KeepOff::*;
        match self {
            Technique::SoftTissueRelease => {
                &[BackOfKnee, PulseOrNerveFeeling, BulgingVein, BrokenSkin]
            }
            Technique::PesAnserineFocus => &[
                SwollenSpot,
                JointLine,
                BackOfKnee,
                PulseOrNerveFeeling,
                BulgingVein,
            ],
            Technique::MclCaution => &[PulseOrNerveFeeling, BulgingVein],
            Technique::FoamRollerOrBall => &[
                Groin,
                SwollenSpot,
                BackOfKnee,
                JointLine,
                KneecapTendon,
                PulseOrNerveFeeling,
                BulgingVein,
                BrokenSkin,
            ],
        }
    }

    /// Every duration the source gives for the technique.
    pub const fn durations(self) -> &'static [SecondsRange] {
        match self {
            Technique::SoftTissueRelease => &[
                durations::SOFT_TISSUE_RELEASE,
                durations::TRIGGER_POINT_HOLD,
            ],
            Technique::PesAnserineFocus => &[
                durations::PES_ANSERINE_HOLD,
                durations::PES_ANSERINE_FRICTION,
            ],
            Technique::MclCaution => &[durations::MCL],
            Technique::FoamRollerOrBall => &[durations::ROLLER_PAUSE, durations::BALL_HOLD],
        }
    }
}

content_ids! {
    /// A place or a feeling to keep off while massaging. Each step lists its own
    /// (`StepKind::keep_off`), and the step screen always shows them, never behind a tap.
    KeepOff {
        BackOfKnee => "keep-off.back-of-knee",
        PulseOrNerveFeeling => "keep-off.pulse-or-nerve-feeling",
        BulgingVein => "keep-off.bulging-vein",
        JointLine => "keep-off.joint-line",
        KneecapTendon => "keep-off.kneecap-tendon",
        Groin => "keep-off.groin",
        SwollenSpot => "keep-off.swollen-spot",
        BrokenSkin => "keep-off.broken-skin",
    }
}

content_ids! {
    /// The source's six principles for self-massage.
    Principle {
        ListenToYourBody => "principle.listen-to-your-body",
        StartGentle => "principle.start-gentle",
        BreatheDeeply => "principle.breathe-deeply",
        Consistency => "principle.consistency",
        Hydration => "principle.hydration",
        FollowWithMovement => "principle.follow-with-movement",
    }
}

content_ids! {
    /// The source's five frequently asked questions.
    Faq {
        WhatToTarget => "faq.what-to-target",
        Benefits => "faq.benefits",
        WhenToAvoid => "faq.when-to-avoid",
        Tools => "faq.tools",
        WhenToSeekHelp => "faq.when-to-seek-help",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    // The source's figures, stated here independently of the tables above.
    #[test]
    fn durations_are_the_sources_figures() {
        assert_eq!(durations::SOFT_TISSUE_RELEASE, SecondsRange::new(120, 300)); // 2-5 min
        assert_eq!(durations::TRIGGER_POINT_HOLD, SecondsRange::new(30, 60));
        assert_eq!(durations::PES_ANSERINE_HOLD, SecondsRange::new(30, 60));
        assert_eq!(durations::PES_ANSERINE_FRICTION, SecondsRange::new(60, 120)); // 1-2 min
        assert_eq!(durations::MCL, SecondsRange::new(30, 60));
        assert_eq!(durations::ROLLER_PAUSE, SecondsRange::new(20, 30));
        assert_eq!(durations::BALL_HOLD, SecondsRange::new(30, 60));
        assert_eq!(durations::SESSION, SecondsRange::new(300, 600)); // 5-10 min
        assert_eq!(PES_ANSERINE_INCHES_BELOW_JOINT_LINE, (1, 2));
    }

    #[test]
    fn there_are_five_structures_five_benefits_four_techniques_six_principles_five_faqs() {
        assert_eq!(Structure::ALL.len(), 5);
        assert_eq!(Benefit::ALL.len(), 5);
        assert_eq!(Technique::ALL.len(), 4);
        assert_eq!(Principle::ALL.len(), 6);
        assert_eq!(Faq::ALL.len(), 5);
        assert_eq!(Contraindication::ALL.len(), 8);
        assert_eq!(SeekHelpSign::ALL.len(), 6);
    }

    #[test]
    fn structures_name_the_sources_muscles() {
        use Muscle::*;
        assert_eq!(
            Structure::Adductors.muscles(),
            &[AdductorMagnus, AdductorLongus, AdductorBrevis, Gracilis]
        );
        assert_eq!(
            Structure::PesAnserine.muscles(),
            &[Sartorius, Gracilis, Semitendinosus]
        );
        assert_eq!(Structure::Mcl.touch(), Touch::ExtremeCaution);
        assert_eq!(Structure::MedialMeniscus.touch(), Touch::NotDirectly);
    }

    #[test]
    fn every_range_is_ordered_and_every_technique_has_a_duration() {
        for t in Technique::ALL {
            assert!(!t.durations().is_empty(), "{t:?}");
            assert!(!t.targets().is_empty(), "{t:?}");
            for r in t.durations() {
                assert!(r.min > 0 && r.min <= r.max, "{t:?} {r:?}");
            }
        }
    }

    #[test]
    fn ids_are_unique_across_all_content() {
        let mut ids = HashSet::new();
        let all = Structure::ALL
            .iter()
            .map(|x| x.id())
            .chain(Muscle::ALL.iter().map(|x| x.id()))
            .chain(Benefit::ALL.iter().map(|x| x.id()))
            .chain(Contraindication::ALL.iter().map(|x| x.id()))
            .chain(SeekHelpSign::ALL.iter().map(|x| x.id()))
            .chain(Technique::ALL.iter().map(|x| x.id()))
            .chain(KeepOff::ALL.iter().map(|x| x.id()))
            .chain(Principle::ALL.iter().map(|x| x.id()))
            .chain(Faq::ALL.iter().map(|x| x.id()));
        for id in all {
            assert!(ids.insert(id), "duplicate id {id}");
        }
    }
}
