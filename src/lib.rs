//! The thin Yew shell of the knee care widget.
//!
//! `app` holds the root component, `components` one screen or widget per file, and
//! `services` the only code that touches the browser's APIs. Every rule and every word
//! comes from the pure `knee_core` crate.

pub mod app;
pub mod components;
pub mod services;

pub use app::{App, AppProps};

/// Mounts the app into the page's `#app` box, replacing the static loading shell.
///
/// If the box is missing (a host page that changed our markup) the app mounts on `<body>`
/// rather than leaving a blank page.
pub fn start() {
    match services::page::take_app_root() {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
