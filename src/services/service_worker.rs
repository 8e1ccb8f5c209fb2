//! The service worker: registers `sw.js` (offline use), reports a waiting new version, and
//! switches to it when the app says the moment is safe.
//!
//! Registration can be refused: inside a cross-origin iframe, with storage disabled, on an
//! insecure origin. Then the app simply runs online; one console note, nothing shown to the
//! patient, never a panic.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// Relative, so the worker's scope is the folder the widget is deployed in.
const SCRIPT_URL: &str = "./sw.js";
/// The message `sw.js` answers with `skipWaiting()`.
const SKIP_WAITING: &str = "skip-waiting";

/// Registers the worker; calls `on_update_waiting` when a newer version has installed and
/// waits. Returns at once; registration finishes in the background.
pub fn register(on_update_waiting: impl Fn() + 'static) {
    let Some(container) = container() else {
        note("service workers are not available here; the app works online only");
        return;
    };
    let notify: Rc<dyn Fn()> = Rc::new(on_update_waiting);
    spawn_local(async move {
        match JsFuture::from(container.register(SCRIPT_URL)).await {
            Ok(registration) => match registration.dyn_into::<ServiceWorkerRegistration>() {
                Ok(registration) => watch_for_updates(&container, &registration, notify),
                Err(_) => note("the service worker registration was not usable"),
            },
            Err(error) => {
                note("the service worker was refused; the app works online only");
                web_sys::console::info_1(&error);
            }
        }
    });
}

/// Hands control to the waiting version, then reloads into it. With nothing waiting (the
/// worker was replaced meanwhile) a plain reload still lands on the newest version.
pub fn apply_update() {
    let Some(container) = container() else {
        reload();
        return;
    };
    spawn_local(async move {
        let waiting = registration(&container).await.and_then(|r| r.waiting());
        let Some(waiting) = waiting else {
            reload();
            return;
        };
        let on_controller_change = Closure::once_into_js(reload);
        container.set_oncontrollerchange(Some(on_controller_change.unchecked_ref()));
        if waiting
            .post_message(&JsValue::from_str(SKIP_WAITING))
            .is_err()
        {
            reload();
        }
    });
}

/// How long a link made for a newer version waits for that version to install.
const UPDATE_WAIT_MS: i32 = 10_000;
const UPDATE_POLL_MS: i32 = 200;

/// For a link made for a newer version ("Reload the page" on the landing): asks the server
/// for the newest version now, waits (at most `UPDATE_WAIT_MS`) for it to install, then
/// switches to it as `apply_update` does; the link stays in the address. A plain reload
/// would be answered by the version the worker keeps. Without a worker, a plain reload.
pub fn update_now() {
    let Some(container) = container() else {
        reload();
        return;
    };
    spawn_local(async move {
        let Some(registration) = registration(&container).await else {
            reload();
            return;
        };
        if let Ok(checking) = registration.update() {
            // A server that cannot be reached leaves the kept version: the reload shows it.
            let _ = JsFuture::from(checking).await;
        }
        let mut waited = 0;
        while registration.installing().is_some()
            && registration.waiting().is_none()
            && waited < UPDATE_WAIT_MS
        {
            sleep(UPDATE_POLL_MS).await;
            waited += UPDATE_POLL_MS;
        }
        apply_update();
    });
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// The worker's registration for this page, if it has one.
async fn registration(container: &ServiceWorkerContainer) -> Option<ServiceWorkerRegistration> {
    JsFuture::from(container.get_registration())
        .await
        .ok()?
        .dyn_into()
        .ok()
}

/// `navigator.serviceWorker`, read without throwing (a sandboxed frame throws on access).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()?
        .dyn_into::<ServiceWorkerContainer>()
        .ok()
}

fn watch_for_updates(
    container: &ServiceWorkerContainer,
    registration: &ServiceWorkerRegistration,
    notify: Rc<dyn Fn()>,
) {
    // A version may already be waiting, installed while an earlier page was open.
    if registration.waiting().is_some() && container.controller().is_some() {
        notify();
    }
    let container = container.clone();
    let watched = registration.clone();
    let on_update_found = Closure::<dyn FnMut()>::new(move || {
        let Some(worker) = watched.installing() else {
            return;
        };
        let installing = worker.clone();
        let container = container.clone();
        let notify = notify.clone();
        let on_state_change = Closure::<dyn FnMut()>::new(move || {
            // The very first install is not an update: nothing controls the page yet.
            if installing.state() == ServiceWorkerState::Installed
                && container.controller().is_some()
            {
                notify();
            }
        });
        worker.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
        // Lives as long as that worker; one per new version, so the leak is bounded.
        on_state_change.forget();
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    // A page-lifetime listener: registered once per page load.
    on_update_found.forget();
}

fn reload() {
    if let Some(window) = web_sys::window() {
        // A reload that fails leaves the current version running, which is safe.
        let _ = window.location().reload();
    }
}

fn note(message: &str) {
    web_sys::console::info_1(&JsValue::from_str(&format!("Knee care widget: {message}")));
}
