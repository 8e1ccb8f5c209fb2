use knee_core::embed::Config;
use knee_core::{text, Lang, Ui};
use std::rc::Rc;
use yew::prelude::*;

use crate::services::embed::HeightReporter;
use crate::services::page;
use crate::services::theme::ColourScheme;

/// The page around the widget: `<html lang>` and the page's title follow the language; the embedder's colour
/// scheme applies and, in a frame, the content height is reported to the host page. Holds the
/// scheme and the height reporter for as long as the configuration stays the same; a new
/// configuration (or the app going away) drops them, which stops the reports.
#[hook]
pub fn use_host_page(config: Rc<Config>, lang: Lang) {
    use_effect_with(lang, |&lang| {
        page::set_language(lang.code(), text(lang, Ui::AppTitle))
    });
    use_effect_with(config, |config| {
        let scheme = ColourScheme::apply(config.theme, config.accent);
        let heights = HeightReporter::start(config.parent.clone());
        move || drop((scheme, heights))
    });
}
