//! The message catalog: every word the patient reads comes from here.
//!
//! Screens ask for a [`Msg`] in a [`Lang`]; they never hold text of their own, so a new
//! language is one more table, not a rewrite of every screen. The copy is written in plain
//! words: short sentences, one idea each (tests below hold every sentence to a word limit).
//! This module must never import a browser crate.

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English, the default.
    #[default]
    En,
}

impl Lang {
    /// Every language the catalog has a full table for.
    pub const ALL: [Lang; 1] = [Lang::En];

    /// The BCP 47 code, as used in `<html lang>`.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }

    /// Reads a language code such as `en` or `en-GB`; `None` for a language we do not have.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(primary))
    }
}

/// One piece of user-facing text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Msg {
    AppTitle,
    LandingLead,
    HowHeading,
    HowScreening,
    HowGuided,
    HowTimer,
    HowSessionLength,
    AvoidHeading,
    AvoidIntro,
    AvoidRecentInjury,
    AvoidSwelling,
    AvoidSeverePain,
    AvoidGivingWay,
    AvoidNerves,
    AvoidInfectionSigns,
    AvoidBloodClot,
    AvoidSkin,
    AvoidMore,
    KnowHeading,
    KnowNotCare,
    KnowPain,
    KnowPrivate,
    UpdateLabel,
    UpdateReady,
    UpdateReload,
}

impl Msg {
    /// Every message, so tests can check each table is complete.
    pub const ALL: [Msg; 25] = [
        Msg::AppTitle,
        Msg::LandingLead,
        Msg::HowHeading,
        Msg::HowScreening,
        Msg::HowGuided,
        Msg::HowTimer,
        Msg::HowSessionLength,
        Msg::AvoidHeading,
        Msg::AvoidIntro,
        Msg::AvoidRecentInjury,
        Msg::AvoidSwelling,
        Msg::AvoidSeverePain,
        Msg::AvoidGivingWay,
        Msg::AvoidNerves,
        Msg::AvoidInfectionSigns,
        Msg::AvoidBloodClot,
        Msg::AvoidSkin,
        Msg::AvoidMore,
        Msg::KnowHeading,
        Msg::KnowNotCare,
        Msg::KnowPain,
        Msg::KnowPrivate,
        Msg::UpdateLabel,
        Msg::UpdateReady,
        Msg::UpdateReload,
    ];
}

/// The text of `msg` in `lang`.
pub const fn text(lang: Lang, msg: Msg) -> &'static str {
    match lang {
        Lang::En => english(msg),
    }
}

const fn english(msg: Msg) -> &'static str {
    match msg {
        Msg::AppTitle => "Inner knee self-care",
        Msg::LandingLead => {
            "A short safety check, then a guided self-massage for the inside of your knee."
        }
        Msg::HowHeading => "How it works",
        Msg::HowScreening => "First, you answer a few safety questions.",
        Msg::HowGuided => "If it is safe, the app guides you one step at a time.",
        Msg::HowTimer => "Each step has a timer. You can pause it at any time.",
        Msg::HowSessionLength => "A session takes about 5 to 10 minutes.",
        Msg::AvoidHeading => "Who should not use it",
        Msg::AvoidIntro => {
            "Do not massage your knee if any of these is true. See a doctor or physiotherapist first."
        }
        Msg::AvoidRecentInjury => "You hurt your knee recently, or the pain started suddenly.",
        Msg::AvoidSwelling => "Your knee is very swollen or bruised.",
        Msg::AvoidSeverePain => "You have severe or sharp pain.",
        Msg::AvoidGivingWay => "Your knee feels like it could give way.",
        Msg::AvoidNerves => "You feel numbness, tingling or weakness in your leg.",
        Msg::AvoidInfectionSigns => "You have a fever, or your knee is red or warm.",
        Msg::AvoidBloodClot => "You have, or might have, a blood clot in your leg (DVT).",
        Msg::AvoidSkin => "There is an open wound or a skin infection near your knee.",
        Msg::AvoidMore => "The safety questions check all of these, and a few more.",
        Msg::KnowHeading => "Good to know",
        Msg::KnowNotCare => {
            "This app is not medical care. It does not replace a doctor or physiotherapist."
        }
        Msg::KnowPain => "Massage should never hurt a lot. Stop if the pain is sharp or gets worse.",
        Msg::KnowPrivate => "Your answers stay on this device. Nothing is sent anywhere.",
        Msg::UpdateLabel => "App update",
        Msg::UpdateReady => "A new version of this app is ready.",
        Msg::UpdateReload => "Reload now",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// Plain-language rule of the product: one idea per sentence, short enough for a
    /// 12-year-old. Twenty words is the longest sentence we allow.
    const MAX_WORDS_PER_SENTENCE: usize = 20;

    fn sentences(text: &str) -> impl Iterator<Item = &str> {
        text.split(['.', '?', '!'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    #[test]
    fn every_message_has_text_in_every_language() {
        for lang in Lang::ALL {
            for msg in Msg::ALL {
                let t = text(lang, msg);
                assert!(!t.trim().is_empty(), "{msg:?} is empty in {lang:?}");
                assert_eq!(t, t.trim(), "{msg:?} has stray spaces in {lang:?}");
            }
        }
    }

    #[test]
    fn the_message_list_names_each_message_once() {
        let unique: HashSet<Msg> = Msg::ALL.into_iter().collect();
        assert_eq!(unique.len(), Msg::ALL.len());
    }

    #[test]
    fn no_two_messages_share_the_same_text() {
        for lang in Lang::ALL {
            let mut seen = HashSet::new();
            for msg in Msg::ALL {
                assert!(
                    seen.insert(text(lang, msg)),
                    "{msg:?} repeats another message's text in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn every_sentence_is_short_enough_to_read_easily() {
        for lang in Lang::ALL {
            for msg in Msg::ALL {
                for sentence in sentences(text(lang, msg)) {
                    let words = sentence.split_whitespace().count();
                    assert!(
                        words <= MAX_WORDS_PER_SENTENCE,
                        "{msg:?} in {lang:?} has a {words}-word sentence: {sentence:?}"
                    );
                }
            }
        }
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
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
    }
}
