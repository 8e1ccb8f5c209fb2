//! Event listeners on the document that remove themselves when dropped.

use wasm_bindgen::convert::FromWasmAbi;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A listener for `event` on the document, removed when this guard is dropped.
pub struct DocumentListener<E: FromWasmAbi + 'static> {
    event: &'static str,
    callback: Closure<dyn FnMut(E)>,
}

impl<E: FromWasmAbi + 'static> DocumentListener<E> {
    pub fn new(event: &'static str, handler: impl FnMut(E) + 'static) -> Self {
        let callback = Closure::<dyn FnMut(E)>::new(handler);
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            // Adding a listener only fails for a bad argument; then nothing listens, which the
            // callers treat as "no event", never as an error.
            let _ =
                document.add_event_listener_with_callback(event, callback.as_ref().unchecked_ref());
        }
        DocumentListener { event, callback }
    }
}

impl<E: FromWasmAbi + 'static> Drop for DocumentListener<E> {
    fn drop(&mut self) {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            let _ = document.remove_event_listener_with_callback(
                self.event,
                self.callback.as_ref().unchecked_ref(),
            );
        }
    }
}
