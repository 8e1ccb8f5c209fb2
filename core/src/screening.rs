//! The safety screening: the questions, the patient's answers, and `evaluate`, a pure,
//! deterministic function from answers to an outcome tier with its reasons and changes.
//!
//! Rules, never less cautious than the source (the review page prints them from this module):
//! - "Not sure" counts as yes, and so does a question left unanswered.
//! - Some questions are follow-ups: asked only after a yes or not sure to the question before
//!   them (their gateway). A follow-up that is not asked counts as no.
//! - Every risk has a time frame ([`TimeFrame`]): when the patient should get help about it.
//!   Everything the NHS knee-pain guidance sends to help "the same day" is `Today`; the
//!   emergencies (a possible broken bone, a knee out of place, a hot knee with a fever, ...)
//!   are `Now`: go to an emergency department now.
//! - Tier 0, go now: any risk whose time frame is `Now`.
//! - Tier 1, get medical help today: any risk whose time frame is `Today`.
//! - Tier 2, see a doctor or physiotherapist first: every other risk. A clearance (a doctor or
//!   physiotherapist checked this knee since the pain began and said self-massage is OK) lifts
//!   only the risks marked liftable, and the routine is then changed by each one's [`Limits`]
//!   (always gentle). It never lifts anything else.
//! - Tier 3, go ahead with changes: a precaution (blood thinners, varicose veins, ...) changes
//!   the routine by its limits; no MCL step without a clinician's guidance; a lifted risk.
//! - Tier 4, go ahead: every risk is no and nothing needs changing.
//!
//! Missing tools only shape the plan; they are never a tier. This module never stores,
//! prints or sends an answer, and never imports a browser crate.

use crate::content::{Contraindication, SeekHelpSign};

listed! {
    /// The five outcomes, most cautious first: `GoNow < GetHelpToday < ...`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Tier {
        GoNow,
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

    /// Whether the result sends the patient for help today or sooner.
    pub const fn is_urgent(self) -> bool {
        matches!(self, Tier::GoNow | Tier::GetHelpToday)
    }
}

listed! {
    /// When to get help about a risk, most urgent first. Each risk question has exactly one.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum TimeFrame {
        /// Go to an emergency department now, or call the emergency number.
        Now,
        /// Get medical help today (urgent care or an emergency department if no doctor today).
        Today,
        /// Ask the doctor first, before any massage of this leg.
        BeforeAnyMassage,
        /// See a doctor or physiotherapist in the next few days.
        NextFewDays,
        /// See a doctor within 2 weeks.
        WithinTwoWeeks,
        /// Do not massage until it has healed.
        WhenHealed,
        /// See a doctor or physiotherapist in the next few weeks.
        NextFewWeeks,
    }
}

impl TimeFrame {
    /// The tier a risk with this time frame leads to.
    pub const fn tier(self) -> Tier {
        match self {
            TimeFrame::Now => Tier::GoNow,
            TimeFrame::Today => Tier::GetHelpToday,
            _ => Tier::SeeClinician,
        }
    }
}

listed! {
    /// One change a precaution, or a lifted risk, makes to the routine. The plan applies the
    /// ones that remove or soften steps; the others are cautions shown with the routine.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Limit {
        /// Light pressure only: the gentle words of every step (no knuckles, no leaning).
        Gentle,
        /// Hands only: no foam roller and no massage ball.
        HandsOnly,
        /// The pes anserine hold only, no cross-fiber friction.
        HoldOnly,
        /// No MCL step.
        NoMcl,
        /// No pes anserine step, and no massage ball (its spot below the knee is the same).
        NoPesAnserine,
        /// No long holds on the inner thigh: the hand keeps moving.
        NoLongThighHolds,
        /// Never press on a bulging vein; keep off the main vein's path.
        KeepOffVeins,
        /// Stop on any spot that bruises; when to get help about a bruise or bleeding.
        StopIfBruising,
        /// Check the skin afterwards: pain may not warn you.
        CheckSkin,
        /// Stay seated on a chair or bed: nothing that needs getting down to the floor.
        StayOffFloor,
        /// No pressure where the injection went.
        AvoidInjectionSite,
    }
}

/// A set of [`Limit`]s.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Limits(u16);

const _: () = assert!(Limit::ALL.len() <= 16);

impl Limits {
    pub const NONE: Limits = Limits(0);

    /// The set of the listed limits.
    pub const fn of(list: &[Limit]) -> Limits {
        let mut bits = 0u16;
        let mut i = 0;
        while i < list.len() {
            bits |= 1 << list[i] as u16;
            i += 1;
        }
        Limits(bits)
    }

    pub const fn union(self, other: Limits) -> Limits {
        Limits(self.0 | other.0)
    }

    pub const fn has(self, limit: Limit) -> bool {
        self.0 & (1 << limit as u16) != 0
    }

    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Whether every limit of `other` is in this set.
    pub const fn covers(self, other: Limits) -> bool {
        self.0 & other.0 == other.0
    }

    /// The limits in the set, in `Limit::ALL` order.
    pub fn iter(self) -> impl Iterator<Item = Limit> {
        Limit::ALL.iter().copied().filter(move |&l| self.has(l))
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
    /// A safety risk: yes or not sure leads to its time frame's tier. `lifted` is `Some` for
    /// a risk that a clearance lifts, with the changes the routine then gets (always gentle).
    Risk {
        when: TimeFrame,
        lifted: Option<Limits>,
    },
    /// A precaution: yes or not sure lets the routine go ahead with these changes.
    Precaution(Limits),
    /// A topic that only opens its follow-ups ("Have you ever had cancer?"); no rule of its own.
    Topic,
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
            /// a new id (retired: `q.blood-clot-treated`, `q.severe-or-sharp-pain`,
            /// `q.recent-injury`, `q.misshapen`, `q.pain-lasting`, `q.giving-way`).
            pub const fn id(self) -> &'static str {
                match self { $(Question::$variant => $id),+ }
            }
        }
    };
}

questions! {
    WhichKnee => "q.which-knee",
    Under18 => "q.under-18",
    RecentInjury => "q.injury-last-6-weeks",
    CannotTakeFourSteps => "q.cannot-take-four-steps",
    TightSwollenLimb => "q.tight-swollen-limb",
    SuddenPain => "q.sudden-pain",
    PossibleTear => "q.possible-tear",
    PossibleMclInjury => "q.possible-mcl-injury",
    PossibleFracture => "q.possible-fracture",
    SwellingOrBruising => "q.swelling-or-bruising",
    Misshapen => "q.out-of-shape",
    RednessOrWarmth => "q.redness-or-warmth",
    SkinInfection => "q.skin-infection",
    OpenWound => "q.open-wound",
    Fever => "q.fever",
    FeverHotKnee => "q.fever-hot-knee",
    FeverChemotherapy => "q.fever-chemotherapy",
    SeverePain => "q.severe-pain",
    SharpPain => "q.sharp-pain",
    CannotBearWeight => "q.cannot-bear-weight",
    Locking => "q.locking",
    GivingWay => "q.given-way",
    NumbnessTinglingWeakness => "q.numbness-tingling-weakness",
    ColdPaleFoot => "q.cold-pale-foot",
    NerveEmergency => "q.saddle-numbness-bladder-bowel",
    BloodClotNow => "q.blood-clot-now",
    BloodClotOnTreatment => "q.blood-clot-on-treatment",
    BloodClotInThePast => "q.blood-clot-in-the-past",
    BloodThinners => "q.blood-thinners",
    BloodThinnersKnock => "q.blood-thinners-knock-or-bruise",
    EasyBruising => "q.easy-bruising",
    DoctorSaidNoMassage => "q.doctor-said-no-massage",
    LegOperation => "q.leg-operation",
    RecentSurgery => "q.surgery-last-3-months",
    KneeReplacement => "q.knee-replacement",
    Pregnancy => "q.pregnancy",
    Cancer => "q.cancer",
    CancerTreatment => "q.cancer-treatment",
    CancerInBone => "q.cancer-in-bone",
    GroinLymphNodes => "q.groin-lymph-nodes",
    WeightLoss => "q.weight-loss",
    ThinBones => "q.thin-bones",
    SteroidInjection => "q.steroid-injection",
    HipOrGroinPain => "q.hip-or-groin-pain",
    VaricoseVeins => "q.varicose-veins",
    VeinInflamed => "q.vein-inflamed",
    LegUlcer => "q.leg-ulcer",
    ReducedFeeling => "q.reduced-feeling",
    Lymphoedema => "q.lymphoedema",
    PainLasting => "q.pain-over-2-weeks",
    PainNotImproving => "q.pain-not-improving",
    PainWorsening => "q.pain-worsening",
    PainDisturbsDailyLife => "q.pain-daily-life",
    PainDisturbsSleep => "q.pain-sleep",
    PainDayAndNight => "q.pain-day-and-night",
    UnsureOfCause => "q.unsure-of-cause",
    ClinicianCleared => "q.clinician-cleared",
    MclGuidance => "q.mcl-guidance",
    FoamRoller => "q.foam-roller",
    MassageBall => "q.massage-ball",
}

/// The changes a clearance brings to the routine with most lifted risks: gentle pressure.
const GENTLE: Limits = Limits::of(&[Limit::Gentle]);

impl Question {
    /// The rules table: what each answer does. `evaluate` reads nothing else.
    #[inline]
    pub const fn kind(self) -> Kind {
        use Limit as L;
        use Question::*;
        use TimeFrame as T;
        const fn risk(when: TimeFrame) -> Kind {
            Kind::Risk { when, lifted: None }
        }
        const fn liftable(when: TimeFrame, then: Limits) -> Kind {
            Kind::Risk {
                when,
                lifted: Some(then),
            }
        }
        match self {
            WhichKnee | ClinicianCleared | MclGuidance | FoamRoller | MassageBall => {
                Kind::Preference
            }
            LegOperation | Cancer => Kind::Topic,
            // Go to an emergency department now.
            PossibleFracture | CannotTakeFourSteps | Misshapen | TightSwollenLimb
            | FeverHotKnee | FeverChemotherapy | ColdPaleFoot | NerveEmergency => risk(T::Now),
            // Get medical help today.
            BloodClotNow | Fever | RednessOrWarmth | SkinInfection | CannotBearWeight
            | SwellingOrBruising | Locking | GivingWay | SeverePain | BloodThinnersKnock
            | VeinInflamed => risk(T::Today),
            // Ask first, before any massage of this leg; never lifted.
            BloodClotOnTreatment | BloodClotInThePast | DoctorSaidNoMassage | RecentSurgery
            | LegUlcer | Lymphoedema => risk(T::BeforeAnyMassage),
            // Ask first; a clearance lifts it, and the routine is then changed.
            EasyBruising => liftable(
                T::BeforeAnyMassage,
                Limits::of(&[L::Gentle, L::HandsOnly, L::HoldOnly, L::StopIfBruising]),
            ),
            KneeReplacement => liftable(
                T::BeforeAnyMassage,
                Limits::of(&[L::Gentle, L::NoMcl, L::HoldOnly]),
            ),
            Pregnancy => liftable(
                T::BeforeAnyMassage,
                Limits::of(&[L::Gentle, L::HandsOnly, L::NoLongThighHolds]),
            ),
            CancerTreatment | CancerInBone | GroinLymphNodes => {
                liftable(T::BeforeAnyMassage, Limits::of(&[L::Gentle, L::HandsOnly]))
            }
            SharpPain
            | RecentInjury
            | SuddenPain
            | PossibleTear
            | PossibleMclInjury
            | NumbnessTinglingWeakness
            | PainWorsening
            | PainDayAndNight
            | Under18
            | HipOrGroinPain => risk(T::NextFewDays),
            WeightLoss => risk(T::WithinTwoWeeks),
            OpenWound => risk(T::WhenHealed),
            PainLasting
            | PainNotImproving
            | PainDisturbsDailyLife
            | PainDisturbsSleep
            | UnsureOfCause => liftable(T::NextFewWeeks, GENTLE),
            // Go ahead, with changes.
            BloodThinners => Kind::Precaution(Limits::of(&[
                L::Gentle,
                L::HandsOnly,
                L::HoldOnly,
                L::StopIfBruising,
            ])),
            VaricoseVeins => {
                Kind::Precaution(Limits::of(&[L::Gentle, L::HandsOnly, L::KeepOffVeins]))
            }
            ReducedFeeling => {
                Kind::Precaution(Limits::of(&[L::Gentle, L::HandsOnly, L::CheckSkin]))
            }
            ThinBones => Kind::Precaution(Limits::of(&[L::Gentle, L::HandsOnly, L::StayOffFloor])),
            SteroidInjection => Kind::Precaution(Limits::of(&[
                L::Gentle,
                L::NoPesAnserine,
                L::AvoidInjectionSite,
            ])),
        }
    }

    /// The question whose yes (or not sure) opens this one; `None` when it is always asked.
    pub const fn gateway(self) -> Option<Question> {
        use Question::*;
        match self {
            CannotTakeFourSteps | TightSwollenLimb => Some(RecentInjury),
            FeverHotKnee | FeverChemotherapy => Some(Fever),
            BloodThinnersKnock => Some(BloodThinners),
            RecentSurgery | KneeReplacement => Some(LegOperation),
            CancerTreatment | CancerInBone | GroinLymphNodes => Some(Cancer),
            PainDayAndNight => Some(PainDisturbsSleep),
            _ => None,
        }
    }

    /// The follow-ups this question opens, in page order.
    pub fn follow_ups(self) -> impl Iterator<Item = Question> {
        Question::ALL
            .iter()
            .copied()
            .filter(move |q| q.gateway() == Some(self))
    }

    pub const fn is_risk(self) -> bool {
        matches!(self.kind(), Kind::Risk { .. })
    }

    /// Whether a yes (or not sure) lets the routine go ahead with changes.
    pub const fn is_precaution(self) -> bool {
        matches!(self.kind(), Kind::Precaution(_))
    }

    /// Whether the answer is a preference (which knee, the clearance, guidance, tools).
    pub const fn is_preference(self) -> bool {
        matches!(self.kind(), Kind::Preference)
    }

    /// When to get help about this risk; `None` for anything else.
    pub const fn time_frame(self) -> Option<TimeFrame> {
        match self.kind() {
            Kind::Risk { when, .. } => Some(when),
            _ => None,
        }
    }

    /// The tier a yes (or not sure) leads to, before any clearance; `None` for anything else.
    pub const fn tier(self) -> Option<Tier> {
        match self.time_frame() {
            Some(when) => Some(when.tier()),
            None => None,
        }
    }

    /// Whether a clearance lifts this risk.
    pub const fn cleared_by_clinician(self) -> bool {
        matches!(
            self.kind(),
            Kind::Risk {
                lifted: Some(_),
                ..
            }
        )
    }

    /// What this answer changes in the routine when it lets it go ahead: a precaution's
    /// limits, or a liftable risk's once a clearance lifted it. Empty for anything else.
    pub const fn limits(self) -> Limits {
        match self.kind() {
            Kind::Precaution(limits) => limits,
            Kind::Risk {
                lifted: Some(limits),
                ..
            } => limits,
            _ => Limits::NONE,
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
        use Question::*;
        matches!(
            self,
            BloodClotNow
                | Fever
                | BloodThinners
                | VaricoseVeins
                | ReducedFeeling
                | ClinicianCleared
                | RednessOrWarmth
        )
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

    /// Whether the question comes from standard practice rather than the source (the review
    /// page says so): it asks about none of the source's contraindications or signs.
    pub fn from_standard_practice(self) -> bool {
        !self.is_preference()
            && self.contraindications().is_empty()
            && self.seek_help_signs().is_empty()
    }

    /// The source's contraindications this question asks about.
    pub const fn contraindications(self) -> &'static [Contraindication] {
        use Contraindication as C;
        use Question::*;
        match self {
            RecentInjury | SuddenPain | PossibleTear => &[C::AcuteInjury],
            // A possible broken bone, or a leg that cannot take weight: injuries too, and urgent.
            PossibleFracture | CannotBearWeight | CannotTakeFourSteps | TightSwollenLimb => {
                &[C::AcuteInjury]
            }
            PossibleMclInjury => &[C::AcuteInjury],
            SwellingOrBruising => &[C::SignificantSwellingOrBruising],
            SeverePain | SharpPain => &[C::SevereOrSharpPain],
            GivingWay => &[C::JointInstability],
            NumbnessTinglingWeakness | NerveEmergency | ColdPaleFoot => {
                &[C::NumbnessTinglingOrWeakness]
            }
            Fever | RednessOrWarmth | FeverHotKnee | FeverChemotherapy => &[C::FeverOrRedness],
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
            SwellingOrBruising | RednessOrWarmth | FeverHotKnee => &[S::SwellingRednessOrWarmth],
            Misshapen | GivingWay | Locking => &[S::DeformityInstabilityLockingOrGivingWay],
            PossibleTear | PossibleFracture | PossibleMclInjury | CannotBearWeight
            | CannotTakeFourSteps => &[S::SuspectedSeriousInjury],
            PainDisturbsDailyLife | PainDisturbsSleep | PainDayAndNight => {
                &[S::PainDisturbsDailyLifeOrSleep]
            }
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
        YourHealth,
        VeinsAndSkin,
        PainOverTime,
        ClinicianAdvice,
        Tools,
    }
}

impl Page {
    pub const fn questions(self) -> &'static [Question] {
        use Question::*;
        match self {
            Page::YourKnee => &[WhichKnee, Under18],
            Page::Injury => &[
                RecentInjury,
                CannotTakeFourSteps,
                TightSwollenLimb,
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
                FeverHotKnee,
                FeverChemotherapy,
            ],
            Page::HowItFeels => &[
                SeverePain,
                SharpPain,
                CannotBearWeight,
                Locking,
                GivingWay,
                NumbnessTinglingWeakness,
                ColdPaleFoot,
                NerveEmergency,
            ],
            Page::MedicalHistory => &[
                BloodClotNow,
                BloodClotOnTreatment,
                BloodClotInThePast,
                BloodThinners,
                BloodThinnersKnock,
                EasyBruising,
                DoctorSaidNoMassage,
            ],
            Page::YourHealth => &[
                LegOperation,
                RecentSurgery,
                KneeReplacement,
                Pregnancy,
                Cancer,
                CancerTreatment,
                CancerInBone,
                GroinLymphNodes,
                WeightLoss,
                ThinBones,
                SteroidInjection,
                HipOrGroinPain,
            ],
            Page::VeinsAndSkin => &[
                VaricoseVeins,
                VeinInflamed,
                LegUlcer,
                ReducedFeeling,
                Lymphoedema,
            ],
            Page::PainOverTime => &[
                PainLasting,
                PainNotImproving,
                PainWorsening,
                PainDisturbsDailyLife,
                PainDisturbsSleep,
                PainDayAndNight,
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
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Answers {
    given: [Option<Choice>; Question::COUNT],
}

impl Default for Answers {
    /// Nothing answered yet.
    fn default() -> Self {
        Answers {
            given: [None; Question::COUNT],
        }
    }
}

impl Answers {
    /// Every safety question answered no (a follow-up too, as if its gateway had been asked),
    /// and no preference answered: where the tests' answers and the review page's example
    /// patient start.
    pub fn all_no() -> Answers {
        let mut answers = Answers::default();
        for &q in Question::ALL.iter().filter(|q| !q.is_preference()) {
            answers
                .set(q, Choice::No)
                .expect("no is offered to every safety question");
        }
        answers
    }

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

    /// Whether the screening shows this question with these answers: always, or for a
    /// follow-up, once its gateway is shown and answered yes or not sure.
    #[inline]
    pub fn is_asked(&self, question: Question) -> bool {
        match question.gateway() {
            None => true,
            Some(gateway) => {
                self.is_asked(gateway)
                    && matches!(self.get(gateway), Some(Choice::Yes | Choice::NotSure))
            }
        }
    }

    /// Whether the rules must count this question's answer: like `is_asked`, but a gateway
    /// left unanswered counts as yes, as every unanswered question does.
    #[inline]
    fn may_be_asked(&self, question: Question) -> bool {
        match question.gateway() {
            None => true,
            Some(gateway) => self.may_be_asked(gateway) && self.flags(gateway),
        }
    }

    /// The questions of a page that are asked now, in order.
    pub fn asked_on(&self, page: Page) -> impl Iterator<Item = Question> + '_ {
        page.questions()
            .iter()
            .copied()
            .filter(|&q| self.is_asked(q))
    }

    pub fn page_complete(&self, page: Page) -> bool {
        self.asked_on(page).all(|q| self.is_answered(q))
    }

    pub fn knee(&self) -> Option<Knee> {
        match self.get(Question::WhichKnee) {
            Some(Choice::Left) => Some(Knee::Left),
            Some(Choice::Right) => Some(Knee::Right),
            _ => None,
        }
    }

    /// An answer counts when answered yes or not sure, or left unanswered.
    #[inline]
    pub fn flags(&self, question: Question) -> bool {
        !matches!(self.get(question), Some(Choice::No))
    }

    /// A question counts in the rules when it is (or may be) asked and flagged: a follow-up
    /// whose gateway is no counts as no, whatever was answered before the gateway changed.
    #[inline]
    pub fn counts(&self, question: Question) -> bool {
        self.may_be_asked(question) && self.flags(question)
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
    /// A clearance lifted these risks: the routine gets each one's limits (always gentle).
    GentleAfterClearance(Vec<Question>),
    /// These precautions were answered yes or not sure: the routine gets their limits.
    Precautions(Vec<Question>),
    /// No MCL step: the patient has no clinician's guidance for MCL work.
    NoMclStep,
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
    /// Every change the routine gets, from every change of the outcome: what the result
    /// screen lists and what the plan applies.
    pub fn limits(&self) -> Limits {
        self.changes
            .iter()
            .fold(Limits::NONE, |all, change| match change {
                Change::GentleAfterClearance(qs) | Change::Precautions(qs) => {
                    qs.iter().fold(all, |all, q| all.union(q.limits()))
                }
                Change::NoMclStep => all.union(Limits::of(&[Limit::NoMcl])),
            })
    }

    pub fn allows_mcl_step(&self) -> bool {
        self.tier.allows_routine() && !self.limits().has(Limit::NoMcl)
    }

    /// Whether the result says where to get urgent care today: the "get help today" result.
    pub fn shows_urgent_care_line(&self) -> bool {
        self.tier == Tier::GetHelpToday
    }

    /// The limits the result lists under what changes: every one the plan applies but the
    /// MCL step's absence, which its own change already says. None for a tier that blocks.
    pub fn listed_limits(&self) -> Vec<Limit> {
        if !self.tier.allows_routine() {
            return Vec::new();
        }
        self.limits()
            .iter()
            .filter(|&l| l != Limit::NoMcl)
            .collect()
    }

    /// The changes the result lists: only where the routine may run.
    pub fn listed_changes(&self) -> &[Change] {
        if self.tier.allows_routine() {
            &self.changes
        } else {
            &[]
        }
    }

    /// Whether the result shows the emergency line (short of breath or chest pain: call the
    /// emergency number): for every urgent result, and whenever a blood clot answer is a reason.
    pub fn shows_emergency_line(&self) -> bool {
        self.tier.is_urgent() || self.reasons.iter().any(|q| q.is_about_a_clot())
    }
}

/// Decides the outcome. Pure and deterministic: the same answers always give the same outcome.
pub fn evaluate(answers: &Answers) -> Outcome {
    let cleared = answers.says_yes(Question::ClinicianCleared);
    // The blocking answers as one bit per question (page order), in one set per time frame;
    // the lifted risks and the precautions as two more sets.
    let mut by_time_frame = [0u64; TimeFrame::ALL.len()];
    let mut lifted = 0u64;
    let mut precautions = 0u64;
    for (index, &q) in Question::ALL.iter().enumerate() {
        if !answers.counts(q) {
            continue;
        }
        match q.kind() {
            Kind::Risk {
                lifted: Some(_), ..
            } if cleared => lifted |= 1 << index,
            Kind::Risk { when, .. } => by_time_frame[when as usize] |= 1 << index,
            Kind::Precaution(_) => precautions |= 1 << index,
            Kind::Topic | Kind::Preference => {}
        }
    }
    // Most urgent time frame first; within one, the order the pages ask them.
    let mut reasons = Vec::new();
    for set in by_time_frame {
        reasons.extend(questions_in(set));
    }
    if let Some(tier) = reasons.iter().filter_map(|q| q.tier()).min() {
        return Outcome {
            tier,
            reasons,
            changes: Vec::new(),
        };
    }

    let mut changes = Vec::new();
    if lifted != 0 {
        changes.push(Change::GentleAfterClearance(questions_in(lifted).collect()));
    }
    if precautions != 0 {
        changes.push(Change::Precautions(questions_in(precautions).collect()));
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

/// The questions of a set of question bits, in page order.
fn questions_in(mut set: u64) -> impl Iterator<Item = Question> {
    std::iter::from_fn(move || {
        if set == 0 {
            return None;
        }
        let q = Question::ALL[set.trailing_zeros() as usize];
        set &= set - 1;
        Some(q)
    })
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
            [Now, Today, NextFewDays]
        );
        assert_eq!(
            time_frames_for_contraindication(C::FeverOrRedness),
            [Now, Today]
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
    fn only_risks_cover_source_items_and_every_safety_question_offers_not_sure() {
        for &q in Question::ALL {
            let covers = !q.contraindications().is_empty() || !q.seek_help_signs().is_empty();
            if q.is_preference() {
                assert!(!covers, "{q:?} is a preference but covers a source item");
            } else {
                assert_eq!(q.choices(), YES_NO_NOT_SURE, "{q:?}");
            }
            if covers {
                assert!(q.is_risk(), "{q:?} covers a source item but is not a risk");
            }
        }
    }

    #[test]
    fn follow_ups_come_right_after_their_gateway_on_its_page() {
        for &q in Question::ALL {
            let Some(gateway) = q.gateway() else { continue };
            assert_eq!(Page::of(q), Page::of(gateway), "{q:?}");
            assert!(gateway < q, "{q:?} comes before its gateway");
            assert_eq!(gateway.gateway(), None, "{q:?}: one level of follow-ups");
            assert!(!gateway.is_preference(), "{q:?}");
            // Nothing but the gateway's other follow-ups between them.
            let questions = Page::of(q).questions();
            let from = questions.iter().position(|&x| x == gateway).unwrap();
            let to = questions.iter().position(|&x| x == q).unwrap();
            assert!(questions[from + 1..to]
                .iter()
                .all(|x| x.gateway() == Some(gateway)));
        }
        // A topic has no rule of its own, so it must open something.
        for &q in Question::ALL.iter().filter(|q| q.kind() == Kind::Topic) {
            assert!(q.follow_ups().count() >= 2, "{q:?}");
        }
    }

    #[test]
    fn every_change_is_gentle_and_only_precautions_and_lifted_risks_have_changes() {
        for &q in Question::ALL {
            let limits = q.limits();
            if q.is_precaution() || q.cleared_by_clinician() {
                assert!(limits.has(Limit::Gentle), "{q:?}");
            } else {
                assert!(limits.is_empty(), "{q:?}");
            }
        }
        let set = Limits::of(&[Limit::HandsOnly, Limit::CheckSkin]);
        assert!(set.has(Limit::CheckSkin) && !set.has(Limit::Gentle));
        assert_eq!(
            set.iter().collect::<Vec<_>>(),
            [Limit::HandsOnly, Limit::CheckSkin]
        );
        assert!(set.union(GENTLE).covers(set) && !set.covers(GENTLE));
    }

    #[test]
    fn a_follow_up_that_is_not_asked_counts_as_no() {
        let mut a = Answers::default();
        for &q in Question::ALL
            .iter()
            .filter(|q| !q.is_preference() && q.gateway().is_none())
        {
            a.set(q, Choice::No).unwrap();
        }
        a.set(Question::MclGuidance, Choice::Yes).unwrap();
        // An emergency follow-up answered, then its gateway changed to no.
        a.set(Question::Fever, Choice::Yes).unwrap();
        a.set(Question::FeverChemotherapy, Choice::Yes).unwrap();
        assert_eq!(evaluate(&a).tier, Tier::GoNow);
        a.set(Question::Fever, Choice::No).unwrap();
        assert!(!a.is_asked(Question::FeverChemotherapy));
        assert_eq!(evaluate(&a).tier, Tier::GoAhead);
        // A not-sure gateway opens its follow-ups; unanswered, they count.
        let mut b = a.clone();
        b.set(Question::Cancer, Choice::NotSure).unwrap();
        assert!(!b.page_complete(Page::YourHealth));
        let outcome = evaluate(&b);
        assert_eq!(outcome.tier, Tier::SeeClinician);
        assert_eq!(
            outcome.reasons,
            [
                Question::CancerTreatment,
                Question::CancerInBone,
                Question::GroinLymphNodes
            ]
        );
        // A topic answered yes with every follow-up no changes nothing.
        b.set(Question::Cancer, Choice::Yes).unwrap();
        for q in Question::Cancer.follow_ups() {
            b.set(q, Choice::No).unwrap();
        }
        assert!(b.page_complete(Page::YourHealth));
        assert_eq!(evaluate(&b).tier, Tier::GoAhead);
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
        assert_eq!(outcome.tier, Tier::GoNow);
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
    fn only_now_and_today_are_urgent_and_no_time_frame_allows_the_routine() {
        for (i, &when) in TimeFrame::ALL.iter().enumerate() {
            // `evaluate` indexes by the discriminant and reads the sets in this order.
            assert_eq!(when as usize, i);
            assert_eq!(when.tier() == Tier::GoNow, when == TimeFrame::Now);
            assert_eq!(when.tier() == Tier::GetHelpToday, when == TimeFrame::Today);
            assert!(!when.tier().allows_routine());
        }
        // A clearance never lifts anything urgent.
        for &q in Question::ALL.iter().filter(|q| q.cleared_by_clinician()) {
            assert!(!q.tier().unwrap().is_urgent(), "{q:?}");
        }
    }

    #[test]
    fn a_clot_answer_shows_the_emergency_line_in_either_blocking_result() {
        for &q in Question::ALL.iter().filter(|q| q.is_about_a_clot()) {
            let mut a = Answers::default();
            for &other in Question::ALL.iter().filter(|o| !o.is_preference()) {
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
