//! Keeps the screen awake while a routine runs (Screen Wake Lock API).
//!
//! The browser drops the lock whenever the page is hidden; it is asked for again when the page
//! shows. Where the API is missing (an older browser, an iframe without
//! `allow="screen-wake-lock"`) or refuses, the routine runs all the same and the app is told
//! once, so it can say the screen may dim. Never a panic, never a retry loop.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};

use super::clock::page_is_visible;
use gloo_events::EventListener;

use super::events::on_document;

// web-sys has the Wake Lock API only behind `web_sys_unstable_apis`; these two bindings are
// all this service needs.
#[wasm_bindgen]
extern "C" {
    type WakeLockApi;
    #[wasm_bindgen(method, catch)]
    fn request(this: &WakeLockApi, kind: &str) -> Result<js_sys::Promise, JsValue>;

    type Sentinel;
    #[wasm_bindgen(method, catch)]
    fn release(this: &Sentinel) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn released(this: &Sentinel) -> bool;
}

fn wake_lock_api() -> Option<WakeLockApi> {
    let navigator = web_sys::window()?.navigator();
    let api = js_sys::Reflect::get(&navigator, &JsValue::from_str("wakeLock")).ok()?;
    (!api.is_undefined() && !api.is_null()).then(|| api.unchecked_into())
}

#[derive(Default)]
struct Held {
    sentinel: Option<Sentinel>,
    /// The guard was dropped while a request was still pending.
    dropped: bool,
    /// The browser said no (or has no API): do not ask again in this routine.
    refused: bool,
}

/// Holds the screen awake until dropped.
pub struct ScreenAwake {
    held: Rc<RefCell<Held>>,
    _on_visibility: Option<EventListener>,
}

impl ScreenAwake {
    /// Asks for the lock now and whenever the page becomes visible again; calls
    /// `on_unavailable` if it cannot be had.
    pub fn hold(on_unavailable: impl Fn() + 'static) -> ScreenAwake {
        let held = Rc::new(RefCell::new(Held::default()));
        let on_unavailable: Rc<dyn Fn()> = Rc::new(on_unavailable);
        acquire(held.clone(), on_unavailable.clone());
        let again = held.clone();
        let on_visibility = on_document("visibilitychange", move |_| {
            let lost = again
                .borrow()
                .sentinel
                .as_ref()
                .is_none_or(|s| s.released());
            if page_is_visible() && lost && !again.borrow().refused {
                acquire(again.clone(), on_unavailable.clone());
            }
        });
        ScreenAwake {
            held,
            _on_visibility: on_visibility,
        }
    }
}

fn acquire(held: Rc<RefCell<Held>>, on_unavailable: Rc<dyn Fn()>) {
    let Some(api) = wake_lock_api() else {
        held.borrow_mut().refused = true;
        on_unavailable();
        return;
    };
    let promise = match api.request("screen") {
        Ok(promise) => promise,
        Err(_) => {
            held.borrow_mut().refused = true;
            on_unavailable();
            return;
        }
    };
    spawn_local(async move {
        match JsFuture::from(promise).await {
            Ok(sentinel) => {
                let sentinel: Sentinel = sentinel.unchecked_into();
                let mut state = held.borrow_mut();
                if state.dropped {
                    release(&sentinel);
                } else {
                    state.sentinel = Some(sentinel);
                }
            }
            // Refused: no permission, a hidden page, or a frame without the permission.
            Err(_) => {
                let dropped = {
                    let mut state = held.borrow_mut();
                    state.refused = true;
                    state.dropped
                };
                if !dropped {
                    on_unavailable();
                }
            }
        }
    });
}

fn release(sentinel: &Sentinel) {
    // Releasing can only fail for a lock already released; either way it is gone.
    if let Ok(promise) = sentinel.release() {
        spawn_local(async move {
            let _ = JsFuture::from(promise).await;
        });
    }
}

impl Drop for ScreenAwake {
    fn drop(&mut self) {
        let mut state = self.held.borrow_mut();
        state.dropped = true;
        if let Some(sentinel) = state.sentinel.take() {
            release(&sentinel);
        }
    }
}
