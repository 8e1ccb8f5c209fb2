//! Listeners on the document, by `gloo-events`: each removes itself when dropped.

use gloo_events::{EventListener, EventListenerOptions};

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// A passive listener for `event` on the document (none where there is no document: then
/// nothing listens, which callers treat as "no event").
pub fn on_document(
    event: &'static str,
    handler: impl FnMut(&web_sys::Event) + 'static,
) -> Option<EventListener> {
    document().map(|d| EventListener::new(&d, event, handler))
}

/// The same, for a handler that calls `prevent_default` (the space bar keeps the page from
/// scrolling).
pub fn on_document_active(
    event: &'static str,
    handler: impl FnMut(&web_sys::Event) + 'static,
) -> Option<EventListener> {
    document().map(|d| {
        EventListener::new_with_options(
            &d,
            event,
            EventListenerOptions::enable_prevent_default(),
            handler,
        )
    })
}

/// A passive listener for `event` on the window (the screen turning or resizing).
pub fn on_window(
    event: &'static str,
    handler: impl FnMut(&web_sys::Event) + 'static,
) -> Option<EventListener> {
    web_sys::window().map(|w| EventListener::new(&w, event, handler))
}
