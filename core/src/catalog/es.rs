//! The Spanish table (neutral Latin American Spanish, formal "usted"). Plain words, short
//! sentences, one idea each. Facts (names, numbers, warnings, time frames) are the English
//! table's, exactly; the sentences are our own.

use super::{FaqWords, ReviewWords, StepWords, TechniqueWords, TierWords, Ui, UiGroup};
use crate::anatomy::Bone;
use crate::content::{
    Benefit, Contraindication, Faq, KeepOff, Muscle, Principle, SeekHelpSign, Structure, Technique,
};
use crate::screening::{Choice, Limit, Page, Question, Tier, TimeFrame};
use crate::step::StepKind;

/// The Spanish table: one function per kind of text.
pub(super) struct Spanish;

language_table!(Spanish);

fn ui_text(ui: Ui) -> &'static str {
    match ui {
        Ui::AppTitle => "Autocuidado de la rodilla: lado interno",
        Ui::LandingLead => {
            "Una breve revisión de seguridad y luego un automasaje guiado para la parte interna de la rodilla."
        }
        Ui::HowHeading => "Cómo funciona",
        Ui::HowScreening => "Primero, usted responde unas preguntas de seguridad.",
        Ui::HowGuided => "Si es seguro, la aplicación le indica cada paso, uno a la vez.",
        Ui::HowTimer => "Cada paso tiene un temporizador. Puede pausarlo en cualquier momento.",
        Ui::HowSessionLength => "Una sesión dura unos 5 a 10 minutos.",
        Ui::AvoidHeading => "Quién no debe usarla",
        Ui::AvoidIntro => {
            "No se masajee la rodilla si alguna de estas cosas es cierta. La revisión de seguridad le dice a quién consultar y con qué urgencia."
        }
        Ui::AvoidMore => "Las preguntas de seguridad revisan todo esto, y algunas cosas más.",
        Ui::KnowHeading => "Para tener en cuenta",
        Ui::KnowNotCare => {
            "Esta aplicación no es atención médica. No reemplaza a un médico ni a un fisioterapeuta."
        }
        Ui::KnowPain => "El masaje nunca debe doler mucho. Deténgase si el dolor es punzante o empeora.",
        Ui::KnowPrivate => "Sus respuestas se quedan en este dispositivo. No se envía nada a ningún lugar.",
        Ui::StartScreening => "Comenzar la revisión de seguridad",
        Ui::UpdateLabel => "Actualización de la aplicación",
        Ui::UpdateReady => "Hay una nueva versión de esta aplicación lista.",
        Ui::UpdateReload => "Recargar ahora",
        Ui::ScreeningIntro => "Responda cada pregunta. Si no lo sabe con certeza, elija \"No sé\".",
        Ui::PagePosition => "Parte {n} de {total}",
        Ui::Back => "Atrás",
        Ui::Next => "Siguiente",
        Ui::SeeResult => "Ver mi resultado",
        Ui::StartOver => "Empezar de nuevo",
        Ui::AnswerEveryQuestion => "Responda todas las preguntas de esta página para continuar.",
        Ui::AnswersNotSaved => {
            "Sus respuestas no se guardan. Se borran cuando empieza de nuevo o cierra la página."
        }
        Ui::ReasonsHeading => "Por qué",
        Ui::YourAnswer => "Su respuesta:",
        Ui::ChangeAnswer => "Cambiar esta respuesta",
        Ui::GentleKeepLight => "Mantenga la presión suave todo el tiempo. Presione menos si algo empieza a doler.",
        Ui::CheckInFine => "Se sintió bien: continuar",
        Ui::StoppedMcl => "Omita el paso del LCM hasta que un médico o fisioterapeuta haya revisado su rodilla.",
        Ui::StoppedNerveToday => {
            "Busque ayuda médica hoy si el adormecimiento o la debilidad se extienden, empeoran o no mejoran con reposo."
        }
        Ui::StoppedNerveDays => {
            "Aunque mejore, consulte a un médico o fisioterapeuta en los próximos días, antes de hacer más masajes."
        }
        Ui::MinutesSeconds => "{m} min {s} s",
        Ui::MinutesOnly => "{m} min",
        Ui::ConfirmHeading => "Antes del paso del LCM",
        Ui::ConfirmQuestion => {
            "Continúe solo si está seguro/a de que su LCM no está lesionado. \
             El LCM es la banda de la parte interna de la rodilla. \
             Además, un médico o fisioterapeuta debe haberle enseñado este paso para una \
             tensión de larga duración."
        }
        Ui::ConfirmGoOn => "Estoy seguro/a: continuar",
        Ui::ConfirmSkip => "Omitir este paso",
        Ui::MclCautionHeading => "Tenga muchísimo cuidado",
        Ui::MclCautionTightness => "Este paso es solo para una tensión de larga duración o tejido cicatricial.",
        Ui::MclCautionNever => "Nunca lo haga tras una lesión reciente, ni si la rodilla está hinchada o le falla.",
        Ui::MclCautionStop => "Deténgase de inmediato si siente cualquier dolor, o si tiene alguna duda sobre su LCM.",
        Ui::GentleWhy => {
            "Sus respuestas piden una presión suave, así que cada paso la usa. \
             Deténgase si siente un dolor punzante, o un dolor que empeora."
        }
        Ui::RangeMinutes => "{min}-{max} min",
        Ui::RangeSeconds => "{min}-{max} s",
        Ui::AdvisedRange => "recomendado: {range}",
        Ui::OutsideSessionGuidance => {
            "Su rutina ahora dura {time}. Lo recomendado es de 5 a 10 minutos por sesión."
        }
        Ui::WordPesAnserine => {
            "Pata de ganso (pes anserine): un punto bajo el lado interno de la rodilla. Ahí se unen tres tendones (cordones que van del músculo al hueso)."
        }
        Ui::WordCrossFiber => "Roces a lo ancho: pequeños movimientos a lo ancho de un tendón, no a lo largo.",
        Ui::StoppedNumbness => {
            "El adormecimiento, el hormigueo o la debilidad son una señal para detenerse. No \
             vuelva a masajear esta pierna hasta que un médico o fisioterapeuta la revise."
        }
        Ui::StoppedWhenToday => {
            "Busque ayuda médica hoy si no mejora con reposo. También hoy si la rodilla se hincha, se traba o no aguanta su peso."
        }
        Ui::StoppedWhenDays => {
            "Si mejora pero vuelve, consulte a un médico o fisioterapeuta en los próximos días."
        }
        Ui::SkippedLabel => "omitido",
        Ui::SeekHelpHeading => "Cuándo buscar ayuda",
        Ui::SeekHelpIf => "De ahora en adelante, consulte a un médico o fisioterapeuta si:",
        Ui::ChangeAnswerNote => "Cambie una respuesta solo si la eligió por error.",
        Ui::When => "Cuándo:",
        Ui::UrgentCareNote => {
            "Si hoy no puede ver a un médico, acuda a una clínica de urgencias o a urgencias de un hospital."
        }
        Ui::AvoidNoWeight => "No puede apoyar el peso en la pierna.",
        Ui::ChangesHeading => "Qué cambia en su rutina",
        Ui::RulesHeading => "Siga estas reglas",
        Ui::RuleStopOnPain => "Deténgase de inmediato si siente un dolor punzante, o un dolor que empeora.",
        Ui::RuleDiscomfortOk => "Algo de molestia está bien. Un dolor punzante, o un dolor que empeora, no lo está.",
        Ui::RuleStartGentle => "Empiece con una presión suave. Respire despacio.",
        Ui::EmergencyNote => {
            "Si le falta el aire, le duele el pecho o tose sangre, llame ahora al número de emergencias."
        }
        Ui::ContactHeading => "Cómo obtener ayuda",
        Ui::ContactDefault => "Comuníquese con su clínica, su médico o un fisioterapeuta.",
        Ui::KneeChosen => "Rodilla:",
        Ui::NoMclStep => {
            "El paso del LCM no se incluye. Trabaje el LCM solo si un fisioterapeuta o médico le enseñó cómo."
        }
        Ui::GentleAfterClearance => {
            "Un médico, un fisioterapeuta o una partera le dijo que el masaje está bien. Por eso su rutina es suave. \
             Deténgase si siente un dolor punzante, o un dolor que empeora."
        }
        Ui::SeeMyRoutine => "Ver mi rutina",
        Ui::WhatToDo => "Qué hacer ahora",
        Ui::CheckInQuestion => "¿Cómo se sintió durante este paso?",
        Ui::CheckInGoodAche => "Estoy bien: continuar",
        Ui::BeforeStartHeading => "Antes de empezar",
        Ui::BeforeStartIntro => "Tres cosas para tener en cuenta todo el tiempo:",
        Ui::ReadyStart => "Todo listo: empezar",
        Ui::Print => "Imprimir o guardar como PDF",
        Ui::PrintTitle => "Autocuidado de la rodilla, lado interno: resumen",
        Ui::PrintDate => "Fecha:",
        Ui::PrintVersion => "Versión del contenido:",
        Ui::PrintNoIdentity => "Esta página no tiene su nombre ni otros datos sobre usted.",
        Ui::CuesHeading => "Sonidos",
        Ui::ContactClinic => "Comuníquese con {clinic}, su médico o un fisioterapeuta.",
        Ui::ContactCall => "Llamar",
        Ui::ContactWebsite => "Visitar el sitio web de la clínica",
        Ui::NextPatient => "Siguiente paciente",
        Ui::TabletNote => "Por privacidad, esta pantalla se borra sola si nadie la toca durante {time}.",
        Ui::DurationMinutes => "{n} minutos",
        Ui::DurationOneMinute => "1 minuto",
        Ui::DurationSeconds => "{n} segundos",
        Ui::Mute => "Silenciar sonidos y vibración",
        Ui::SpeakSteps => "Decir en voz alta el nombre de cada paso",
        Ui::CuesNote => "Unos pitidos cuentan 3, 2, 1 antes de que termine cada paso. Un pitido más agudo da inicio al siguiente paso.",
        Ui::ScreenMayDim => "Su pantalla puede oscurecerse durante la rutina. Tóquela de vez en cuando para que siga encendida.",
        Ui::PlanHeading => "Su rutina",
        Ui::PlanIntro => "Aquí están todos los pasos. Puede cambiar los tiempos antes de empezar.",
        Ui::PresetLabel => "Duración",
        Ui::PresetShort => "Corta",
        Ui::PresetFull => "Completa",
        Ui::MethodLabel => "Pata de ganso: cómo",
        Ui::MethodHold => "Mantener la presión",
        Ui::MethodFriction => "Roces a lo ancho",
        Ui::TotalTime => "Tiempo total:",
        Ui::Shorter => "Menos tiempo",
        Ui::Longer => "Más tiempo",
        Ui::SetTime => "Fijar el tiempo",
        Ui::StartRoutine => "Comenzar la rutina",
        Ui::StepPosition => "Paso {n} de {total}",
        Ui::StepAnnounce => "Paso {n} de {total}: {name}",
        Ui::MoreTime => "Más tiempo: +{n} s",
        Ui::LongestNote => "Este paso no se puede alargar más. Haga una pausa si necesita descansar.",
        Ui::PrescribedBy => "Esta rutina se preparó el {date}.",
        Ui::PrescribedScreening => "Aun así, primero responderá todas las preguntas de seguridad.",
        Ui::PrescribedPerWeek => "Su médico o fisioterapeuta sugiere hacerla {n} veces por semana.",
        Ui::ClinicianTime => "profesional: {time}",
        Ui::YouChangedIt => "(usted lo cambió)",
        Ui::PrescribedStepsLeftOut => "Por sus respuestas, se dejaron fuera algunos pasos de la rutina que le dieron.",
        Ui::LinkUnreadable => "No se puede leer este enlace de rutina. Pida a su clínica un enlace nuevo. Aun así, puede hacer la rutina habitual.",
        Ui::LinkNeedsNewer => "Este enlace necesita la versión más reciente de la aplicación. Vuelva a cargar la página. Si el mensaje sigue, inténtelo más tarde con conexión a internet.",
        Ui::Reload => "Volver a cargar la página",
        Ui::LoadFailed => "La aplicación no pudo cargar. Revise la conexión a internet y vuelva a intentarlo.",
        Ui::LoadStalled => "La carga está tardando demasiado. Revise la conexión a internet y vuelva a intentarlo.",
        Ui::LoadOffline => "No tiene conexión. La primera vez, la aplicación necesita internet. Conéctese y vuelva a intentarlo.",
        Ui::LoadCrashed => "Algo salió mal. Vuelva a cargar la página.",
        Ui::TryAgain => "Volver a intentarlo",
        Ui::PrescribeOpen => "Preparar una rutina para un paciente",
        Ui::PrescribeIntro => "Elija los pasos y sus tiempos. Aun así, el paciente primero responde todas las preguntas de seguridad.",
        Ui::PrescribeKnee => "Qué rodilla",
        Ui::KneePatientChooses => "La elige el paciente",
        Ui::PrescribeSteps => "Pasos",
        Ui::PrescribeMclShown => "Le enseñé a este paciente a trabajar el LCM.",
        Ui::PrescribePerWeek => "Con qué frecuencia",
        Ui::TimesAWeek => "{n} veces por semana",
        Ui::PrescribeLinkHeading => "El enlace para el paciente",
        Ui::PrescribeLinkNote => "Dé este enlace o código QR al paciente. Solo contiene la rutina: ningún nombre ni dato del paciente.",
        Ui::CopyLink => "Copiar enlace",
        Ui::LinkCopied => "Enlace copiado.",
        Ui::CopyFallback => "Seleccione el enlace y cópielo.",
        Ui::QrLabel => "Código QR del enlace para el paciente",
        Ui::ReviewHeading => "Revise el contenido del widget antes de que lo usen los pacientes",
        Ui::ReviewNote => "Una página muestra todas las preguntas, reglas y textos que usa el widget. Su clínica puede revisarla y aprobarla.",
        Ui::ReviewOpen => "Abrir la página de revisión",
        Ui::TimeLeft => "Tiempo restante en este paso",
        Ui::StepProgress => "Este paso",
        Ui::RoutineProgress => "Toda la rutina",
        Ui::Pause => "Pausar",
        Ui::Resume => "Reanudar",
        Ui::SkipStep => "Omitir paso",
        Ui::PreviousStep => "Paso anterior",
        Ui::PausedNote => "En pausa. Tómese su tiempo.",
        Ui::NextUp => "A continuación:",
        Ui::LastStep => "Este es el último paso.",
        Ui::Where => "Dónde",
        Ui::WhereMore => "Más sobre el lugar",
        Ui::Hands => "Manos",
        Ui::Pressure => "Presión",
        Ui::HowToMove => "Qué movimiento hacer",
        Ui::StopHeading => "Deténgase ahora si siente",
        Ui::StopSharpPain => "Dolor punzante, o dolor que empeora",
        Ui::StopNumbness => "Adormecimiento, hormigueo o debilidad",
        Ui::StopMclPain => "Cualquier dolor",
        Ui::SpaceHint => "Consejo: la barra espaciadora pausa y reanuda.",
        Ui::StoppedTitle => "Rutina detenida",
        Ui::StoppedBecause => "Usted se detuvo por:",
        Ui::StoppedStop => "Detenga el masaje ahora.",
        Ui::StoppedRest => "Deje descansar la rodilla.",
        Ui::StoppedWarning => "Un dolor punzante, o que empeora, significa que debe parar. No siga, aunque pueda aguantarlo.",
        Ui::DoneTitle => "Bien hecho",
        Ui::DoneIntro => "Terminó la rutina.",
        Ui::DoneStepsHeading => "Lo que hizo",
        Ui::KeepItUpHeading => "Siga así",
        Ui::OtherKnee => "Hacer la otra rodilla",
        Ui::BackToStart => "Volver al inicio",
        Ui::PainQuestion => "¿Cuánto le duele la rodilla ahora mismo?",
        Ui::PainOptional => "Puede omitir esta pregunta. Elija un número del 0 al 10.",
        Ui::PainNone => "0: nada de dolor",
        Ui::PainWorst => "10: el peor dolor que pueda imaginar",
        Ui::PainSevere => "Eligió {n} de 10. Es un dolor muy fuerte.",
        Ui::PainPickAgain => "¿Eligió un número por error? Elija otro.",
        Ui::LogOfferHeading => "Guardar un registro privado en este dispositivo",
        Ui::LogWhatIsKept => "El registro guarda la fecha, qué rodilla y cuántos minutos. Guarda los pasos que hizo u omitió. Guarda si se detuvo y por qué, y los números de su dolor.",
        Ui::LogNeverKept => "Nunca guarda sus respuestas a las preguntas de seguridad ni su nombre. Se queda en este dispositivo y nunca se envía a ninguna parte.",
        Ui::LogPrivateWindow => "En una ventana privada, el navegador lo borra al cerrar la ventana.",
        Ui::KeepLog => "Guardar un registro",
        Ui::LogKept => "Esta rutina quedó guardada en su registro privado.",
        Ui::LogNoStorage => "Este navegador no puede guardar un registro aquí.",
        Ui::LogNotSaved => "No se pudo guardar su registro. Puede que el dispositivo esté lleno o que bloquee el almacenamiento.",
        Ui::ProgressTitle => "Mi progreso",
        Ui::ProgressIntro => "Su propio registro, guardado solo en este dispositivo.",
        Ui::ProgressThisWeek => "Rutinas que terminó en los últimos 7 días",
        Ui::ProgressNoneThisWeek => "Ninguna en los últimos 7 días.",
        Ui::ProgressKneeCount => "{knee}: {n}.",
        Ui::ProgressGoalRange => "Su plan: de {fewest} a {most} veces por semana.",
        Ui::ProgressGoalExact => "Su plan: {n} veces por semana.",
        Ui::ProgressGoalMet => "Esta semana va según su plan.",
        Ui::ProgressGoalNotYet => "Esta semana aún no ha cumplido su plan.",
        Ui::ProgressGoalMore => "Es más de lo que pide su plan. Siga su plan: las sesiones cortas y regulares suelen funcionar mejor.",
        Ui::ChartHeading => "Su dolor antes y después de cada rutina, últimas 4 semanas",
        Ui::ChartBefore => "Antes",
        Ui::ChartAfter => "Después",
        Ui::ChartDate => "Fecha",
        Ui::ChartNoScores => "No hay números de dolor en las últimas 4 semanas. Elija uno antes y después de su próxima rutina.",
        Ui::SignHeading => "Es hora de que le revisen la rodilla",
        Ui::SignNumbness => "Detuvo una rutina por adormecimiento, hormigueo o debilidad.",
        Ui::SignStoppedTwice => "Detuvo rutinas por dolor más de una vez.",
        Ui::SignHigherAfter => "El dolor le aumentó después de una rutina reciente.",
        Ui::SignWorsening => "Su registro muestra que el dolor empeoró a lo largo de {weeks} semanas.",
        Ui::SignNotImproving => "Después de {weeks} semanas de masaje, su dolor no mejora.",
        Ui::SignNoMassageLeg => "No masajee esta pierna hasta que un médico o fisioterapeuta la haya revisado.",
        Ui::SignNoMassageKnee => "No masajee esta rodilla hasta que un médico o fisioterapeuta la haya revisado.",
        Ui::SignAskCheck => "Pida a un médico o fisioterapeuta que le revise la rodilla. Pueden decirle si el masaje sigue siendo adecuado para usted.",
        Ui::SignSevere => "Usted calificó su dolor de rodilla con {n} o más.",
        Ui::SignSevereToDo => "No masajee la rodilla. Busque ayuda médica hoy, aunque ya se la hayan revisado.",
        Ui::SignTodayIfPain => "Busque ayuda médica hoy si la rodilla se hincha, se traba, falla o no aguanta su peso. También si se pone roja o caliente, o si tiene fiebre.",
        Ui::SignTodayIfNerve => "Busque ayuda médica hoy si el adormecimiento o la debilidad se extienden o empeoran.",
        Ui::SignCheckedQuestion => "Desde el {date}, ¿un médico o fisioterapeuta revisó esta rodilla y le dijo que puede masajearla? Responda Sí solo si se lo dijo.",
        Ui::SignNotDiagnosis => "Esto sale de lo que usted anotó. No es un diagnóstico.",
        Ui::ProgressPrint => "Imprima esta página para su próxima cita.",
        Ui::ProgressEmpty => "Aún no hay rutinas en su registro. Cada rutina que termine o detenga aparecerá aquí.",
        Ui::EraseLog => "Borrar mi registro",
        Ui::EraseConfirm => "¿Borrar todo su registro de este dispositivo? No se puede deshacer.",
        Ui::EraseYes => "Sí, borrarlo",
        Ui::EraseNo => "No, conservarlo",
        Ui::LogUnreadable => "No se puede leer su registro en este dispositivo. Puede que se haya modificado. Puede borrarlo y empezar un registro nuevo.",
        Ui::LogNewer => "Su registro se hizo con una versión más nueva de esta aplicación. Recargue la página para obtener la versión nueva.",
        Ui::LearnOpen => "Aprenda sobre su rodilla",
        Ui::LearnTitle => "Sobre la parte interna de la rodilla",
        Ui::LearnIntro => "Esto es lo que la aplicación enseña sobre su rodilla. Los pasos del masaje están en la rutina.",
        Ui::LearnNotAdvice => "Esta es información general. No puede decirle qué problema tiene su rodilla.",
        Ui::AnatomyHeading => "Qué hay en cada lugar",
        Ui::AnatomyPicture => "Su rodilla, vista desde el lado interno. Una flecha marca el frente de la pierna",
        Ui::AnatomyHint => "Toque una parte del dibujo para ver qué es.",
        Ui::AnatomyViewLabel => "Ver el dibujo de",
        Ui::AnatomyFront => "Frente",
        Ui::AnatomyJointLine => "Línea de la articulación",
        Ui::AnatomyNotMassaged => "(no se masajea)",
        Ui::AnatomyExtremeCare => "(máximo cuidado)",
        Ui::AnatomyBackOfKnee => "Corva",
        Ui::AnatomyNeverPress => "(nunca presionar)",
        Ui::AnatomyListHeading => "Las partes, una por una",
        Ui::AnatomyMuscles => "Músculos: {list}",
        Ui::TouchMassage => "La rutina puede trabajar sobre esta parte.",
        Ui::TouchExtremeCare => "Toque esta parte solo con muchísimo cuidado, y solo si un médico o fisioterapeuta le enseñó cómo.",
        Ui::TouchNotDirectly => "La rutina no trabaja directamente sobre esta parte.",
        Ui::BenefitsHeading => "Lo que puede hacer el masaje",
        Ui::PrinciplesHeading => "Seis principios clave",
        Ui::AvoidListHeading => "No se masajee la rodilla si",
        Ui::SeekHelpListHeading => "Consulte a un médico o fisioterapeuta si",
        Ui::SignsIntro => "La revisión de seguridad pregunta por cada una. Sus respuestas deciden con qué urgencia buscar ayuda.",
        Ui::FaqHeading => "Preguntas y respuestas",
        Ui::PrintNotes => "Notas de su médico o fisioterapeuta:",
        Ui::PrintReview => "Revise esta rutina otra vez con su médico o fisioterapeuta el:",
        Ui::LanguageName => "Español",
        Ui::LanguageLabel => "Idioma",
        Ui::AvoidUnder18 => "Usted es menor de 18 años. Esta aplicación es para adultos. Mejor pida que un médico le vea la rodilla.",
        Ui::PrecautionsNote => "Estas respuestas cambian su rutina para cuidar su seguridad:",
        Ui::LimitsIntro => "Por eso, en su rutina:",
        Ui::CautionsHeading => "Tenga cuidado",
        Ui::KeepOffHeading => "Nunca presione sobre",
        Ui::NoHoldsMotion => {
            "Deslice la mano despacio y con suavidad, desde la mitad del muslo hacia la rodilla. \
             Manténgala en movimiento. No se quede en un solo punto."
        }
        Ui::StoppedNotAgainToday => "No vuelva a empezar esta rutina hoy.",
    }
}

/// How soon to get help about each reason not to massage, as the screening applies it (a
/// catalog test holds each to the time frames of the questions that ask about it).
fn contraindication_get_help(c: Contraindication) -> &'static str {
    match c {
        Contraindication::AcuteInjury => INJURY_GET_HELP,
        Contraindication::SignificantSwellingOrBruising | Contraindication::JointInstability => {
            "Busque ayuda médica hoy."
        }
        Contraindication::FeverOrRedness => {
            "Rodilla roja y caliente con fiebre, o fiebre durante la quimioterapia: vaya a urgencias ahora. \
             Si no es así, busque ayuda médica hoy."
        }
        Contraindication::SevereOrSharpPain => {
            "Busque ayuda hoy si el dolor es muy fuerte, incluso en reposo. Si el dolor es \
             punzante, acuda a un médico o fisioterapeuta en los próximos días."
        }
        Contraindication::NumbnessTinglingOrWeakness => {
            "Pie frío, pálido o adormecido: llame ahora al número de emergencias. \
             Adormecimiento nuevo en ambas piernas, los genitales o las nalgas: vaya a urgencias ahora. \
             Haga lo mismo si tiene problemas nuevos con la orina o las heces. \
             Busque ayuda hoy si se extiende, empeora o la pierna se debilita más. \
             Si no es así, acuda a un médico o fisioterapeuta en los próximos días."
        }
        Contraindication::DeepVeinThrombosis => {
            "Busque ayuda médica hoy si es posible que tenga un coágulo ahora. Si tuvo uno, o recibe \
             tratamiento por uno, consulte a su médico antes de cualquier masaje en esta pierna."
        }
        Contraindication::OpenWoundOrSkinInfection => {
            "Infección de la piel: busque ayuda médica hoy. Herida abierta: no haga masajes hasta \
             que haya sanado por completo. Busque ayuda hoy si se pone roja, caliente, hinchada o \
             le sale pus."
        }
    }
}

/// How soon to get help about an injury (a reason not to massage and a sign to seek help).
const INJURY_GET_HELP: &str =
    "Si un hueso puede estar roto, o no puede dar cuatro pasos, vaya a urgencias ahora. \
     Haga lo mismo si el muslo o la pantorrilla están tensos e hinchados. \
     Si puede caminar, pero le duele mucho apoyar peso en la pierna, busque ayuda hoy. \
     Si no es así, acuda a un médico o fisioterapeuta en los próximos días.";

/// How soon to see someone about each sign to seek help, as the screening applies it.
fn seek_help_get_help(s: SeekHelpSign) -> &'static str {
    match s {
        SeekHelpSign::PainPersistentWorseningOrNotImproving => {
            "Acuda a un médico o fisioterapeuta en los próximos días si empeora. Si no es así, en las \
             próximas semanas."
        }
        SeekHelpSign::SwellingRednessOrWarmth => {
            "Rodilla roja y caliente con fiebre: vaya a urgencias ahora. Si no es así, busque ayuda médica hoy."
        }
        SeekHelpSign::DeformityInstabilityLockingOrGivingWay => {
            "Rodilla deformada o fuera de su lugar: vaya a urgencias ahora. \
             Si se traba o le falla, busque ayuda médica hoy."
        }
        SeekHelpSign::SuspectedSeriousInjury => INJURY_GET_HELP,
        SeekHelpSign::PainDisturbsDailyLifeOrSleep => {
            "Dolor todo el día y toda la noche: acuda a un médico en los próximos días. \
             Si no es así, acuda a un médico o fisioterapeuta en las próximas semanas."
        }
        SeekHelpSign::UnsureOfCause => "Acuda a un médico o fisioterapeuta en las próximas semanas.",
    }
}

fn structure_label(s: Structure) -> &'static str {
    match s {
        Structure::Vmo => "VMO",
        Structure::Adductors => "Aductores",
        Structure::PesAnserine => "Pata de ganso",
        Structure::Mcl => "LCM",
        Structure::MedialMeniscus => "Menisco medial",
    }
}

fn bone(b: Bone) -> &'static str {
    match b {
        Bone::ThighBone => "Fémur",
        Bone::ShinBone => "Tibia",
        Bone::Kneecap => "Rótula",
        Bone::BonyBump => "Bulto de hueso",
    }
}

fn structure_name(s: Structure) -> &'static str {
    match s {
        Structure::Vmo => "VMO (vasto medial oblicuo)",
        Structure::Adductors => "Músculos aductores",
        Structure::PesAnserine => "Tendones de la pata de ganso (pes anserine)",
        Structure::Mcl => "LCM (ligamento colateral medial)",
        Structure::MedialMeniscus => "Menisco medial",
    }
}

fn structure_about(s: Structure) -> &'static str {
    match s {
        Structure::Vmo => {
            "Un músculo con forma de lágrima. Está justo encima del borde interno de la rótula. Es \
             parte del cuádriceps, los músculos grandes de la parte delantera del muslo. Ayuda a \
             que la rótula se deslice por su surco."
        }
        Structure::Adductors => {
            "Los músculos de la parte interna del muslo: aductor mayor, aductor largo, aductor \
             corto y grácil. Cuando están tensos, pueden aumentar el dolor en la parte interna de \
             la rodilla."
        }
        Structure::PesAnserine => {
            "El lugar donde tres músculos se unen al hueso: sartorio, grácil y semitendinoso. Está \
             en la parte interna del hueso de la pierna (tibia), justo bajo la línea de la \
             articulación. Esa línea es el hueco blando donde se juntan el hueso del muslo y el de \
             la pierna. Los médicos llaman bursitis o tendinitis de la pata de ganso al dolor y la hinchazón en \
             esta zona. Solo un médico o fisioterapeuta puede saber si usted la tiene. No masajee \
             esta zona si está hinchada."
        }
        Structure::Mcl => {
            "Una banda fuerte en el lado interno de la rodilla. Mantiene firme la articulación. \
             Tóquela solo con muchísimo cuidado. Nunca la trabaje después de una lesión reciente, ni \
             si la rodilla le falla. Deténgase de inmediato si duele."
        }
        Structure::MedialMeniscus => {
            "Una pieza de cartílago (tejido duro y elástico) con forma de C que amortigua la \
             rodilla. No se masajea directamente. Aun así, masajear a su alrededor puede ayudar a la \
             articulación."
        }
    }
}

fn muscle(m: Muscle) -> &'static str {
    match m {
        Muscle::AdductorMagnus => "aductor mayor",
        Muscle::AdductorLongus => "aductor largo",
        Muscle::AdductorBrevis => "aductor corto",
        Muscle::Gracilis => "grácil",
        Muscle::Sartorius => "sartorio",
        Muscle::Semitendinosus => "semitendinoso",
    }
}

fn benefit(b: Benefit) -> &'static str {
    match b {
        Benefit::MuscleTensionRelief => "Afloja la tensión del VMO y de los aductores.",
        Benefit::ImprovedBloodFlow => {
            "Lleva más sangre a la zona. Esto puede ayudar a que los tejidos se recuperen."
        }
        Benefit::ReducedStiffness => "Reduce la rigidez de los músculos y tendones alrededor de la rodilla.",
        Benefit::MinorPainManagement => {
            "Puede aliviar por un rato molestias leves, como el dolor después del ejercicio o por uso excesivo."
        }
        Benefit::PreparationForActivity => "Prepara la rodilla para moverse, como parte del calentamiento.",
    }
}

fn contraindication(c: Contraindication) -> &'static str {
    match c {
        Contraindication::AcuteInjury => {
            "Se lastimó la rodilla hace poco, el dolor empezó de repente, o puede tener un ligamento o menisco desgarrado."
        }
        Contraindication::SignificantSwellingOrBruising => "Su rodilla está claramente hinchada o tiene moretones.",
        Contraindication::SevereOrSharpPain => "Tiene un dolor muy fuerte o punzante.",
        Contraindication::JointInstability => "Siente que su rodilla podría fallarle.",
        Contraindication::NumbnessTinglingOrWeakness => {
            "Siente adormecimiento, hormigueo o debilidad en la pierna."
        }
        Contraindication::FeverOrRedness => "Tiene fiebre, o su rodilla está roja o caliente.",
        Contraindication::DeepVeinThrombosis => {
            "Tiene, o podría tener, un coágulo de sangre en la pierna (TVP)."
        }
        Contraindication::OpenWoundOrSkinInfection => {
            "Hay una herida abierta o una infección de la piel cerca de su rodilla."
        }
    }
}

fn seek_help(s: SeekHelpSign) -> &'static str {
    match s {
        SeekHelpSign::PainPersistentWorseningOrNotImproving => {
            "Su dolor continúa, empeora o no mejora con el autocuidado."
        }
        SeekHelpSign::SwellingRednessOrWarmth => "Su rodilla está claramente hinchada, roja o caliente.",
        SeekHelpSign::DeformityInstabilityLockingOrGivingWay => {
            "Su rodilla se ve deformada, se siente inestable, se traba o le falla."
        }
        SeekHelpSign::SuspectedSeriousInjury => {
            "Puede tener una lesión grave. Quizás un hueso roto o un desgarro de ligamento (banda de la rodilla) o de menisco (cojín de la rodilla)."
        }
        SeekHelpSign::PainDisturbsDailyLifeOrSleep => {
            "El dolor interfiere con su vida diaria o con su sueño."
        }
        SeekHelpSign::UnsureOfCause => "No sabe bien qué le causa el dolor.",
    }
}

fn technique(t: Technique) -> TechniqueWords {
    match t {
        Technique::SoftTissueRelease => TechniqueWords {
            name: "Aflojar la parte interna del muslo (VMO y aductores)",
            target: "Los músculos grandes del lado interno del muslo, desde su mitad hasta justo \
                     encima de la rótula. Incluyen el VMO (un músculo con forma de lágrima sobre \
                     el borde interno de la rótula). También incluyen los aductores (los músculos \
                     de la parte interna del muslo).",
            hands: "Use los pulgares, los nudillos o la base de la palma de la mano.",
            pressure: "Empiece con suavidad. Luego presione un poco más, hasta un nivel firme que \
                       siga siendo cómodo. Puede notar una molestia llevadera, pero nunca un \
                       dolor punzante.",
            motion: "Deslice las manos despacio a lo largo del músculo, desde la mitad del muslo \
                     hacia la rodilla. También puede hacer pequeños círculos o amasar. En un nudo \
                     sensible, mantenga una presión constante durante 30 a 60 segundos mientras \
                     se afloja. Luego siga adelante.",
        },
        Technique::PesAnserineFocus => TechniqueWords {
            name: "Pata de ganso",
            target: "La pata de ganso (pes anserine) está en la parte interna de la tibia, el hueso \
                     bajo la rodilla. Ahí se fijan tres tendones (cordones que unen el músculo al \
                     hueso). Para encontrarla, doble la rodilla y busque el hueco blando en su lado \
                     interno. Ese hueco es la línea de la articulación, donde se juntan el hueso \
                     del muslo y el de la pierna. El punto queda de 1 a 2 pulgadas (unos 2.5 a 5 \
                     cm) por debajo de esa línea: unos pocos dedos más abajo. Está a la altura del \
                     bulto de hueso bajo la rótula. Queda en el lado interno de la tibia, no sobre \
                     el bulto.",
            hands: "Presione con el pulgar o el índice.",
            pressure: "Presione de forma constante y firme sobre el punto sensible.",
            motion: "Elija una opción. Mantenga la presión durante 30 a 60 segundos y luego siga \
                     adelante. O haga \
                     roces a lo ancho del tendón, no a lo largo, durante 1 a 2 minutos.",
        },
        Technique::MclCaution => TechniqueWords {
            name: "LCM: la banda interna de la rodilla (solo si un médico o fisioterapeuta le enseñó cómo)",
            target: "El LCM: una banda fuerte en el lado interno de la rodilla. Cruza la línea de \
                     la articulación (donde se juntan el hueso del muslo y el de la pierna). Con la \
                     rodilla doblada, esa línea es el hueco blando que se siente ahí.",
            hands: "Con la rodilla un poco doblada, presione con el pulgar o el índice.",
            pressure: "Presión de muy suave a media.",
            motion: "Haga pequeños círculos suaves, o roces muy ligeros a lo ancho del ligamento, \
                     durante 30 a 60 segundos.",
        },
        Technique::FoamRollerOrBall => TechniqueWords {
            name: "Rodillo de espuma o pelota de masaje",
            target: "La parte interna del muslo (VMO y aductores), o el punto sensible justo \
                     debajo de la rodilla (pata de ganso).",
            hands: "Rodillo: acuéstese boca abajo o de lado, con la parte interna del muslo sobre \
                    el rodillo. Pelota en el muslo: siéntese o acuéstese, con la pelota bajo el \
                    nudo. Debajo de la rodilla: siéntese y sostenga ahí la pelota con la mano.",
            pressure: "Rodillo: deje que su peso descanse sobre él. Pelota en el muslo: apóyese \
                       sobre ella o presiónela con la mano. Debajo de la rodilla, presione solo con \
                       la mano.",
            motion: "Con el rodillo, ruede despacio desde un ancho de mano bajo la ingle hasta justo \
                     encima de la rodilla. Haga una pausa de 20 a 30 segundos en los puntos \
                     sensibles. Con una pelota, mantenga la presión sobre un nudo durante 30 a 60 \
                     segundos y luego siga adelante.",
        },
    }
}

fn keep_off(k: KeepOff) -> &'static str {
    match k {
        KeepOff::BackOfKnee => "la corva (la parte de atrás de la rodilla)",
        KeepOff::PulseOrNerveFeeling => {
            "un punto donde note un latido, una descarga o corriente eléctrica"
        }
        KeepOff::BulgingVein => "una vena abultada",
        KeepOff::JointLine => "la línea de la articulación (el hueco blando entre los huesos)",
        KeepOff::KneecapTendon => "el tendón bajo la rótula",
        KeepOff::Groin => "la ingle",
        KeepOff::SwollenSpot => {
            "un punto hinchado: pida a un médico o fisioterapeuta que lo revise"
        }
        KeepOff::BrokenSkin => "piel lastimada, un moretón o un sarpullido",
    }
}

fn principle(p: Principle) -> &'static str {
    match p {
        Principle::ListenToYourBody => {
            "Escuche a su cuerpo: el dolor le indica que debe parar. Algo de molestia está bien, pero un dolor punzante o que aumenta no lo está."
        }
        Principle::StartGentle => "Empiece con suavidad. Presione más fuerte solo poco a poco, según se sienta bien.",
        Principle::BreatheDeeply => "Respire lenta y profundamente. Eso ayuda a que sus músculos se relajen.",
        Principle::Consistency => {
            "Sesiones cortas de 5 a 10 minutos, varias veces por semana, suelen funcionar mejor que sesiones intensas y poco frecuentes."
        }
        Principle::Hydration => "Beba suficiente agua. Ayuda a que sus tejidos se mantengan sanos y se recuperen.",
        Principle::FollowWithMovement => {
            "Después, doble y estire la rodilla con suavidad, o haga estiramientos ligeros."
        }
    }
}

fn faq(f: Faq) -> FaqWords {
    match f {
        Faq::WhatToTarget => FaqWords {
            question: "¿Qué debo masajear en la parte interna de la rodilla?",
            answer: "Trabaje el VMO, los aductores y la pata de ganso. Tenga muchísimo cuidado con \
                     el LCM. No lo toque a menos que un médico o fisioterapeuta le haya enseñado \
                     cómo.",
        },
        Faq::Benefits => FaqWords {
            question: "¿Qué puede hacer por mí?",
            answer:
                "Puede aflojar músculos tensos, ayudar a la circulación de la sangre y reducir \
                     la rigidez. También puede aliviar por un rato molestias leves o el dolor \
                     después del ejercicio.",
        },
        Faq::WhenToAvoid => FaqWords {
            question: "¿Cuándo no debo masajear mi rodilla?",
            answer:
                "No después de una lesión nueva o de un dolor repentino. No si es posible que \
                     tenga un desgarro de ligamento o de menisco. No si hay hinchazón o moretones evidentes. No con \
                     dolor muy fuerte o punzante, ni si la rodilla le falla. No con \
                     adormecimiento, hormigueo o debilidad, ni con fiebre o la rodilla roja. No \
                     con un coágulo de sangre (TVP), ni con una herida o infección de la piel \
                     cerca de la rodilla.",
        },
        Faq::Tools => FaqWords {
            question: "¿Puedo usar un rodillo de espuma o una pelota?",
            answer: "Sí. Un rodillo de espuma sirve para el VMO y los aductores. Una pelota de \
                     masaje puede llegar a un nudo específico en esas zonas, o a la pata de ganso.",
        },
        Faq::WhenToSeekHelp => FaqWords {
            question: "¿Cuándo debo ver a un profesional en lugar de darme masaje?",
            answer: "Consulte a uno si el dolor continúa, empeora o no mejora. También si hay \
                     hinchazón evidente, si la rodilla está inestable o se traba, o si puede haber \
                     una lesión grave. Busque ayuda hoy si hay hinchazón o si un hueso puede estar \
                     roto. También si la rodilla se traba o le falla.",
        },
    }
}

fn question(q: Question) -> &'static str {
    use Question::*;
    match q {
        WhichKnee => "¿Qué rodilla quiere cuidar hoy?",
        Under18 => "¿Es usted menor de 18 años?",
        RecentInjury => {
            "En las últimas 6 semanas, ¿se lastimó esta rodilla en una caída, una torcedura o un golpe?"
        }
        CannotTakeFourSteps => {
            "¿Desde esa lesión le es imposible dar cuatro pasos apoyando esta pierna, aunque sea cojeando?"
        }
        TightSwollenLimb => {
            "Desde esa lesión, ¿tiene el muslo o la pantorrilla tensos e hinchados, con un dolor mucho peor de lo esperado?"
        }
        SuddenPain => "¿Este dolor empezó de repente, en minutos u horas?",
        PossibleTear => {
            "¿Podría tener un desgarro de un ligamento (una banda que mantiene unida la rodilla) o del menisco (su cojín)?"
        }
        PossibleMclInjury => "¿Podría estar lesionado el ligamento de la parte interna de la rodilla (LCM)?",
        PossibleFracture => "¿Podría estar roto un hueso de la rodilla o cerca de ella (una fractura)?",
        SwellingOrBruising => "¿Su rodilla, o la zona justo debajo de ella, está claramente hinchada o con moretones?",
        Misshapen => {
            "Desde que empezó este dolor, ¿su rodilla se ve deformada o fuera de lugar (una deformidad)?"
        }
        RednessOrWarmth => "¿La piel alrededor de la rodilla está roja, o más caliente que la de la otra rodilla?",
        SkinInfection => "¿Tiene una infección de la piel en esta rodilla o cerca de ella?",
        OpenWound => "¿Hay una herida abierta, un corte o un raspón en esta rodilla o cerca de ella?",
        Fever => "¿Tiene fiebre, o siente calor y escalofríos?",
        FeverHotKnee => "Con esta fiebre, ¿tiene la rodilla roja o caliente?",
        FeverChemotherapy => "¿Recibe quimioterapia, o la recibió en las últimas 6 semanas?",
        SeverePain => "¿Le duele mucho esta rodilla, incluso cuando la deja descansar?",
        SharpPain => "¿Siente un dolor punzante al mover esta rodilla o al presionarla?",
        CannotBearWeight => "¿Le es imposible, o muy doloroso, apoyar el peso en esta pierna?",
        Locking => "¿Esta rodilla se traba o se atasca, de modo que no puede doblarla ni estirarla?",
        GivingWay => {
            "Desde que empezó este dolor, ¿esta rodilla le ha fallado, como si se doblara sola, o sintió que podría fallarle?"
        }
        NumbnessTinglingWeakness => "¿Siente adormecimiento, hormigueo o debilidad en esta pierna o en el pie de este lado?",
        ColdPaleFoot => "¿Se le ha puesto de repente frío, pálido o adormecido el pie o la parte baja de la pierna?",
        NerveEmergency => {
            "¿Tiene adormecimiento nuevo en ambas piernas, los genitales o las nalgas, o problemas nuevos con la orina o las heces?"
        }
        BloodClotNow => {
            "¿Tiene, o podría tener, un coágulo de sangre en una pierna (TVP, un coágulo en una vena profunda)?"
        }
        BloodClotOnTreatment => {
            "¿Recibe tratamiento ahora por un coágulo, por ejemplo con medicinas anticoagulantes (que hacen la sangre más líquida)?"
        }
        BloodClotInThePast => "¿Ha tenido un coágulo de sangre en el pasado, aunque el tratamiento ya haya terminado?",
        BloodThinners => {
            "¿Toma una medicina que hace la sangre más líquida, por cualquier motivo?"
        }
        BloodThinnersKnock => {
            "Desde que empezó el dolor, ¿se golpeó esta pierna, o tiene moretones o hinchazón nuevos en muslo o pantorrilla?"
        }
        EasyBruising => {
            "¿Le salen moretones con mucha facilidad o sin motivo, o tiene un trastorno que le hace sangrar de más?"
        }
        DoctorSaidNoMassage => "¿Un médico le ha dicho que no masajee esta pierna?",
        LegOperation => "¿Ha tenido alguna vez una operación en esta pierna?",
        RecentSurgery => "¿Ha tenido una operación en esta pierna en los últimos 3 meses?",
        KneeReplacement => "¿Tiene en esta rodilla una prótesis (un reemplazo de rodilla), total o parcial?",
        Pregnancy => "¿Está embarazada, o dio a luz en las últimas 6 semanas?",
        Cancer => "¿Ha tenido cáncer alguna vez?",
        CancerTreatment => "¿Recibe tratamiento para el cáncer ahora?",
        CancerInBone => "¿Un médico le ha dicho que un cáncer se extendió a sus huesos?",
        GroinLymphNodes => {
            "¿Le quitaron ganglios linfáticos (glándulas pequeñas) de la ingle, o recibió radioterapia en la ingle?"
        }
        WeightLoss => "¿Está bajando de peso sin una causa conocida, y además se siente mal?",
        ThinBones => "¿Tiene los huesos delgados y débiles (osteoporosis), o es una persona frágil?",
        SteroidInjection => {
            "¿Le pusieron una inyección de esteroide (cortisona) en esta rodilla en las últimas 2 semanas?"
        }
        HipOrGroinPain => "¿Tiene dolor en la cadera o en la ingle, además de en esta rodilla?",
        VaricoseVeins => "¿Tiene várices en la parte interna del muslo, en la rodilla o detrás de la rodilla?",
        VeinInflamed => "¿Alguna vena de esta pierna está dura, con bultos, roja, caliente o le duele al tocarla?",
        LegUlcer => {
            "¿Tiene en esta pierna una úlcera (una llaga que no sana) o piel con cambios por mala circulación?"
        }
        ReducedFeeling => "¿La piel de esta pierna siente menos el tacto, el calor o el dolor?",
        Lymphoedema => {
            "¿Tiene linfedema (hinchazón que dura mucho tiempo) en esta pierna, o le dijeron que tiene riesgo de tenerlo?"
        }
        PainLasting => "¿Le ha dolido esta rodilla por más de 2 semanas?",
        PainNotImproving => "¿El dolor sigue igual, en lugar de mejorar poco a poco?",
        PainWorsening => "¿El dolor de esta rodilla está empeorando?",
        PainDisturbsDailyLife => {
            "¿El dolor le dificulta las cosas diarias, como caminar, subir escaleras o trabajar?"
        }
        PainDisturbsSleep => "¿El dolor hace que se despierte o le impide dormir?",
        PainDayAndNight => "¿Tiene el dolor todo el tiempo, de día y de noche, incluso cuando descansa?",
        UnsureOfCause => "¿Tiene dudas sobre la causa de este dolor de rodilla?",
        ClinicianCleared => {
            "Desde que empezó este dolor, ¿un médico o fisioterapeuta revisó esta rodilla y le dijo que el automasaje está bien?"
        }
        MclGuidance => {
            "¿Un fisioterapeuta o médico le enseñó a trabajar su LCM (el ligamento de la parte interna de la rodilla)?"
        }
        FoamRoller => "¿Tiene un rodillo de espuma?",
        MassageBall => "¿Tiene una pelota de masaje, como una pelota de lacrosse?",
    }
}

/// A line of plain-words help under a question, for the questions that have one.
fn hint(q: Question) -> &'static str {
    match q {
        Question::BloodClotNow => {
            "Señales de un coágulo: una pierna está hinchada. \
             Le duele, le palpita o le da calambres la pantorrilla, el muslo o la parte de atrás de la rodilla. \
             La piel está caliente, roja o más oscura. Las venas se sienten duras o le duelen. \
             Un coágulo es más probable después de una operación, un yeso o un viaje largo. \
             También en el embarazo o con cáncer. Puede aparecer aunque no haya nada de esto."
        }
        Question::Fever => "Fiebre es una temperatura de 38 °C (100.4 °F) o más.",
        Question::RednessOrWarmth => {
            "En la piel oscura, el enrojecimiento puede verse más oscuro, morado o marrón."
        }
        Question::BloodThinners => {
            "Por ejemplo: warfarina, apixabán, rivaroxabán, edoxabán, dabigatrán, heparina, \
             clopidogrel o aspirina todos los días."
        }
        Question::VaricoseVeins => "Las várices son venas hinchadas y torcidas que se ven bajo la piel.",
        Question::ReducedFeeling => "Esto puede pasar con la diabetes, o después de un daño en los nervios.",
        Question::ClinicianCleared => {
            "Responda que sí solo si esa persona conocía su salud. Por ejemplo, un embarazo, un cáncer \
             o un problema de sangrado. Si está embarazada o acaba de tener un bebé, también cuenta su partera."
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
            "Esta aplicación es para adultos, así que no haga este masaje. \
             Pida que le vea un médico en los próximos días. \
             Vaya hoy si cojea, tiene fiebre o le duele la cadera."
        }
        RecentInjury => {
            "Deje descansar la rodilla y no la masajee. Pida a un médico o fisioterapeuta que revise la lesión."
        }
        CannotTakeFourSteps => "No apoye peso en la pierna. Vaya a urgencias ahora.",
        TightSwollenLimb => {
            "Esto necesita una revisión de inmediato. No masajee ni presione la pierna. Vaya a urgencias ahora."
        }
        SuddenPain => "No masajee la rodilla. Pida a un médico o fisioterapeuta que revise el dolor nuevo.",
        PossibleTear => {
            "No masajee la rodilla. Un médico o fisioterapeuta debe revisar si hay un desgarro."
        }
        PossibleMclInjury => {
            "No masajee la rodilla. Pida a un médico o fisioterapeuta que revise el ligamento."
        }
        PossibleFracture => {
            "No apoye peso en la pierna. Manténgala quieta y vaya a urgencias ahora."
        }
        SwellingOrBruising => "No masajee la rodilla. Pida a un médico que la revise hoy.",
        Misshapen => {
            "No apoye peso en la pierna ni intente volver a poner la rodilla en su lugar. Vaya a urgencias ahora."
        }
        RednessOrWarmth => "El enrojecimiento o el calor pueden indicar una infección. No masajee. Comuníquese con un médico hoy.",
        SkinInfection => "No masajee cerca de una infección. Comuníquese con un médico hoy.",
        OpenWound => {
            "No masajee esta rodilla hasta que la herida haya sanado por completo. Luego haga de \
             nuevo la revisión de seguridad. Busque ayuda hoy si se pone roja, caliente, hinchada \
             o le sale pus."
        }
        Fever => "La fiebre puede indicar una infección. No masajee. Comuníquese con un médico hoy.",
        FeverHotKnee => {
            "Una rodilla caliente y roja con fiebre necesita una revisión de inmediato. No masajee. Vaya a urgencias ahora."
        }
        FeverChemotherapy => {
            "La fiebre durante la quimioterapia es una emergencia. No masajee. \
             Llame a la línea de 24 horas del equipo que trata su cáncer, o vaya a urgencias ahora."
        }
        SeverePain => "No masajee la rodilla. Con un dolor muy fuerte, un médico debe revisarle la rodilla hoy.",
        SharpPain => {
            "No masajee la rodilla. Pida a un médico o fisioterapeuta que revise el dolor punzante."
        }
        CannotBearWeight => "Deje descansar la pierna y no la masajee. Busque ayuda médica hoy.",
        Locking => "No masajee la rodilla. Una rodilla que se traba necesita que un médico la revise hoy.",
        GivingWay => "No masajee la rodilla. Una rodilla que le falla necesita que un médico la revise hoy.",
        NumbnessTinglingWeakness => {
            "No masajee la pierna. Acuda a un médico o fisioterapeuta. \
             Busque ayuda hoy si se extiende o la pierna se debilita más."
        }
        ColdPaleFoot => {
            "Un pie frío, pálido o adormecido necesita atención de urgencias. No masajee. \
             Llame ahora al número de emergencias."
        }
        NerveEmergency => {
            "Estas señales necesitan una revisión de inmediato. No masajee. Vaya a urgencias ahora."
        }
        BloodClotNow => "Nunca masajee una pierna que pueda tener un coágulo. Busque ayuda médica hoy.",
        BloodClotOnTreatment => {
            "No masajee esta pierna. Primero consulte al médico que trata su coágulo."
        }
        BloodClotInThePast => "Todavía no masajee esta pierna. Primero consulte a su médico.",
        BloodThinners => {
            "Con estas medicinas, le salen moretones y sangra con más facilidad. \
             Por eso, masajee con suavidad, solo con las manos."
        }
        BloodThinnersKnock => {
            "Si toma medicinas que hacen la sangre más líquida, un golpe o un moretón o hinchazón nuevos \
             deben revisarse. No masajee. Busque ayuda médica hoy."
        }
        EasyBruising => "Pregunte a su médico antes de masajear esta pierna.",
        DoctorSaidNoMassage => "Siga el consejo de su médico. Pregúntele antes de probar el automasaje.",
        RecentSurgery => {
            "Todavía no masajee esta pierna. Primero pregunte a su cirujano o fisioterapeuta."
        }
        KneeReplacement => "Pregunte a su cirujano o fisioterapeuta antes de masajear esta rodilla.",
        Pregnancy => "Pregunte a su partera, médico o fisioterapeuta antes de masajearse las piernas.",
        CancerTreatment => "Pregunte al equipo que trata su cáncer antes de masajear esta pierna.",
        CancerInBone => {
            "Todavía no presione esta pierna. Primero pregunte al equipo que trata su cáncer o a su médico."
        }
        GroinLymphNodes => {
            "El masaje puede cambiar cómo drena el líquido de la pierna. \
             Primero pregunte al equipo que trata su cáncer o a su médico."
        }
        WeightLoss => {
            "Bajar de peso sin una causa conocida necesita una revisión médica. \
             Pida que le vea un médico en las próximas 2 semanas, antes de cualquier masaje."
        }
        ThinBones => {
            "Masajee con suavidad, solo con las manos. \
             Quédese sentado/a: sin rodillo de espuma, sin pelota y nada en el piso."
        }
        SteroidInjection => {
            "Por el momento, no trabaje el punto bajo la rodilla. No presione donde le pusieron la inyección. \
             Busque ayuda médica hoy si la rodilla se pone caliente, roja o más hinchada."
        }
        HipOrGroinPain => {
            "Un problema de cadera puede sentirse en la rodilla. Todavía no masajee. \
             Acuda a un médico o fisioterapeuta."
        }
        VaricoseVeins => "Masajee con suavidad, solo con las manos. Nunca presione sobre una vena abultada.",
        VeinInflamed => {
            "Una vena inflamada puede ir acompañada de un coágulo. No masajee. Busque ayuda médica hoy."
        }
        LegUlcer => "No masajee esta pierna. Primero pregunte a su médico o enfermera.",
        ReducedFeeling => {
            "Puede que el dolor no le avise, así que masajee con suavidad, solo con las manos. \
             Después revise su piel."
        }
        Lymphoedema => {
            "El masaje puede empeorar la hinchazón. Primero pregunte a su equipo de linfedema o a su médico."
        }
        PainWorsening => "No masajee la rodilla. Pida a un médico o fisioterapeuta que la revise.",
        PainLasting => {
            "Un dolor que dura necesita la revisión de un médico o fisioterapeuta. \
             Ellos pueden decirle si el masaje es adecuado."
        }
        PainNotImproving => "Un dolor que no mejora necesita una revisión antes de probar el masaje.",
        PainDisturbsDailyLife => {
            "Un dolor que interfiere con la vida diaria necesita una revisión antes del masaje."
        }
        PainDisturbsSleep => "Un dolor que altera su sueño necesita una revisión antes del masaje.",
        PainDayAndNight => {
            "Un dolor todo el día y toda la noche necesita la revisión de un médico. No masajee. \
             Pida que le vea un médico en los próximos días."
        }
        UnsureOfCause => {
            "Un médico o fisioterapeuta puede buscar la causa. Pregúntele antes de darse masaje."
        }
        // Topics and preferences are never a reason or a change, so they have no guidance.
        WhichKnee | LegOperation | Cancer | ClinicianCleared | MclGuidance | FoamRoller
        | MassageBall => "",
    }
}

/// When to get help, as the result shows it after "When:".
fn time_frame(w: TimeFrame) -> &'static str {
    match w {
        TimeFrame::Now => "Ahora",
        TimeFrame::Today => "Hoy",
        TimeFrame::BeforeAnyMassage => "Antes de cualquier masaje en esta pierna",
        TimeFrame::NextFewDays => "En los próximos días",
        TimeFrame::WithinTwoWeeks => "En las próximas 2 semanas",
        TimeFrame::WhenHealed => "Espere hasta que haya sanado por completo",
        TimeFrame::NextFewWeeks => "En las próximas semanas",
    }
}

fn choice(c: Choice) -> &'static str {
    match c {
        Choice::Yes => "Sí",
        Choice::No => "No",
        Choice::NotSure => "No sé",
        Choice::Left => "Rodilla izquierda",
        Choice::Right => "Rodilla derecha",
    }
}

fn page(p: Page) -> &'static str {
    match p {
        Page::YourKnee => "Su rodilla",
        Page::Injury => "Lesiones",
        Page::HowItLooks => "Hinchazón, piel y fiebre",
        Page::HowItFeels => "Dolor y movimiento",
        Page::YourHealth => "Su salud",
        Page::VeinsAndSkin => "Venas, piel y sensibilidad",
        Page::MedicalHistory => "Coágulos de sangre, medicinas y consejos médicos",
        Page::PainOverTime => "Su dolor con el tiempo",
        Page::ClinicianAdvice => "Consejos de un médico o fisioterapeuta",
        Page::Tools => "Sus herramientas",
    }
}

fn tier(t: Tier) -> TierWords {
    match t {
        Tier::GoNow => TierWords {
            title: "Vaya a urgencias ahora",
            summary: "No masajee. Vaya a urgencias ahora. Si no puede llegar, llame al número de emergencias.",
        },
        Tier::GetHelpToday => TierWords {
            title: "Busque ayuda médica hoy",
            summary: "No masajee esta pierna. Comuníquese con un médico hoy.",
        },
        Tier::SeeClinician => TierWords {
            title: "Acuda a un médico o fisioterapeuta antes del automasaje",
            summary:
                "Todavía no masajee esta pierna. Cada respuesta de abajo dice qué hacer y cuándo.",
        },
        Tier::GoAheadWithChanges => TierWords {
            title: "Puede continuar, con cambios",
            summary: "Su rutina se cambió para cuidar su seguridad. Los cambios están abajo.",
        },
        Tier::GoAhead => TierWords {
            title: "Puede continuar",
            summary: "Nada en sus respuestas impide hacer la rutina.",
        },
    }
}

/// The words of each routine step. Steps that are a whole technique of the source use that
/// technique's words.
fn step(k: StepKind) -> StepWords {
    let pes = technique(Technique::PesAnserineFocus);
    match k {
        StepKind::Positioning => StepWords::already_gentle(TechniqueWords {
            name: "Póngase en posición",
            target: "Siéntese con la pierna relajada.",
            hands: "Deje descansar las manos sobre el muslo.",
            pressure: "Todavía sin presión.",
            motion: "Doble un poco la rodilla, o manténgala recta, como le resulte más cómodo. \
                     Deje que los músculos se aflojen.",
        }),
        StepKind::SoftTissueRelease => StepWords {
            usual: technique(Technique::SoftTissueRelease),
            gentle_hands: "Use las yemas de los dedos o la palma de la mano.",
            gentle_pressure: "Mantenga la presión suave todo el tiempo. Debe sentirse cómoda, \
                              nunca dolorosa.",
            gentle_motion:
                "Deslice la mano despacio a lo largo del músculo, desde la mitad del muslo hacia \
                 la rodilla. También puede hacer pequeños círculos suaves. En un nudo sensible, \
                 ponga los dedos con suavidad durante 30 a 60 segundos. Luego siga adelante.",
        },
        StepKind::PesAnserineHold => StepWords {
            usual: TechniqueWords {
                name: "Pata de ganso: mantener la presión",
                motion: "Mantenga una presión constante sobre el punto sensible durante 30 a 60 \
                         segundos. Luego siga adelante.",
                ..pes
            },
            gentle_hands: pes.hands,
            gentle_pressure:
                "Presione con suavidad y de forma constante sobre el punto sensible. Presione menos si empieza a doler.",
            gentle_motion: "Mantenga un toque suave y constante sobre el punto durante 30 a 60 \
                            segundos. Luego siga adelante.",
        },
        StepKind::PesAnserineFriction => StepWords {
            usual: TechniqueWords {
                name: "Pata de ganso: roces a lo ancho",
                pressure: "De suave a media. Mueva el dedo con suavidad y cuidado.",
                motion:
                    "Roces a lo ancho: pequeños movimientos cuidadosos a lo ancho del tendón, \
                     no a lo largo. Continúe durante 1 a 2 minutos.",
                ..pes
            },
            gentle_hands: pes.hands,
            gentle_pressure: "Suave: solo lo suficiente para mover la piel sobre el tendón.",
            gentle_motion:
                "Roces a lo ancho: pequeños movimientos suaves a lo ancho del tendón, no a lo \
                 largo. Continúe durante 1 a 2 minutos.",
        },
        StepKind::Mcl => StepWords {
            usual: technique(Technique::MclCaution),
            gentle_hands: "Con la rodilla un poco doblada, presione con el pulgar o el índice.",
            gentle_pressure: "Solo presión muy suave.",
            gentle_motion: "Haga pequeños círculos muy suaves sobre el ligamento durante 30 a 60 \
                            segundos.",
        },
        StepKind::FoamRollerPass => StepWords {
            usual: TechniqueWords {
                name: "Rodillo de espuma: recorra la parte interna del muslo",
                target:
                    "La parte interna del muslo. Incluye el VMO (un músculo con forma de lágrima \
                     sobre el borde interno de la rótula). También incluye los aductores (los \
                     músculos de la parte interna del muslo).",
                hands: "Acuéstese boca abajo o de lado, con la parte interna del muslo sobre el \
                        rodillo. Apoye parte de su peso en los brazos.",
                pressure: "Deje que parte de su peso se hunda sobre el rodillo.",
                motion: "Empiece un ancho de mano por debajo de la ingle, nunca en ella. Ruede \
                         despacio hasta justo encima de la rodilla.",
            },
            gentle_hands: "Acuéstese de lado, con la pierna que va a tratar arriba. Doble esa \
                           rodilla hacia adelante y coloque la parte interna del muslo sobre el \
                           rodillo. Deje que los brazos y la otra pierna sostengan su cuerpo.",
            gentle_pressure:
                "Mantenga el peso en los brazos, para que el rodillo solo toque con suavidad.",
            gentle_motion: "Empiece un ancho de mano por debajo de la ingle, nunca en ella. Ruede \
                            despacio y con suavidad hasta justo encima de la rodilla.",
        },
        StepKind::FoamRollerPause => StepWords {
            usual: TechniqueWords {
                name: "Rodillo de espuma: pausa en un punto sensible",
                target: "Un punto sensible en la parte interna del muslo que acaba de recorrer con \
                         el rodillo.",
                hands: "Quédese sobre el rodillo, apoyándose en los brazos.",
                pressure: "Deje que el rodillo presione el punto. Algo de molestia está bien.",
                motion: "No se mueva y respire durante 20 a 30 segundos. Luego siga adelante.",
            },
            gentle_hands: "Quédese sobre el rodillo, con los brazos sosteniendo su cuerpo.",
            gentle_pressure: "Deje que el rodillo toque el punto con suavidad. Debe sentirse cómodo.",
            gentle_motion: "No se mueva y respire durante 20 a 30 segundos. Luego siga adelante.",
        },
        StepKind::MassageBall => StepWords {
            usual: TechniqueWords {
                name: "Pelota de masaje",
                target:
                    "Un nudo entre la mitad del muslo y la rodilla, por dentro, o la pata de ganso \
                     bajo la rodilla. En la pata de ganso (pes anserine) se unen tres tendones \
                     (cordones que van del músculo al hueso). Para encontrarla, doble la rodilla y \
                     busque el hueco blando en su lado interno. Ese hueco es la línea de la \
                     articulación, donde se juntan el hueso del muslo y el de la pierna. El punto \
                     queda unos pocos dedos más abajo: de 1 a 2 pulgadas (unos 2.5 a 5 cm). Está \
                     a la altura del bulto de hueso bajo la rótula. Queda en el lado interno de la \
                     tibia, no sobre el bulto.",
                hands: "Muslo: siéntese o acuéstese con la pelota bajo el nudo. Bajo la rodilla: \
                        siéntese y sostenga la pelota sobre el punto con la mano.",
                pressure: "Muslo: apóyese sobre la pelota, o presiónela con la mano. Bajo la \
                           rodilla: presione solo con la mano, nunca con el peso del cuerpo.",
                motion: "Mantenga una presión constante sobre el punto durante 30 a 60 segundos. \
                         Luego siga adelante.",
            },
            gentle_hands: "Siéntese y sostenga la pelota contra el punto sensible con la mano.",
            gentle_pressure: "Presione con suavidad, solo con la mano. No ponga el peso del cuerpo \
                              sobre la pelota.",
            gentle_motion: "Mantenga la pelota quieta sobre el punto durante 30 a 60 segundos. \
                            Luego siga adelante.",
        },
        StepKind::GentleMovement => StepWords::already_gentle(TechniqueWords {
            name: "Movimiento suave",
            target: "Toda la rodilla.",
            hands: "No necesita las manos.",
            pressure: "Sin presión.",
            motion: "Doble y estire la rodilla despacio, hasta donde le resulte cómodo. Si quiere, \
                     agregue un estiramiento ligero.",
        }),
    }
}

/// A change to the routine, as the result lists it and the steps it concerns show it.
fn limit(l: Limit) -> &'static str {
    match l {
        Limit::Gentle => "Presión suave en cada paso. Debe sentirse cómoda, nunca dolorosa.",
        Limit::HandsOnly => "Solo con las manos: sin rodillo de espuma y sin pelota de masaje.",
        Limit::HoldOnly => {
            "Bajo la rodilla, solo un toque suave y quieto: sin roces a lo ancho de los tendones."
        }
        Limit::NoMcl => "No se trabaja el ligamento de la parte interna de la rodilla (LCM).",
        Limit::NoPesAnserine => {
            "No se trabaja el punto sensible bajo la rodilla, y no se usa la pelota de masaje."
        }
        Limit::NoLongThighHolds => {
            "No se quede en un solo punto de la parte interna del muslo. Mantenga la mano en movimiento."
        }
        Limit::KeepOffVeins => {
            "Nunca presione sobre una vena abultada. Una vena grande sube por el lado interno de la rodilla y del muslo. \
             Sobre ella, haga solo pasadas suaves. Nunca presione fuerte ni se quede ahí."
        }
        Limit::StopIfBruising => {
            "Deje de masajear cualquier punto donde le salga un moretón. Busque ayuda hoy si un moretón \
             es grande, duele o se extiende, o si la pierna se hincha. Llame al número de emergencias \
             si un sangrado no se detiene."
        }
        Limit::CheckSkin => "Después, revise si su piel tiene enrojecimiento o marcas.",
        Limit::StayOffFloor => "Quédese sentado/a en una silla o en una cama. No se baje al piso.",
        Limit::AvoidInjectionSite => "No presione donde le pusieron la inyección.",
    }
}

/// The review page's own words.
pub(super) const REVIEW: ReviewWords = ReviewWords {
    group: group_title,
    title: "Autocuidado de la rodilla, lado interno: revisión del contenido",
    intro: "Todo lo que el widget pregunta y dice, para que la clínica lo apruebe antes de que lo usen los pacientes.",
    generated: "Esta página se crea con las mismas palabras y reglas que usa el widget. Nadie la edita a mano.",
    version: "Versión del contenido",
    language: "Idioma",
    other_languages: "Otros idiomas",
    placeholders: "Las palabras entre llaves, como {date}, se completan en la pantalla.",
    contents: "Contenido",
    screening: "La revisión de seguridad: todas las preguntas, en orden",
    screening_intro: "El paciente responde todas las preguntas de una página antes de seguir.",
    answers: "Respuestas",
    hint: "Ayuda debajo de la pregunta",
    guidance: "Si la respuesta es \"{yes}\" o \"{not_sure}\"",
    rules: "Las reglas",
    rules_intro: "En una pregunta de riesgo, \"{yes}\", \"{not_sure}\" y una pregunta sin responder cuentan como \"{yes}\". Se aplica el resultado más urgente. En las preguntas del visto bueno y de la guía para el LCM, solo cuenta un \"{yes}\": \"{not_sure}\" cuenta como \"{no}\".",
    risk: "Pregunta de riesgo",
    result: "Resultado",
    when: "Cuándo buscar ayuda",
    lifted: "¿Puede levantarlo el visto bueno de un profesional?",
    yes: "Sí, si un médico o fisioterapeuta revisó la rodilla desde que empezó el dolor (la rutina es entonces suave)",
    no: "No, nunca",
    rules_go_ahead: "Si no queda ningún riesgo, la rutina puede empezar. Si el visto bueno de un profesional levantó un riesgo, cada paso usa su forma suave (abajo); los tiempos no cambian. Si la pregunta de la guía para el LCM no se responde \"{yes}\", el paso del LCM no se incluye, ni siquiera en la rutina de un profesional.",
    results: "Todos los resultados",
    time_frames: "Cuándo buscar ayuda: los plazos",
    routine: "La rutina, paso a paso",
    routine_intro: "Cada paso en su forma habitual y en su forma suave (cuando el visto bueno de un profesional levantó un riesgo).",
    target: "Zona",
    source_range: "Tiempo en la fuente",
    own_time: "La fuente no lo da: tiempo propio",
    default_time: "Duración predeterminada (corta)",
    short: "Corta",
    full: "Completa",
    short_soft_tissue: "Este paso ocupa el resto de la sesión, hasta 5 minutos (corta) o 10 minutos (completa), sin salir de sus propios 2-5 minutos. Por eso una sesión puede durar más de 5 o menos de 10 minutos. Estos tiempos suponen la presión sostenida en la pata de ganso, sin herramientas y sin el paso del LCM. Los tiempos de un profesional, o los cambios del paciente, tienen prioridad.",
    usual: "Habitual",
    gentle: "Suave",
    hands: "Manos",
    pressure: "Presión",
    motion: "Movimiento",
    stops: "Pantallas de parada",
    log: "El registro privado",
    log_intro: "Solo si el paciente activa el registro. Se lee cada rodilla por separado, con los propios números del paciente (de 0 a 10 antes y después de cada rutina, y cada parada). Nunca da un diagnóstico: dice qué hacer y cuándo, con los plazos de la revisión de seguridad.",
    log_condition: "Cuándo aparece",
    log_reads: "Lo que lee el paciente",
    log_signs: [
        "Un número de dolor de {severe} o más, antes o después de una sesión de esta rodilla, en los {window} días hasta la última sesión de la rodilla.",
        "Una rutina de esta rodilla se detuvo por adormecimiento, hormigueo o debilidad, en esos {window} días.",
        "{stops} rutinas de esta rodilla se detuvieron por dolor en esos {window} días, o sus dos últimas sesiones se detuvieron por dolor.",
        "Una sesión con {up} puntos o más de dolor después que antes, en esos {window} días; o más dolor después que antes en las dos últimas sesiones de la rodilla con los dos números.",
        "El dolor medio antes de las sesiones es {worse} punto o más mayor en la semana más reciente de esos {window} días que en la anterior (al menos un número en cada semana).",
        "Con al menos {regular} números de dolor en cada semana, la media de la semana más reciente baja menos de {improved} punto, y es mayor que 0.",
    ],
    log_severe: "Un número de dolor de {severe} o más, antes o después de una rutina, con o sin registro. Antes: la rutina no empieza. Después: no aparece \"Hacer la otra rodilla\".",
    log_kept: "Una señal aparece en la primera pantalla, al final de cada rutina y en Mi progreso, durante {kept} días después de la última sesión de la rodilla. Cada rodilla muestra como mucho una señal: la primera de esta tabla. Todas las señales menos la última también detienen la rutina de esa rodilla: solo empieza si el paciente dice que un médico o fisioterapeuta le ha revisado la rodilla desde esa sesión y le ha dicho que el masaje está bien.",
    log_week: "Mi progreso cuenta las rutinas terminadas de cada rodilla en los últimos 7 días, frente al plan: de {fewest} a {most} por semana, o el número del enlace del profesional. Una rodilla con una señal nunca aparece \"según su plan\".",
    log_standard: "La fuente habla de dolor persistente, que empeora o que no mejora con el autocuidado. La aplicación es más prudente, como la práctica habitual: parar cuando el dolor aumenta (por eso también cuentan las paradas y más dolor después), y un dolor muy fuerte necesita un médico hoy (como la pregunta de la revisión de seguridad sobre él).",
    learn: "Aprenda",
    structures: "Estructuras",
    bones: "Huesos en el dibujo",
    muscles: "Músculos",
    benefits: "Beneficios",
    avoid: "Quién no debe darse el masaje",
    seek_help: "Cuándo buscar ayuda",
    get_help: "Con qué urgencia",
    techniques: "Técnicas",
    principles: "Principios clave",
    faq: "Preguntas y respuestas",
    other: "Todas las demás palabras de las pantallas",
    other_intro: "Botones, etiquetas y notas, con el nombre que les da el código.",
    sign_off: "Revisado por",
    sign_off_intro: "Para los registros de la clínica. Escriba a mano.",
    reviewer: "Nombre",
    role: "Cargo",
    signature: "Firma",
    date: "Fecha",
    notes: "Notas",
    follow_up: "Se pregunta solo después de \"{yes}\" o \"{not_sure}\" a",
    standard: "De la práctica habitual, no de la fuente: la guía del NHS sobre el dolor de rodilla y las precauciones que revisa un fisioterapeuta antes de un masaje. Más prudente que la fuente.",
    changes: "Qué cambia en la rutina",
    none: "Nada: la rutina no se hace",
    rules_numbers: "Cada número es el lugar de la pregunta en la revisión de seguridad. Las preguntas que faltan en la tabla no señalan ningún riesgo por sí mismas. Qué rodilla y las herramientas preparan la rutina; el visto bueno de un profesional y la guía para el LCM la cambian, como se explica arriba.",
    precautions_intro: "Estas respuestas permiten hacer la rutina, con cambios. Una pregunta de seguimiento que no se hace cuenta como \"{no}\".",
};

/// The review page's heading for a group of the screens' words.
const fn group_title(group: UiGroup) -> &'static str {
    match group {
        UiGroup::Landing => "La primera pantalla",
        UiGroup::LanguageSwitch => "El selector de idioma",
        UiGroup::Contact => "Los datos de contacto de la clínica",
        UiGroup::TabletBar => "El modo de tableta compartida",
        UiGroup::UpdateOffer => "El aviso de una versión nueva",
        UiGroup::Screening => "Las palabras propias de la revisión de seguridad",
        UiGroup::Result => "Otras palabras de la pantalla de resultado",
        UiGroup::BeforeStart => "Antes de la primera rutina de una visita",
        UiGroup::PlanOverview => "El resumen de la rutina",
        UiGroup::Routine => "Un paso de la rutina, sus preguntas y la pregunta del LCM",
        UiGroup::Cues => "Sonidos, vibración y nombres de los pasos en voz alta",
        UiGroup::Done => "El final de la rutina",
        UiGroup::Stopped => "Palabras de todas las pantallas de parada",
        UiGroup::PainScale => "La pregunta sobre el dolor, antes y después de una rutina",
        UiGroup::LogChoice => "La oferta de un registro privado, al final de una rutina",
        UiGroup::Progress => "Mi progreso: el registro privado",
        UiGroup::LogSigns => "Las señales del registro para revisar una rodilla",
        UiGroup::Print => "La hoja impresa",
        UiGroup::Learn => "Las palabras propias de Aprenda",
        UiGroup::AnatomyPicture => "El dibujo de la anatomía",
        UiGroup::Prescribe => "La pantalla del profesional",
        UiGroup::Shared => "Palabras en más de una pantalla",
        UiGroup::ChosenByRules => "Palabras que eligen las reglas: el motivo de una parada, la precaución del paso del LCM",
        UiGroup::PictureLabels => "Las etiquetas de los dibujos",
        UiGroup::Times => "Palabras para los tiempos",
        UiGroup::Loading => "Cuando la aplicación no puede cargar",
    }
}
