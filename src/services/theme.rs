//! The colour scheme and the clinic's accent colour.
//!
//! `<html data-theme="light|dark">` picks the palette in `styles/main.css`; with `auto` it
//! follows the device's setting, also when that changes. The accent is set as the CSS custom
//! property `--accent` through the CSSOM (which the CSP allows; a `style` attribute in markup
//! it would not), and only in a scheme where the core found it readable.

use knee_core::embed::{Accent, Theme};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn apply(dark: bool, accent: Accent) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = root.set_attribute("data-theme", if dark { "dark" } else { "light" });
    if let Some(html) = root.dyn_ref::<web_sys::HtmlElement>() {
        let style = html.style();
        let _ = match if dark { accent.dark } else { accent.light } {
            Some(colour) => style.set_property("--accent", &colour.hex()),
            None => style.remove_property("--accent").map(|_| ()),
        };
    }
}

/// Keeps the scheme applied until dropped (with `auto`, it listens for the device's changes).
pub struct ColourScheme {
    listener: Option<(web_sys::MediaQueryList, Closure<dyn FnMut()>)>,
}

impl ColourScheme {
    pub fn apply(theme: Theme, accent: Accent) -> ColourScheme {
        match theme {
            Theme::Light | Theme::Dark => {
                apply(theme == Theme::Dark, accent);
                ColourScheme { listener: None }
            }
            Theme::Auto => {
                let query = web_sys::window()
                    .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten());
                let Some(query) = query else {
                    apply(false, accent);
                    return ColourScheme { listener: None };
                };
                apply(query.matches(), accent);
                let watched = query.clone();
                let on_change =
                    Closure::<dyn FnMut()>::new(move || apply(watched.matches(), accent));
                let _ = query
                    .add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
                ColourScheme {
                    listener: Some((query, on_change)),
                }
            }
        }
    }
}

impl Drop for ColourScheme {
    fn drop(&mut self) {
        if let Some((query, on_change)) = &self.listener {
            let _ = query
                .remove_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        }
    }
}
