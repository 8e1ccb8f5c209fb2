//! One screen or widget per file. Components render text from the catalog only.

pub mod action_button;
pub mod anatomy;
pub mod before_start;
pub mod contact;
pub mod cue_controls;
pub mod landing;
pub mod lang_switch;
pub mod learn;
pub mod log_choice;
pub mod masthead;
pub mod outcome;
pub mod pain_scale;
pub mod plan_overview;
pub mod prescribe;
pub mod print_summary;
pub mod progress;
pub mod question;
pub mod routine;
pub mod routine_done;
pub mod routine_stopped;
pub mod screening;
pub mod step_picture;
pub mod tablet_bar;
pub mod update_offer;

use knee_core::{fill, text, Lang, TextId};
use yew::prelude::*;

/// The catalog in the app's language.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Text(Lang);

impl Text {
    /// The language the words are in.
    pub fn lang(self) -> Lang {
        self.0
    }

    pub fn get(self, msg: impl Into<TextId>) -> &'static str {
        text(self.0, msg)
    }

    /// A source range in words ("2-5 min", "30-60 s").
    pub fn range(self, range: knee_core::content::SecondsRange) -> String {
        knee_core::range_words(self.0, range)
    }

    /// The source's range as advice beside a step's time ("advised 2-5 min"); `None` for a
    /// step with a fixed time of our own.
    pub fn advised(self, range: knee_core::content::SecondsRange) -> Option<String> {
        (range.min < range.max).then(|| {
            self.fill(
                knee_core::Ui::AdvisedRange,
                &[("range", &self.range(range))],
            )
        })
    }

    /// A routine's length in words ("10 min 30 s"), by the catalog's rules.
    pub fn minutes(self, seconds: u32) -> String {
        knee_core::minutes_words(self.0, seconds)
    }

    /// A length of time with the language's plural rule ("1 minute", "45 seconds").
    pub fn duration(self, seconds: u32) -> String {
        knee_core::duration_words(self.0, seconds)
    }

    /// A template message with its `{name}` placeholders filled.
    pub fn fill(self, msg: impl Into<TextId>, values: &[(&str, &str)]) -> String {
        fill(self.get(msg), values)
    }
}

/// The catalog in the language the app was given.
#[hook]
pub fn use_text() -> Text {
    Text(use_context::<Lang>().unwrap_or_default())
}

/// Moves keyboard and screen-reader focus to the returned heading, and the view to the top,
/// whenever `key` changes: a new page of a screen then reads from its start.
#[hook]
pub fn use_heading_focus<K: PartialEq + Clone + 'static>(key: K) -> NodeRef {
    use_heading_focus_when(key, true)
}

/// As [`use_heading_focus`], only when `enabled` (the landing: not when the page first loads,
/// which in a clinic's iframe would pull the host page to the widget).
#[hook]
pub fn use_heading_focus_when<K: PartialEq + Clone + 'static>(key: K, enabled: bool) -> NodeRef {
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(key, move |_| {
            if enabled {
                crate::services::page::focus_and_reveal(&heading)
            }
        });
    }
    heading
}

/// A lowercase name for a choice, for element ids.
pub fn choice_slug(choice: knee_core::screening::Choice) -> &'static str {
    use knee_core::screening::Choice;
    match choice {
        Choice::Yes => "yes",
        Choice::No => "no",
        Choice::NotSure => "not-sure",
        Choice::Left => "left",
        Choice::Right => "right",
    }
}

/// An element id for a question (its stable id, with dots made dashes).
pub fn question_dom_id(question: knee_core::screening::Question) -> String {
    question.id().replace('.', "-")
}
