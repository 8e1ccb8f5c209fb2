//! Talking to the page around the widget, when it runs in an iframe.
//!
//! The widget posts its content height whenever it changes, so the host can size the iframe
//! (to `parent` when the embedder named it, otherwise to any page, since a height says
//! nothing); and, only with `events=on` and a `parent`, lifecycle events. Messages are built
//! by the core (`knee_core::embed::Message`): they carry no answer, no result and no reason.

use std::cell::Cell;
use std::rc::Rc;

use knee_core::embed::{Lifecycle, Message};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The page around the widget, if it runs in a frame.
fn host_window() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    (JsValue::from(&parent) != JsValue::from(&window)).then_some(parent)
}

/// Whether the widget runs inside another page's frame.
pub fn is_framed() -> bool {
    host_window().is_some()
}

fn post(message: Message, target_origin: &str) {
    let Some(host) = host_window() else {
        return;
    };
    if let Ok(value) = serde_wasm_bindgen::to_value(&message.envelope()) {
        // A wrong origin makes the browser drop the message; that is the intended outcome.
        let _ = host.post_message(&value, target_origin);
    }
}

/// Sends a lifecycle event to `parent`, if events are on (the caller checks the config).
pub fn send_event(event: Lifecycle, parent: &str) {
    post(Message::Event(event), parent);
}

fn content_height() -> Option<u32> {
    let root = web_sys::window()?.document()?.document_element()?;
    let height = root.get_bounding_client_rect().height().ceil();
    (height.is_finite() && height >= 0.0).then(|| height.min(f64::from(u32::MAX)) as u32)
}

/// Posts the content height now and whenever it changes; stops when dropped.
pub struct HeightReporter {
    observer: Option<web_sys::ResizeObserver>,
    _callback: Option<Closure<dyn FnMut()>>,
}

impl HeightReporter {
    pub fn start(parent: Option<String>) -> HeightReporter {
        let none = HeightReporter {
            observer: None,
            _callback: None,
        };
        if !is_framed() {
            return none;
        }
        let target = parent.unwrap_or_else(|| "*".to_owned());
        let last = Rc::new(Cell::new(None::<u32>));
        let report = move || {
            if let Some(height) = content_height() {
                if last.get() != Some(height) {
                    last.set(Some(height));
                    post(Message::Height(height), &target);
                }
            }
        };
        report();
        let callback = Closure::<dyn FnMut()>::new(report);
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
        let root = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element());
        match (&observer, root) {
            (Some(observer), Some(root)) => observer.observe(&root),
            _ => return none,
        }
        HeightReporter {
            observer,
            _callback: Some(callback),
        }
    }
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
    }
}
