//! The thin Yew shell of the knee care widget.
//!
//! `app` holds the root component, `components` one screen or widget per file, and
//! `services` the only code that touches the browser's APIs. Every rule and every word
//! comes from the pure `knee_core` crate.

pub mod app;
pub mod components;
pub mod hooks;
pub mod services;

pub use app::{App, AppProps};

/// Mounts the app into the page's `#app` box, replacing the prerendered landing (or the
/// loading shell), and starts it as the taps boot.js kept there asked.
///
/// If the box is missing (a host page that changed our markup) the app mounts on `<body>`
/// rather than leaving a blank page.
///
/// The embedder's configuration comes from the page's query; each rejected setting gives one
/// console warning naming its key, and the widget runs with the default for it.
pub fn start() {
    let (config, warnings) = knee_core::embed::Config::from_query(&services::page::query());
    for warning in &warnings {
        services::page::warn(&warning.to_string());
    }
    if services::embed::is_framed() {
        services::page::mark_embedded();
    }
    let mut props = AppProps {
        config: std::rc::Rc::new(config),
        early: Default::default(),
    };
    match services::page::take_app_root() {
        Some((root, early)) => {
            props.early = early;
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
}
