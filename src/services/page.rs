//! The host document: where the app mounts, its language, and the ready signal.
//!
//! Tests and the bench wait for `data-ready` on `<html>`; nothing else reads it.

use knee_core::embed::{self, EarlyTaps};
use knee_core::Lang;
use web_sys::Element;

/// The id of the layout box in `index.html` that holds the static shell.
pub const APP_ROOT_ID: &str = "app";

/// Finds the app's box, takes the taps boot.js kept from the prerendered landing, and clears
/// the static markup (the landing, or the loading shell) from it. The app renders into it in the
/// same task, so no frame shows it empty.
pub fn take_app_root() -> Option<(Element, EarlyTaps)> {
    let root = web_sys::window()?
        .document()?
        .get_element_by_id(APP_ROOT_ID)?;
    let early = EarlyTaps::from_attributes(
        root.get_attribute("data-early-lang").as_deref(),
        root.get_attribute("data-early-open").as_deref(),
    );
    // Without data-prerendered, boot.js's listeners on the box leave the app's taps alone.
    for name in ["data-prerendered", "data-early-lang", "data-early-open"] {
        let _ = root.remove_attribute(name);
    }
    // (replaceChildren, not innerHTML: nothing to refuse under a Trusted Types policy.)
    root.replace_children_with_node_0();
    Some((root, early))
}

/// Sets `<html lang>`, so screen readers pronounce the text in the right language, and the
/// page's title (the tab, and a screen reader's page name) in that language.
pub fn set_language(code: &str, title: &str) {
    if let Some(html) = document_element() {
        // Setting an attribute on <html> cannot fail in a browser; if it ever did,
        // the page keeps its static lang="en", which is still valid.
        let _ = html.set_attribute("lang", code);
    }
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// Marks the app as rendered: `<html data-ready>`.
pub fn mark_ready() {
    if let Some(html) = document_element() {
        let _ = html.set_attribute("data-ready", "");
    }
}

fn document_element() -> Option<Element> {
    web_sys::window()?.document()?.document_element()
}

/// Focuses an element (a heading with `tabindex="-1"`) and scrolls the page to the top.
pub fn focus_and_reveal(node: &yew::NodeRef) {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
    if let Some(element) = node.cast::<web_sys::HtmlElement>() {
        // Focus can fail only on an element that is gone; then there is nothing to focus.
        let _ = element.focus();
    }
}

/// Moves keyboard focus to an element (without scrolling the page to the top).
pub fn focus(node: &yew::NodeRef) {
    if let Some(element) = node.cast::<web_sys::HtmlElement>() {
        // Focus can fail only on an element that is gone; then there is nothing to focus.
        let _ = element.focus();
    }
}

/// Moves focus to an element only if focus was lost: the element that had it is gone, so the
/// document's body (or nothing) has it now. Focus the patient placed stays where it is.
pub fn focus_if_lost(node: &yew::NodeRef) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let lost = match (document.active_element(), document.body()) {
        (None, _) => true,
        (Some(active), Some(body)) => active == *body.as_ref(),
        (Some(_), None) => false,
    };
    if lost {
        focus(node);
    }
}

/// The address's fragment (`#...`), where a clinician's routine travels; never sent anywhere.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// How the browser came to this page: "navigate", "reload" or "back_forward", from the
/// navigation's timing entry; `None` where the browser has none (Safari before 15).
pub fn navigation_type() -> Option<String> {
    let entry = navigation_entries("navigation").ok()?.get(0);
    js_sys::Reflect::get(&entry, &"type".into())
        .ok()?
        .as_string()
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `performance.getEntriesByType(kind)`; an error where there is no `performance`.
    #[wasm_bindgen(catch, js_namespace = performance, js_name = getEntriesByType)]
    fn navigation_entries(kind: &str) -> Result<js_sys::Array, wasm_bindgen::JsValue>;
}

/// Takes a clinician's routine, or a language carried from the other page, out of the address
/// (the next patient must not inherit either), keeping the page and its settings; any other
/// fragment is left alone.
pub fn drop_link_from_address() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let fragment = fragment();
    if !fragment.contains("rx=") && embed::lang_from_fragment(&fragment).is_none() {
        return;
    }
    let location = window.location();
    let (Ok(path), Ok(query)) = (location.pathname(), location.search()) else {
        return;
    };
    if let Ok(history) = window.history() {
        // Replacing the entry cannot fail for a same-origin path; if it did, the next reload
        // would show the routine again, which is still safe (the screening runs first).
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        );
    }
}

/// The patient's page's address for a patient's link: origin and the widget's folder, and only
/// the embed settings a link keeps (`knee_core::embed::patient_link_query`).
pub fn patient_link_base() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let query = location.search().unwrap_or_default();
    format!(
        "{origin}{}{}",
        embed::patient_page_path(&path),
        embed::patient_link_query(&query)
    )
}

/// Opens the clinician's page (its own binary), with this page's settings, in `lang` (the
/// language on show). The browser's Back returns to this page.
pub fn open_clinician_page(lang: Lang) {
    go_to(embed::clinician_page_path, Some(lang), false);
}

/// Opens the patient's page, with this page's settings (from the clinician's page): in `lang`
/// (Back), or in the page's own language (`None`: the next patient on a shared tablet). It
/// replaces the clinician's page in the history, so the browser's Back never brings back a
/// routine prepared for the last patient.
pub fn open_patient_page(lang: Option<Lang>) {
    go_to(embed::patient_page_path, lang, true);
}

/// Goes to the page `to` names for this page's path, with this page's query, and `lang` in the
/// fragment (`embed::lang_fragment`), in the same frame; `replace`: in place of this page.
fn go_to(to: impl Fn(&str) -> String, lang: Option<Lang>, replace: bool) {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return;
    };
    let path = location.pathname().unwrap_or_default();
    let query = location.search().unwrap_or_default();
    let fragment = lang.map(embed::lang_fragment).unwrap_or_default();
    let to = format!("{}{query}{fragment}", to(&path));
    // Cannot fail for a same-origin path; if it did, the patient stays on this page.
    let _ = if replace {
        location.replace(&to)
    } else {
        location.assign(&to)
    };
}

/// Today as the link format's day (2020-01-01 if the date cannot be read).
pub fn today_day() -> knee_core::calendar::Day {
    let today = today();
    let mut parts = today.split('-').map(|p| p.parse::<u32>().unwrap_or(0));
    let (y, m, d) = (parts.next(), parts.next(), parts.next());
    match (y, m, d) {
        (Some(y), Some(m), Some(d)) => knee_core::calendar::Day::from_ymd(y as i32, m, d),
        _ => None,
    }
    .unwrap_or(knee_core::calendar::Day(0))
}

/// Opens the browser's print dialog (print, or save as PDF).
pub fn print() {
    if let Some(window) = web_sys::window() {
        // Printing can be blocked (a sandboxed frame); then nothing happens, which is safe.
        let _ = window.print();
    }
}

/// Today's date as YYYY-MM-DD, in the device's time zone: the same in every language.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// The page's query string (`?clinic=...`), or empty.
pub fn query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// One console warning (for the embedder, never for the patient).
pub fn warn(message: &str) {
    web_sys::console::warn_1(&wasm_bindgen::JsValue::from_str(message));
}

/// Marks `<html data-embedded>` when the widget runs in another page's frame, so the layout
/// sizes to its content instead of the frame.
pub fn mark_embedded() {
    if let Some(html) = document_element() {
        let _ = html.set_attribute("data-embedded", "");
    }
}

/// The language a page starts in: the embedder's (`configured`), else the first of the
/// browser's we have, else English.
pub fn starting_language(configured: Option<Lang>) -> Lang {
    configured
        .or_else(|| Lang::from_browser(browser_languages().iter().map(String::as_str)))
        .unwrap_or_default()
}

/// The browser's preferred languages, in order (`navigator.languages`, else `language`).
pub fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let listed: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|code| code.as_string())
        .collect();
    if listed.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        listed
    }
}

/// For fitting a picture on a phone: the screen's height, the element's top (as if the page
/// were scrolled to its top) and its width, in CSS pixels; whether the phone layout applies (the stylesheet's own breakpoint,
/// so the two always agree); and whether the page is in a clinic's frame. `None` when the element
/// is not on the page.
pub struct Fit {
    pub viewport_height: f64,
    pub top: f64,
    pub width: f64,
    pub phone: bool,
    pub embedded: bool,
}

/// The stylesheet's phone breakpoint (styles/main.css, `max-width: 37.49em`).
const PHONE: &str = "(max-width: 37.49em)";

pub fn measure_fit(node: &yew::NodeRef) -> Option<Fit> {
    let window = web_sys::window()?;
    let element = node.cast::<Element>()?;
    let rect = element.get_bounding_client_rect();
    let phone = window
        .match_media(PHONE)
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let embedded = document_element().is_some_and(|html| html.has_attribute("data-embedded"));
    Some(Fit {
        viewport_height: window.inner_height().ok()?.as_f64()?,
        // From the page's top, as if scrolled to the top.
        top: rect.top() + window.scroll_y().unwrap_or(0.0),
        width: rect.width(),
        phone,
        embedded,
    })
}
