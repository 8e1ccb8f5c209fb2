//! One screen or widget per file. Components render text from the catalog only.

pub mod landing;
pub mod update_offer;

use knee_core::{text, Lang, Msg};
use yew::prelude::*;

/// The text of a catalog message in the language the app was given.
#[hook]
pub fn use_text() -> impl Fn(Msg) -> &'static str {
    let lang = use_context::<Lang>().unwrap_or_default();
    move |msg| text(lang, msg)
}
