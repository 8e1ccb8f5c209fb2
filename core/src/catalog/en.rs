//! The English table. Plain words, short sentences, one idea each. Facts (names, numbers,
//! warnings) are the source's, exactly; the sentences are our own.

use super::{FaqWords, ReviewWords, StepWords, TechniqueWords, TierWords, Ui, UiGroup};
use crate::anatomy::Bone;
use crate::content::{
    Benefit, Contraindication, Faq, KeepOff, Muscle, Principle, SeekHelpSign, Structure, Technique,
};
use crate::screening::{Choice, Limit, Page, Question, Tier, TimeFrame};
use crate::step::StepKind;

/// The English table: one function per kind of text.
pub(super) struct English;

language_table!(English);

fn ui_text(ui: Ui) -> &'static str {
    match ui {
        Ui::AppTitle => "Inner knee self-care",
        Ui::LandingLead => {
            "A short safety check, then a guided self-massage for the inside of your knee."
        }
        Ui::HowHeading => "How it works",
        Ui::HowScreening => "First, you answer a few safety questions.",
        Ui::HowGuided => "If it is safe, the app guides you one step at a time.",
        Ui::HowTimer => "Each step has a timer. You can pause it at any time.",
        Ui::HowSessionLength => "A session takes about 5 to 10 minutes.",
        Ui::AvoidHeading => "Who should not use it",
        Ui::AvoidIntro => {
            "Do not massage your knee if any of these is true. The safety check tells you who to see, and how soon."
        }
        Ui::AvoidMore => "The safety questions check all of these, and a few more.",
        Ui::KnowHeading => "Good to know",
        Ui::KnowNotCare => {
            "This app is not medical care. It does not replace a doctor or physiotherapist."
        }
        Ui::KnowPain => "Massage should never hurt a lot. Stop if the pain is sharp or gets worse.",
        Ui::KnowPrivate => "Your answers stay on this device. Nothing is sent anywhere.",
        Ui::StartScreening => "Start the safety check",
        Ui::UpdateLabel => "App update",
        Ui::UpdateReady => "A new version of this app is ready.",
        Ui::UpdateReload => "Reload now",
        Ui::ScreeningIntro => "Answer each question. If you are not sure, choose \"Not sure\".",
        Ui::PagePosition => "Part {n} of {total}",
        Ui::Back => "Back",
        Ui::Next => "Next",
        Ui::SeeResult => "See my result",
        Ui::StartOver => "Start over",
        Ui::AnswerEveryQuestion => "Answer every question on this page to go on.",
        Ui::AnswersNotSaved => {
            "Your answers are not saved. They are gone when you start over or close the page."
        }
        Ui::ReasonsHeading => "Why",
        Ui::YourAnswer => "Your answer:",
        Ui::ChangeAnswer => "Change this answer",
        Ui::GentleKeepLight => "Keep the pressure light the whole time. Ease off if anything gets sore.",
        Ui::CheckInFine => "It felt fine: go on",
        Ui::StoppedMcl => "Leave out the MCL step until a doctor or physiotherapist has checked your knee.",
        Ui::StoppedNerveToday => {
            "Get medical help today if the numbness or weakness spreads, gets worse or does not ease with rest."
        }
        Ui::StoppedNerveDays => {
            "Even if it eases, see a doctor or physiotherapist in the next few days, before any more massage."
        }
        Ui::MinutesSeconds => "{m} min {s} s",
        Ui::MinutesOnly => "{m} min",
        Ui::ConfirmHeading => "Before the MCL step",
        Ui::ConfirmQuestion => {
            "Go on only if you are sure your MCL is not injured. \
             The MCL is the band on the inside of your knee. \
             A doctor or physiotherapist must have shown you this step for long-standing tightness."
        }
        Ui::ConfirmGoOn => "I am sure: go on",
        Ui::ConfirmSkip => "Skip this step",
        Ui::MclCautionHeading => "Take extreme care",
        Ui::MclCautionTightness => "This step is only for long-standing tightness or scar tissue.",
        Ui::MclCautionNever => "Never do it after a recent injury, on a swollen knee, or on a knee that gives way.",
        Ui::MclCautionStop => "Stop at once if you feel any pain, or if you have any doubt about your MCL.",
        Ui::GentleWhy => {
            "Your answers call for gentle pressure, so every step uses it. \
             Stop if you feel sharp pain, or pain that gets worse."
        }
        Ui::RangeMinutes => "{min}-{max} min",
        Ui::RangeSeconds => "{min}-{max} s",
        Ui::AdvisedRange => "advised {range}",
        Ui::OutsideSessionGuidance => {
            "Your routine now takes {time}. The usual advice is 5 to 10 minutes per session."
        }
        Ui::WordPesAnserine => {
            "Pes anserine: a spot below the inside of the knee, where three tendons (cords from muscle to bone) attach."
        }
        Ui::WordCrossFiber => "Cross-fiber strokes: small strokes across a tendon, not along it.",
        Ui::StoppedNumbness => {
            "Numbness, tingling or weakness is a sign to stop. Do not massage this leg again until a doctor \
             or physiotherapist has checked it."
        }
        Ui::StoppedWhenToday => {
            "Get medical help today if it does not ease with rest. Also today if the knee swells, locks or cannot take your weight."
        }
        Ui::StoppedWhenDays => {
            "If it eases but comes back, see a doctor or physiotherapist in the next few days."
        }
        Ui::SkippedLabel => "skipped",
        Ui::SeekHelpHeading => "When to get help",
        Ui::SeekHelpIf => "From now on, see a doctor or physiotherapist if:",
        Ui::ChangeAnswerNote => "Only change an answer if you chose it by mistake.",
        Ui::When => "When:",
        Ui::UrgentCareNote => {
            "If you cannot reach a doctor today, go to urgent care or an emergency department."
        }
        Ui::AvoidNoWeight => "You cannot put weight on the leg.",
        Ui::ChangesHeading => "What changes in your routine",
        Ui::RulesHeading => "Keep these rules",
        Ui::RuleStopOnPain => "Stop at once if you feel sharp pain, or pain that gets worse.",
        Ui::RuleDiscomfortOk => "Some discomfort is OK. Sharp pain, or pain that gets worse, is not.",
        Ui::RuleStartGentle => "Start with light pressure. Breathe slowly.",
        Ui::EmergencyNote => {
            "If you are short of breath, have chest pain or cough up blood, call your local emergency number now."
        }
        Ui::ContactHeading => "How to get help",
        Ui::ContactDefault => "Contact your clinic, your doctor or a physiotherapist.",
        Ui::KneeChosen => "Knee:",
        Ui::NoMclStep => {
            "The MCL step is left out. Only work on the MCL if a physiotherapist or doctor has shown you how."
        }
        Ui::GentleAfterClearance => {
            "A doctor, physiotherapist or midwife said massage is OK. So your routine is gentle. \
             Stop if you feel sharp pain, or pain that gets worse."
        }
        Ui::SeeMyRoutine => "See my routine",
        Ui::WhatToDo => "What to do now",
        Ui::CheckInQuestion => "How did that feel?",
        Ui::CheckInGoodAche => "I'm OK: go on",
        Ui::BeforeStartHeading => "Before you start",
        Ui::BeforeStartIntro => "Three things to keep in mind the whole time:",
        Ui::ReadyStart => "I'm ready: start",
        Ui::Print => "Print or save as PDF",
        Ui::PrintTitle => "Inner knee self-care: summary",
        Ui::PrintDate => "Date:",
        Ui::PrintVersion => "Content version:",
        Ui::PrintNoIdentity => "This page has no name or other details about you.",
        Ui::CuesHeading => "Sounds",
        Ui::ContactClinic => "Contact {clinic}, your doctor or a physiotherapist.",
        Ui::ContactCall => "Call",
        Ui::ContactWebsite => "Visit the clinic's website",
        Ui::NextPatient => "Next patient",
        Ui::TabletNote => "For privacy, this screen clears itself after {time} without a tap.",
        Ui::DurationMinutes => "{n} minutes",
        Ui::DurationOneMinute => "1 minute",
        Ui::DurationSeconds => "{n} seconds",
        Ui::Mute => "Mute sounds and vibration",
        Ui::SpeakSteps => "Say each step's name out loud",
        Ui::CuesNote => "Beeps count 3, 2, 1 before each step ends. A higher beep starts the next step.",
        Ui::ScreenMayDim => "Your screen may dim during the routine. Tap it now and then to keep it on.",
        Ui::PlanHeading => "Your routine",
        Ui::PlanIntro => "Here is every step. You can change the times before you start.",
        Ui::PresetLabel => "How long",
        Ui::PresetShort => "Short",
        Ui::PresetFull => "Full",
        Ui::MethodLabel => "Pes anserine: how",
        Ui::MethodHold => "Hold pressure",
        Ui::MethodFriction => "Cross-fiber strokes",
        Ui::TotalTime => "Total time:",
        Ui::Shorter => "Shorter",
        Ui::Longer => "Longer",
        Ui::SetTime => "Set time",
        Ui::StartRoutine => "Start the routine",
        Ui::StepPosition => "Step {n} of {total}",
        Ui::StepAnnounce => "Step {n} of {total}: {name}",
        Ui::MoreTime => "More time: +{n} s",
        Ui::LongestNote => "This step cannot be made longer. Pause if you need a break.",
        Ui::PrescribedBy => "This routine was prepared on {date}.",
        Ui::PrescribedScreening => "You still answer every safety question first.",
        Ui::PrescribedPerWeek => "Your doctor or physiotherapist suggests doing it {n} times a week.",
        Ui::ClinicianTime => "clinician: {time}",
        Ui::YouChangedIt => "(you changed it)",
        Ui::PrescribedStepsLeftOut => "Some steps of the routine you were given are left out because of your answers.",
        Ui::LinkUnreadable => "This routine link cannot be read. Ask your clinic for a new link. You can still do the usual routine.",
        Ui::LinkNeedsNewer => "This link needs the newest version of the app. Reload the page. If this message stays, try again later while online.",
        Ui::Reload => "Reload the page",
        Ui::LoadFailed => "The app could not load. Check the internet connection, then try again.",
        Ui::LoadStalled => "Loading is taking too long. Check the internet connection, then try again.",
        Ui::LoadOffline => "You are offline. The first time, the app needs the internet. Connect, then try again.",
        Ui::LoadCrashed => "Something went wrong. Please reload the page.",
        Ui::TryAgain => "Try again",
        Ui::PrescribeOpen => "Prepare a routine for a patient",
        Ui::PrescribeIntro => "Choose the steps and their times. The patient still answers every safety question first.",
        Ui::PrescribeKnee => "Which knee",
        Ui::KneePatientChooses => "The patient chooses",
        Ui::PrescribeSteps => "Steps",
        Ui::PrescribeMclShown => "I have shown this patient how to work on the MCL.",
        Ui::PrescribePerWeek => "How often",
        Ui::TimesAWeek => "{n} times a week",
        Ui::PrescribeLinkHeading => "The patient's link",
        Ui::PrescribeLinkNote => "Give this link or QR code to the patient. It holds only the routine: no name, nothing about the patient.",
        Ui::CopyLink => "Copy link",
        Ui::LinkCopied => "Link copied.",
        Ui::CopyFallback => "Select the link and copy it.",
        Ui::QrLabel => "QR code of the patient's link",
        Ui::ReviewHeading => "Check the widget's content before patients use it",
        Ui::ReviewNote => "One page shows every question, rule and text the widget uses. Your clinic can check it and sign it off.",
        Ui::ReviewOpen => "Open the review page",
        Ui::TimeLeft => "Time left in this step",
        Ui::StepProgress => "This step",
        Ui::RoutineProgress => "Whole routine",
        Ui::Pause => "Pause",
        Ui::Resume => "Resume",
        Ui::SkipStep => "Skip step",
        Ui::PreviousStep => "Previous step",
        Ui::PausedNote => "Paused. Take your time.",
        Ui::NextUp => "Next:",
        Ui::LastStep => "This is the last step.",
        Ui::Where => "Where",
        Ui::WhereMore => "More about where",
        Ui::Hands => "Hands",
        Ui::Pressure => "Pressure",
        Ui::HowToMove => "How to move",
        Ui::StopHeading => "Stop now if you feel",
        Ui::StopSharpPain => "Sharp pain, or pain that gets worse",
        Ui::StopNumbness => "Numbness, tingling or weakness",
        Ui::StopMclPain => "Any pain at all",
        Ui::SpaceHint => "Tip: the space bar pauses and resumes.",
        Ui::StoppedTitle => "Routine stopped",
        Ui::StoppedBecause => "You stopped because of:",
        Ui::StoppedStop => "Stop the massage now.",
        Ui::StoppedRest => "Rest your knee.",
        Ui::StoppedWarning => "Sharp pain, or pain that gets worse, means stop. Do not push through it.",
        Ui::DoneTitle => "Well done",
        Ui::DoneIntro => "You finished the routine.",
        Ui::DoneStepsHeading => "What you did",
        Ui::KeepItUpHeading => "Keep it up",
        Ui::OtherKnee => "Do the other knee",
        Ui::BackToStart => "Back to the start",
        Ui::PainQuestion => "How much does your knee hurt right now?",
        Ui::PainOptional => "You can skip this. Pick a number from 0 to 10.",
        Ui::PainNone => "0: no pain",
        Ui::PainWorst => "10: the worst pain you can imagine",
        Ui::PainSevere => "You picked {n} out of 10. That is very strong pain.",
        Ui::PainPickAgain => "Picked the wrong number? Pick again.",
        Ui::LogOfferHeading => "Keep a private log on this device",
        Ui::LogWhatIsKept => "The log keeps the date, which knee and how many minutes. It keeps the steps you did or skipped. It keeps any stop and why, and your pain numbers.",
        Ui::LogNeverKept => "It never keeps your answers to the safety questions or your name. It stays on this device and is never sent anywhere.",
        Ui::LogPrivateWindow => "In a private window, the browser deletes it when you close the window.",
        Ui::KeepLog => "Keep a log",
        Ui::LogKept => "This routine is in your private log.",
        Ui::LogNoStorage => "This browser cannot save a log here.",
        Ui::LogNotSaved => "Your log could not be saved. The device may be full, or it blocks storage.",
        Ui::ProgressTitle => "My progress",
        Ui::ProgressIntro => "Your own log, kept only on this device.",
        Ui::ProgressThisWeek => "Routines you finished in the last 7 days",
        Ui::ProgressNoneThisWeek => "None in the last 7 days.",
        Ui::ProgressKneeCount => "{knee}: {n}.",
        Ui::ProgressGoalRange => "Your plan: {fewest} to {most} times a week.",
        Ui::ProgressGoalExact => "Your plan: {n} times a week.",
        Ui::ProgressGoalMet => "You are on plan this week.",
        Ui::ProgressGoalNotYet => "Not yet on plan this week.",
        Ui::ProgressGoalMore => "That is more than your plan asks. Keep to your plan: short, regular sessions usually work better.",
        Ui::ChartHeading => "Your pain before and after each routine, last 4 weeks",
        Ui::ChartBefore => "Before",
        Ui::ChartAfter => "After",
        Ui::ChartDate => "Date",
        Ui::ChartNoScores => "No pain numbers in the last 4 weeks. Pick one before and after your next routine.",
        Ui::SignHeading => "Time to get your knee checked",
        Ui::SignNumbness => "You stopped a routine because of numbness, tingling or weakness.",
        Ui::SignStoppedTwice => "You stopped routines more than once because of pain.",
        Ui::SignHigherAfter => "Your pain went up after a recent routine.",
        Ui::SignWorsening => "Your log shows the pain getting worse over {weeks} weeks.",
        Ui::SignNotImproving => "After {weeks} weeks of massage, your pain is not getting better.",
        Ui::SignNoMassageLeg => "Do not massage this leg until a doctor or physiotherapist has checked it.",
        Ui::SignNoMassageKnee => "Do not massage this knee until a doctor or physiotherapist has checked it.",
        Ui::SignAskCheck => "Ask a doctor or physiotherapist to check your knee. They can tell you if massage is still right for you.",
        Ui::SignSevere => "You gave your knee pain a {n} or more.",
        Ui::SignSevereToDo => "Do not massage the knee. Get medical help today, even if it was checked before.",
        Ui::SignTodayIfPain => "Get medical help today if the knee swells, locks, gives way or cannot take your weight. Also if it turns red or hot, or you have a fever.",
        Ui::SignTodayIfNerve => "Get medical help today if the numbness or weakness spreads or gets worse.",
        Ui::SignCheckedQuestion => "Since {date}, has a doctor or physiotherapist checked this knee and told you that you can massage it? Answer Yes only if they told you that.",
        Ui::SignNotDiagnosis => "This comes from what you entered. It is not a diagnosis.",
        Ui::ProgressPrint => "Print this page for your next appointment.",
        Ui::ProgressEmpty => "No routines in your log yet. Each routine you finish or stop will show here.",
        Ui::EraseLog => "Erase my log",
        Ui::EraseConfirm => "Erase your whole log from this device? This cannot be undone.",
        Ui::EraseYes => "Yes, erase it",
        Ui::EraseNo => "No, keep it",
        Ui::LogUnreadable => "Your log on this device cannot be read. It may have been changed. You can erase it and start a new log.",
        Ui::LogNewer => "Your log was made by a newer version of this app. Reload the page to get the new version.",
        Ui::LearnOpen => "Learn about your knee",
        Ui::LearnTitle => "About the inside of your knee",
        Ui::LearnIntro => "Here is what the app teaches about your knee. The massage steps are in the routine.",
        Ui::LearnNotAdvice => "This is general information. It cannot tell you what is wrong with your knee.",
        Ui::AnatomyHeading => "What is where",
        Ui::AnatomyPicture => "Your knee, seen from the inner side. An arrow marks the front of the leg",
        Ui::AnatomyHint => "Tap a part of the picture to see what it is.",
        Ui::AnatomyViewLabel => "Show the picture for",
        Ui::AnatomyFront => "Front",
        Ui::AnatomyJointLine => "Joint line",
        Ui::AnatomyNotMassaged => "(not massaged)",
        Ui::AnatomyExtremeCare => "(extreme care)",
        Ui::AnatomyBackOfKnee => "Back of knee",
        Ui::AnatomyNeverPress => "(never press)",
        Ui::AnatomyListHeading => "The parts, one by one",
        Ui::AnatomyMuscles => "Muscles: {list}",
        Ui::TouchMassage => "The routine can work on it.",
        Ui::TouchExtremeCare => "Touch it only with extreme care, and only if a doctor or physiotherapist showed you how.",
        Ui::TouchNotDirectly => "The routine does not work on it directly.",
        Ui::BenefitsHeading => "What massage can do",
        Ui::PrinciplesHeading => "Six key principles",
        Ui::AvoidListHeading => "Do not massage your knee if",
        Ui::SeekHelpListHeading => "See a doctor or physiotherapist if",
        Ui::SignsIntro => "The safety check asks about each one. Your answers decide how soon to get help.",
        Ui::FaqHeading => "Questions and answers",
        Ui::PrintNotes => "Notes from your doctor or physiotherapist:",
        Ui::PrintReview => "Check this routine again with your doctor or physiotherapist on:",
        Ui::LanguageName => "English",
        Ui::LanguageLabel => "Language",
        Ui::AvoidUnder18 => "You are under 18. This app is for adults. See a doctor about your knee instead.",
        Ui::PrecautionsNote => "These answers change your routine to keep you safe:",
        Ui::LimitsIntro => "So in your routine:",
        Ui::CautionsHeading => "Take care",
        Ui::KeepOffHeading => "Never press on",
        Ui::NoHoldsMotion => {
            "Slide your hand slowly and lightly, from mid-thigh toward the knee. Keep it moving. Do not hold one spot."
        }
        Ui::StoppedNotAgainToday => "Do not start this routine again today.",
    }
}

/// How soon to get help about each reason not to massage, as the screening applies it (a
/// catalog test holds each to the time frames of the questions that ask about it).
fn contraindication_get_help(c: Contraindication) -> &'static str {
    match c {
        Contraindication::AcuteInjury => INJURY_GET_HELP,
        Contraindication::SignificantSwellingOrBruising | Contraindication::JointInstability => {
            "Get medical help today."
        }
        Contraindication::FeverOrRedness => {
            "A hot, red knee with a fever, or a fever during chemotherapy: go to an emergency department now. \
             Otherwise, get medical help today."
        }
        Contraindication::SevereOrSharpPain => {
            "Get help today if the pain is very bad, even at rest. For sharp pain, see someone \
             within the next few days."
        }
        Contraindication::NumbnessTinglingOrWeakness => {
            "A cold, pale or numb foot: call the emergency number now. \
             New numbness in both legs or around the genitals or bottom: go to an emergency department now. \
             Do the same for new bladder or bowel trouble. \
             Get help today if it spreads, gets worse or your leg gets weaker. \
             Otherwise, see a doctor or physiotherapist within the next few days."
        }
        Contraindication::DeepVeinThrombosis => {
            "Get medical help today if you might have a clot now. If you had one, or are treated \
             for one, ask your doctor before any massage of this leg."
        }
        Contraindication::OpenWoundOrSkinInfection => {
            "A skin infection: get medical help today. An open wound: no massage until it has \
             fully healed. Get help today if it gets red, hot, swollen or leaks pus."
        }
    }
}

/// How soon to get help about an injury (a reason not to massage and a sign to seek help).
const INJURY_GET_HELP: &str =
    "If a bone may be broken, or you cannot take four steps, go to an emergency department now. \
     Do the same for a tight, swollen thigh or calf. \
     If you can walk but it is very painful to put weight on the leg, get help today. \
     Otherwise, see a doctor or physiotherapist within the next few days.";

fn seek_help_get_help(s: SeekHelpSign) -> &'static str {
    match s {
        SeekHelpSign::PainPersistentWorseningOrNotImproving => {
            "See someone within the next few days if it is getting worse. Otherwise, within the \
             next few weeks."
        }
        SeekHelpSign::SwellingRednessOrWarmth => {
            "A hot, red knee with a fever: go to an emergency department now. Otherwise, get medical help today."
        }
        SeekHelpSign::DeformityInstabilityLockingOrGivingWay => {
            "A knee that looks out of shape or out of place: go to an emergency department now. \
             Locking or giving way: get medical help today."
        }
        SeekHelpSign::SuspectedSeriousInjury => INJURY_GET_HELP,
        SeekHelpSign::PainDisturbsDailyLifeOrSleep => {
            "Pain all day and all night: see a doctor within the next few days. \
             Otherwise, see someone within the next few weeks."
        }
        SeekHelpSign::UnsureOfCause => "See a doctor or physiotherapist within the next few weeks.",
    }
}

fn structure_label(s: Structure) -> &'static str {
    match s {
        Structure::Vmo => "VMO",
        Structure::Adductors => "Adductors",
        Structure::PesAnserine => "Pes anserine",
        Structure::Mcl => "MCL",
        Structure::MedialMeniscus => "Medial meniscus",
    }
}

fn bone(b: Bone) -> &'static str {
    match b {
        Bone::ThighBone => "Thigh bone",
        Bone::ShinBone => "Shin bone",
        Bone::Kneecap => "Kneecap",
        Bone::BonyBump => "Bony bump",
    }
}

fn structure_name(s: Structure) -> &'static str {
    match s {
        Structure::Vmo => "VMO (vastus medialis obliquus)",
        Structure::Adductors => "Adductor muscles",
        Structure::PesAnserine => "Pes anserine tendons",
        Structure::Mcl => "MCL (medial collateral ligament)",
        Structure::MedialMeniscus => "Medial meniscus",
    }
}

fn structure_about(s: Structure) -> &'static str {
    match s {
        Structure::Vmo => {
            "A muscle shaped like a teardrop. It sits just above the inner edge of the kneecap. It is \
             part of the quadriceps, the big muscles at the front of the thigh. It helps the kneecap \
             glide along its groove."
        }
        Structure::Adductors => {
            "The muscles of the inner thigh: adductor magnus, adductor longus, adductor brevis and \
             gracilis. When they are tight, they can add to pain on the inside of the knee."
        }
        Structure::PesAnserine => {
            "Where three muscles join the bone: sartorius, gracilis and semitendinosus. It is on \
             the inside of the shin bone, just below the knee joint line. The joint line is the soft \
             gap where the thigh bone meets the shin bone. Doctors call soreness and swelling here \
             pes anserine bursitis or tendinitis. Only a doctor or physiotherapist can tell if you \
             have it. Do not massage it if it is swollen."
        }
        Structure::Mcl => {
            "A strong band on the inner side of the knee. It keeps the joint steady. Touch it only \
             with extreme care. Never work on it after a recent injury, or if the knee gives way. \
             Stop at once if it hurts."
        }
        Structure::MedialMeniscus => {
            "A piece of cartilage shaped like a letter C (tough, rubbery tissue) that cushions the knee. It is \
             not massaged directly. Massage around it may still help the joint."
        }
    }
}

fn muscle(m: Muscle) -> &'static str {
    match m {
        Muscle::AdductorMagnus => "adductor magnus",
        Muscle::AdductorLongus => "adductor longus",
        Muscle::AdductorBrevis => "adductor brevis",
        Muscle::Gracilis => "gracilis",
        Muscle::Sartorius => "sartorius",
        Muscle::Semitendinosus => "semitendinosus",
    }
}

fn benefit(b: Benefit) -> &'static str {
    match b {
        Benefit::MuscleTensionRelief => "Eases tight muscles in the VMO and the adductors.",
        Benefit::ImprovedBloodFlow => {
            "Brings more blood to the area. This can help tissues recover."
        }
        Benefit::ReducedStiffness => "Makes the muscles and tendons around the knee less stiff.",
        Benefit::MinorPainManagement => {
            "Can ease mild aches for a while, like soreness after exercise or from overuse."
        }
        Benefit::PreparationForActivity => "Gets the knee ready to move, as part of a warm-up.",
    }
}

fn contraindication(c: Contraindication) -> &'static str {
    match c {
        Contraindication::AcuteInjury => {
            "You hurt your knee recently, the pain started suddenly, or you may have torn a ligament or meniscus."
        }
        Contraindication::SignificantSwellingOrBruising => "Your knee is clearly swollen or bruised.",
        Contraindication::SevereOrSharpPain => "You have severe or sharp pain.",
        Contraindication::JointInstability => "Your knee feels like it could give way.",
        Contraindication::NumbnessTinglingOrWeakness => {
            "You feel numbness, tingling or weakness in your leg."
        }
        Contraindication::FeverOrRedness => "You have a fever, or your knee is red or warm.",
        Contraindication::DeepVeinThrombosis => {
            "You have, or might have, a blood clot in your leg (DVT)."
        }
        Contraindication::OpenWoundOrSkinInfection => {
            "There is an open wound or a skin infection near your knee."
        }
    }
}

fn seek_help(s: SeekHelpSign) -> &'static str {
    match s {
        SeekHelpSign::PainPersistentWorseningOrNotImproving => {
            "Your pain lasts, gets worse, or does not get better with self-care."
        }
        SeekHelpSign::SwellingRednessOrWarmth => "Your knee is clearly swollen, red or warm.",
        SeekHelpSign::DeformityInstabilityLockingOrGivingWay => {
            "Your knee looks misshapen, feels unstable, locks or gives way."
        }
        SeekHelpSign::SuspectedSeriousInjury => {
            "You may have a serious injury: a broken bone, or a torn ligament (knee band) or meniscus (knee cushion)."
        }
        SeekHelpSign::PainDisturbsDailyLifeOrSleep => {
            "The pain gets in the way of daily life or sleep."
        }
        SeekHelpSign::UnsureOfCause => "You are not sure what is causing the pain.",
    }
}

fn technique(t: Technique) -> TechniqueWords {
    match t {
        Technique::SoftTissueRelease => TechniqueWords {
            name: "Loosen the inner thigh (VMO and adductors)",
            target: "The big muscles on the inside of your thigh, from mid-thigh down to just \
                     above the kneecap. They include the VMO (a teardrop-shaped muscle above the \
                     inner kneecap) and the adductors (the inner thigh muscles).",
            hands: "Work with the heel of your hand, your knuckles or your thumbs.",
            pressure: "Begin lightly. Then press a bit more, up to a firm level that is still \
                       comfortable. A good ache is fine. A sharp pain is not.",
            motion: "Slide your hands slowly along the muscle, from mid-thigh toward the knee. \
                     Small circles or kneading are fine too. \
                     On a tender knot, hold steady pressure for 30 to 60 seconds while the tension \
                     eases. Then move on.",
        },
        Technique::PesAnserineFocus => TechniqueWords {
            name: "Pes anserine",
            target: "The pes anserine: where three tendons (cords that join muscle to bone) attach to \
                     the inside of the shin bone. To find it, bend your knee and feel the soft gap \
                     on its inner side. That gap is the joint line, where the thigh bone meets the \
                     shin bone. The spot is 1 to 2 inches (about 2.5 to 5 cm) below the joint \
                     line: a few finger-widths down. It is level with the bony bump below the \
                     kneecap. It is on the inner side of the shin, not on the bump.",
            hands: "Press with your thumb or the finger next to it.",
            pressure: "Press steadily and firmly on the tender spot.",
            motion: "Either hold the pressure for 30 to 60 seconds, then move on. \
                     Or make cross-fiber strokes (small strokes across the tendon, not along it) \
                     for 1 to 2 minutes.",
        },
        Technique::MclCaution => TechniqueWords {
            name: "MCL: the inner knee band (only if a doctor or physiotherapist showed you how)",
            target: "The MCL: a strong band on the inner side of the knee. It crosses the joint line \
                     (where the thigh bone meets the shin bone). With the knee bent, the joint line \
                     is the soft gap you can feel there.",
            hands: "Keep your knee slightly bent. Press with your thumb or the finger next to it.",
            pressure: "Very light to medium pressure.",
            motion: "Make small, gentle circles, or very light strokes across the ligament, \
                     for 30 to 60 seconds.",
        },
        Technique::FoamRollerOrBall => TechniqueWords {
            name: "Foam roller or massage ball",
            target: "The inner thigh (VMO and adductors), or the tender spot just below the knee \
                     (pes anserine).",
            hands: "Roller: lie on your front or side, with your inner thigh on the roller. \
                    Ball on the thigh: sit or lie, with the ball under the knot. \
                    Below the knee: sit and hold the ball there with your hand.",
            pressure: "Roller: let your weight rest on it. Ball on the thigh: lean into it or press \
                       it in with your hand. Below the knee, press with your hand only.",
            motion: "Roll slowly from a hand's width below your groin to just above your knee. \
                     Pause for 20 to 30 seconds on tender spots. \
                     With a ball, hold a knot for 30 to 60 seconds, then move on.",
        },
    }
}

fn keep_off(k: KeepOff) -> &'static str {
    match k {
        KeepOff::BackOfKnee => "the back of your knee",
        KeepOff::PulseOrNerveFeeling => {
            "any spot where you feel a pulse, or a shooting or electric feeling"
        }
        KeepOff::BulgingVein => "a bulging vein",
        KeepOff::JointLine => "the joint line (the soft gap between the bones)",
        KeepOff::KneecapTendon => "the tendon below the kneecap",
        KeepOff::Groin => "your groin",
        KeepOff::SwollenSpot => "a swollen spot: have a doctor or physiotherapist check it",
        KeepOff::BrokenSkin => "broken skin, a bruise or a rash",
    }
}

fn principle(p: Principle) -> &'static str {
    match p {
        Principle::ListenToYourBody => {
            "Listen to your body: pain tells you to stop. Some discomfort is OK, but sharp or growing pain is not."
        }
        Principle::StartGentle => "Start gently. Press harder only a little at a time, as it feels OK.",
        Principle::BreatheDeeply => "Breathe slowly and deeply. It helps your muscles relax.",
        Principle::Consistency => {
            "Short sessions of 5 to 10 minutes, a few times a week, often work better than rare, hard ones."
        }
        Principle::Hydration => "Drink enough water. It helps your tissues stay healthy and recover.",
        Principle::FollowWithMovement => {
            "Afterwards, gently bend and straighten your knee, or do light stretches."
        }
    }
}

fn faq(f: Faq) -> FaqWords {
    match f {
        Faq::WhatToTarget => FaqWords {
            question: "What should I massage on the inside of my knee?",
            answer: "Work on the VMO, the adductors and the pes anserine. Be extremely careful with the \
                     MCL. Leave it alone unless a doctor or physiotherapist has shown you how.",
        },
        Faq::Benefits => FaqWords {
            question: "What can it do for me?",
            answer: "It can ease tight muscles, help blood flow and reduce stiffness. \
             It can also ease mild aches or soreness after exercise for a while.",
        },
        Faq::WhenToAvoid => FaqWords {
            question: "When should I not massage my knee?",
            answer: "Not after a new injury or sudden pain, or if you may have torn a ligament or \
             meniscus. Not with clear swelling or bruising. Not with severe or sharp \
             pain, or a knee that gives way. Not with numbness, tingling or weakness, or with fever or a \
             red knee. Not with a blood clot (DVT), or a wound or skin infection near the knee.",
        },
        Faq::Tools => FaqWords {
            question: "Can I use a foam roller or a ball?",
            answer: "Yes. A foam roller works on the VMO and adductors. \
             A massage ball can reach single knots there, or the pes anserine.",
        },
        Faq::WhenToSeekHelp => FaqWords {
            question: "When should I see a professional instead?",
            answer: "See one if the pain lasts, gets worse or does not improve. \
             Also with clear swelling, a knee that is unstable or locks, or a possible serious injury. \
             Get help today for swelling, a knee that locks or gives way, or a possible broken bone.",
        },
    }
}

fn question(q: Question) -> &'static str {
    use Question::*;
    match q {
        WhichKnee => "Which knee do you want to care for today?",
        Under18 => "Are you under 18 years old?",
        RecentInjury => "In the last 6 weeks, have you hurt this knee in a fall, twist or knock?",
        CannotTakeFourSteps => "Since that injury, are you unable to take four steps on this leg, even with a limp?",
        TightSwollenLimb => {
            "Since that injury, is your thigh or calf tight and swollen, with pain much worse than expected?"
        }
        SuddenPain => "Did this pain start suddenly, over minutes or hours?",
        PossibleTear => {
            "Could you have torn a ligament (a band that holds the knee together) or the meniscus (its cushion)?"
        }
        PossibleMclInjury => "Could the ligament on the inside of your knee (MCL) be injured?",
        PossibleFracture => "Could a bone in or around your knee be broken (a fracture)?",
        SwellingOrBruising => "Is your knee, or the area just below it, clearly swollen or bruised?",
        Misshapen => {
            "Since this pain began, does your knee look out of shape or out of place (a deformity)?"
        }
        RednessOrWarmth => "Is the skin around your knee red, or warmer than your other knee?",
        SkinInfection => "Do you have a skin infection on or near this knee?",
        OpenWound => "Is there an open wound, cut or graze on or near this knee?",
        Fever => "Do you have a fever, or do you feel hot and shivery?",
        FeverHotKnee => "With this fever, is your knee red or hot?",
        FeverChemotherapy => "Are you having chemotherapy, or did you have it in the last 6 weeks?",
        SeverePain => "Is this knee very painful, even when you rest it?",
        SharpPain => "Do you get a sharp pain when you move this knee or press on it?",
        CannotBearWeight => "Is it impossible, or very painful, to put weight on this leg?",
        Locking => "Does this knee lock or get stuck, so you cannot bend or straighten it?",
        GivingWay => "Since this pain began, has this knee given way, or felt like it might?",
        NumbnessTinglingWeakness => "Do you have numbness, tingling or weakness in this leg or foot?",
        ColdPaleFoot => "Has your foot or lower leg suddenly turned cold, pale or numb?",
        NerveEmergency => {
            "Do you have new numbness in both legs or around your genitals or bottom, or new bladder or bowel trouble?"
        }
        BloodClotNow => {
            "Do you have, or might you have, a blood clot in a leg (DVT, a clot in a deep vein)?"
        }
        BloodClotOnTreatment => {
            "Are you being treated for a blood clot now, for example with blood thinners?"
        }
        BloodClotInThePast => "Have you had a blood clot in the past, even if the treatment has finished?",
        BloodThinners => "Do you take a medicine that thins your blood, for any reason?",
        BloodThinnersKnock => {
            "Since the pain began, have you knocked this leg, or found new bruising or swelling in your calf or thigh?"
        }
        EasyBruising => "Do you bruise very easily or for no reason, or have a bleeding disorder?",
        DoctorSaidNoMassage => "Has a doctor told you not to massage this leg?",
        LegOperation => "Have you ever had an operation on this leg?",
        RecentSurgery => "Have you had an operation on this leg in the last 3 months?",
        KneeReplacement => "Do you have a knee replacement in this knee, full or partial?",
        Pregnancy => "Are you pregnant, or did you give birth in the last 6 weeks?",
        Cancer => "Have you ever had cancer?",
        CancerTreatment => "Are you being treated for cancer now?",
        CancerInBone => "Has a doctor told you that a cancer has spread to your bones?",
        GroinLymphNodes => {
            "Have you had lymph nodes (small glands) removed from your groin, or radiotherapy to your groin?"
        }
        WeightLoss => "Are you losing weight for no known reason, and feeling unwell?",
        ThinBones => "Do you have thin, weak bones (osteoporosis), or are you frail?",
        SteroidInjection => "Have you had a steroid injection into this knee in the last 2 weeks?",
        HipOrGroinPain => "Do you have pain in your hip or groin as well as in this knee?",
        VaricoseVeins => "Do you have varicose veins on your inner thigh, your knee or behind the knee?",
        VeinInflamed => "Is a vein on this leg hard, lumpy, red, warm or sore to touch?",
        LegUlcer => {
            "Is there a leg ulcer (a sore that will not heal) or skin changed by poor circulation on this leg?"
        }
        ReducedFeeling => "Is the skin on this leg less able to feel touch, heat or pain?",
        Lymphoedema => {
            "Do you have lymphoedema (long-lasting swelling) in this leg, or were you told it is at risk?"
        }
        PainLasting => "Has this knee hurt for more than 2 weeks?",
        PainNotImproving => "Is the pain staying the same, instead of slowly getting better?",
        PainWorsening => "Is the pain in this knee getting worse?",
        PainDisturbsDailyLife => {
            "Does the pain get in the way of daily things, like walking, stairs or work?"
        }
        PainDisturbsSleep => "Does the pain wake you up or keep you from sleeping?",
        PainDayAndNight => "Is the pain there all the time, day and night, even when you rest?",
        UnsureOfCause => "Is the cause of this knee pain unclear to you?",
        ClinicianCleared => {
            "Since this pain began, has a doctor or physiotherapist checked this knee and said self-massage is OK?"
        }
        MclGuidance => {
            "Has a physiotherapist or doctor shown you MCL work (on the ligament on the inside of the knee)?"
        }
        FoamRoller => "Do you have a foam roller?",
        MassageBall => "Do you have a massage ball, such as a lacrosse ball?",
    }
}

/// A line of plain-words help under a question, for the questions that have one.
fn hint(q: Question) -> &'static str {
    match q {
        Question::BloodClotNow => {
            "Signs of a clot: one leg is swollen. The calf, the thigh or the back of the knee hurts, throbs or cramps. \
             The skin is warm, red or darker. Veins feel hard or sore. \
             A clot is more likely after an operation, a cast, a long journey, in pregnancy or with cancer. \
             It can also come without any of these."
        }
        Question::Fever => "A fever means a temperature of 38 °C (100.4 °F) or more.",
        Question::RednessOrWarmth => "On dark skin, redness may look darker, purple or brown.",
        Question::BloodThinners => {
            "For example warfarin, apixaban, rivaroxaban, edoxaban, dabigatran, heparin, clopidogrel or daily aspirin."
        }
        Question::VaricoseVeins => "Varicose veins are swollen, twisted veins you can see under the skin.",
        Question::ReducedFeeling => "This can happen with diabetes, or after nerve damage.",
        Question::ClinicianCleared => {
            "Answer yes only if they knew about your health, such as a pregnancy, cancer or a bleeding problem. \
             If you are pregnant or just had a baby, your midwife counts too."
        }
        _ => "",
    }
}

/// What to do about an answer that blocks or changes the routine. Says what to do, never a
/// diagnosis; a risk's time frame is shown beside it.
fn guidance(q: Question) -> &'static str {
    use Question::*;
    match q {
        Under18 => {
            "This app is for adults, so do not use its massage. See a doctor in the next few days. \
             Go today if you are limping, have a fever or hip pain."
        }
        RecentInjury => {
            "Rest the knee and do not massage it. Ask a doctor or physiotherapist to check the injury."
        }
        CannotTakeFourSteps => "Do not put weight on the leg. Go to an emergency department now.",
        TightSwollenLimb => {
            "This needs checking at once. Do not massage or press the leg. Go to an emergency department now."
        }
        SuddenPain => "Do not massage the knee. Ask a doctor or physiotherapist to check the new pain.",
        PossibleTear => {
            "Do not massage the knee. A doctor or physiotherapist needs to check it for a tear."
        }
        PossibleMclInjury => {
            "Do not massage the knee. Ask a doctor or physiotherapist to check the ligament."
        }
        PossibleFracture => {
            "Do not put weight on the leg. Keep it still and go to an emergency department now."
        }
        SwellingOrBruising => "Do not massage the knee. Have a doctor check it today.",
        Misshapen => {
            "Do not put weight on the leg or try to move the knee back. Go to an emergency department now."
        }
        RednessOrWarmth => "Redness or warmth can mean an infection. Do not massage. Contact a doctor today.",
        SkinInfection => "Do not massage near an infection. Contact a doctor today.",
        OpenWound => {
            "Do not massage this knee until the wound has fully healed, then do the safety check again. \
             Get help today if it gets red, hot, swollen or leaks pus."
        }
        Fever => "A fever can mean an infection. Do not massage. Contact a doctor today.",
        FeverHotKnee => {
            "A hot, red knee with a fever needs checking at once. Do not massage. Go to an emergency department now."
        }
        FeverChemotherapy => {
            "A fever during chemotherapy is an emergency. Do not massage. \
             Call your cancer team's 24-hour line or go to an emergency department now."
        }
        SeverePain => "Do not massage the knee. Very strong pain needs a doctor's check today.",
        SharpPain => {
            "Do not massage the knee. Ask a doctor or physiotherapist to check the sharp pain."
        }
        CannotBearWeight => "Rest the leg and do not massage it. Get medical help today.",
        Locking => "Do not massage the knee. A knee that locks needs a doctor's check today.",
        GivingWay => "Do not massage the knee. A knee that gives way needs a doctor's check today.",
        NumbnessTinglingWeakness => {
            "Do not massage the leg. See a doctor or physiotherapist. Get help today if it spreads or the leg gets weaker."
        }
        ColdPaleFoot => {
            "A cold, pale or numb foot is an emergency. Do not massage. Call the emergency number now."
        }
        NerveEmergency => {
            "These signs need checking at once. Do not massage. Go to an emergency department now."
        }
        BloodClotNow => "Never massage a leg that may have a clot. Get medical help today.",
        BloodClotOnTreatment => {
            "Do not massage this leg. First ask the doctor who treats your clot."
        }
        BloodClotInThePast => "Do not massage this leg yet. Ask your doctor first.",
        BloodThinners => {
            "Blood thinners make you bruise and bleed more easily. So massage gently, with your hands only."
        }
        BloodThinnersKnock => {
            "On blood thinners, a knock or new bruising or swelling needs checking. Do not massage. Get medical help today."
        }
        EasyBruising => "Ask your doctor before you massage this leg.",
        DoctorSaidNoMassage => "Follow your doctor's advice. Ask them before you try self-massage.",
        RecentSurgery => "Do not massage this leg yet. Ask your surgeon or physiotherapist first.",
        KneeReplacement => "Ask your surgeon or physiotherapist before you massage this knee.",
        Pregnancy => "Ask your midwife, doctor or physiotherapist before you massage your legs.",
        CancerTreatment => "Ask your cancer team before you massage this leg.",
        CancerInBone => "Do not press on this leg yet. Ask your cancer team or doctor first.",
        GroinLymphNodes => {
            "Massage can change how fluid drains from the leg. Ask your cancer team or doctor first."
        }
        WeightLoss => {
            "Losing weight for no known reason needs a doctor's check. See a doctor within 2 weeks, before any massage."
        }
        ThinBones => {
            "Massage gently, with your hands only. Stay seated: no foam roller, no ball, nothing on the floor."
        }
        SteroidInjection => {
            "Leave the spot below the knee alone for now. Do not press where the injection went. \
             Get medical help today if the knee turns hot, red or more swollen."
        }
        HipOrGroinPain => {
            "Hip problems can be felt in the knee. Do not massage yet. See a doctor or physiotherapist."
        }
        VaricoseVeins => "Massage gently, with your hands only. Never press on a bulging vein.",
        VeinInflamed => "An inflamed vein can come with a clot. Do not massage. Get medical help today.",
        LegUlcer => "Do not massage this leg. Ask your doctor or nurse first.",
        ReducedFeeling => {
            "Pain may not warn you, so massage gently, with your hands only. Check your skin afterwards."
        }
        Lymphoedema => "Massage can make the swelling worse. Ask your lymphoedema team or doctor first.",
        PainWorsening => "Do not massage the knee. Ask a doctor or physiotherapist to check it.",
        PainLasting => {
            "Pain that lasts needs a check by a doctor or physiotherapist. They can tell you if massage is OK."
        }
        PainNotImproving => {
            "Pain that is not getting better needs a check before you try massage."
        }
        PainDisturbsDailyLife => {
            "Pain that gets in the way of daily life needs a check before massage."
        }
        PainDisturbsSleep => "Pain that disturbs your sleep needs a check before massage.",
        PainDayAndNight => {
            "Pain all day and all night needs a doctor's check. Do not massage. See a doctor in the next few days."
        }
        UnsureOfCause => {
            "A doctor or physiotherapist can look for the cause. Ask them before you massage."
        }
        // Topics and preferences are never a reason or a change, so they have no guidance.
        WhichKnee | LegOperation | Cancer | ClinicianCleared | MclGuidance | FoamRoller
        | MassageBall => "",
    }
}

/// When to get help, as the result shows it after "When:".
fn time_frame(w: TimeFrame) -> &'static str {
    match w {
        TimeFrame::Now => "Now",
        TimeFrame::Today => "Today",
        TimeFrame::BeforeAnyMassage => "Before any massage of this leg",
        TimeFrame::NextFewDays => "In the next few days",
        TimeFrame::WithinTwoWeeks => "Within 2 weeks",
        TimeFrame::WhenHealed => "Wait until it has fully healed",
        TimeFrame::NextFewWeeks => "In the next few weeks",
    }
}

/// A change to the routine, as the result lists it and the steps it concerns show it.
fn limit(l: Limit) -> &'static str {
    match l {
        Limit::Gentle => "Light pressure in every step. It should feel comfortable, never sore.",
        Limit::HandsOnly => "Hands only: no foam roller and no massage ball.",
        Limit::HoldOnly => "Below the knee, a light hold only: no strokes across the tendons.",
        Limit::NoMcl => "No work on the ligament on the inside of the knee (MCL).",
        Limit::NoPesAnserine => "No work on the tender spot below the knee, and no massage ball.",
        Limit::NoLongThighHolds => "Do not hold one spot on your inner thigh. Keep your hand moving.",
        Limit::KeepOffVeins => {
            "Never press on a bulging vein. A large vein runs up the inner knee and inner thigh. \
             Over it, use light strokes only. Never press hard or hold there."
        }
        Limit::StopIfBruising => {
            "Stop massaging any spot that bruises. Get help today if a bruise is large, painful or spreading, \
             or the leg swells. Call the emergency number for bleeding that will not stop."
        }
        Limit::CheckSkin => "Check your skin afterwards for redness or marks.",
        Limit::StayOffFloor => "Stay seated on a chair or a bed. Do not get down to the floor.",
        Limit::AvoidInjectionSite => "Do not press where the injection went.",
    }
}

fn choice(c: Choice) -> &'static str {
    match c {
        Choice::Yes => "Yes",
        Choice::No => "No",
        Choice::NotSure => "Not sure",
        Choice::Left => "Left knee",
        Choice::Right => "Right knee",
    }
}

fn page(p: Page) -> &'static str {
    match p {
        Page::YourKnee => "Your knee",
        Page::Injury => "Injuries",
        Page::HowItLooks => "Swelling, skin and fever",
        Page::HowItFeels => "Pain and movement",
        Page::MedicalHistory => "Blood clots, medicines and medical advice",
        Page::YourHealth => "Your health",
        Page::VeinsAndSkin => "Veins, skin and feeling",
        Page::PainOverTime => "Your pain over time",
        Page::ClinicianAdvice => "Advice from a doctor or physiotherapist",
        Page::Tools => "Your tools",
    }
}

fn tier(t: Tier) -> TierWords {
    match t {
        Tier::GoNow => TierWords {
            title: "Go to an emergency department now",
            summary: "Do not massage. Go to an emergency department now. If you cannot get there, call the emergency number.",
        },
        Tier::GetHelpToday => TierWords {
            title: "Get medical help today",
            summary: "Do not massage this leg. Contact a doctor today.",
        },
        Tier::SeeClinician => TierWords {
            title: "See a doctor or physiotherapist before self-massage",
            summary: "Do not massage this leg yet. Each answer below says what to do and when.",
        },
        Tier::GoAheadWithChanges => TierWords {
            title: "You can go ahead, with changes",
            summary: "Your routine is changed to keep you safe. The changes are below.",
        },
        Tier::GoAhead => TierWords {
            title: "You can go ahead",
            summary: "Nothing in your answers rules out the routine.",
        },
    }
}

/// The words of each routine step. Steps that are a whole technique of the source use that
/// technique's words.
fn step(k: StepKind) -> StepWords {
    let pes = technique(Technique::PesAnserineFocus);
    match k {
        StepKind::Positioning => StepWords::already_gentle(TechniqueWords {
            name: "Get into position",
            target: "Sit down with your leg relaxed.",
            hands: "Rest your hands on your thigh.",
            pressure: "No pressure yet.",
            motion: "Bend the knee a little, or keep it straight, whichever is comfortable. \
                     Let the muscles go soft.",
        }),
        StepKind::SoftTissueRelease => StepWords {
            usual: technique(Technique::SoftTissueRelease),
            gentle_hands: "Use your fingertips or the flat of your hand.",
            gentle_pressure: "Keep the pressure light the whole time. It should feel comfortable, \
                              never sore.",
            gentle_motion:
                "Slide your hand slowly along the muscle, from mid-thigh toward the knee. \
                            Small, soft circles are fine too. \
                            On a tender knot, rest your fingers lightly for 30 to 60 seconds. \
                            Then move on.",
        },
        StepKind::PesAnserineHold => StepWords {
            usual: TechniqueWords {
                name: "Pes anserine: hold",
                motion: "Hold steady pressure on the tender spot for 30 to 60 seconds. Then move on.",
                ..pes
            },
            gentle_hands: pes.hands,
            gentle_pressure:
                "Press lightly and steadily on the tender spot. Ease off if it gets sore.",
            gentle_motion: "Keep a light, steady touch on the spot for 30 to 60 seconds. Then move on.",
        },
        StepKind::PesAnserineFriction => StepWords {
            usual: TechniqueWords {
                name: "Pes anserine: cross-fiber strokes",
                pressure: "Light to medium. Move gently and carefully.",
                motion:
                    "Cross-fiber strokes: small, careful strokes across the tendon, not along it. \
                         Keep going for 1 to 2 minutes.",
                ..pes
            },
            gentle_hands: pes.hands,
            gentle_pressure: "Light: just enough to move the skin over the tendon.",
            gentle_motion:
                "Cross-fiber strokes: small, soft strokes across the tendon, not along it. \
                            Keep going for 1 to 2 minutes.",
        },
        StepKind::Mcl => StepWords {
            usual: technique(Technique::MclCaution),
            gentle_hands: "Keep your knee slightly bent. Press with your thumb or the finger next to it.",
            gentle_pressure: "Very light pressure only.",
            gentle_motion: "Make small, very light circles on the ligament for 30 to 60 seconds.",
        },
        StepKind::FoamRollerPass => StepWords {
            usual: TechniqueWords {
                name: "Foam roller: roll the inner thigh",
                target:
                    "The inner thigh: the VMO (a teardrop-shaped muscle above the inner kneecap) \
                         and the adductors (the inner thigh muscles).",
                hands: "Lie on your front or side, with your inner thigh on the roller. \
                        Take some weight on your arms.",
                pressure: "Let some of your weight sink onto the roller.",
                motion: "Start a hand's width below your groin, never in it. \
                         Roll slowly down to just above your knee.",
            },
            gentle_hands: "Lie on your side, with the leg you are treating on top. Bend that knee \
                           forward and rest its inner thigh on the roller. Let your arms and your \
                           other leg hold you up.",
            gentle_pressure:
                "Keep your arms taking your weight, so the roller touches only lightly.",
            gentle_motion: "Start a hand's width below your groin, never in it. \
                            Roll slowly and lightly down to just above your knee.",
        },
        StepKind::FoamRollerPause => StepWords {
            usual: TechniqueWords {
                name: "Foam roller: pause on a tender spot",
                target: "A tender spot on the part of your inner thigh you just rolled.",
                hands: "Stay on the roller, resting on your arms.",
                pressure: "Let the roller press into the spot. Some discomfort is OK.",
                motion: "Stay still and breathe for 20 to 30 seconds. Then move on.",
            },
            gentle_hands: "Stay on the roller, with your arms holding you up.",
            gentle_pressure: "Let the roller touch the spot lightly. It should feel comfortable.",
            gentle_motion: "Stay still and breathe for 20 to 30 seconds. Then move on.",
        },
        StepKind::MassageBall => StepWords {
            usual: TechniqueWords {
                name: "Massage ball",
                target:
                    "A knot in your inner thigh, between mid-thigh and the knee, or the pes anserine \
                     below the knee. The pes anserine is where three tendons (cords from muscle to bone) attach. \
                     To find it, bend your knee and feel the soft gap on its inner side. \
                     That gap is the joint line, where the thigh bone meets the shin bone. \
                     The spot is a few finger-widths below it: 1 to 2 inches (about 2.5 to 5 cm). \
                     It is level with the bony bump below the kneecap. \
                     It is on the inner side of the shin, not on the bump.",
                hands: "Thigh: sit or lie down with the ball under the knot. \
                        Below the knee: sit, and hold the ball on the spot with your hand.",
                pressure: "Thigh: lean into the ball, or press it in with your hand. \
                           Below the knee: press with your hand only, never your body weight.",
                motion: "Hold steady pressure on the spot for 30 to 60 seconds. Then move on.",
            },
            gentle_hands: "Sit down and hold the ball against the tender spot with your hand.",
            gentle_pressure: "Press lightly with your hand only. Keep your body off the ball.",
            gentle_motion: "Keep the ball still on the spot for 30 to 60 seconds. Then move on.",
        },
        StepKind::GentleMovement => StepWords::already_gentle(TechniqueWords {
            name: "Gentle movement",
            target: "The whole knee.",
            hands: "No hands needed.",
            pressure: "No pressure.",
            motion: "Slowly bend and straighten your knee as far as is comfortable. \
                     Add a light stretch if you like.",
        }),
    }
}

/// The review page's own words.
pub(super) const REVIEW: ReviewWords = ReviewWords {
    group: group_title,
    title: "Inner knee self-care: content review",
    intro: "Everything the widget asks and says, for the clinic's sign-off before patients use it.",
    generated: "This page is made from the same words and rules the widget runs. Nobody edits it by hand.",
    version: "Content version",
    language: "Language",
    other_languages: "Other languages",
    placeholders: "Words in curly brackets, such as {date}, are filled in on the screen.",
    contents: "Contents",
    screening: "The safety check: every question, in order",
    screening_intro: "The patient answers every question on a page before going on.",
    answers: "Answers",
    hint: "Help under the question",
    guidance: "If the answer is \"{yes}\" or \"{not_sure}\"",
    rules: "The rules",
    rules_intro: "For a risk question, \"{yes}\", \"{not_sure}\" and no answer all count as \"{yes}\". The most urgent result applies. For the clearance and MCL guidance questions, only a plain \"{yes}\" counts: \"{not_sure}\" counts as \"{no}\".",
    risk: "Risk question",
    result: "Result",
    when: "When to get help",
    lifted: "Can a clinician's clearance lift it?",
    yes: "Yes, if a doctor or physiotherapist checked the knee since the pain began (the routine is then gentle)",
    no: "No, never",
    rules_go_ahead: "With no risk left, the routine may run. If a clinician's clearance lifted a risk, every step uses its gentle form (shown below); the times stay the same. Unless the MCL guidance question is answered \"{yes}\", the MCL step is left out, even from a clinician's routine.",
    results: "Every result",
    time_frames: "When to get help: the time frames",
    routine: "The routine, step by step",
    routine_intro: "Each step in its usual form and in its gentle form (when a clinician's clearance lifted a risk).",
    target: "Target",
    source_range: "Time in the source",
    own_time: "None given: our own time",
    default_time: "Default (short)",
    short: "Short",
    full: "Full",
    short_soft_tissue: "This step fills the rest of the session, up to 5 minutes (short) or 10 minutes (full), but stays within its own 2-5 minutes. So a session can be longer than 5 or shorter than 10 minutes. These times assume the pes anserine hold, no tools and no MCL step. A clinician's times, or the patient's own changes, come first.",
    usual: "Usual",
    gentle: "Gentle",
    hands: "Hands",
    pressure: "Pressure",
    motion: "Motion",
    stops: "Stop screens",
    log: "The private log",
    log_intro: "Only if the patient turns the log on. It is read for each knee on its own, from the patient's own numbers (0 to 10 before and after each routine, and each stop). It never diagnoses: it says what to do and when, with the safety check's time frames.",
    log_condition: "When it shows",
    log_reads: "What the patient reads",
    log_signs: [
        "A pain number of {severe} or more, before or after a session on this knee, in the {window} days up to the knee's last session.",
        "A routine on this knee stopped for numbness, tingling or weakness, in those {window} days.",
        "{stops} routines on this knee stopped for pain in those {window} days, or its last two sessions both stopped for pain.",
        "A session with {up} points or more pain after than before, in those {window} days; or more pain after than before in the knee's last two sessions with both numbers.",
        "The average pain before sessions is {worse} point or more higher in the later week of those {window} days than in the earlier week (at least one number in each week).",
        "With at least {regular} pain numbers in each week, the later week's average is less than {improved} point lower, and above 0.",
    ],
    log_severe: "A pain number of {severe} or more, before or after a routine, with or without the log. Before: the routine does not start. After: no \"Do the other knee\".",
    log_kept: "A sign shows on the first screen, at the end of every routine and on My progress, for {kept} days after the knee's last session. Each knee shows one sign at most: the first in this table. Every sign but the last also stops the routine on that knee: it starts only if the patient says a doctor or physiotherapist has checked the knee since that session and said massage is OK.",
    log_week: "My progress counts the routines finished on each knee in the last 7 days, against the plan: {fewest} to {most} a week, or the clinician's number from a link. A knee with a sign is never called \"on plan\".",
    log_standard: "The source names pain that is persistent, worsening or not improving with self-care. The app is more cautious, as standard practice is: stop when pain increases (so stops and more pain after count too), and very strong pain needs a doctor today (as the safety check's question about it).",
    learn: "Learn",
    structures: "Structures",
    bones: "Bones on the picture",
    muscles: "Muscles",
    benefits: "Benefits",
    avoid: "Who should not use it",
    seek_help: "When to get help",
    get_help: "How soon",
    techniques: "Techniques",
    principles: "Key principles",
    faq: "Questions and answers",
    other: "Every other word on the screens",
    other_intro: "Buttons, labels and notes, by the name the code gives them.",
    sign_off: "Reviewed by",
    sign_off_intro: "For the clinic's own records. Write by hand.",
    reviewer: "Name",
    role: "Role",
    signature: "Signature",
    date: "Date",
    notes: "Notes",
    follow_up: "Asked only after \"{yes}\" or \"{not_sure}\" to",
    standard: "From standard practice, not the source: the NHS knee-pain guidance and the precautions a physiotherapist checks before massage. More cautious than the source.",
    changes: "What changes in the routine",
    none: "Nothing: the routine does not run",
    rules_numbers: "Each number is the question's place in the safety check. The questions missing from the table raise no risk themselves. Which knee and the tools set up the routine; a clinician's clearance and MCL guidance change it, as described above.",
    precautions_intro: "These answers let the routine go ahead, with changes. A follow-up that is not asked counts as \"{no}\".",
};

/// The review page's heading for a group of the screens' words.
const fn group_title(group: UiGroup) -> &'static str {
    match group {
        UiGroup::Landing => "The first screen",
        UiGroup::LanguageSwitch => "The language switch",
        UiGroup::Contact => "The clinic's contact details",
        UiGroup::TabletBar => "Shared-tablet mode",
        UiGroup::UpdateOffer => "The offer of a new version",
        UiGroup::Screening => "The screening's own words",
        UiGroup::Result => "Other words on the result screen",
        UiGroup::BeforeStart => "Before the first routine of a visit",
        UiGroup::PlanOverview => "The routine's overview",
        UiGroup::Routine => "A step of the routine, its check-ins and the MCL question",
        UiGroup::Cues => "Sounds, vibration and spoken step names",
        UiGroup::Done => "The end of the routine",
        UiGroup::Stopped => "Words on every stop screen",
        UiGroup::PainScale => "The pain question, before and after a routine",
        UiGroup::LogChoice => "The offer of a private log, at the end of a routine",
        UiGroup::Progress => "My progress: the private log",
        UiGroup::LogSigns => "The log's signs to get a knee checked",
        UiGroup::Print => "The print-out",
        UiGroup::Learn => "Learn's own words",
        UiGroup::AnatomyPicture => "The anatomy picture",
        UiGroup::Prescribe => "The clinician's screen",
        UiGroup::Shared => "Words on more than one screen",
        UiGroup::ChosenByRules => "Words the rules choose: a stop's reason, the MCL step's caution",
        UiGroup::PictureLabels => "The pictures' labels",
        UiGroup::Times => "Words for times",
        UiGroup::Loading => "When the app cannot load",
    }
}
