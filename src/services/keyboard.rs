//! Keyboard shortcuts for the routine: the space bar pauses and resumes.
//!
//! A space on a focused button or field is left alone: the browser already turns it into a
//! click there, and acting twice would pause and resume at once.

use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

use gloo_events::EventListener;

use super::events::on_document_active;

/// Listens for the space bar on the page until dropped.
pub struct SpaceBar {
    _listener: Option<EventListener>,
}

impl SpaceBar {
    pub fn listen(on_space: impl Fn() + 'static) -> SpaceBar {
        let listener = on_document_active("keydown", move |event: &web_sys::Event| {
            let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                return;
            };
            if event.key() != " " || event.repeat() || event.default_prevented() {
                return;
            }
            let on_control = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|el| {
                    matches!(
                        el.tag_name().as_str(),
                        "BUTTON" | "INPUT" | "SELECT" | "TEXTAREA" | "A"
                    )
                });
            if on_control {
                return;
            }
            // Keep the page from scrolling, which is what space does by default.
            event.prevent_default();
            on_space();
        });
        SpaceBar {
            _listener: listener,
        }
    }
}
