//! The language switch, on every screen: each language named in itself ("English",
//! "Español"). Switching changes the words only; answers and a routine in progress stay.
//! Shown only when the widget has more than one language.

use knee_core::{text, Lang, Ui};
use yew::prelude::*;

use super::use_text;

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub lang: Lang,
    pub on_choose: Callback<Lang>,
}

#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    let t = use_text();
    if Lang::ALL.len() < 2 {
        return html! {};
    }
    let buttons = Lang::ALL.iter().map(|&lang| {
        let onclick = props.on_choose.reform(move |_: MouseEvent| lang);
        let pressed = if lang == props.lang { "true" } else { "false" };
        html! {
            <button type="button" class="button button-small lang-choice" lang={lang.code()}
                aria-pressed={pressed} {onclick}>
                { text(lang, Ui::LanguageName) }
            </button>
        }
    });
    html! {
        <nav class="lang-switch" aria-label={t.get(Ui::LanguageLabel)}>{ for buttons }</nav>
    }
}
