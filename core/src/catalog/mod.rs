//! The message catalog: every word the patient reads comes from here.
//!
//! Screens ask for a [`TextId`] in a [`Lang`]; they never hold text of their own, so a new
//! language is one more table (`en.rs` and `es.rs` today), not a rewrite of every screen. Content items
//! and questions are named by their typed ids, so the words can change without touching a
//! fact. The copy is written in plain words: short sentences, one idea each (tests below hold
//! every sentence, and every question, to a word limit). This module must never import a
//! browser crate.

/// Every kind of text a language holds: its method on [`Table`], its id, what it returns, and the
/// function of the language's file that gives it. Written once; `with_table_kinds!(m!(args))`
/// hands the list to `m`, which declares the trait from it (`declare_table!`) or implements it
/// for a language (`language_table!`).
macro_rules! with_table_kinds {
    ($callback:ident!($($args:tt)*)) => {
        $callback! { $($args)* {
            ui(Ui) -> &'static str = ui_text;
            structure_name(Structure) -> &'static str = structure_name;
            structure_label(Structure) -> &'static str = structure_label;
            structure_about(Structure) -> &'static str = structure_about;
            bone(Bone) -> &'static str = bone;
            muscle(Muscle) -> &'static str = muscle;
            benefit(Benefit) -> &'static str = benefit;
            contraindication(Contraindication) -> &'static str = contraindication;
            seek_help(SeekHelpSign) -> &'static str = seek_help;
            contraindication_get_help(Contraindication) -> &'static str = contraindication_get_help;
            seek_help_get_help(SeekHelpSign) -> &'static str = seek_help_get_help;
            technique(Technique) -> TechniqueWords = technique;
            keep_off(KeepOff) -> &'static str = keep_off;
            principle(Principle) -> &'static str = principle;
            faq(Faq) -> FaqWords = faq;
            question(Question) -> &'static str = question;
            hint(Question) -> &'static str = hint;
            guidance(Question) -> &'static str = guidance;
            time_frame(TimeFrame) -> &'static str = time_frame;
            limit(Limit) -> &'static str = limit;
            choice(Choice) -> &'static str = choice;
            page(Page) -> &'static str = page;
            tier(Tier) -> TierWords = tier;
            step(StepKind) -> StepWords = step;
        } }
    };
}

/// The `Table` trait, a method per kind of text.
macro_rules! declare_table {
    ($(#[$meta:meta])* { $($kind:ident($id:ty) -> $out:ty = $source:ident;)* }) => {
        $(#[$meta])*
        pub(crate) trait Table {
            $(fn $kind(id: $id) -> $out;)*
        }
    };
}

/// A language's `Table`: each kind of text from the function the list names in the language's
/// file, so a language file is only its words and this one line.
macro_rules! language_table {
    ($language:ident) => {
        with_table_kinds!(language_table!(@impl $language));
    };
    (@impl $language:ident { $($kind:ident($id:ty) -> $out:ty = $source:ident;)* }) => {
        impl super::Table for $language {
            $(fn $kind(id: $id) -> $out {
                $source(id)
            })*
        }
    };
}

/// Declares `Ui` from its words grouped by where they are shown, and the group enum: `Ui::ALL`,
/// `Ui::name`, `Ui::group`, and each group's `words` and `source` (the file, or for words on
/// several screens the folder, that shows them).
macro_rules! ui_by_group {
    (
        $(#[$meta:meta])* $vis:vis enum $name:ident;
        $(#[$gmeta_all:meta])* $gvis:vis enum $group_enum:ident {
            $(
                $(#[$gmeta:meta])* $group:ident in $source:literal {
                    $($(#[$vmeta:meta])* $variant:ident),+ $(,)?
                }
            )+
        }
    ) => {
        listed! {
            $(#[$meta])*
            $vis enum $name { $($($(#[$vmeta])* $variant,)+)+ }
        }

        listed! {
            $(#[$gmeta_all])*
            $gvis enum $group_enum { $($(#[$gmeta])* $group,)+ }
        }

        impl $name {
            /// Where the word is shown.
            pub const fn group(self) -> $group_enum {
                match self {
                    $($($name::$variant)|+ => $group_enum::$group,)+
                }
            }
        }

        impl $group_enum {
            /// The group's words, in the order they are declared.
            pub const fn words(self) -> &'static [$name] {
                match self {
                    $($group_enum::$group => &[$($name::$variant),+],)+
                }
            }

            /// The file that shows the group's words (from the workspace's root), or the folder
            /// of whose files at least two show each of them.
            pub const fn source(self) -> &'static str {
                match self {
                    $($group_enum::$group => $source,)+
                }
            }
        }
    };
}

mod en;
mod es;

use crate::anatomy::{Bone, Labelled};
use crate::content::{
    Benefit, Contraindication, Faq, KeepOff, Muscle, Principle, SeekHelpSign, Structure, Technique,
};
use crate::progress::Sign;
use crate::screening::{Choice, Limit, Limits, Page, Question, Tier, TimeFrame};
use crate::step::{Pressure, StepKind};
use crate::timer::StopReason;

listed! {
    /// A language the widget speaks.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum Lang {
        /// English, the default.
        #[default]
        En,
        /// Spanish: neutral Latin American, formal "usted".
        Es,
    }
}

impl Lang {
    /// The BCP 47 code, as used in `<html lang>`.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The first language we have in a browser's list of preferred languages
    /// (`navigator.languages`), in its order; `None` if it names none of ours.
    pub fn from_browser<'a>(codes: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        codes.into_iter().find_map(Lang::from_code)
    }

    /// Reads a language code such as `en` or `en-GB`; `None` for a language we do not have.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .iter()
            .copied()
            .find(|lang| lang.code().eq_ignore_ascii_case(primary))
    }
}

ui_by_group! {
    /// The screens' own words (headings, buttons, notes).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Ui;

    /// Where a screen's word is shown, in the order of the patient's journey: a group per screen
    /// (named by the file that renders it), then the words on several screens, those the
    /// catalog's rules choose, the pictures' labels and the words for times. A test reads the
    /// files and holds each group to the file it names, so the review page, which lists the
    /// words by group, lists what each screen shows.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum UiGroup {
        /// The landing.
        Landing in "src/components/landing.rs" {
            LandingLead,
            HowHeading,
            HowScreening,
            HowGuided,
            HowTimer,
            HowSessionLength,
            AvoidHeading,
            AvoidIntro,
            KnowHeading,
            KnowPain,
            KnowPrivate,
            StartScreening,
            AvoidNoWeight,
            PrescribedScreening,
            LinkUnreadable,
            LinkNeedsNewer,
            Reload,
            /// The landing's list of who should not use it: the widget is for adults.
            AvoidUnder18,
        }
        /// The language switch.
        LanguageSwitch in "src/components/lang_switch.rs" {
            /// The language's own name, for the switch ("English", "Español").
            LanguageName,
            LanguageLabel,
        }
        /// The clinic's contact.
        Contact in "src/components/contact.rs" {
            ContactHeading,
            ContactDefault,
            ContactClinic,
            ContactCall,
            ContactWebsite,
        }
        /// Shared-tablet mode's bar.
        TabletBar in "src/components/tablet_bar.rs" {
            NextPatient,
            TabletNote,
        }
        /// A new version's offer.
        UpdateOffer in "src/components/update_offer.rs" {
            UpdateLabel,
            UpdateReady,
            UpdateReload,
        }
        /// The safety screening.
        Screening in "src/components/screening.rs" {
            ScreeningIntro,
            PagePosition,
            Next,
            SeeResult,
            AnswerEveryQuestion,
        }
        /// The screening's result.
        Result in "src/components/outcome.rs" {
            ReasonsHeading,
            YourAnswer,
            ChangeAnswer,
            ChangeAnswerNote,
            ChangesHeading,
            NoMclStep,
            GentleAfterClearance,
            SeeMyRoutine,
            /// The result: the precautions that change the routine, and what they change.
            PrecautionsNote,
            LimitsIntro,
            /// After a stop for sharp pain or numbness: the same visit offers no new routine.
            StoppedNotAgainToday,
        }
        /// Before the first routine of a visit.
        BeforeStart in "src/components/before_start.rs" {
            GentleKeepLight,
            BeforeStartHeading,
            BeforeStartIntro,
            ReadyStart,
        }
        /// The plan's overview.
        PlanOverview in "src/components/plan_overview.rs" {
            GentleWhy,
            WordPesAnserine,
            WordCrossFiber,
            PlanIntro,
            PresetLabel,
            PresetShort,
            PresetFull,
            MethodLabel,
            MethodHold,
            MethodFriction,
            SetTime,
            StartRoutine,
            PrescribedPerWeek,
            ClinicianTime,
            YouChangedIt,
            PrescribedStepsLeftOut,
        }
        /// A routine step, its holds and its cautions.
        Routine in "src/components/routine.rs" {
            CheckInFine,
            ConfirmQuestion,
            ConfirmGoOn,
            ConfirmSkip,
            MclCautionHeading,
            StepPosition,
            StepAnnounce,
            MoreTime,
            LongestNote,
            TimeLeft,
            StepProgress,
            RoutineProgress,
            Pause,
            Resume,
            SkipStep,
            PreviousStep,
            PausedNote,
            NextUp,
            LastStep,
            Where,
            WhereMore,
            Hands,
            Pressure,
            HowToMove,
            StopHeading,
            StopSharpPain,
            SpaceHint,
            WhatToDo,
            ScreenMayDim,
            CheckInGoodAche,
            /// The routine: the cautions of the plan's limits on a step.
            CautionsHeading,
            KeepOffHeading,
        }
        /// Sounds, vibration and spoken names.
        Cues in "src/components/cue_controls.rs" {
            CuesHeading,
            Mute,
            SpeakSteps,
            CuesNote,
        }
        /// The end screen.
        Done in "src/components/routine_done.rs" {
            SkippedLabel,
            DoneIntro,
            DoneStepsHeading,
            KeepItUpHeading,
            OtherKnee,
        }
        /// The stop screen.
        Stopped in "src/components/routine_stopped.rs" {
            StoppedTitle,
            StoppedBecause,
        }
        /// "How much does your knee hurt right now?", before and after a routine.
        PainScale in "src/components/pain_scale.rs" {
            PainQuestion,
            PainOptional,
            PainNone,
            PainWorst,
            PainSevere,
            PainPickAgain,
        }
        /// The offer to keep a private log, and what became of it.
        LogChoice in "src/components/log_choice.rs" {
            LogOfferHeading,
            LogWhatIsKept,
            LogNeverKept,
            LogPrivateWindow,
            KeepLog,
            LogKept,
            LogNoStorage,
        }
        /// My progress.
        Progress in "src/components/progress.rs" {
            ProgressIntro,
            ProgressThisWeek,
            ProgressNoneThisWeek,
            ProgressKneeCount,
            ProgressGoalRange,
            ProgressGoalExact,
            ProgressGoalMet,
            ProgressGoalNotYet,
            ProgressGoalMore,
            ChartHeading,
            ChartBefore,
            ChartAfter,
            ChartDate,
            ChartNoScores,
            SignHeading,
            SignNotDiagnosis,
            SignCheckedQuestion,
            ProgressPrint,
            ProgressEmpty,
            EraseLog,
            EraseConfirm,
            EraseYes,
            EraseNo,
        }
        /// The print-out.
        Print in "src/components/print_summary.rs" {
            Print,
            PrintTitle,
            PrintDate,
            PrintNoIdentity,
            PrintNotes,
            PrintReview,
        }
        /// Learn.
        Learn in "src/components/learn.rs" {
            LearnTitle,
            LearnIntro,
            LearnNotAdvice,
            AnatomyHeading,
            AnatomyListHeading,
            AnatomyMuscles,
            TouchMassage,
            TouchExtremeCare,
            TouchNotDirectly,
            BenefitsHeading,
            PrinciplesHeading,
            AvoidListHeading,
            SeekHelpListHeading,
            SignsIntro,
            FaqHeading,
        }
        /// The anatomy picture.
        AnatomyPicture in "src/components/anatomy.rs" {
            AnatomyPicture,
            AnatomyHint,
            AnatomyViewLabel,
        }
        /// The clinician's screen.
        Prescribe in "src/components/prescribe.rs" {
            PrescribeIntro,
            PrescribeKnee,
            KneePatientChooses,
            PrescribeSteps,
            PrescribeMclShown,
            PrescribePerWeek,
            TimesAWeek,
            PrescribeLinkHeading,
            PrescribeLinkNote,
            CopyLink,
            LinkCopied,
            CopyFallback,
            QrLabel,
            /// The clinician's screen: the review page for the clinic's sign-off.
            ReviewHeading,
            ReviewNote,
            ReviewOpen,
        }
        /// Words shown or spoken in more than one place (two files of the shell name each), or by
        /// the screens' shared helpers (`src/components/mod.rs`).
        Shared in "src" {
            ConfirmHeading,
            CheckInQuestion,
            DoneTitle,
            AppTitle,
            AvoidMore,
            KnowNotCare,
            Back,
            StartOver,
            AnswersNotSaved,
            AdvisedRange,
            OutsideSessionGuidance,
            SeekHelpHeading,
            SeekHelpIf,
            UrgentCareNote,
            RulesHeading,
            RuleStopOnPain,
            RuleDiscomfortOk,
            RuleStartGentle,
            EmergencyNote,
            KneeChosen,
            PlanHeading,
            TotalTime,
            Shorter,
            Longer,
            PrescribedBy,
            PrescribeOpen,
            BackToStart,
            PrintVersion,
            LearnOpen,
            ProgressTitle,
            LogNotSaved,
            When,
            LogUnreadable,
            LogNewer,
        }
        /// What a sign from the patient's own log says (`sign_words`).
        LogSigns in "core/src/catalog/mod.rs" {
            SignSevere,
            SignSevereToDo,
            SignNumbness,
            SignStoppedTwice,
            SignHigherAfter,
            SignWorsening,
            SignNotImproving,
            SignNoMassageLeg,
            SignNoMassageKnee,
            SignAskCheck,
            SignTodayIfPain,
            SignTodayIfNerve,
        }
        /// Words the catalog's rules choose for a screen: a stop's words by its reason, the MCL step's caution.
        ChosenByRules in "core/src/catalog/mod.rs" {
            StoppedMcl,
            StoppedNerveToday,
            StoppedNerveDays,
            MclCautionTightness,
            MclCautionNever,
            MclCautionStop,
            StoppedNumbness,
            StoppedWhenToday,
            StoppedWhenDays,
            StopNumbness,
            StopMclPain,
            StoppedStop,
            StoppedRest,
            StoppedWarning,
            /// The inner-thigh step's motion when long holds there are ruled out.
            NoHoldsMotion,
        }
        /// The pictures' labels (`label_lines`, for the drawing `anatomy` makes).
        PictureLabels in "core/src/catalog/mod.rs" {
            AnatomyFront,
            AnatomyJointLine,
            AnatomyNotMassaged,
            AnatomyExtremeCare,
            AnatomyBackOfKnee,
            AnatomyNeverPress,
        }
        /// Before the app runs: what public/boot.js shows when the app cannot load (a failed
        /// or stalled download, offline on a first visit) or stops, with its buttons; the
        /// build writes them into the page per language (examples/prerender.rs).
        Loading in "examples/prerender.rs" {
            LoadFailed,
            LoadStalled,
            LoadOffline,
            LoadCrashed,
            TryAgain,
        }
        /// Words for times and numbers (`duration_words`, `range_words`, `minutes_words`).
        Times in "core/src/catalog/mod.rs" {
            MinutesSeconds,
            MinutesOnly,
            RangeMinutes,
            RangeSeconds,
            DurationMinutes,
            DurationOneMinute,
            DurationSeconds,
        }
    }
}

/// How language codes read, for every parser of them to be tested against (the Rust one here;
/// the static shell's `boot.js` when it chooses the loading message's language): the code,
/// and the language it means (`None`: not one of ours).
pub const LANG_CODE_CASES: &[(&str, Option<Lang>)] = &[
    ("en", Some(Lang::En)),
    ("EN", Some(Lang::En)),
    ("en-GB", Some(Lang::En)),
    ("en_US", Some(Lang::En)),
    (" en-gb ", Some(Lang::En)),
    ("es", Some(Lang::Es)),
    ("ES", Some(Lang::Es)),
    ("es-MX", Some(Lang::Es)),
    ("es_AR", Some(Lang::Es)),
    (" es-419 ", Some(Lang::Es)),
    ("esp", None),
    ("eng", None),
    ("e", None),
    ("", None),
    ("xx", None),
    ("-en", None),
    ("<script>", None),
];

/// The MCL step's caution, the source's, shown with the step and on the take-home sheet. How
/// hard to press is its Pressure line (`TextId::StepPressure`), said once.
const MCL_CAUTION: [Ui; 3] = [
    Ui::MclCautionTightness,
    Ui::MclCautionNever,
    Ui::MclCautionStop,
];

/// A step's caution box (under `Ui::MclCautionHeading`), shown with the step and on the
/// take-home sheet: the MCL's, and none for any other step.
pub const fn step_caution(kind: StepKind) -> &'static [Ui] {
    match kind {
        StepKind::Mcl => &MCL_CAUTION,
        _ => &[],
    }
}

/// A stop button's words, by the reason it stops the routine.
pub const fn stop_label(reason: StopReason) -> Ui {
    match reason {
        StopReason::SharpOrIncreasingPain => Ui::StopSharpPain,
        StopReason::NumbnessOrTingling => Ui::StopNumbness,
        StopReason::PainOnMcl => Ui::StopMclPain,
    }
}

/// What the stop screen says to do, by the reason for stopping: pain is a sign to stop (and, on
/// the MCL, to leave that step out until checked); numbness, tingling or weakness is a sign to
/// have the leg checked before any more massage.
pub const fn stop_what_to_do(reason: StopReason) -> &'static [Ui] {
    match reason {
        StopReason::NumbnessOrTingling => &[
            Ui::StoppedStop,
            Ui::StoppedRest,
            Ui::StoppedNumbness,
            Ui::StoppedNotAgainToday,
        ],
        StopReason::SharpOrIncreasingPain => &[
            Ui::StoppedStop,
            Ui::StoppedRest,
            Ui::StoppedWarning,
            Ui::StoppedNotAgainToday,
        ],
        StopReason::PainOnMcl => &[
            Ui::StoppedStop,
            Ui::StoppedRest,
            Ui::StoppedWarning,
            Ui::StoppedMcl,
        ],
    }
}

/// When to get help, on every stop screen, by the reason for stopping.
pub const fn stop_when(reason: StopReason) -> [Ui; 2] {
    match reason {
        StopReason::NumbnessOrTingling => [Ui::StoppedNerveToday, Ui::StoppedNerveDays],
        StopReason::SharpOrIncreasingPain | StopReason::PainOnMcl => {
            [Ui::StoppedWhenToday, Ui::StoppedWhenDays]
        }
    }
}

/// What a sign from the patient's own log says: what the log shows, what to do, and when to
/// get help today instead. When to get the knee checked is the sign's screening time frame
/// ([`Sign::time_frame`]); the words' numbers are `progress::sign_placeholders`.
pub const fn sign_words(sign: Sign) -> &'static [Ui] {
    match sign {
        Sign::SeverePain => &[Ui::SignSevere, Ui::SignSevereToDo],
        Sign::StoppedForNumbness => &[Ui::SignNumbness, Ui::SignNoMassageLeg, Ui::SignTodayIfNerve],
        Sign::StoppedTwice => &[
            Ui::SignStoppedTwice,
            Ui::SignNoMassageKnee,
            Ui::SignTodayIfPain,
        ],
        Sign::PainHigherAfter => &[
            Ui::SignHigherAfter,
            Ui::SignNoMassageKnee,
            Ui::SignTodayIfPain,
        ],
        Sign::PainWorsening => &[
            Ui::SignWorsening,
            Ui::SignNoMassageKnee,
            Ui::SignTodayIfPain,
        ],
        Sign::PainNotImproving => &[Ui::SignNotImproving, Ui::SignAskCheck, Ui::SignTodayIfPain],
    }
}

/// A sign's words ([`sign_words`]) in `lang`, with their numbers filled in: what the log
/// shows, what to do, and when to get help today instead.
pub fn sign_lines(lang: Lang, sign: Sign) -> Vec<String> {
    let numbers = crate::progress::sign_placeholders();
    let numbers: Vec<(&str, &str)> = numbers.iter().map(|(k, v)| (*k, v.as_str())).collect();
    sign_words(sign)
        .iter()
        .map(|&ui| fill(text(lang, ui), &numbers))
        .collect()
}

/// One piece of user-facing text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextId {
    Ui(Ui),
    StructureName(Structure),
    /// The structure's short name on the anatomy picture ("VMO").
    StructureLabel(Structure),
    StructureAbout(Structure),
    /// A bone the anatomy picture shows as a landmark.
    Bone(Bone),
    Muscle(Muscle),
    Benefit(Benefit),
    Contraindication(Contraindication),
    SeekHelp(SeekHelpSign),
    /// How soon to get help about a reason not to massage, as the screening applies it.
    ContraindicationGetHelp(Contraindication),
    /// How soon to see someone about a sign to seek help, as the screening applies it.
    SeekHelpGetHelp(SeekHelpSign),
    TechniqueName(Technique),
    TechniqueTarget(Technique),
    TechniqueHands(Technique),
    TechniquePressure(Technique),
    TechniqueMotion(Technique),
    /// A place or feeling to keep off, with the steps and techniques that list it: words that
    /// complete "Never press on", in lower case.
    KeepOff(KeepOff),
    Principle(Principle),
    FaqQuestion(Faq),
    FaqAnswer(Faq),
    Question(Question),
    /// Plain-words help under a question (signs, a temperature), where `Question::has_hint`.
    QuestionHint(Question),
    Guidance(Question),
    /// When to get help about a risk.
    TimeFrame(TimeFrame),
    /// A change to the routine (the result's list, a step's caution).
    Limit(Limit),
    Choice(Choice),
    Page(Page),
    TierTitle(Tier),
    TierSummary(Tier),
    StepName(StepKind),
    StepTarget(StepKind),
    /// How to use the hands, press and move: usual, or gentle after a clinician's clearance.
    StepHands(StepKind, Pressure),
    StepPressure(StepKind, Pressure),
    StepMotion(StepKind, Pressure),
}

impl TextId {
    /// Every message, so tests can check that each table is complete.
    pub fn all() -> Vec<TextId> {
        let mut all: Vec<TextId> = Ui::ALL.iter().map(|&u| TextId::Ui(u)).collect();
        for &s in Structure::ALL {
            all.extend([
                TextId::StructureName(s),
                TextId::StructureLabel(s),
                TextId::StructureAbout(s),
            ]);
        }
        all.extend(Bone::ALL.iter().map(|&b| TextId::Bone(b)));
        all.extend(Muscle::ALL.iter().map(|&m| TextId::Muscle(m)));
        all.extend(Benefit::ALL.iter().map(|&b| TextId::Benefit(b)));
        all.extend(
            Contraindication::ALL
                .iter()
                .map(|&c| TextId::Contraindication(c)),
        );
        all.extend(SeekHelpSign::ALL.iter().map(|&s| TextId::SeekHelp(s)));
        all.extend(
            Contraindication::ALL
                .iter()
                .map(|&c| TextId::ContraindicationGetHelp(c)),
        );
        all.extend(
            SeekHelpSign::ALL
                .iter()
                .map(|&s| TextId::SeekHelpGetHelp(s)),
        );
        for &t in Technique::ALL {
            all.extend([
                TextId::TechniqueName(t),
                TextId::TechniqueTarget(t),
                TextId::TechniqueHands(t),
                TextId::TechniquePressure(t),
                TextId::TechniqueMotion(t),
            ]);
        }
        all.extend(KeepOff::ALL.iter().map(|&k| TextId::KeepOff(k)));
        all.extend(Principle::ALL.iter().map(|&p| TextId::Principle(p)));
        for &f in Faq::ALL {
            all.extend([TextId::FaqQuestion(f), TextId::FaqAnswer(f)]);
        }
        for &q in Question::ALL {
            all.push(TextId::Question(q));
            if q.has_hint() {
                all.push(TextId::QuestionHint(q));
            }
            if q.is_risk() || q.is_precaution() {
                all.push(TextId::Guidance(q));
            }
        }
        all.extend(TimeFrame::ALL.iter().map(|&w| TextId::TimeFrame(w)));
        all.extend(Limit::ALL.iter().map(|&l| TextId::Limit(l)));
        all.extend(Choice::ALL.iter().map(|&c| TextId::Choice(c)));
        all.extend(Page::ALL.iter().map(|&p| TextId::Page(p)));
        for &t in Tier::ALL {
            all.extend([TextId::TierTitle(t), TextId::TierSummary(t)]);
        }
        for &k in StepKind::ALL {
            all.extend([TextId::StepName(k), TextId::StepTarget(k)]);
            for p in [Pressure::Usual, Pressure::Gentle] {
                all.extend([
                    TextId::StepHands(k, p),
                    TextId::StepPressure(k, p),
                    TextId::StepMotion(k, p),
                ]);
            }
        }
        all
    }
}

impl From<Ui> for TextId {
    fn from(ui: Ui) -> TextId {
        TextId::Ui(ui)
    }
}

with_table_kinds!(declare_table!(
    /// One language's words: a function for each kind of text, each a `match` over its ids (the
    /// compiler holds every table complete). A new language is a type implementing this (by
    /// `language_table!`) in its own file, its code in [`Lang`], and its arm in [`text`] and in
    /// `review_words`; the dispatcher itself is written once for all of them.
));

/// The words of a technique, or of a routine step, by what they say.
#[derive(Clone, Copy)]
pub(crate) struct TechniqueWords {
    pub name: &'static str,
    pub target: &'static str,
    pub hands: &'static str,
    pub pressure: &'static str,
    pub motion: &'static str,
}

/// A question the source answers, and our answer.
pub(crate) struct FaqWords {
    pub question: &'static str,
    pub answer: &'static str,
}

/// A result's title and what it says first.
pub(crate) struct TierWords {
    pub title: &'static str,
    pub summary: &'static str,
}

/// A routine step's words: the usual ones, and the gentle hands, pressure and motion used when
/// a clinician's clearance lifted a risk (no firm pressure, no leaning, no body weight).
pub(crate) struct StepWords {
    pub usual: TechniqueWords,
    pub gentle_hands: &'static str,
    pub gentle_pressure: &'static str,
    pub gentle_motion: &'static str,
}

impl StepWords {
    /// A step with no pressure to soften (getting into position, moving the knee).
    const fn already_gentle(usual: TechniqueWords) -> StepWords {
        StepWords {
            usual,
            gentle_hands: usual.hands,
            gentle_pressure: usual.pressure,
            gentle_motion: usual.motion,
        }
    }

    fn for_pressure(&self, pressure: Pressure) -> TechniqueWords {
        match pressure {
            Pressure::Usual => self.usual,
            Pressure::Gentle => TechniqueWords {
                hands: self.gentle_hands,
                pressure: self.gentle_pressure,
                motion: self.gentle_motion,
                ..self.usual
            },
        }
    }
}

/// The review page's own words, one set per language.
pub(crate) struct ReviewWords {
    /// A group of the screens' words, by where they are shown.
    pub group: fn(UiGroup) -> &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub generated: &'static str,
    pub version: &'static str,
    pub language: &'static str,
    pub other_languages: &'static str,
    pub placeholders: &'static str,
    pub contents: &'static str,
    pub screening: &'static str,
    pub screening_intro: &'static str,
    pub answers: &'static str,
    pub hint: &'static str,
    pub guidance: &'static str,
    pub rules: &'static str,
    pub rules_intro: &'static str,
    pub risk: &'static str,
    pub result: &'static str,
    pub when: &'static str,
    pub lifted: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub rules_go_ahead: &'static str,
    pub results: &'static str,
    pub time_frames: &'static str,
    pub routine: &'static str,
    pub routine_intro: &'static str,
    pub target: &'static str,
    pub source_range: &'static str,
    pub own_time: &'static str,
    pub default_time: &'static str,
    pub short: &'static str,
    pub full: &'static str,
    pub short_soft_tissue: &'static str,
    pub usual: &'static str,
    pub gentle: &'static str,
    pub hands: &'static str,
    pub pressure: &'static str,
    pub motion: &'static str,
    pub stops: &'static str,
    /// The private log's section: its rule, with the core's numbers filled in.
    pub log: &'static str,
    pub log_intro: &'static str,
    pub log_condition: &'static str,
    pub log_reads: &'static str,
    /// When each sign shows, by `progress::Sign`, in `Sign::ALL`'s order.
    pub log_signs: [&'static str; 6],
    pub log_severe: &'static str,
    pub log_kept: &'static str,
    pub log_week: &'static str,
    pub log_standard: &'static str,
    pub learn: &'static str,
    pub structures: &'static str,
    pub bones: &'static str,
    pub muscles: &'static str,
    pub benefits: &'static str,
    pub avoid: &'static str,
    pub seek_help: &'static str,
    pub get_help: &'static str,
    pub techniques: &'static str,
    pub principles: &'static str,
    pub faq: &'static str,
    pub other: &'static str,
    pub other_intro: &'static str,
    pub sign_off: &'static str,
    pub sign_off_intro: &'static str,
    pub reviewer: &'static str,
    pub role: &'static str,
    pub signature: &'static str,
    pub date: &'static str,
    pub notes: &'static str,
    pub follow_up: &'static str,
    pub standard: &'static str,
    pub changes: &'static str,
    pub none: &'static str,
    pub precautions_intro: &'static str,
    /// Under the rules table in the clinic's docs: what its numbers are.
    pub rules_numbers: &'static str,
}

/// The review page's own words in `lang` (only the review page reads them).
pub(crate) const fn review_words(lang: Lang) -> &'static ReviewWords {
    match lang {
        Lang::En => &en::REVIEW,
        Lang::Es => &es::REVIEW,
    }
}

/// The text of `msg` in `lang`.
pub fn text(lang: Lang, msg: impl Into<TextId>) -> &'static str {
    match lang {
        Lang::En => text_in::<en::English>(msg.into()),
        Lang::Es => text_in::<es::Spanish>(msg.into()),
    }
}

/// The text of `msg` in the language `T`.
fn text_in<T: Table>(msg: TextId) -> &'static str {
    match msg {
        TextId::Ui(ui) => T::ui(ui),
        TextId::StructureName(s) => T::structure_name(s),
        TextId::StructureLabel(s) => T::structure_label(s),
        TextId::StructureAbout(s) => T::structure_about(s),
        TextId::Bone(b) => T::bone(b),
        TextId::Muscle(m) => T::muscle(m),
        TextId::Benefit(b) => T::benefit(b),
        TextId::Contraindication(c) => T::contraindication(c),
        TextId::SeekHelp(s) => T::seek_help(s),
        TextId::ContraindicationGetHelp(c) => T::contraindication_get_help(c),
        TextId::SeekHelpGetHelp(s) => T::seek_help_get_help(s),
        TextId::TechniqueName(x) => T::technique(x).name,
        TextId::TechniqueTarget(x) => T::technique(x).target,
        TextId::TechniqueHands(x) => T::technique(x).hands,
        TextId::TechniquePressure(x) => T::technique(x).pressure,
        TextId::TechniqueMotion(x) => T::technique(x).motion,
        TextId::KeepOff(k) => T::keep_off(k),
        TextId::Principle(p) => T::principle(p),
        TextId::FaqQuestion(f) => T::faq(f).question,
        TextId::FaqAnswer(f) => T::faq(f).answer,
        TextId::Question(q) => T::question(q),
        TextId::QuestionHint(q) => T::hint(q),
        TextId::Guidance(q) => T::guidance(q),
        TextId::Limit(l) => T::limit(l),
        TextId::TimeFrame(w) => T::time_frame(w),
        TextId::Choice(c) => T::choice(c),
        TextId::Page(p) => T::page(p),
        TextId::TierTitle(x) => T::tier(x).title,
        TextId::TierSummary(x) => T::tier(x).summary,
        TextId::StepName(k) => T::step(k).usual.name,
        TextId::StepTarget(k) => T::step(k).usual.target,
        TextId::StepHands(k, p) => T::step(k).for_pressure(p).hands,
        TextId::StepPressure(k, p) => T::step(k).for_pressure(p).pressure,
        TextId::StepMotion(k, p) => T::step(k).for_pressure(p).motion,
    }
}

/// A picture label's lines, each at most `chars` long where its words allow: its words and,
/// where the picture must say how the part is treated (the MCL, the meniscus, the back of the
/// knee), a second part on a new line. The front marker's arrow is the drawing's, not the words'.
pub fn label_lines(lang: Lang, of: Labelled, chars: usize) -> Vec<&'static str> {
    let (first, second): (TextId, Option<Ui>) = match of {
        Labelled::Structure(s) => (
            TextId::StructureLabel(s),
            match s {
                Structure::Mcl => Some(Ui::AnatomyExtremeCare),
                Structure::MedialMeniscus => Some(Ui::AnatomyNotMassaged),
                _ => None,
            },
        ),
        Labelled::Bone(b) => (TextId::Bone(b), None),
        Labelled::JointLine => (Ui::AnatomyJointLine.into(), None),
        Labelled::Front => (Ui::AnatomyFront.into(), None),
        Labelled::BackOfKnee => (Ui::AnatomyBackOfKnee.into(), Some(Ui::AnatomyNeverPress)),
    };
    let mut lines = wrap(text(lang, first), chars);
    if let Some(second) = second {
        lines.extend(wrap(text(lang, second), chars));
    }
    lines
}

/// What a step keeps off as running text (the plan's overview, the take-home sheet, the MCL's
/// caution): one short sentence each, "Never press on the back of your knee." Each item
/// completes the heading's words, so it starts in lower case (no case tables in the wasm).
pub fn keep_off_sentences(lang: Lang, list: &[KeepOff]) -> Vec<String> {
    list.iter()
        .map(|&k| {
            format!(
                "{} {}.",
                text(lang, Ui::KeepOffHeading),
                text(lang, TextId::KeepOff(k))
            )
        })
        .collect()
}

/// A text's first sentence and the rest (empty if it has one sentence): the routine shows a
/// step's "where" by its first sentence, with the rest one tap away, so the step fits on one
/// screen.
pub fn lead_sentence(text: &'static str) -> (&'static str, &'static str) {
    match text.find(". ") {
        Some(end) => (&text[..=end], text[end + 1..].trim_start()),
        None => (text, ""),
    }
}

/// Breaks words into lines of at most `chars` characters (a longer word gets a line of its own).
fn wrap(words: &'static str, chars: usize) -> Vec<&'static str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut end = 0;
    for (at, _) in words.match_indices(' ').chain([(words.len(), "")]) {
        if end > start && words[start..at].chars().count() > chars {
            lines.push(&words[start..end]);
            start = end + 1;
        }
        end = at;
    }
    lines.push(&words[start..]);
    lines
}

/// Words that ask for more than gentle pressure, in each language: no text a gentle routine
/// shows may contain one (the core's and the end-to-end tests check it).
pub fn not_gentle_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[
            "firm",
            "lean",
            "sink",
            "harder",
            "press it in",
            "until it",
            "weight on",
            "deep",
            "knuckle",
            "good ache",
        ],
        Lang::Es => &[
            "firme",
            "nudillo",
            "inclín",
            "apóye",
            "apoye el cuerpo",
            "más fuerte",
            "profund",
            "molestia agradable",
            "buen dolor",
        ],
    }
}

/// What a step of a plan shows: how to use the hands, press and move, in the plan's pressure;
/// the motion keeps moving when the plan's limits rule out long holds on the inner thigh. The
/// step screen, the overview and the print-out all read the step's words here.
pub fn step_words(kind: StepKind, pressure: Pressure, limits: Limits) -> [TextId; 3] {
    let motion = if kind == StepKind::SoftTissueRelease && limits.has(Limit::NoLongThighHolds) {
        TextId::Ui(Ui::NoHoldsMotion)
    } else {
        TextId::StepMotion(kind, pressure)
    };
    [
        TextId::StepHands(kind, pressure),
        TextId::StepPressure(kind, pressure),
        motion,
    ]
}

/// A length of time in words, with the language's plural rule: "2 minutes", "1 minute",
/// "45 seconds" (the shared-tablet note).
pub fn duration_words(lang: Lang, seconds: u32) -> String {
    match seconds {
        60 => text(lang, Ui::DurationOneMinute).to_owned(),
        s if s % 60 == 0 => fill(
            text(lang, Ui::DurationMinutes),
            &[("n", &(s / 60).to_string())],
        ),
        s => fill(text(lang, Ui::DurationSeconds), &[("n", &s.to_string())]),
    }
}

/// A routine's length in words, not as a clock that could be read as a time of day:
/// "10 min 30 s", "6 min".
pub fn minutes_words(lang: Lang, seconds: u32) -> String {
    let (m, s) = ((seconds / 60).to_string(), (seconds % 60).to_string());
    if seconds % 60 == 0 {
        fill(text(lang, Ui::MinutesOnly), &[("m", &m)])
    } else {
        fill(text(lang, Ui::MinutesSeconds), &[("m", &m), ("s", &s)])
    }
}

/// A source range in words, as the overview and the steps show it: "2-5 min", "30-60 s".
pub fn range_words(lang: Lang, range: crate::content::SecondsRange) -> String {
    let (template, unit) = if range.min % 60 == 0 && range.max % 60 == 0 {
        (Ui::RangeMinutes, 60)
    } else {
        (Ui::RangeSeconds, 1)
    };
    fill(
        text(lang, template),
        &[
            ("min", &(range.min / unit).to_string()),
            ("max", &(range.max / unit).to_string()),
        ],
    )
}

/// Fills `{name}` placeholders of a template message, e.g. "Part {n} of {total}".
///
/// One pass: a value is never searched for placeholders itself, and a `{name}` with no value
/// stays as it is.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let filled = after.split_once('}').and_then(|(name, tail)| {
            let (_, value) = values.iter().find(|(n, _)| *n == name)?;
            Some((*value, tail))
        });
        match filled {
            Some((value, tail)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::anatomy::{label_of, Label, TextSize};
    use crate::content::{durations, SecondsRange};
    use std::collections::HashSet;

    /// Plain-language rule of the product: one idea per sentence, short enough for a
    /// 12-year-old. Twenty words is the longest sentence, and the longest question, we allow.
    const MAX_WORDS: usize = 20;

    fn en(msg: impl Into<TextId>) -> &'static str {
        text(Lang::En, msg)
    }

    /// Checks that the labels shown together fit beside the drawing, each line within its
    /// side's room, and that a label's lines end before the next label on its side begins.
    fn labels_fit(shown: &[Labelled], size: TextSize, what: &str) {
        for &lang in Lang::ALL {
            let mut placed: Vec<(&Label, usize)> = shown
                .iter()
                .map(|&of| {
                    let l = label_of(of).expect("a label");
                    let lines = label_lines(lang, of, size.room(l.side));
                    for line in &lines {
                        // The front marker's arrow and its space.
                        let extra = if of == Labelled::Front { 2 } else { 0 };
                        assert!(
                            line.chars().count() + extra <= size.room(l.side),
                            "{what}, {lang:?}: {line:?} is too long for its side"
                        );
                    }
                    (l, lines.len())
                })
                .collect();
            placed.sort_by_key(|(l, _)| l.at.1);
            for (i, (l, lines)) in placed.iter().enumerate() {
                let next = placed[i + 1..].iter().find(|(o, _)| o.side == l.side);
                if let Some((next, _)) = next {
                    // A line's box reaches about 0.93 of a font size above its baseline and 0.24
                    // below (DejaVu Sans): the next label starts at least a line height below
                    // this one's last line.
                    let last = l.at.1 + (*lines as i32 - 1) * size.line_height();
                    assert!(
                        next.at.1 - last >= size.line_height(),
                        "{what}, {lang:?}: {:?} runs into {:?}",
                        l.of,
                        next.of
                    );
                }
            }
        }
    }

    #[test]
    fn every_picture_label_fits_beside_the_drawing_in_every_language() {
        use crate::anatomy::{step_picture, LABELS};
        let all: Vec<Labelled> = LABELS.iter().map(|l| l.of).collect();
        labels_fit(&all, TextSize::Learn, "Learn");
        for &kind in StepKind::ALL {
            let shown: Vec<Labelled> = step_picture(kind).labels().collect();
            labels_fit(&shown, TextSize::Step, kind.name());
        }
    }

    #[test]
    fn fill_replaces_each_placeholder_once_and_keeps_unknown_ones() {
        let values = [("n", "2"), ("total", "{n}")];
        assert_eq!(fill("Part {n} of {n}", &values), "Part 2 of 2");
        assert_eq!(
            fill("{total} and {n}", &values),
            "{n} and 2",
            "values are not re-read"
        );
        assert_eq!(fill("{missing} {n", &values), "{missing} {n");
        assert_eq!(fill("{}{n}}", &values), "{}2}");
        assert_eq!(fill("", &values), "");
        assert_eq!(fill("no braces", &[]), "no braces");
    }

    fn sentences(text: &str) -> impl Iterator<Item = &str> {
        text.split(['.', '?', '!'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    fn words(text: &str) -> usize {
        text.split_whitespace().count()
    }

    /// How each language's copy writes a duration range, e.g. "30 to 60 seconds" or "1 to 2
    /// minutes". A new language adds its arm here, and every figure test then checks its copy.
    fn spoken_in(lang: Lang, range: SecondsRange) -> String {
        let minutes = range.min % 60 == 0 && range.max % 60 == 0;
        match (lang, minutes) {
            (Lang::En, true) => format!("{} to {} minutes", range.min / 60, range.max / 60),
            (Lang::En, false) => format!("{} to {} seconds", range.min, range.max),
            (Lang::Es, true) => format!("{} a {} minutos", range.min / 60, range.max / 60),
            (Lang::Es, false) => format!("{} a {} segundos", range.min, range.max),
        }
    }

    fn spoken(range: SecondsRange) -> String {
        spoken_in(Lang::En, range)
    }

    /// How each language writes the pes anserine's place: 1 to 2 inches, with centimetres.
    fn inches_in(lang: Lang) -> &'static str {
        match lang {
            Lang::En => "1 to 2 inches (about 2.5 to 5 cm) below",
            Lang::Es => "1 a 2 pulgadas (unos 2.5 a 5 cm) por debajo",
        }
    }

    #[test]
    fn every_message_has_text_in_every_language() {
        for &lang in Lang::ALL {
            for msg in TextId::all() {
                let t = text(lang, msg);
                assert!(!t.trim().is_empty(), "{msg:?} is empty in {lang:?}");
                assert_eq!(t, t.trim(), "{msg:?} has stray spaces in {lang:?}");
                assert!(!t.contains("  "), "{msg:?} has a double space in {lang:?}");
            }
        }
    }

    #[test]
    fn the_message_list_names_each_message_once() {
        let all = TextId::all();
        let unique: HashSet<TextId> = all.iter().copied().collect();
        assert_eq!(unique.len(), all.len());
    }

    #[test]
    fn no_two_messages_share_the_same_text() {
        // A routine step may reuse its source technique's words; nothing else repeats.
        let reuses_technique = |m: &TextId| {
            matches!(
                m,
                TextId::StepName(_)
                    // A short name on the picture may be the whole name ("Medial meniscus").
                    | TextId::StructureLabel(_)
                    // Signs share how soon to get help ("Get medical help today.").
                    | TextId::ContraindicationGetHelp(_)
                    | TextId::SeekHelpGetHelp(_)
                    | TextId::StepTarget(_)
                    | TextId::StepHands(..)
                    | TextId::StepPressure(..)
                    | TextId::StepMotion(..)
            )
        };
        for &lang in Lang::ALL {
            let mut seen = std::collections::HashMap::new();
            for msg in TextId::all() {
                if let Some(&first) = seen.get(text(lang, msg)) {
                    // (Steps also share words with each other: a gentle text that is already
                    // gentle, the pes anserine's place in both of its steps.)
                    assert!(
                        reuses_technique(&msg) || reuses_technique(&first),
                        "{msg:?} repeats {first:?} in {lang:?}"
                    );
                } else {
                    seen.insert(text(lang, msg), msg);
                }
            }
        }
    }

    #[test]
    fn routine_step_copy_states_the_durations_of_the_plan() {
        use crate::step::{Pressure, StepKind};
        for &lang in Lang::ALL {
            for &k in StepKind::ALL {
                if k.has_source_duration() && k != StepKind::SoftTissueRelease {
                    for p in [Pressure::Usual, Pressure::Gentle] {
                        let motion = text(lang, TextId::StepMotion(k, p));
                        let figure = spoken_in(lang, k.range());
                        assert!(motion.contains(&figure), "{k:?} in {lang:?}: {motion}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_sentence_is_short_enough_to_read_easily() {
        for &lang in Lang::ALL {
            for msg in TextId::all() {
                for sentence in sentences(text(lang, msg)) {
                    let n = words(sentence);
                    assert!(
                        n <= MAX_WORDS,
                        "{msg:?} in {lang:?} has a {n}-word sentence: {sentence:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn what_to_keep_off_reads_as_short_sentences_too() {
        for &lang in Lang::ALL {
            for &k in KeepOff::ALL {
                for sentence in keep_off_sentences(lang, &[k]) {
                    let n = words(&sentence);
                    assert!(n <= MAX_WORDS, "{k:?} in {lang:?}: {n} words: {sentence:?}");
                }
            }
        }
    }

    #[test]
    fn every_question_is_one_short_question() {
        for &lang in Lang::ALL {
            for &q in Question::ALL {
                let t = text(lang, TextId::Question(q));
                assert!(words(t) <= MAX_WORDS, "{q:?} has {} words", words(t));
                assert!(t.ends_with('?'), "{q:?} is not a question");
                assert_eq!(t.matches('?').count(), 1, "{q:?} asks more than one thing");
            }
        }
    }

    #[test]
    fn medical_words_in_questions_are_glossed() {
        // The word, and the plain words that must come with it.
        let glossed = [
            (
                Question::PossibleMclInjury,
                "MCL",
                "ligament on the inside of your knee",
            ),
            (Question::BloodClotNow, "DVT", "clot in a deep vein"),
            (Question::PossibleTear, "meniscus", "cushion"),
            (
                Question::PossibleTear,
                "ligament",
                "holds the knee together",
            ),
            (Question::PossibleFracture, "fracture", "broken"),
            (Question::Misshapen, "deformity", "out of shape"),
            (Question::ThinBones, "osteoporosis", "weak bones"),
            (Question::Lymphoedema, "lymphoedema", "swelling"),
            (Question::GroinLymphNodes, "lymph nodes", "glands"),
            (Question::LegUlcer, "ulcer", "sore"),
        ];
        for (q, word, plain) in glossed {
            let t = en(TextId::Question(q));
            assert!(t.contains(word) && t.contains(plain), "{q:?}: {t}");
        }
    }

    #[test]
    fn the_issues_two_required_questions_are_asked_as_written() {
        assert_eq!(
            en(TextId::Question(Question::PossibleMclInjury)),
            "Could the ligament on the inside of your knee (MCL) be injured?"
        );
        assert_eq!(
            en(TextId::Question(Question::DoctorSaidNoMassage)),
            "Has a doctor told you not to massage this leg?"
        );
    }

    #[test]
    fn technique_copy_states_the_sources_durations_exactly() {
        use crate::content::Technique::*;
        for &lang in Lang::ALL {
            let says = |msg: TextId, range: SecondsRange| {
                let words = text(lang, msg);
                assert!(
                    words.contains(&spoken_in(lang, range)),
                    "{msg:?} in {lang:?}: {words}"
                );
            };
            says(
                TextId::TechniqueMotion(SoftTissueRelease),
                durations::TRIGGER_POINT_HOLD,
            );
            says(
                TextId::TechniqueMotion(PesAnserineFocus),
                durations::PES_ANSERINE_HOLD,
            );
            says(
                TextId::TechniqueMotion(PesAnserineFocus),
                durations::PES_ANSERINE_FRICTION,
            );
            says(TextId::TechniqueMotion(MclCaution), durations::MCL);
            says(
                TextId::TechniqueMotion(FoamRollerOrBall),
                durations::ROLLER_PAUSE,
            );
            says(
                TextId::TechniqueMotion(FoamRollerOrBall),
                durations::BALL_HOLD,
            );
            says(
                TextId::Principle(Principle::Consistency),
                durations::SESSION,
            );
            says(TextId::Ui(Ui::HowSessionLength), durations::SESSION);
            assert!(text(lang, TextId::TechniqueTarget(PesAnserineFocus)).contains(inches_in(lang)));
        }
        // The same figures, as the source writes them, independently of the tables.
        assert_eq!(spoken(durations::PES_ANSERINE_FRICTION), "1 to 2 minutes");
        assert_eq!(spoken(durations::ROLLER_PAUSE), "20 to 30 seconds");
        assert_eq!(spoken(durations::SESSION), "5 to 10 minutes");
    }

    #[test]
    fn structure_copy_names_every_muscle_the_source_names() {
        for &s in Structure::ALL {
            let about = en(TextId::StructureAbout(s));
            for &m in s.muscles() {
                assert!(
                    about.contains(en(TextId::Muscle(m))),
                    "{s:?} does not name {m:?}"
                );
            }
        }
    }

    #[test]
    fn the_mcl_copy_keeps_the_sources_warnings() {
        let about = en(TextId::StructureAbout(Structure::Mcl));
        assert!(about.contains("extreme care"));
        // Stopping at any pain stands in the MCL step's caution box, on the step screen, the
        // take-home sheet and the review page.
        assert!(MCL_CAUTION
            .iter()
            .any(|&u| en(TextId::Ui(u)).contains("Stop at once if you feel any pain")));
        assert!(en(TextId::TechniqueHands(Technique::MclCaution)).contains("slightly bent"));
    }

    #[test]
    fn every_risk_has_guidance_and_only_urgent_guidance_says_today() {
        use crate::screening::TimeFrame;
        for &q in Question::ALL
            .iter()
            .filter(|q| q.is_risk() || q.is_precaution())
        {
            let g = en(TextId::Guidance(q));
            assert!(!g.is_empty(), "{q:?} has no guidance");
            // Every blocking answer says what to do about massage (or weight on the leg).
            let lower = g.to_lowercase();
            assert!(
                lower.contains("massage") || lower.contains("weight") || lower.contains("press"),
                "{q:?} does not say what to do: {g}"
            );
            let today = g.contains("today");
            if q.time_frame() == Some(TimeFrame::Now) {
                assert!(
                    g.contains("now") && g.contains("emergency"),
                    "{q:?} does not say go now: {g}"
                );
            } else if q.time_frame() == Some(TimeFrame::Today) {
                assert!(today, "urgent {q:?} does not say today: {g}");
            } else {
                // Only a condition may send a non-urgent answer to help today.
                assert!(!today || g.contains("today if"), "{q:?} says today: {g}");
            }
        }
        assert!(en(TextId::TierSummary(Tier::GetHelpToday)).contains("Do not massage"));
        let go_now = en(TextId::TierSummary(Tier::GoNow));
        assert!(go_now.contains("emergency department now") && go_now.contains("Do not massage"));
        assert!(en(Ui::EmergencyNote).contains("emergency number"));
        assert!(en(Ui::UrgentCareNote).contains("urgent care or an emergency department"));
    }

    #[test]
    fn guidance_gives_the_rules_tables_own_advice() {
        use Question::*;
        let advice = [
            (PossibleFracture, "Do not put weight on the leg"),
            (Misshapen, "Do not put weight on the leg"),
            (
                NumbnessTinglingWeakness,
                "today if it spreads or the leg gets weaker",
            ),
            (OpenWound, "until the wound has fully healed"),
            (BloodClotOnTreatment, "ask the doctor who treats your clot"),
            (BloodClotInThePast, "Ask your doctor first"),
            (DoctorSaidNoMassage, "Follow your doctor's advice"),
        ];
        for (q, words) in advice {
            let g = en(TextId::Guidance(q));
            assert!(g.contains(words), "{q:?}: {g}");
        }
        // The signs and the figures a patient needs to answer.
        let clot = en(TextId::QuestionHint(BloodClotNow));
        for sign in [
            "swollen",
            "hurts, throbs or cramps",
            "warm",
            "red or darker",
            "hard or sore",
            "without any of these",
        ] {
            assert!(clot.contains(sign), "{clot}");
        }
        assert!(en(TextId::QuestionHint(Fever)).contains("38 °C (100.4 °F)"));
        for &w in crate::screening::TimeFrame::ALL {
            assert!(!en(TextId::TimeFrame(w)).is_empty());
        }
    }

    #[test]
    fn a_yes_always_means_the_risk_is_there() {
        // No double negatives, and no "unsure" beside a "Not sure" answer.
        for &q in Question::ALL {
            let t = en(TextId::Question(q)).to_lowercase();
            for bad in ["without", "unsure", "n't", "never"] {
                assert!(!t.contains(bad), "{q:?} reads badly ({bad}): {t}");
            }
        }
        assert_eq!(
            en(TextId::Question(Question::ClinicianCleared)),
            "Since this pain began, has a doctor or physiotherapist checked this knee and said self-massage is OK?"
        );
    }

    #[test]
    fn language_codes_read_as_the_shared_table_says() {
        for &(code, lang) in LANG_CODE_CASES {
            assert_eq!(Lang::from_code(code), lang, "{code:?}");
        }
        assert_eq!(Lang::from_browser(["xx-YY", "EN-au", "fr"]), Some(Lang::En));
        assert_eq!(Lang::from_browser(["xx", "zz"]), None);
        assert_eq!(Lang::from_browser([]), None);
    }

    #[test]
    fn language_codes_are_read_leniently_and_unknown_ones_refused() {
        assert_eq!(Lang::from_code("en"), Some(Lang::En));
        assert_eq!(Lang::from_code(" EN-gb "), Some(Lang::En));
        assert_eq!(Lang::from_code("en_US"), Some(Lang::En));
        assert_eq!(Lang::from_code("xx"), None);
        assert_eq!(Lang::from_code(""), None);
        assert_eq!(Lang::from_code("<script>"), None);
    }

    #[test]
    fn every_language_code_reads_back_as_itself() {
        for &lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
    }

    /// A term a patient may not know, and the plain words that must come with it wherever a
    /// screen uses it (alternatives split by `|`), per language; then the word for inches,
    /// which must come with centimetres.
    fn glosses(lang: Lang) -> (&'static [(&'static str, &'static str)], &'static str) {
        match lang {
            Lang::En => (
                &[
                    ("pes anserine", "three tendons"),
                    ("tendon", "cords"),
                    ("joint line", "where the thigh bone meets the shin bone"),
                    ("VMO", "teardrop"),
                    ("adductors", "inner thigh muscles"),
                    (
                        "cross-fiber",
                        "across the tendon, not along it|across a tendon, not along it",
                    ),
                    ("meniscus", "cushion"),
                    ("MCL", "band|ligament on the inside"),
                ],
                "inch",
            ),
            Lang::Es => (
                &[
                    ("pata de ganso", "tres tendones"),
                    ("tendón", "cordones"),
                    (
                        "línea de la articulación",
                        "donde se juntan el hueso del muslo",
                    ),
                    ("VMO", "lágrima"),
                    ("aductores", "parte interna del muslo"),
                    ("roces a lo ancho", "no a lo largo"),
                    ("menisco", "cojín"),
                    ("LCM", "banda|ligamento de la parte interna"),
                ],
                "pulgada",
            ),
        }
    }

    fn assert_glossed(lang: Lang, screen: &str, words: &str) {
        let lower = words.to_lowercase();
        let (terms, inch) = glosses(lang);
        for (term, gloss) in terms {
            if lower.contains(&term.to_lowercase()) {
                assert!(
                    gloss.split('|').any(|g| lower.contains(&g.to_lowercase())),
                    "{screen} in {lang:?} says {term:?} without {gloss:?}: {words}"
                );
            }
        }
        if lower.contains(inch) {
            assert!(
                lower.contains(" cm"),
                "{screen} in {lang:?} gives inches without cm"
            );
        }
    }

    #[test]
    fn every_step_screen_glosses_its_jargon_in_every_language() {
        for &lang in Lang::ALL {
            let t = |msg: TextId| text(lang, msg);
            for &k in StepKind::ALL {
                for p in [Pressure::Usual, Pressure::Gentle] {
                    let screen = [
                        TextId::StepName(k),
                        TextId::StepTarget(k),
                        TextId::StepHands(k, p),
                        TextId::StepPressure(k, p),
                        TextId::StepMotion(k, p),
                    ]
                    .map(t)
                    .join(" ");
                    assert_glossed(lang, &format!("{k:?} ({p:?})"), &screen);
                }
            }
            // The overview: the method choice, with its glosses.
            let overview = [
                Ui::MethodLabel,
                Ui::MethodFriction,
                Ui::WordPesAnserine,
                Ui::WordCrossFiber,
            ]
            .map(|u| t(TextId::Ui(u)))
            .join(" ");
            assert_glossed(lang, "the method choice", &overview);
            for &q in Question::ALL {
                assert_glossed(lang, &format!("{q:?}"), t(TextId::Question(q)));
            }
            // The end screen's signs to get help, and the stop screens.
            for &s in SeekHelpSign::ALL {
                assert_glossed(lang, &format!("{s:?}"), t(TextId::SeekHelp(s)));
            }
        }
        let overview = [
            en(Ui::MethodLabel),
            en(Ui::MethodFriction),
            en(Ui::WordPesAnserine),
            en(Ui::WordCrossFiber),
        ]
        .join(" ");
        assert!(overview.contains("tendon") && overview.contains("across a tendon, not along it"));
    }

    #[test]
    fn the_sources_ranges_read_as_the_source_gives_them() {
        use crate::step::StepKind::*;
        let words = |k: StepKind| range_words(Lang::En, k.range());
        assert_eq!(words(SoftTissueRelease), "2-5 min");
        assert_eq!(words(PesAnserineHold), "30-60 s");
        assert_eq!(words(PesAnserineFriction), "1-2 min");
        assert_eq!(words(FoamRollerPause), "20-30 s");
        assert_eq!(words(Mcl), "30-60 s");
        assert_eq!(words(MassageBall), "30-60 s");
    }

    #[test]
    fn durations_read_with_the_languages_plural_rule() {
        assert_eq!(duration_words(Lang::En, 60), "1 minute");
        assert_eq!(duration_words(Lang::En, 120), "2 minutes");
        assert_eq!(duration_words(Lang::En, 45), "45 seconds");
        assert_eq!(minutes_words(Lang::En, 630), "10 min 30 s");
        assert_eq!(minutes_words(Lang::En, 360), "6 min");
    }

    /// The `{name}` placeholders of a message, in order.
    fn placeholders(text: &str) -> Vec<&str> {
        text.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect()
    }

    #[test]
    fn every_language_fills_the_same_placeholders_as_english() {
        for &lang in Lang::ALL {
            for msg in TextId::all() {
                let mut ours = placeholders(text(lang, msg));
                let mut english = placeholders(text(Lang::En, msg));
                ours.sort_unstable();
                english.sort_unstable();
                assert_eq!(ours, english, "{msg:?} in {lang:?}");
            }
        }
        assert_eq!(placeholders(en(Ui::PagePosition)), ["n", "total"]);
    }

    #[test]
    fn templates_fill_their_placeholders() {
        assert_eq!(
            fill(en(Ui::PagePosition), &[("n", "2"), ("total", "8")]),
            "Part 2 of 8"
        );
    }

    /// The words that name each time frame in a Spanish sentence about getting help.
    fn says_time_frame_es(sentence: &str, frame: TimeFrame) -> bool {
        let lower = sentence.to_lowercase();
        match frame {
            TimeFrame::Now => lower.contains("urgencias ahora"),
            TimeFrame::Today => lower.contains("hoy"),
            TimeFrame::WithinTwoWeeks => lower.contains("2 semanas"),
            TimeFrame::BeforeAnyMassage => lower.contains("antes de cualquier masaje"),
            TimeFrame::NextFewDays => lower.contains("próximos días"),
            TimeFrame::WhenHealed => lower.contains("sanado por completo"),
            TimeFrame::NextFewWeeks => lower.contains("próximas semanas"),
        }
    }

    /// The words that name each time frame in an English sentence about getting help.
    fn says_time_frame(sentence: &str, frame: TimeFrame) -> bool {
        let lower = sentence.to_lowercase();
        match frame {
            TimeFrame::Now => lower.contains("emergency department now"),
            TimeFrame::Today => lower.contains("today"),
            TimeFrame::WithinTwoWeeks => lower.contains("within 2 weeks"),
            TimeFrame::BeforeAnyMassage => lower.contains("before any massage"),
            TimeFrame::NextFewDays => lower.contains("next few days"),
            TimeFrame::WhenHealed => lower.contains("fully healed"),
            TimeFrame::NextFewWeeks => lower.contains("next few weeks"),
        }
    }

    #[test]
    fn learn_says_how_soon_for_every_time_frame_the_screening_gives_a_sign() {
        use crate::screening::{time_frames_for_contraindication, time_frames_for_seek_help};
        let checks = Contraindication::ALL
            .iter()
            .map(|&c| {
                (
                    TextId::ContraindicationGetHelp(c),
                    time_frames_for_contraindication(c),
                )
            })
            .chain(
                SeekHelpSign::ALL
                    .iter()
                    .map(|&s| (TextId::SeekHelpGetHelp(s), time_frames_for_seek_help(s))),
            );
        for (msg, frames) in checks {
            let sentence = text(Lang::En, msg);
            for &frame in &frames {
                assert!(
                    says_time_frame(sentence, frame),
                    "{msg:?} does not say {frame:?}: {sentence}"
                );
                let spanish = text(Lang::Es, msg);
                assert!(
                    says_time_frame_es(spanish, frame),
                    "{msg:?} does not say {frame:?} in Spanish: {spanish}"
                );
            }
            // Nothing slower than the slowest time frame the screening gives it.
            for &frame in TimeFrame::ALL {
                if frame > *frames.last().unwrap() && frame != TimeFrame::WhenHealed {
                    assert!(!says_time_frame(sentence, frame), "{msg:?} says {frame:?}");
                }
            }
        }
        // Signs the screening treats as urgent today open with it.
        for &c in Contraindication::ALL {
            if time_frames_for_contraindication(c)[0] == TimeFrame::Today {
                assert!(text(Lang::En, TextId::ContraindicationGetHelp(c))
                    .to_lowercase()
                    .contains("today"));
            }
        }
    }
}

#[cfg(test)]
mod wrap_tests {
    use super::wrap;

    #[test]
    fn every_step_says_where_in_its_first_sentence() {
        use super::{lead_sentence, text, KeepOff, Lang, TextId};
        use crate::step::StepKind;
        assert_eq!(lead_sentence("One. Two. Three."), ("One.", "Two. Three."));
        assert_eq!(
            super::keep_off_sentences(Lang::En, &[KeepOff::BackOfKnee, KeepOff::BulgingVein]),
            [
                "Never press on the back of your knee.",
                "Never press on a bulging vein."
            ]
        );
        assert_eq!(
            super::keep_off_sentences(Lang::Es, &[KeepOff::Groin]),
            ["Nunca presione sobre la ingle."]
        );
        assert!(super::keep_off_sentences(Lang::En, &[]).is_empty());
        assert_eq!(lead_sentence("About 2.5 cm."), ("About 2.5 cm.", ""));
        for &lang in Lang::ALL {
            for &kind in StepKind::ALL {
                let whole = text(lang, TextId::StepTarget(kind));
                let (lead, rest) = lead_sentence(whole);
                assert!(
                    lead.ends_with('.') && lead.chars().count() <= 130,
                    "{lang:?} {kind:?}: {lead}"
                );
                assert_eq!(
                    format!("{lead} {rest}").trim_end(),
                    whole,
                    "{lang:?} {kind:?}"
                );
            }
        }
    }

    #[test]
    fn words_wrap_at_spaces_within_the_width() {
        assert_eq!(
            wrap("Línea de la articulación", 12),
            ["Línea de la", "articulación"]
        );
        assert_eq!(wrap("Joint line", 12), ["Joint line"]);
        assert_eq!(wrap("Joint line", 5), ["Joint", "line"]);
        assert_eq!(wrap("(máximo cuidado)", 10), ["(máximo", "cuidado)"]);
        // A word longer than the width stands alone.
        assert_eq!(wrap("a verylongword b", 4), ["a", "verylongword", "b"]);
    }
}
