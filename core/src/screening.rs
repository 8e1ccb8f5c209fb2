//! The safety screening: the questions, the patient's answers, and `evaluate`, a pure,
//! deterministic function from answers to an outcome tier with its reasons.
//!
//! Rules, never less cautious than the source:
//! - "Not sure" counts as yes, and so does a question left unanswered.
//! - Tier 1, get medical help today: a current, suspected or treated blood clot; fever,
//!   redness, warmth or skin infection; a possible broken bone or a misshapen knee.
//! - Tier 2, see a clinician first: every other risk. A clinician's clearance lifts only pain
//!   that lasts or does not improve, pain that gets in the way of daily life or sleep, and not
//!   knowing the cause. It never lifts worsening pain or any other risk.
//! - Tier 3, go ahead with changes: a safety change to the routine (no MCL step without a
//!   clinician's guidance; gentler work when a clinician's clearance lifted a risk).
//! - Tier 4, go ahead: every risk is no and nothing needs changing.
//!
//! Missing tools only shape the plan; they are never a tier. This module never stores,
//! prints or sends an answer, and never imports a browser crate.

use crate::content::{Contraindication, SeekHelpSign};

/// The four outcomes, most cautious first: `GetHelpToday < SeeClinician < ...`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    GetHelpToday,
    SeeClinician,
    GoAheadWithChanges,
    GoAhead,
}

impl Tier {
    /// Whether the routine may run at all.
    pub const fn allows_routine(self) -> bool {
        matches!(self, Tier::GoAheadWithChanges | Tier::GoAhead)
    }
}

/// An answer a patient can give.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Choice {
    Yes,
    No,
    NotSure,
    Left,
    Right,
}

/// Which knee the routine is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Knee {
    Left,
    Right,
}

/// What a question is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A safety risk: yes or not sure leads to `tier`.
    Risk {
        tier: Tier,
        cleared_by_clinician: bool,
    },
    /// Shapes the routine; never a risk.
    Preference,
}

const YES_NO_NOT_SURE: &[Choice] = &[Choice::Yes, Choice::No, Choice::NotSure];
const YES_NO: &[Choice] = &[Choice::Yes, Choice::No];
const LEFT_RIGHT: &[Choice] = &[Choice::Left, Choice::Right];

macro_rules! questions {
    ($($variant:ident => $id:literal),+ $(,)?) => {
        /// Every question of the screening, in the order the patient meets them.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Question { $($variant),+ }

        impl Question {
            pub const ALL: &'static [Question] = &[$(Question::$variant),+];
            pub const COUNT: usize = Question::ALL.len();

            /// A stable id: never reused, never renamed.
            pub const fn id(self) -> &'static str {
                match self { $(Question::$variant => $id),+ }
            }
        }
    };
}

questions! {
    WhichKnee => "q.which-knee",
    RecentInjury => "q.recent-injury",
    SuddenPain => "q.sudden-pain",
    PossibleTear => "q.possible-tear",
    PossibleMclInjury => "q.possible-mcl-injury",
    PossibleFracture => "q.possible-fracture",
    SwellingOrBruising => "q.swelling-or-bruising",
    Misshapen => "q.misshapen",
    RednessOrWarmth => "q.redness-or-warmth",
    Fever => "q.fever",
    SkinInfection => "q.skin-infection",
    OpenWound => "q.open-wound",
    SevereOrSharpPain => "q.severe-or-sharp-pain",
    GivingWay => "q.giving-way",
    Locking => "q.locking",
    NumbnessTinglingWeakness => "q.numbness-tingling-weakness",
    BloodClotNow => "q.blood-clot-now",
    BloodClotTreated => "q.blood-clot-treated",
    DoctorSaidNoMassage => "q.doctor-said-no-massage",
    PainLasting => "q.pain-lasting",
    PainNotImproving => "q.pain-not-improving",
    PainWorsening => "q.pain-worsening",
    PainDisturbsDailyLife => "q.pain-daily-life",
    PainDisturbsSleep => "q.pain-sleep",
    UnsureOfCause => "q.unsure-of-cause",
    ClinicianCleared => "q.clinician-cleared",
    MclGuidance => "q.mcl-guidance",
    FoamRoller => "q.foam-roller",
    MassageBall => "q.massage-ball",
}

impl Question {
    pub const fn kind(self) -> Kind {
        use Question::*;
        let (tier, cleared_by_clinician) = match self {
            WhichKnee | ClinicianCleared | MclGuidance | FoamRoller | MassageBall => {
                return Kind::Preference
            }
            BloodClotNow | BloodClotTreated | Fever | RednessOrWarmth | SkinInfection
            | PossibleFracture | Misshapen => (Tier::GetHelpToday, false),
            PainLasting
            | PainNotImproving
            | PainDisturbsDailyLife
            | PainDisturbsSleep
            | UnsureOfCause => (Tier::SeeClinician, true),
            RecentInjury
            | SuddenPain
            | PossibleTear
            | PossibleMclInjury
            | SwellingOrBruising
            | OpenWound
            | SevereOrSharpPain
            | GivingWay
            | Locking
            | NumbnessTinglingWeakness
            | DoctorSaidNoMassage
            | PainWorsening => (Tier::SeeClinician, false),
        };
        Kind::Risk {
            tier,
            cleared_by_clinician,
        }
    }

    pub const fn is_risk(self) -> bool {
        matches!(self.kind(), Kind::Risk { .. })
    }

    /// The answers the question offers, in the order they are shown.
    pub const fn choices(self) -> &'static [Choice] {
        match self {
            Question::WhichKnee => LEFT_RIGHT,
            Question::FoamRoller | Question::MassageBall => YES_NO,
            _ => YES_NO_NOT_SURE,
        }
    }

    /// The source's contraindications this question asks about.
    pub const fn contraindications(self) -> &'static [Contraindication] {
        use Contraindication as C;
        use Question::*;
        match self {
            RecentInjury | SuddenPain | PossibleTear => &[C::AcuteInjury],
            PossibleMclInjury => &[C::AcuteInjury],
            SwellingOrBruising => &[C::SignificantSwellingOrBruising],
            SevereOrSharpPain => &[C::SevereOrSharpPain],
            GivingWay => &[C::JointInstability],
            NumbnessTinglingWeakness => &[C::NumbnessTinglingOrWeakness],
            Fever | RednessOrWarmth => &[C::FeverOrRedness],
            BloodClotNow | BloodClotTreated => &[C::DeepVeinThrombosis],
            OpenWound | SkinInfection => &[C::OpenWoundOrSkinInfection],
            _ => &[],
        }
    }

    /// The source's signs to seek help that this question asks about.
    pub const fn seek_help_signs(self) -> &'static [SeekHelpSign] {
        use Question::*;
        use SeekHelpSign as S;
        match self {
            PainLasting | PainNotImproving | PainWorsening => {
                &[S::PainPersistentWorseningOrNotImproving]
            }
            SwellingOrBruising | RednessOrWarmth => &[S::SwellingRednessOrWarmth],
            Misshapen | GivingWay | Locking => &[S::DeformityInstabilityLockingOrGivingWay],
            PossibleTear | PossibleFracture | PossibleMclInjury => &[S::SuspectedSeriousInjury],
            PainDisturbsDailyLife | PainDisturbsSleep => &[S::PainDisturbsDailyLifeOrSleep],
            UnsureOfCause => &[S::UnsureOfCause],
            _ => &[],
        }
    }
}

/// The screening's questions grouped into short pages, one theme each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    YourKnee,
    Injury,
    HowItLooks,
    HowItFeels,
    MedicalHistory,
    PainOverTime,
    ClinicianAdvice,
    Tools,
}

impl Page {
    pub const ALL: &'static [Page] = &[
        Page::YourKnee,
        Page::Injury,
        Page::HowItLooks,
        Page::HowItFeels,
        Page::MedicalHistory,
        Page::PainOverTime,
        Page::ClinicianAdvice,
        Page::Tools,
    ];

    pub const fn questions(self) -> &'static [Question] {
        use Question::*;
        match self {
            Page::YourKnee => &[WhichKnee],
            Page::Injury => &[
                RecentInjury,
                SuddenPain,
                PossibleTear,
                PossibleMclInjury,
                PossibleFracture,
            ],
            Page::HowItLooks => &[
                SwellingOrBruising,
                Misshapen,
                RednessOrWarmth,
                Fever,
                SkinInfection,
                OpenWound,
            ],
            Page::HowItFeels => &[
                SevereOrSharpPain,
                GivingWay,
                Locking,
                NumbnessTinglingWeakness,
            ],
            Page::MedicalHistory => &[BloodClotNow, BloodClotTreated, DoctorSaidNoMassage],
            Page::PainOverTime => &[
                PainLasting,
                PainNotImproving,
                PainWorsening,
                PainDisturbsDailyLife,
                PainDisturbsSleep,
                UnsureOfCause,
            ],
            Page::ClinicianAdvice => &[ClinicianCleared, MclGuidance],
            Page::Tools => &[FoamRoller, MassageBall],
        }
    }

    /// The page that asks `question`.
    pub fn of(question: Question) -> Page {
        // Every question is on exactly one page (tested), so the search always finds one;
        // the fallback keeps this total without a panic.
        Page::ALL
            .iter()
            .copied()
            .find(|page| page.questions().contains(&question))
            .unwrap_or(Page::YourKnee)
    }
}

/// A choice that the question does not offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotOffered {
    pub question: Question,
    pub choice: Choice,
}

/// The patient's answers so far. Lives in memory only.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    given: [Option<Choice>; Question::COUNT],
}

impl Answers {
    pub fn get(&self, question: Question) -> Option<Choice> {
        self.given[question as usize]
    }

    /// Records an answer; refuses a choice the question does not offer.
    pub fn set(&mut self, question: Question, choice: Choice) -> Result<(), NotOffered> {
        if !question.choices().contains(&choice) {
            return Err(NotOffered { question, choice });
        }
        self.given[question as usize] = Some(choice);
        Ok(())
    }

    /// A copy with one more answer (for tests and builders).
    pub fn with(mut self, question: Question, choice: Choice) -> Result<Self, NotOffered> {
        self.set(question, choice)?;
        Ok(self)
    }

    pub fn is_answered(&self, question: Question) -> bool {
        self.get(question).is_some()
    }

    pub fn page_complete(&self, page: Page) -> bool {
        page.questions().iter().all(|&q| self.is_answered(q))
    }

    pub fn knee(&self) -> Option<Knee> {
        match self.get(Question::WhichKnee) {
            Some(Choice::Left) => Some(Knee::Left),
            Some(Choice::Right) => Some(Knee::Right),
            _ => None,
        }
    }

    /// A risk counts when answered yes or not sure, or left unanswered.
    pub fn flags(&self, question: Question) -> bool {
        !matches!(self.get(question), Some(Choice::No))
    }

    /// Only a plain yes counts for a preference ("not sure" is no).
    fn says_yes(&self, question: Question) -> bool {
        self.get(question) == Some(Choice::Yes)
    }

    pub fn has_foam_roller(&self) -> bool {
        self.says_yes(Question::FoamRoller)
    }

    pub fn has_massage_ball(&self) -> bool {
        self.says_yes(Question::MassageBall)
    }
}

/// A safety change the outcome makes to the routine.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Change {
    /// No MCL step: the patient has no clinician's guidance for MCL work.
    NoMclStep,
    /// A clinician's clearance lifted these risks: gentle pressure only, stop if worse.
    GentleAfterClearance(Vec<Question>),
}

/// The result of the screening.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Outcome {
    pub tier: Tier,
    /// The risks that led to a blocking tier, most urgent first. Empty when the routine may run.
    pub reasons: Vec<Question>,
    /// The changes to the routine, for the tiers that allow it.
    pub changes: Vec<Change>,
}

impl Outcome {
    pub fn allows_mcl_step(&self) -> bool {
        self.tier.allows_routine() && !self.changes.contains(&Change::NoMclStep)
    }
}

/// Decides the outcome. Pure and deterministic: the same answers always give the same outcome.
pub fn evaluate(answers: &Answers) -> Outcome {
    let cleared = answers.says_yes(Question::ClinicianCleared);
    let mut urgent = Vec::new();
    let mut blocking = Vec::new();
    let mut lifted = Vec::new();
    for &question in Question::ALL {
        let Kind::Risk {
            tier,
            cleared_by_clinician,
        } = question.kind()
        else {
            continue;
        };
        if !answers.flags(question) {
            continue;
        }
        match tier {
            Tier::GetHelpToday => urgent.push(question),
            _ if cleared_by_clinician && cleared => lifted.push(question),
            _ => blocking.push(question),
        }
    }

    if !urgent.is_empty() || !blocking.is_empty() {
        let tier = if urgent.is_empty() {
            Tier::SeeClinician
        } else {
            Tier::GetHelpToday
        };
        urgent.extend(blocking);
        return Outcome {
            tier,
            reasons: urgent,
            changes: Vec::new(),
        };
    }

    let mut changes = Vec::new();
    if !lifted.is_empty() {
        changes.push(Change::GentleAfterClearance(lifted));
    }
    // MCL work is for long-standing tightness, under a clinician's guidance (the source).
    // A possible MCL injury is a blocking risk above, so only guidance is left to check.
    if !answers.says_yes(Question::MclGuidance) {
        changes.push(Change::NoMclStep);
    }
    let tier = if changes.is_empty() {
        Tier::GoAhead
    } else {
        Tier::GoAheadWithChanges
    };
    Outcome {
        tier,
        reasons: Vec::new(),
        changes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_question_is_on_exactly_one_page_in_order() {
        let on_pages: Vec<Question> = Page::ALL
            .iter()
            .flat_map(|p| p.questions().iter().copied())
            .collect();
        assert_eq!(on_pages, Question::ALL.to_vec());
        for &q in Question::ALL {
            assert!(Page::of(q).questions().contains(&q));
        }
    }

    #[test]
    fn every_contraindication_and_seek_help_sign_is_asked_about() {
        let asked: HashSet<Contraindication> = Question::ALL
            .iter()
            .flat_map(|q| q.contraindications().iter().copied())
            .collect();
        for c in Contraindication::ALL {
            assert!(asked.contains(c), "no question covers {c:?}");
        }
        let asked: HashSet<SeekHelpSign> = Question::ALL
            .iter()
            .flat_map(|q| q.seek_help_signs().iter().copied())
            .collect();
        for s in SeekHelpSign::ALL {
            assert!(asked.contains(s), "no question covers {s:?}");
        }
    }

    #[test]
    fn only_risks_cover_source_items_and_every_risk_offers_not_sure() {
        for &q in Question::ALL {
            let covers = !q.contraindications().is_empty() || !q.seek_help_signs().is_empty();
            if q.is_risk() {
                assert_eq!(q.choices(), YES_NO_NOT_SURE, "{q:?}");
            } else {
                assert!(!covers, "{q:?} is a preference but covers a source item");
            }
        }
    }

    #[test]
    fn ids_are_unique() {
        let ids: HashSet<&str> = Question::ALL.iter().map(|q| q.id()).collect();
        assert_eq!(ids.len(), Question::COUNT);
    }

    #[test]
    fn a_choice_the_question_does_not_offer_is_refused() {
        let mut answers = Answers::default();
        assert_eq!(
            answers.set(Question::WhichKnee, Choice::Yes),
            Err(NotOffered {
                question: Question::WhichKnee,
                choice: Choice::Yes
            })
        );
        assert!(answers.set(Question::FoamRoller, Choice::NotSure).is_err());
        assert_eq!(answers, Answers::default());
    }

    #[test]
    fn unanswered_risks_count_as_not_sure() {
        let outcome = evaluate(&Answers::default());
        assert_eq!(outcome.tier, Tier::GetHelpToday);
        let risks = Question::ALL.iter().filter(|q| q.is_risk()).count();
        assert_eq!(outcome.reasons.len(), risks);
    }
}
