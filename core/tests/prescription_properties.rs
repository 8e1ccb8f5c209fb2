//! Property tests of the clinician's link: 10,000 valid routines round-trip exactly; 10,000
//! random strings and 10,000 mutated links never panic, and are either refused or read as a
//! valid routine whose own link is exactly the text read. Host only.
#![cfg(not(target_arch = "wasm32"))]

use knee_core::calendar::Day;
use knee_core::prescription::{Prescription, V1_STEPS};
use knee_core::screening::Knee;
use knee_core::step::StepKind;
use proptest::prelude::*;

fn seconds_in(kind: StepKind) -> impl Strategy<Value = (StepKind, u32)> {
    let range = kind.range();
    (range.min..=range.max).prop_map(move |s| (kind, s))
}

/// A routine the clinician's screen could make: the frame steps always, the others optional.
fn prescription() -> impl Strategy<Value = Prescription> {
    let optional = |kind: StepKind| proptest::option::of(seconds_in(kind));
    (
        prop_oneof![Just(None), Just(Some(Knee::Left)), Just(Some(Knee::Right))],
        seconds_in(StepKind::Positioning),
        optional(StepKind::SoftTissueRelease),
        prop_oneof![
            Just(None),
            seconds_in(StepKind::PesAnserineHold).prop_map(Some),
            seconds_in(StepKind::PesAnserineFriction).prop_map(Some)
        ],
        optional(StepKind::Mcl),
        (
            optional(StepKind::FoamRollerPass),
            optional(StepKind::FoamRollerPause),
        ),
        optional(StepKind::MassageBall),
        seconds_in(StepKind::GentleMovement),
        2u8..=4,
        any::<u16>(),
    )
        .prop_map(
            |(knee, pos, soft, pes, mcl, (pass, pause), ball, gentle, per_week, day)| {
                let mut steps: Vec<(StepKind, u32)> =
                    [Some(pos), soft, pes, mcl, pass, pause, ball, Some(gentle)]
                        .into_iter()
                        .flatten()
                        .collect();
                steps.sort_by_key(|(k, _)| V1_STEPS.iter().position(|s| s == k));
                Prescription {
                    knee,
                    foam_roller: pass.is_some() || pause.is_some(),
                    massage_ball: ball.is_some(),
                    steps,
                    per_week,
                    prepared: Day(day),
                }
            },
        )
}

/// Whatever `decode` makes of `text`, it holds together: a refusal, or a valid routine whose
/// link is `text` itself (one text per routine: nothing was clamped or guessed).
fn read_soundly(text: &str) -> Result<(), TestCaseError> {
    if let Ok(p) = Prescription::decode(text) {
        prop_assert!(p.is_valid(), "an invalid routine was read from {text:?}");
        let link = p.encode();
        prop_assert_eq!(link.as_deref(), Some(text.trim()));
        for &(kind, seconds) in &p.steps {
            prop_assert!(kind.range().contains(seconds));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    #[test]
    fn every_valid_routine_round_trips_exactly(p in prescription()) {
        prop_assert!(p.is_valid());
        let link = p.encode().expect("a valid routine encodes");
        prop_assert!(link.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'), "URL-safe: {}", link);
        prop_assert_eq!(Prescription::decode(&link), Ok(p.clone()));
        prop_assert_eq!(Prescription::from_fragment(&format!("#rx={link}")), Some(Ok(p)));
    }

    #[test]
    fn random_text_never_panics_and_is_refused_or_sound(text in "[A-Za-z0-9_\\-]{0,40}|\\PC{0,40}") {
        read_soundly(&text)?;
    }

    #[test]
    fn mutated_links_never_panic_and_are_refused_or_sound(
        p in prescription(),
        at in any::<prop::sample::Index>(),
        with in "[A-Za-z0-9_\\-]",
        cut in 0usize..4,
        how in 0u8..3,
    ) {
        let link = p.encode().unwrap();
        let i = at.index(link.len());
        let mutated = match how {
            // One character replaced.
            0 => format!("{}{}{}", &link[..i], with, &link[i + 1..]),
            // Cut short.
            1 => link[..link.len().saturating_sub(cut + 1)].to_owned(),
            // Something added.
            _ => format!("{link}{with}"),
        };
        read_soundly(&mutated)?;
        if mutated != link {
            // A change that still reads must read as something else, never as the original.
            if let Ok(other) = Prescription::decode(&mutated) {
                prop_assert_ne!(other, p);
            }
        }
    }
}
