//! Patients' stories, written from the source and the issue, not generated from the rules:
//! each says what the patient would answer and which tier and reasons the screening must give.

use knee_core::screening::{evaluate, Answers, Change, Choice, Limit, Question, Tier, TimeFrame};
use knee_core::testing::AnswersBuilder;
use Question::*;

/// A patient: the risks they say yes or not sure to (every other risk is no), and their
/// preference answers.
#[derive(Clone, Copy)]
struct Patient {
    yes: &'static [Question],
    not_sure: &'static [Question],
    cleared: Choice,
    mcl_guidance: Choice,
    roller: Choice,
    ball: Choice,
}

const CAREFUL_DEFAULTS: Patient = Patient {
    yes: &[],
    not_sure: &[],
    cleared: Choice::No,
    mcl_guidance: Choice::No,
    roller: Choice::Yes,
    ball: Choice::Yes,
};

impl Patient {
    fn answers(&self) -> Answers {
        AnswersBuilder::all_no()
            .yes(self.yes)
            .not_sure(self.not_sure)
            .with(ClinicianCleared, self.cleared)
            .with(MclGuidance, self.mcl_guidance)
            .with(FoamRoller, self.roller)
            .with(MassageBall, self.ball)
            .build()
    }
}

fn assert_story(patient: Patient, tier: Tier, reasons: &[Question]) {
    let outcome = evaluate(&patient.answers());
    assert_eq!(outcome.tier, tier);
    assert_eq!(outcome.reasons, reasons);
    if !tier.allows_routine() {
        assert!(!outcome.allows_mcl_step());
    }
}

/// The issues' rules tables, row by row: the answers of each row, their time frame, and
/// whether a clearance lifts them.
const TABLE: &[(&[Question], TimeFrame, bool)] = &[
    (
        &[
            PossibleFracture,
            CannotTakeFourSteps,
            Misshapen,
            TightSwollenLimb,
            FeverHotKnee,
            FeverChemotherapy,
            ColdPaleFoot,
            NerveEmergency,
        ],
        TimeFrame::Now,
        false,
    ),
    (&[BloodClotNow], TimeFrame::Today, false),
    (&[BloodClotOnTreatment], TimeFrame::BeforeAnyMassage, false),
    (&[BloodClotInThePast], TimeFrame::BeforeAnyMassage, false),
    (&[Fever], TimeFrame::Today, false),
    (&[RednessOrWarmth, SkinInfection], TimeFrame::Today, false),
    (&[CannotBearWeight], TimeFrame::Today, false),
    (&[SwellingOrBruising], TimeFrame::Today, false),
    (&[Locking, GivingWay], TimeFrame::Today, false),
    (&[SeverePain], TimeFrame::Today, false),
    (&[BloodThinnersKnock, VeinInflamed], TimeFrame::Today, false),
    (&[SharpPain], TimeFrame::NextFewDays, false),
    (
        &[RecentInjury, SuddenPain, PossibleTear, PossibleMclInjury],
        TimeFrame::NextFewDays,
        false,
    ),
    (&[NumbnessTinglingWeakness], TimeFrame::NextFewDays, false),
    (
        &[PainWorsening, PainDayAndNight],
        TimeFrame::NextFewDays,
        false,
    ),
    (&[Under18, HipOrGroinPain], TimeFrame::NextFewDays, false),
    (&[WeightLoss], TimeFrame::WithinTwoWeeks, false),
    (&[OpenWound], TimeFrame::WhenHealed, false),
    (&[DoctorSaidNoMassage], TimeFrame::BeforeAnyMassage, false),
    (
        &[RecentSurgery, LegUlcer, Lymphoedema],
        TimeFrame::BeforeAnyMassage,
        false,
    ),
    (
        &[
            EasyBruising,
            KneeReplacement,
            Pregnancy,
            CancerTreatment,
            CancerInBone,
            GroinLymphNodes,
        ],
        TimeFrame::BeforeAnyMassage,
        true,
    ),
    (
        &[
            PainLasting,
            PainNotImproving,
            PainDisturbsDailyLife,
            PainDisturbsSleep,
            UnsureOfCause,
        ],
        TimeFrame::NextFewWeeks,
        true,
    ),
];

/// The answers that go ahead with changes.
const PRECAUTIONS: &[Question] = &[
    BloodThinners,
    ThinBones,
    SteroidInjection,
    VaricoseVeins,
    ReducedFeeling,
];

#[test]
fn every_precaution_is_listed_and_goes_ahead_with_its_changes() {
    let precautions: Vec<Question> = Question::ALL
        .iter()
        .copied()
        .filter(|q| q.is_precaution())
        .collect();
    assert_eq!(precautions, PRECAUTIONS);
    for &q in PRECAUTIONS {
        for answer in [Choice::Yes, Choice::NotSure] {
            let p = Patient {
                mcl_guidance: Choice::Yes,
                ..CAREFUL_DEFAULTS
            };
            let mut a = p.answers();
            a.set(q, answer).unwrap();
            let outcome = evaluate(&a);
            assert_eq!(outcome.tier, Tier::GoAheadWithChanges, "{q:?}");
            assert_eq!(outcome.changes, vec![Change::Precautions(vec![q])]);
        }
    }
}

#[test]
fn every_risk_is_in_exactly_one_row_of_the_rules_table_with_its_time_frame() {
    let in_table: Vec<Question> = TABLE
        .iter()
        .flat_map(|(qs, _, _)| qs.iter().copied())
        .collect();
    let risks: Vec<Question> = Question::ALL
        .iter()
        .copied()
        .filter(|q| q.is_risk())
        .collect();
    assert_eq!(
        in_table.len(),
        risks.len(),
        "a risk is missing or listed twice"
    );
    for q in &risks {
        assert!(in_table.contains(q), "{q:?} is not in the table");
    }
    for &(qs, when, liftable) in TABLE {
        for &q in qs {
            assert_eq!(q.time_frame(), Some(when), "{q:?}");
            assert_eq!(q.cleared_by_clinician(), liftable, "{q:?}");
        }
    }
}

#[test]
fn each_row_of_the_table_alone_gives_its_result_with_and_without_clearance() {
    for &(qs, when, liftable) in TABLE {
        for &q in qs {
            for answer in [Choice::Yes, Choice::NotSure] {
                for cleared in [Choice::No, Choice::Yes, Choice::NotSure] {
                    let p = Patient {
                        cleared,
                        mcl_guidance: Choice::Yes,
                        ..CAREFUL_DEFAULTS
                    };
                    let mut a = p.answers();
                    a.set(q, answer).unwrap();
                    if let Some(g) = q.gateway() {
                        a.set(g, Choice::No).unwrap();
                        assert!(evaluate(&a).tier.allows_routine(), "{q:?} is not asked");
                        a.set(g, Choice::Yes).unwrap();
                    }
                    let outcome = evaluate(&a);
                    let lifted = liftable && cleared == Choice::Yes;
                    let expected = match (when, lifted) {
                        (_, true) => Tier::GoAheadWithChanges,
                        (TimeFrame::Now, _) => Tier::GoNow,
                        (TimeFrame::Today, _) => Tier::GetHelpToday,
                        _ => Tier::SeeClinician,
                    };
                    assert_eq!(
                        outcome.tier, expected,
                        "{q:?} {answer:?} cleared {cleared:?}"
                    );
                    if !lifted {
                        // With its gateway too, when that is a risk of its own.
                        let gateway = q.gateway().filter(|g| {
                            g.is_risk() && !(g.cleared_by_clinician() && cleared == Choice::Yes)
                        });
                        let mut reasons: Vec<Question> =
                            [Some(q), gateway].into_iter().flatten().collect();
                        reasons.sort_by_key(|&r| (r.time_frame(), r));
                        assert_eq!(outcome.reasons, reasons, "{q:?}");
                    }
                    assert_eq!(
                        outcome.shows_emergency_line(),
                        expected.is_urgent() || q.is_about_a_clot()
                    );
                }
            }
        }
    }
}

#[test]
fn a_runner_with_a_tight_inner_thigh_and_a_physios_mcl_guidance_goes_ahead() {
    let p = Patient {
        mcl_guidance: Choice::Yes,
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::GoAhead, &[]);
}

#[test]
fn without_mcl_guidance_the_routine_runs_without_the_mcl_step() {
    let outcome = evaluate(&CAREFUL_DEFAULTS.answers());
    assert_eq!(outcome.tier, Tier::GoAheadWithChanges);
    assert_eq!(outcome.changes, vec![Change::NoMclStep]);
    assert!(!outcome.allows_mcl_step());
}

#[test]
fn someone_who_twisted_their_knee_at_football_yesterday_sees_a_clinician() {
    let p = Patient {
        yes: &[RecentInjury, SuddenPain],
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::SeeClinician, &[RecentInjury, SuddenPain]);
}

#[test]
fn a_swollen_calf_after_a_long_flight_that_might_be_a_clot_needs_help_today() {
    let p = Patient {
        not_sure: &[BloodClotNow],
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::GetHelpToday, &[BloodClotNow]);
}

#[test]
fn a_clot_treated_years_ago_asks_the_doctor_first_even_if_cleared() {
    let p = Patient {
        yes: &[BloodClotInThePast],
        cleared: Choice::Yes,
        mcl_guidance: Choice::Yes,
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::SeeClinician, &[BloodClotInThePast]);
    assert!(evaluate(&p_answers(&[BloodClotInThePast])).shows_emergency_line());
}

#[test]
fn someone_on_blood_thinners_for_a_clot_asks_the_treating_doctor_first() {
    let p = Patient {
        yes: &[BloodClotOnTreatment, BloodClotInThePast],
        cleared: Choice::Yes,
        ..CAREFUL_DEFAULTS
    };
    assert_story(
        p,
        Tier::SeeClinician,
        &[BloodClotOnTreatment, BloodClotInThePast],
    );
}

/// The careful defaults with `yes` to these risks.
fn p_answers(yes: &'static [Question]) -> Answers {
    Patient {
        yes,
        ..CAREFUL_DEFAULTS
    }
    .answers()
}

#[test]
fn a_red_warm_knee_with_a_fever_goes_to_an_emergency_department_now() {
    let p = Patient {
        yes: &[RednessOrWarmth, Fever, FeverHotKnee],
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::GoNow, &[FeverHotKnee, RednessOrWarmth, Fever]);
}

#[test]
fn a_fever_without_a_hot_knee_or_chemotherapy_needs_help_today() {
    let p = Patient {
        yes: &[Fever],
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::GetHelpToday, &[Fever]);
}

#[test]
fn a_fever_during_chemotherapy_goes_now_whatever_the_clearance() {
    let p = Patient {
        yes: &[Fever, Cancer, CancerTreatment],
        not_sure: &[FeverChemotherapy],
        cleared: Choice::Yes,
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::GoNow, &[FeverChemotherapy, Fever]);
}

#[test]
fn someone_on_blood_thinners_for_a_heart_rhythm_goes_ahead_gently_with_hands_only() {
    let p = Patient {
        yes: &[BloodThinners],
        ..CAREFUL_DEFAULTS
    };
    let outcome = evaluate(&p.answers());
    assert_eq!(outcome.tier, Tier::GoAheadWithChanges);
    assert_eq!(
        outcome.changes,
        [Change::Precautions(vec![BloodThinners]), Change::NoMclStep]
    );
    let limits = outcome.limits();
    for l in [
        Limit::Gentle,
        Limit::HandsOnly,
        Limit::HoldOnly,
        Limit::StopIfBruising,
    ] {
        assert!(limits.has(l), "{l:?}");
    }
}

#[test]
fn someone_on_blood_thinners_who_knocked_the_leg_needs_help_today() {
    let p = Patient {
        yes: &[BloodThinners, BloodThinnersKnock],
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::GetHelpToday, &[BloodThinnersKnock]);
}

#[test]
fn a_knee_replacement_cleared_since_the_pain_began_goes_ahead_without_the_mcl_step() {
    let p = Patient {
        yes: &[LegOperation, KneeReplacement],
        cleared: Choice::Yes,
        mcl_guidance: Choice::Yes,
        ..CAREFUL_DEFAULTS
    };
    let outcome = evaluate(&p.answers());
    assert_eq!(outcome.tier, Tier::GoAheadWithChanges);
    assert!(!outcome.allows_mcl_step());
    let not_cleared = Patient {
        cleared: Choice::No,
        ..p
    };
    assert_story(not_cleared, Tier::SeeClinician, &[KneeReplacement]);
}

#[test]
fn an_operation_in_the_last_3_months_is_never_lifted() {
    let p = Patient {
        yes: &[LegOperation, RecentSurgery],
        cleared: Choice::Yes,
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::SeeClinician, &[RecentSurgery]);
}

#[test]
fn a_teenager_is_sent_to_a_doctor_not_the_routine() {
    let p = Patient {
        yes: &[Under18],
        cleared: Choice::Yes,
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::SeeClinician, &[Under18]);
}

#[test]
fn pain_all_day_and_night_is_not_lifted_though_night_pain_alone_is() {
    let p = Patient {
        yes: &[PainDisturbsSleep, PainDayAndNight],
        cleared: Choice::Yes,
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::SeeClinician, &[PainDayAndNight]);
    let night_only = Patient {
        yes: &[PainDisturbsSleep],
        ..p
    };
    assert_eq!(
        evaluate(&night_only.answers()).tier,
        Tier::GoAheadWithChanges
    );
}

#[test]
fn a_fall_from_a_bike_with_a_misshapen_knee_lists_the_urgent_reasons_first() {
    let p = Patient {
        yes: &[RecentInjury, Misshapen, OpenWound, PainLasting],
        not_sure: &[PossibleFracture],
        ..CAREFUL_DEFAULTS
    };
    assert_story(
        p,
        Tier::GoNow,
        &[
            PossibleFracture,
            Misshapen,
            RecentInjury,
            OpenWound,
            PainLasting,
        ],
    );
}

#[test]
fn someone_who_cannot_stand_on_the_leg_after_a_fall_needs_help_today() {
    let p = Patient {
        yes: &[RecentInjury, CannotBearWeight],
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::GetHelpToday, &[CannotBearWeight, RecentInjury]);
}

#[test]
fn a_knee_that_hurts_a_lot_even_at_rest_needs_help_today() {
    let p = Patient {
        not_sure: &[SeverePain],
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::GetHelpToday, &[SeverePain]);
}

#[test]
fn a_knee_that_gives_way_on_the_stairs_needs_help_today() {
    let p = Patient {
        yes: &[GivingWay],
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::GetHelpToday, &[GivingWay]);
}

#[test]
fn a_knee_that_locks_needs_help_today() {
    let p = Patient {
        not_sure: &[Locking],
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::GetHelpToday, &[Locking]);
}

#[test]
fn tingling_in_the_foot_sees_a_clinician() {
    let p = Patient {
        yes: &[NumbnessTinglingWeakness],
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::SeeClinician, &[NumbnessTinglingWeakness]);
}

#[test]
fn an_open_cut_near_the_knee_sees_a_clinician() {
    let p = Patient {
        yes: &[OpenWound],
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::SeeClinician, &[OpenWound]);
}

#[test]
fn a_skin_infection_near_the_knee_needs_help_today() {
    let p = Patient {
        yes: &[SkinInfection],
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::GetHelpToday, &[SkinInfection]);
}

#[test]
fn a_long_standing_ache_cleared_by_a_physio_goes_ahead_gently() {
    let p = Patient {
        yes: &[PainLasting, PainNotImproving],
        cleared: Choice::Yes,
        mcl_guidance: Choice::Yes,
        ..CAREFUL_DEFAULTS
    };
    let outcome = evaluate(&p.answers());
    assert_eq!(outcome.tier, Tier::GoAheadWithChanges);
    assert_eq!(
        outcome.changes,
        vec![Change::GentleAfterClearance(vec![
            PainLasting,
            PainNotImproving
        ])]
    );
    assert!(outcome.allows_mcl_step());
}

#[test]
fn clearance_never_lifts_pain_that_is_getting_worse() {
    let p = Patient {
        yes: &[PainLasting, PainWorsening],
        cleared: Choice::Yes,
        mcl_guidance: Choice::Yes,
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::SeeClinician, &[PainWorsening]);
}

#[test]
fn pain_that_wakes_someone_at_night_without_clearance_sees_a_clinician() {
    let p = Patient {
        yes: &[PainDisturbsSleep],
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::SeeClinician, &[PainDisturbsSleep]);
}

#[test]
fn a_patient_unsure_of_the_cause_and_unsure_about_clearance_sees_a_clinician() {
    let p = Patient {
        yes: &[UnsureOfCause],
        cleared: Choice::NotSure,
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::SeeClinician, &[UnsureOfCause]);
}

#[test]
fn a_doctors_advice_not_to_massage_is_never_lifted() {
    let p = Patient {
        yes: &[DoctorSaidNoMassage],
        cleared: Choice::Yes,
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::SeeClinician, &[DoctorSaidNoMassage]);
}

#[test]
fn a_possible_mcl_sprain_blocks_even_with_earlier_mcl_guidance() {
    let p = Patient {
        not_sure: &[PossibleMclInjury],
        cleared: Choice::Yes,
        mcl_guidance: Choice::Yes,
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::SeeClinician, &[PossibleMclInjury]);
}

#[test]
fn sharp_pain_when_pressing_sees_a_clinician() {
    let p = Patient {
        yes: &[SharpPain],
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::SeeClinician, &[SharpPain]);
}

#[test]
fn a_very_swollen_knee_after_a_long_walk_needs_help_today() {
    let p = Patient {
        not_sure: &[SwellingOrBruising],
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::GetHelpToday, &[SwellingOrBruising]);
}

#[test]
fn a_graze_still_healing_waits_and_a_worse_pain_sees_a_clinician_first() {
    let p = Patient {
        yes: &[PainWorsening, OpenWound],
        ..CAREFUL_DEFAULTS
    };
    // Reasons come in time-frame order: next few days before "until healed".
    assert_story(p, Tier::SeeClinician, &[PainWorsening, OpenWound]);
}

#[test]
fn having_no_roller_and_no_ball_is_not_a_risk() {
    let p = Patient {
        mcl_guidance: Choice::Yes,
        roller: Choice::No,
        ball: Choice::No,
        ..CAREFUL_DEFAULTS
    };
    assert_story(p, Tier::GoAhead, &[]);
}

#[test]
fn the_result_lists_what_its_tier_allows_and_the_mcl_change_once() {
    // A blocking answer beside a precaution: no change and no limit is listed.
    let blocked = evaluate(
        &AnswersBuilder::all_no()
            .yes(&[Question::Fever, Question::VaricoseVeins])
            .build(),
    );
    assert!(!blocked.tier.allows_routine());
    assert!(blocked.listed_changes().is_empty());
    assert!(blocked.listed_limits().is_empty());
    assert!(blocked.shows_urgent_care_line());
    // No MCL guidance: the change says so, and the limits listed never repeat it.
    let no_mcl = evaluate(&AnswersBuilder::all_no().build());
    assert_eq!(no_mcl.listed_changes(), &[Change::NoMclStep]);
    assert!(no_mcl.limits().has(Limit::NoMcl));
    assert!(no_mcl.listed_limits().is_empty());
    assert!(!no_mcl.shows_urgent_care_line());
    // A precaution: its limits are listed, never the MCL's.
    let veins = evaluate(
        &AnswersBuilder::all_no()
            .yes(&[Question::VaricoseVeins])
            .build(),
    );
    assert!(veins.listed_limits().contains(&Limit::Gentle));
    assert!(!veins.listed_limits().contains(&Limit::NoMcl));
    // The urgent-care line goes with "get help today" alone.
    for q in [Question::FeverHotKnee, Question::SharpPain] {
        let outcome = evaluate(&AnswersBuilder::all_no().yes(&[q]).build());
        assert_ne!(outcome.tier, Tier::GetHelpToday, "{q:?}");
        assert!(!outcome.shows_urgent_care_line(), "{q:?}");
    }
}
