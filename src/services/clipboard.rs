//! "Copy link": the Clipboard API where the page may use it (an iframe needs
//! `allow="clipboard-write"`), else the link is selected for the clinician to copy.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};

/// Writes `text` to the clipboard; `done(true)` once it is there, `done(false)` if the API is
/// missing or refused (never a panic).
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(promise) = write_text(text) else {
        done(false);
        return;
    };
    spawn_local(async move {
        done(JsFuture::from(promise).await.is_ok());
    });
}

fn write_text(text: &str) -> Option<Promise> {
    let navigator = web_sys::window()?.navigator();
    let clipboard = Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok()?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return None;
    }
    let write = Reflect::get(&clipboard, &JsValue::from_str("writeText"))
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    write
        .call1(&clipboard, &JsValue::from_str(text))
        .ok()?
        .dyn_into::<Promise>()
        .ok()
}

/// Selects an input's whole text (the fallback: the clinician copies it).
pub fn select(input: &yew::NodeRef) {
    if let Some(input) = input.cast::<web_sys::HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    }
}
