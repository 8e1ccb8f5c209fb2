//! The safety screening: the questions, the patient's answers, and `evaluate`, a pure,
//! deterministic function from answers to an outcome tier with its reasons.
//!
//! Rules, never less cautious than the source (the table in the README says the same):
//! - "Not sure" counts as yes, and so does a question left unanswered.
//! - Every risk has a time frame ([`TimeFrame`]): when the patient should get help about it.
//!   Everything the NHS knee-pain guidance sends to help "the same day" is `Today`.
//! - Tier 1, get medical help today: any risk whose time frame is `Today`.
//! - Tier 2, see a clinician first: every other risk. A clinician's clearance lifts only the
//!   risks whose time frame is `NextFewWeeks` (pain that lasts, does not improve, disturbs
//!   daily life or sleep, or has no known cause). It never lifts anything else.
//! - Tier 3, go ahead with changes: a safety change to the routine (no MCL step without a
//!   clinician's guidance; gentler work when a clinician's clearance lifted a risk).
//! - Tier 4, go ahead: every risk is no and nothing needs changing.
//!
//! Missing tools only shape the plan; they are never a tier. This module never stores,
//! prints or sends an answer, and never imports a browser crate.

use crate::content::{Contraindication, SeekHelpSign};

listed! {
    /// The four outcomes, most cautious first: `GetHelpToday < SeeClinician < ...`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Tier {
        GetHelpToday,
        SeeClinician,
        GoAheadWithChanges,
        GoAhead,
    }
}

impl Tier {
    /// Whether the routine may run at all.
    pub const fn allows_routine(self) -> bool {
        matches!(self, Tier::GoAheadWithChanges | Tier::GoAhead)
    }
}

listed! {
    /// When to get help about a risk, most urgent first. Each risk question has exactly one.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum TimeFrame {
        /// Get medical help today (urgent care or an emergency department if no doctor today).
        Today,
        /// Ask the doctor first, before any massage of this leg.
        BeforeAnyMassage,
        /// See a clinician in the next few days.
        NextFewDays,
        /// Do not massage until it has healed.
        WhenHealed,
        /// See a clinician in the next few weeks; their clearance lifts it.
        NextFewWeeks,
    }
}

impl TimeFrame {
    /// The tier a risk with this time frame leads to.
    pub const fn tier(self) -> Tier {
        match self {
            TimeFrame::Today => Tier::GetHelpToday,
            _ => Tier::SeeClinician,
        }
    }

    /// Whether a clinician's clearance (since the pain began) lifts a risk with this time frame.
    pub const fn cleared_by_clinician(self) -> bool {
        matches!(self, TimeFrame::NextFewWeeks)
    }
}

listed! {
    /// An answer a patient can give.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Choice {
        Yes,
        No,
        NotSure,
        Left,
        Right,
    }
}

/// Which knee the routine is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Knee {
    Left,
    Right,
}

impl Knee {
    /// The knee "Do the other knee" turns to.
    pub const fn other(self) -> Knee {
        match self {
            Knee::Left => Knee::Right,
            Knee::Right => Knee::Left,
        }
    }

    /// The answer to "Which knee?" that names this knee.
    pub const fn choice(self) -> Choice {
        match self {
            Knee::Left => Choice::Left,
            Knee::Right => Choice::Right,
        }
    }
}

/// What a question is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A safety risk: yes or not sure leads to its time frame's tier.
    Risk(TimeFrame),
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

            /// A stable id: never reused, never renamed. A question whose meaning changes gets
            /// a new id (retired: `q.blood-clot-treated`, `q.severe-or-sharp-pain`).
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
    SkinInfection => "q.skin-infection",
    OpenWound => "q.open-wound",
    Fever => "q.fever",
    SeverePain => "q.severe-pain",
    SharpPain => "q.sharp-pain",
    CannotBearWeight => "q.cannot-bear-weight",
    Locking => "q.locking",
    GivingWay => "q.giving-way",
    NumbnessTinglingWeakness => "q.numbness-tingling-weakness",
    BloodClotNow => "q.blood-clot-now",
    BloodClotOnTreatment => "q.blood-clot-on-treatment",
    BloodClotInThePast => "q.blood-clot-in-the-past",
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
    /// The rules table: each risk's time frame (and so its tier and whether clearance lifts it).
    #[inline]
    pub const fn kind(self) -> Kind {
        use Question::*;
        let when = match self {
            WhichKnee | ClinicianCleared | MclGuidance | FoamRoller | MassageBall => {
                return Kind::Preference
            }
            BloodClotNow | Fever | RednessOrWarmth | SkinInfection | PossibleFracture
            | Misshapen | CannotBearWeight | SwellingOrBruising | Locking | GivingWay
            | SeverePain => TimeFrame::Today,
            BloodClotOnTreatment | BloodClotInThePast | DoctorSaidNoMassage => {
                TimeFrame::BeforeAnyMassage
            }
            SharpPain
            | RecentInjury
            | SuddenPain
            | PossibleTear
            | PossibleMclInjury
            | NumbnessTinglingWeakness
            | PainWorsening => TimeFrame::NextFewDays,
            OpenWound => TimeFrame::WhenHealed,
            PainLasting
            | PainNotImproving
            | PainDisturbsDailyLife
            | PainDisturbsSleep
            | UnsureOfCause => TimeFrame::NextFewWeeks,
        };
        Kind::Risk(when)
    }

    pub const fn is_risk(self) -> bool {
        matches!(self.kind(), Kind::Risk(_))
    }

    /// When to get help about this risk; `None` for a preference.
    pub const fn time_frame(self) -> Option<TimeFrame> {
        match self.kind() {
            Kind::Risk(when) => Some(when),
            Kind::Preference => None,
        }
    }

    /// The tier a yes (or not sure) leads to, before any clearance; `None` for a preference.
    pub const fn tier(self) -> Option<Tier> {
        match self.kind() {
            Kind::Risk(when) => Some(when.tier()),
            Kind::Preference => None,
        }
    }

    /// Whether a clinician's clearance lifts this risk.
    pub const fn cleared_by_clinician(self) -> bool {
        match self.kind() {
            Kind::Risk(when) => when.cleared_by_clinician(),
            Kind::Preference => false,
        }
    }

    /// A blood clot answer: its reason always shows the emergency line (shortness of breath or
    /// chest pain), whatever the result.
    pub const fn is_about_a_clot(self) -> bool {
        matches!(
            self,
            Question::BloodClotNow | Question::BloodClotOnTreatment | Question::BloodClotInThePast
        )
    }

    /// Whether the question shows a line of plain-words help under it (signs, a temperature).
    pub const fn has_hint(self) -> bool {
        matches!(self, Question::BloodClotNow | Question::Fever)
    }

    /// The answers the question offers, in the order they are shown.
    #[inline]
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
            // A possible broken bone, or a leg that cannot take weight: injuries too, and urgent.
            PossibleFracture | CannotBearWeight => &[C::AcuteInjury],
            PossibleMclInjury => &[C::AcuteInjury],
            SwellingOrBruising => &[C::SignificantSwellingOrBruising],
            SeverePain | SharpPain => &[C::SevereOrSharpPain],
            GivingWay => &[C::JointInstability],
            NumbnessTinglingWeakness => &[C::NumbnessTinglingOrWeakness],
            Fever | RednessOrWarmth => &[C::FeverOrRedness],
            BloodClotNow | BloodClotOnTreatment | BloodClotInThePast => &[C::DeepVeinThrombosis],
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
            PossibleTear | PossibleFracture | PossibleMclInjury | CannotBearWeight => {
                &[S::SuspectedSeriousInjury]
            }
            PainDisturbsDailyLife | PainDisturbsSleep => &[S::PainDisturbsDailyLifeOrSleep],
            UnsureOfCause => &[S::UnsureOfCause],
            _ => &[],
        }
    }
}

listed! {
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
}

impl Page {
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
                SkinInfection,
                OpenWound,
                Fever,
            ],
            Page::HowItFeels => &[
                SeverePain,
                SharpPain,
                CannotBearWeight,
                Locking,
                GivingWay,
                NumbnessTinglingWeakness,
            ],
            Page::MedicalHistory => &[
                BloodClotNow,
                BloodClotOnTreatment,
                BloodClotInThePast,
                DoctorSaidNoMassage,
            ],
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

    /// The page's place in the screening, from 1 (`ALL` is in declaration order: `listed!`).
    pub const fn number(self) -> usize {
        self as usize + 1
    }

    /// The page after this one; `None` after the last (the result comes next).
    pub fn next(self) -> Option<Page> {
        Page::ALL.get(self.number()).copied()
    }

    /// The page before this one; `None` before the first (the landing screen).
    pub fn previous(self) -> Option<Page> {
        self.number().checked_sub(2).map(|i| Page::ALL[i])
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

// `evaluate` keeps one bit per question in a u64.
const _: () = assert!(Question::COUNT <= 64);

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
    #[inline]
    pub fn get(&self, question: Question) -> Option<Choice> {
        self.given[question as usize]
    }

    /// Records an answer; refuses a choice the question does not offer.
    #[inline]
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
    #[inline]
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

    /// Whether the result shows the emergency line (short of breath or chest pain: call the
    /// emergency number): for every urgent result, and whenever a blood clot answer is a reason.
    pub fn shows_emergency_line(&self) -> bool {
        self.tier == Tier::GetHelpToday || self.reasons.iter().any(|q| q.is_about_a_clot())
    }
}

/// Decides the outcome. Pure and deterministic: the same answers always give the same outcome.
pub fn evaluate(answers: &Answers) -> Outcome {
    let cleared = answers.says_yes(Question::ClinicianCleared);
    // The blocking answers as one bit per question (page order), in one set per time frame.
    let mut by_time_frame = [0u64; TimeFrame::ALL.len()];
    for (index, &q) in Question::ALL.iter().enumerate() {
        if let Kind::Risk(when) = q.kind() {
            if answers.flags(q) && !(cleared && when.cleared_by_clinician()) {
                by_time_frame[when as usize] |= 1 << index;
            }
        }
    }
    // Most urgent time frame first; within one, the order the pages ask them.
    let mut reasons = Vec::with_capacity(Question::COUNT);
    for mut set in by_time_frame {
        while set != 0 {
            reasons.push(Question::ALL[set.trailing_zeros() as usize]);
            set &= set - 1;
        }
    }
    if let Some(tier) = reasons.iter().filter_map(|q| q.tier()).min() {
        return Outcome {
            tier,
            reasons,
            changes: Vec::new(),
        };
    }

    let lifted: Vec<Question> = Question::ALL
        .iter()
        .copied()
        .filter(|&q| q.cleared_by_clinician() && answers.flags(q))
        .collect();
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

/// The time frames the screening gives the questions that ask about a contraindication, most
/// urgent first: how the widget applies it (the Learn section shows them beside it).
pub fn time_frames_for_contraindication(c: Contraindication) -> Vec<TimeFrame> {
    time_frames_of(|q| q.contraindications().contains(&c))
}

/// The time frames the screening gives the questions that ask about a sign to seek help,
/// most urgent first.
pub fn time_frames_for_seek_help(s: SeekHelpSign) -> Vec<TimeFrame> {
    time_frames_of(|q| q.seek_help_signs().contains(&s))
}

fn time_frames_of(asks: impl Fn(Question) -> bool) -> Vec<TimeFrame> {
    TimeFrame::ALL
        .iter()
        .copied()
        .filter(|&frame| {
            Question::ALL
                .iter()
                .any(|&q| asks(q) && q.time_frame() == Some(frame))
        })
        .collect()
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
    fn each_sign_of_the_source_shows_the_time_frames_of_its_questions() {
        use Contraindication as C;
        use SeekHelpSign as S;
        use TimeFrame::*;
        assert_eq!(
            time_frames_for_contraindication(C::DeepVeinThrombosis),
            [Today, BeforeAnyMassage]
        );
        assert_eq!(
            time_frames_for_contraindication(C::SevereOrSharpPain),
            [Today, NextFewDays]
        );
        assert_eq!(
            time_frames_for_contraindication(C::OpenWoundOrSkinInfection),
            [Today, WhenHealed]
        );
        assert_eq!(
            time_frames_for_contraindication(C::AcuteInjury),
            [Today, NextFewDays]
        );
        assert_eq!(
            time_frames_for_seek_help(S::PainPersistentWorseningOrNotImproving),
            [NextFewDays, NextFewWeeks]
        );
        assert_eq!(time_frames_for_seek_help(S::UnsureOfCause), [NextFewWeeks]);
        for &c in Contraindication::ALL {
            let frames = time_frames_for_contraindication(c);
            assert!(!frames.is_empty() && frames.is_sorted(), "{c:?}");
        }
        for &s in SeekHelpSign::ALL {
            let frames = time_frames_for_seek_help(s);
            assert!(!frames.is_empty() && frames.is_sorted(), "{s:?}");
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
    fn pages_walk_forward_and_back_from_the_first_to_the_last() {
        let mut walked = vec![Page::ALL[0]];
        while let Some(next) = walked.last().unwrap().next() {
            walked.push(next);
        }
        assert_eq!(walked, Page::ALL);
        assert_eq!(Page::ALL[0].previous(), None);
        for pair in Page::ALL.windows(2) {
            assert_eq!(pair[1].previous(), Some(pair[0]));
            assert_eq!(pair[1].number(), pair[0].number() + 1);
        }
        assert_eq!(Knee::Left.other(), Knee::Right);
        assert_eq!(Knee::Right.other().choice(), Choice::Left);
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

    #[test]
    fn every_risk_has_a_time_frame_and_no_preference_has_one() {
        for &q in Question::ALL {
            assert_eq!(q.is_risk(), q.time_frame().is_some(), "{q:?}");
            assert_eq!(q.is_risk(), q.tier().is_some(), "{q:?}");
        }
        // Every time frame is used by some risk.
        for when in TimeFrame::ALL {
            assert!(
                Question::ALL.iter().any(|q| q.time_frame() == Some(*when)),
                "{when:?} is unused"
            );
        }
    }

    #[test]
    fn only_the_today_time_frame_is_urgent_and_only_the_weeks_one_is_lifted() {
        for (i, &when) in TimeFrame::ALL.iter().enumerate() {
            // `evaluate` indexes by the discriminant and reads the sets in this order.
            assert_eq!(when as usize, i);
            assert_eq!(when.tier() == Tier::GetHelpToday, when == TimeFrame::Today);
            assert_eq!(when.cleared_by_clinician(), when == TimeFrame::NextFewWeeks);
            assert!(!when.tier().allows_routine());
        }
    }

    #[test]
    fn a_clot_answer_shows_the_emergency_line_in_either_blocking_result() {
        for &q in Question::ALL.iter().filter(|q| q.is_about_a_clot()) {
            let mut a = Answers::default();
            for &other in Question::ALL.iter().filter(|o| o.is_risk()) {
                a.set(other, if other == q { Choice::Yes } else { Choice::No })
                    .unwrap();
            }
            a.set(Question::ClinicianCleared, Choice::Yes).unwrap();
            let outcome = evaluate(&a);
            assert_eq!(outcome.reasons, vec![q]);
            assert!(outcome.shows_emergency_line(), "{q:?}");
        }
    }
}
