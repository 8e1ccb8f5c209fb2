//! The routine planner: turns a screening outcome, the patient's answers and their choices
//! into an ordered plan of timed steps.
//!
//! Every duration comes from the source's ranges (`content::durations`); steps the source gives
//! no duration for (positioning, the roller pass, the closing movement) get a stated default.
//! No step ever gets a duration outside its range. Both presets land inside the source's 5-10
//! minute session: the inner-thigh step (2-5 min, the widest range) takes up the difference.
//! The outcome's limits ([`Limits`]: a precaution's, or a lifted risk's) shape the plan: gentle
//! pressure (every text of its steps is the gentle one), hands only (no roller, no ball), the
//! pes anserine hold only, no MCL step, no pes anserine step; the other limits are cautions
//! shown with the steps they concern (`cautions_for`). Blocked outcomes give no plan at all.
//! This module never imports a browser crate and never reads a clock.

use crate::content::durations;
use crate::prescription::Prescription;
use crate::screening::{Answers, Knee, Limit, Limits, Outcome};
use crate::step::{PesAnserineMethod, Pressure, StepKind};
use crate::timer::{millis, Session};

/// "Short" takes the bottom of every range, "full" the top.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Preset {
    #[default]
    Short,
    Full,
}

/// The patient's choices for the routine, and the clinician's routine if a link brought one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct PlanChoices {
    pub preset: Preset,
    pub pes_anserine: PesAnserineMethod,
    /// A duration the patient set for a step, in seconds; clamped into the step's range.
    adjusted: [Option<u32>; StepKind::COUNT],
    /// The clinician's routine: only its steps, at its times unless the patient changes them.
    prescribed: Option<Prescription>,
}

impl PlanChoices {
    pub fn new(preset: Preset, pes_anserine: PesAnserineMethod) -> Self {
        PlanChoices {
            preset,
            pes_anserine,
            adjusted: [None; StepKind::COUNT],
            prescribed: None,
        }
    }

    /// The choices a clinician's routine gives: its pes anserine method, its steps and times.
    pub fn prescribed(prescription: Prescription) -> Self {
        PlanChoices {
            pes_anserine: prescription.pes_anserine(),
            prescribed: Some(prescription),
            ..PlanChoices::default()
        }
    }

    /// The clinician's routine these choices start from, if any.
    pub fn prescription(&self) -> Option<&Prescription> {
        self.prescribed.as_ref()
    }

    /// Fresh choices for a new start (Start over, the other knee): the patient's changes go,
    /// the clinician's routine stays.
    pub fn fresh(&self) -> Self {
        self.prescribed
            .clone()
            .map_or_else(PlanChoices::default, PlanChoices::prescribed)
    }

    /// Whether a plan with these choices may have `step`: every step, or the clinician's.
    pub fn includes(&self, step: StepKind) -> bool {
        self.prescribed.as_ref().is_none_or(|p| p.has(step))
    }

    /// Sets a step's duration; any value is accepted and kept inside the step's range.
    pub fn adjust(&mut self, step: StepKind, seconds: u32) {
        let range = step.range();
        self.adjusted[step as usize] = Some(seconds.clamp(range.min, range.max));
    }

    /// "Shorter" (`direction` < 0) or "longer" on a step of `plan`, by the step's increment
    /// from the time the plan shows now, kept in its range. A step not in the plan is left,
    /// and `false` says nothing changed.
    pub fn nudge(&mut self, plan: &Plan, step: StepKind, direction: i8) -> bool {
        let Some(current) = plan
            .steps
            .iter()
            .find(|s| s.kind == step)
            .map(|s| s.seconds)
        else {
            return false;
        };
        let before = self.clone();
        self.adjust(step, step.nudged(current, direction));
        *self != before
    }

    /// A new preset replaces every adjustment (a clinician's times still come first).
    pub fn set_preset(&mut self, preset: Preset) {
        self.preset = preset;
        self.adjusted = [None; StepKind::COUNT];
    }

    /// The duration the plan gives `step`, in a plan of the steps `kinds`, with these choices:
    /// the patient's own setting, else the clinician's, else the preset's.
    fn seconds_for(&self, step: StepKind, kinds: &[StepKind]) -> u32 {
        let range = step.range();
        self.adjusted[step as usize]
            .or_else(|| self.prescribed.as_ref().and_then(|p| p.seconds(step)))
            .unwrap_or_else(|| self.preset_seconds(step, kinds))
            .clamp(range.min, range.max)
    }

    /// The preset's duration: "short" the bottom of the range, "full" the top; except the
    /// inner-thigh step, which fills the rest of the session's lower (short) or upper (full)
    /// bound, within its own 2-5 minutes. It reads the other steps' preset times, never the
    /// patient's adjustments, so changing one step never moves another.
    fn preset_seconds(&self, step: StepKind, kinds: &[StepKind]) -> u32 {
        let range = step.range();
        let (own, session) = match self.preset {
            Preset::Short => (range.min, durations::SESSION.min),
            Preset::Full => (range.max, durations::SESSION.max),
        };
        if step != StepKind::SoftTissueRelease {
            return own;
        }
        let others: u32 = kinds
            .iter()
            .filter(|&&k| k != step)
            .map(|&k| self.preset_seconds(k, kinds))
            .sum();
        session.saturating_sub(others).clamp(range.min, range.max)
    }
}

/// One step of a plan with its duration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PlannedStep {
    pub kind: StepKind,
    pub seconds: u32,
}

/// An ordered routine for one knee.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Plan {
    pub knee: Knee,
    pub steps: Vec<PlannedStep>,
    /// Gentle when the outcome's limits have `Limit::Gentle`: the overview, the steps, the cues
    /// and the print-out then all use the gentle texts.
    pub pressure: Pressure,
    /// The outcome's limits: the cautions the steps show come from them.
    pub limits: Limits,
}

impl Plan {
    pub fn total_seconds(&self) -> u32 {
        self.steps.iter().map(|s| s.seconds).sum()
    }

    /// The timer for this plan: each step's length, "How did that feel?" after the deep
    /// pressure steps, the confirmation before the MCL step, and "More time" up to the
    /// longest the source gives each step.
    pub fn session(&self) -> Session {
        let kinds: Vec<StepKind> = self.steps.iter().map(|s| s.kind).collect();
        Session::new(self.steps.iter().map(|s| millis(s.seconds)))
            .with_longest(kinds.iter().map(|k| millis(k.longest_seconds())))
            .with_check_ins(|i| kinds[i].is_deep_pressure())
            .with_confirmations(|i| kinds[i].needs_confirmation())
    }

    /// Whether the total is inside the source's 5-10 minutes (the presets always are; the
    /// patient's own adjustments may leave it, which the overview says plainly).
    pub fn within_session_guidance(&self) -> bool {
        durations::SESSION.contains(self.total_seconds())
    }
}

/// Builds the plan, or `None` when the outcome does not allow the routine (or no knee was
/// chosen).
pub fn build(outcome: &Outcome, answers: &Answers, choices: &PlanChoices) -> Option<Plan> {
    if !outcome.tier.allows_routine() {
        return None;
    }
    let knee = answers.knee()?;
    let limits = outcome.limits();
    let hands_only = limits.has(Limit::HandsOnly);
    let mut kinds = vec![StepKind::Positioning, StepKind::SoftTissueRelease];
    if !limits.has(Limit::NoPesAnserine) {
        kinds.push(match choices.pes_anserine {
            PesAnserineMethod::Friction if !limits.has(Limit::HoldOnly) => {
                StepKind::PesAnserineFriction
            }
            _ => StepKind::PesAnserineHold,
        });
    }
    if outcome.allows_mcl_step() {
        kinds.push(StepKind::Mcl);
    }
    if answers.has_foam_roller() && !hands_only {
        kinds.extend([StepKind::FoamRollerPass, StepKind::FoamRollerPause]);
    }
    // The ball's spot below the knee is the pes anserine's: no pes anserine step, no ball.
    if answers.has_massage_ball() && !hands_only && !limits.has(Limit::NoPesAnserine) {
        kinds.push(StepKind::MassageBall);
    }
    kinds.push(StepKind::GentleMovement);
    // A clinician's routine keeps only its own steps (the answers above still decide); its
    // friction step becomes the hold when friction is ruled out.
    kinds.retain(|&k| {
        choices.includes(k)
            || (k == StepKind::PesAnserineHold
                && limits.has(Limit::HoldOnly)
                && choices.includes(StepKind::PesAnserineFriction))
    });
    let steps = kinds
        .iter()
        .map(|&kind| PlannedStep {
            kind,
            seconds: choices.seconds_for(kind, &kinds),
        })
        .collect();
    let pressure = if limits.has(Limit::Gentle) {
        Pressure::Gentle
    } else {
        Pressure::Usual
    };
    Some(Plan {
        knee,
        steps,
        pressure,
        limits,
    })
}

/// The cautions a step shows, from the plan's limits: the limits that are not already a
/// removed or softened step, on the steps they concern.
pub fn cautions_for(limits: Limits, step: StepKind) -> impl Iterator<Item = Limit> {
    use StepKind::*;
    limits.iter().filter(move |&limit| match limit {
        Limit::Gentle
        | Limit::HandsOnly
        | Limit::HoldOnly
        | Limit::NoMcl
        | Limit::NoPesAnserine => false,
        Limit::NoLongThighHolds => step == SoftTissueRelease,
        Limit::KeepOffVeins => {
            matches!(
                step,
                SoftTissueRelease | PesAnserineHold | PesAnserineFriction | Mcl
            )
        }
        // The roller goes down to just above the knee, where injections often go in.
        Limit::AvoidInjectionSite => matches!(
            step,
            SoftTissueRelease | Mcl | FoamRollerPass | FoamRollerPause
        ),
        Limit::StopIfBruising => step.technique().is_some(),
        Limit::CheckSkin => step == GentleMovement,
        Limit::StayOffFloor => step == Positioning,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::screening::{evaluate, Choice, Question, Tier};
    use crate::testing::AnswersBuilder;

    fn answers(mcl_guidance: Choice, roller: Choice, ball: Choice) -> Answers {
        AnswersBuilder::all_no()
            .with(Question::MclGuidance, mcl_guidance)
            .with(Question::FoamRoller, roller)
            .with(Question::MassageBall, ball)
            .build()
    }

    /// Every answer set the planner can meet that allows a routine, with every choice.
    fn every_input() -> Vec<(Outcome, Answers, PlanChoices)> {
        let mut all = Vec::new();
        for guidance in [Choice::Yes, Choice::No] {
            for roller in [Choice::Yes, Choice::No] {
                for ball in [Choice::Yes, Choice::No] {
                    let a = answers(guidance, roller, ball);
                    for preset in [Preset::Short, Preset::Full] {
                        for method in [PesAnserineMethod::Hold, PesAnserineMethod::Friction] {
                            all.push((evaluate(&a), a.clone(), PlanChoices::new(preset, method)));
                        }
                    }
                }
            }
        }
        all
    }

    #[test]
    fn no_plan_has_a_duration_outside_the_sources_ranges_whatever_the_adjustment() {
        let mut plans = 0;
        for (outcome, answers, choices) in every_input() {
            for &step in StepKind::ALL {
                for seconds in (0..=700).step_by(7).chain([u32::MAX]) {
                    let mut c = choices.clone();
                    c.adjust(step, seconds);
                    let plan = build(&outcome, &answers, &c).expect("these outcomes allow it");
                    plans += 1;
                    for s in &plan.steps {
                        assert!(s.kind.range().contains(s.seconds), "{s:?}");
                    }
                    assert_eq!(
                        plan.total_seconds(),
                        plan.steps.iter().map(|s| s.seconds).sum::<u32>()
                    );
                }
            }
        }
        assert!(plans > 10_000, "only {plans} plans checked");
    }

    #[test]
    fn short_takes_the_bottom_of_each_range_and_full_the_top() {
        let a = answers(Choice::Yes, Choice::Yes, Choice::Yes);
        let o = evaluate(&a);
        let short = build(
            &o,
            &a,
            &PlanChoices::new(Preset::Short, PesAnserineMethod::Hold),
        )
        .unwrap();
        let full = build(
            &o,
            &a,
            &PlanChoices::new(Preset::Full, PesAnserineMethod::Hold),
        )
        .unwrap();
        let secs = |p: &Plan| p.steps.iter().map(|s| s.seconds).collect::<Vec<_>>();
        // Positioning, soft tissue 2-5 min, pes anserine hold 30-60 s, MCL 30-60 s,
        // roller pass, roller pause 20-30 s, ball 30-60 s, movement.
        // Full would be 11 min: the inner-thigh step gives up 60 s to land on 10 min.
        assert_eq!(secs(&short), [30, 120, 30, 30, 60, 20, 30, 60]);
        assert_eq!(secs(&full), [30, 240, 60, 60, 60, 30, 60, 60]);
        assert_eq!(short.total_seconds(), 380);
        assert_eq!(full.total_seconds(), 600);
        // With no tools and no MCL, Short would be 4 min: the inner-thigh step grows to 3 min.
        let bare = answers(Choice::No, Choice::No, Choice::No);
        let short = build(
            &evaluate(&bare),
            &bare,
            &PlanChoices::new(Preset::Short, PesAnserineMethod::Hold),
        )
        .unwrap();
        assert_eq!(secs(&short), [30, 180, 30, 60]);
        assert_eq!(short.total_seconds(), 300);
    }

    #[test]
    fn both_presets_land_in_five_to_ten_minutes_for_every_tool_and_method() {
        let mut seen = 0;
        for (outcome, answers, choices) in every_input() {
            let plan = build(&outcome, &answers, &choices).unwrap();
            let total = plan.total_seconds();
            assert!(
                (300..=600).contains(&total),
                "{:?} {:?}: {total} s",
                choices.preset,
                plan.steps
            );
            assert!(plan.within_session_guidance());
            seen += 1;
        }
        assert_eq!(seen, 32);
    }

    #[test]
    fn adjusting_one_step_never_moves_another() {
        for (outcome, answers, choices) in every_input() {
            let before = build(&outcome, &answers, &choices).unwrap();
            for s in &before.steps {
                let mut c = choices.clone();
                c.adjust(s.kind, s.seconds + 10);
                let after = build(&outcome, &answers, &c).unwrap();
                for (x, y) in before.steps.iter().zip(&after.steps) {
                    if x.kind != s.kind {
                        assert_eq!(x, y, "adjusting {:?} moved {:?}", s.kind, x.kind);
                    }
                }
            }
        }
    }

    #[test]
    fn precautions_shape_the_plan_as_their_limits_promise() {
        use Question::*;
        let kinds = |a: &Answers, method| {
            let plan = build(&evaluate(a), a, &PlanChoices::new(Preset::Short, method)).unwrap();
            assert_eq!(plan.pressure, Pressure::Gentle);
            plan.steps.iter().map(|s| s.kind).collect::<Vec<_>>()
        };
        for q in [BloodThinners, VaricoseVeins, ReducedFeeling, ThinBones] {
            let mut a = answers(Choice::No, Choice::Yes, Choice::Yes);
            a.set(q, Choice::NotSure).unwrap();
            let steps = kinds(&a, PesAnserineMethod::Friction);
            assert!(
                !steps.iter().any(|k| matches!(
                    k,
                    StepKind::FoamRollerPass | StepKind::FoamRollerPause | StepKind::MassageBall
                )),
                "{q:?}: hands only"
            );
            let hold_only = q == BloodThinners;
            assert_eq!(
                steps.contains(&StepKind::PesAnserineHold),
                hold_only,
                "{q:?}"
            );
        }
        let mut a = answers(Choice::Yes, Choice::Yes, Choice::Yes);
        a.set(SteroidInjection, Choice::Yes).unwrap();
        assert_eq!(
            kinds(&a, PesAnserineMethod::Friction),
            [
                StepKind::Positioning,
                StepKind::SoftTissueRelease,
                StepKind::Mcl,
                StepKind::FoamRollerPass,
                StepKind::FoamRollerPause,
                StepKind::GentleMovement
            ]
        );
        // A knee replacement, lifted: no MCL step even with guidance, the hold only.
        let mut a = answers(Choice::Yes, Choice::Yes, Choice::No);
        a.set(LegOperation, Choice::Yes).unwrap();
        a.set(KneeReplacement, Choice::Yes).unwrap();
        a.set(ClinicianCleared, Choice::Yes).unwrap();
        let steps = kinds(&a, PesAnserineMethod::Friction);
        assert!(!steps.contains(&StepKind::Mcl));
        assert!(steps.contains(&StepKind::PesAnserineHold));
        assert!(steps.contains(&StepKind::FoamRollerPass));
    }

    #[test]
    fn cautions_show_on_the_steps_they_concern() {
        use crate::screening::Limits;
        let all = Limits::of(Limit::ALL);
        let on = |step| cautions_for(all, step).collect::<Vec<_>>();
        assert_eq!(on(StepKind::Positioning), [Limit::StayOffFloor]);
        assert_eq!(on(StepKind::GentleMovement), [Limit::CheckSkin]);
        assert!(on(StepKind::SoftTissueRelease).contains(&Limit::NoLongThighHolds));
        assert!(on(StepKind::Mcl).contains(&Limit::KeepOffVeins));
        assert!(on(StepKind::FoamRollerPass).contains(&Limit::AvoidInjectionSite));
        for &k in StepKind::ALL {
            assert!(!on(k).contains(&Limit::Gentle), "{k:?}");
        }
    }

    #[test]
    fn a_plan_is_gentle_exactly_when_a_clearance_lifted_a_risk() {
        let mut a = answers(Choice::Yes, Choice::Yes, Choice::Yes);
        let usual = build(&evaluate(&a), &a, &PlanChoices::default()).unwrap();
        assert_eq!(usual.pressure, Pressure::Usual);
        a.set(Question::PainLasting, Choice::Yes).unwrap();
        a.set(Question::ClinicianCleared, Choice::Yes).unwrap();
        let gentle = build(&evaluate(&a), &a, &PlanChoices::default()).unwrap();
        assert_eq!(gentle.pressure, Pressure::Gentle);
    }

    #[test]
    fn the_plan_follows_the_sources_order_and_the_patients_tools() {
        let a = answers(Choice::No, Choice::No, Choice::Yes);
        let plan = build(
            &evaluate(&a),
            &a,
            &PlanChoices::new(Preset::Short, PesAnserineMethod::Friction),
        )
        .unwrap();
        let kinds: Vec<StepKind> = plan.steps.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                StepKind::Positioning,
                StepKind::SoftTissueRelease,
                StepKind::PesAnserineFriction,
                StepKind::MassageBall,
                StepKind::GentleMovement
            ]
        );
        assert_eq!(plan.knee, Knee::Right);
    }

    #[test]
    fn the_mcl_step_appears_only_where_the_outcome_allows_it() {
        for (outcome, answers, choices) in every_input() {
            let plan = build(&outcome, &answers, &choices).unwrap();
            let has_mcl = plan.steps.iter().any(|s| s.kind == StepKind::Mcl);
            assert_eq!(has_mcl, outcome.allows_mcl_step());
        }
    }

    #[test]
    fn blocked_outcomes_give_no_plan() {
        let mut a = answers(Choice::Yes, Choice::Yes, Choice::Yes);
        a.set(Question::SharpPain, Choice::NotSure).unwrap();
        let outcome = evaluate(&a);
        assert_eq!(outcome.tier, Tier::SeeClinician);
        assert_eq!(build(&outcome, &a, &PlanChoices::default()), None);
        a.set(Question::Fever, Choice::Yes).unwrap();
        assert_eq!(build(&evaluate(&a), &a, &PlanChoices::default()), None);
    }

    #[test]
    fn nudging_moves_a_step_by_its_increment_within_its_range() {
        let a = answers(Choice::Yes, Choice::Yes, Choice::Yes);
        let o = evaluate(&a);
        let mut c = PlanChoices::default();
        let soft = |c: &PlanChoices| {
            let plan = build(&o, &a, c).unwrap();
            plan.steps
                .iter()
                .find(|s| s.kind == StepKind::SoftTissueRelease)
                .unwrap()
                .seconds
        };
        assert_eq!(soft(&c), 120);
        for _ in 0..20 {
            let plan = build(&o, &a, &c).unwrap();
            c.nudge(&plan, StepKind::SoftTissueRelease, 1);
        }
        assert_eq!(soft(&c), 300);
        let plan = build(&o, &a, &c).unwrap();
        c.nudge(&plan, StepKind::SoftTissueRelease, -1);
        assert_eq!(soft(&c), 270);
        // A step the plan does not have is left alone.
        let before = c.clone();
        assert!(!c.nudge(&plan, StepKind::PesAnserineFriction, 1));
        assert_eq!(c, before);
    }

    #[test]
    fn a_plans_session_has_its_steps_check_ins_and_mcl_confirmation() {
        use crate::timer::{Input, Phase};
        let a = answers(Choice::Yes, Choice::No, Choice::No);
        let plan = build(&evaluate(&a), &a, &PlanChoices::default()).unwrap();
        let kinds: Vec<StepKind> = plan.steps.iter().map(|s| s.kind).collect();
        assert_eq!(kinds[3], StepKind::Mcl);
        let mut session = plan.session();
        assert_eq!(session.total(), millis(plan.total_seconds()));
        session.handle(Input::Start, 0);
        // Positioning, then the inner thigh ends with a check-in.
        let end_soft = millis(plan.steps[0].seconds + plan.steps[1].seconds);
        assert_eq!(session.view(end_soft + 5).phase, Phase::CheckIn(1));
        session.handle(Input::FeltFine, end_soft + 5);
        let end_pes = end_soft + 5 + millis(plan.steps[2].seconds);
        session.handle(Input::FeltFine, end_pes + 1);
        assert_eq!(session.view(end_pes + 2).phase, Phase::Confirm(3));
    }

    #[test]
    fn more_time_in_a_plans_session_stops_at_the_sources_longest() {
        use crate::timer::{Input, MORE_TIME};
        // The source's longest where it gives a duration; 2 minutes to get into position; our
        // other stated defaults as they are.
        for &k in StepKind::ALL {
            let longest = k.longest_seconds();
            match k {
                StepKind::Positioning => assert_eq!(longest, 120),
                _ => assert_eq!(longest, k.range().max, "{k:?}"),
            }
            assert!(longest >= k.range().max);
        }
        let a = answers(Choice::Yes, Choice::No, Choice::No);
        let plan = build(&evaluate(&a), &a, &PlanChoices::default()).unwrap();
        let mut session = plan.session();
        session.handle(Input::Start, 0);
        // Into the inner-thigh step, then "More time" until it says no.
        let soft = millis(plan.steps[0].seconds) + 1;
        let mut taps = 0;
        while session.handle(Input::MoreTime, soft) {
            taps += 1;
        }
        let view = session.view(soft);
        assert_eq!(view.step, 1);
        assert_eq!(
            view.step_length,
            millis(StepKind::SoftTissueRelease.range().max)
        );
        let grown = view.step_length - millis(plan.steps[1].seconds);
        assert_eq!(taps, grown.div_ceil(MORE_TIME));
    }

    #[test]
    fn a_clinicians_routine_keeps_its_steps_and_times_and_the_answers_still_decide() {
        use crate::calendar::Day;
        use crate::prescription::Prescription;
        let prescription = Prescription {
            knee: Some(Knee::Right),
            steps: vec![
                (StepKind::Positioning, 30),
                (StepKind::PesAnserineFriction, 90),
                (StepKind::Mcl, 40),
                (StepKind::FoamRollerPause, 25),
                (StepKind::GentleMovement, 60),
            ],
            foam_roller: true,
            massage_ball: false,
            per_week: 3,
            prepared: Day(2521),
        };
        assert!(prescription.is_valid());
        let choices = PlanChoices::prescribed(prescription.clone());
        // Every tool, MCL guidance: the clinician's steps only, at the clinician's times.
        let a = answers(Choice::Yes, Choice::Yes, Choice::Yes);
        let plan = build(&evaluate(&a), &a, &choices).unwrap();
        let steps: Vec<(StepKind, u32)> = plan.steps.iter().map(|s| (s.kind, s.seconds)).collect();
        assert_eq!(
            steps, prescription.steps,
            "no inner-thigh step, no ball: the clinician left them out"
        );
        // No MCL guidance and no roller: those prescribed steps go (the answers decide).
        let a = answers(Choice::No, Choice::No, Choice::Yes);
        let plan = build(&evaluate(&a), &a, &choices).unwrap();
        let kinds: Vec<StepKind> = plan.steps.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                StepKind::Positioning,
                StepKind::PesAnserineFriction,
                StepKind::GentleMovement
            ]
        );
        // The patient's own change wins over the clinician's time; a fresh start keeps the
        // clinician's routine and drops the change.
        let mut changed = choices.clone();
        assert!(changed.nudge(&plan, StepKind::PesAnserineFriction, 1));
        let plan = build(&evaluate(&a), &a, &changed).unwrap();
        assert_eq!(plan.steps[1].seconds, 100);
        assert_eq!(changed.fresh(), choices);
        assert_eq!(PlanChoices::default().fresh(), PlanChoices::default());
    }

    #[test]
    fn a_new_preset_clears_adjustments() {
        let mut c = PlanChoices::new(Preset::Short, PesAnserineMethod::Hold);
        let kinds = [StepKind::SoftTissueRelease];
        c.adjust(StepKind::SoftTissueRelease, 200);
        assert_eq!(c.seconds_for(StepKind::SoftTissueRelease, &kinds), 200);
        c.set_preset(Preset::Full);
        assert_eq!(c.seconds_for(StepKind::SoftTissueRelease, &kinds), 300);
    }
}
