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

/// Reads the embedder's settings, then (in a task of its own) mounts the app into the page's
/// `#app` box, replacing the prerendered landing (or the loading shell), and starts it as the
/// taps boot.js kept there asked.
///
/// Two tasks rather than one long one (the wasm's start, then the first render), so a tap on
/// the landing in between is answered sooner (Lighthouse's total blocking time). boot.js keeps
/// such a tap, as it does any before the app.
///
/// If the box is missing (a host page that changed our markup) the app mounts on `<body>`
/// rather than leaving a blank page.
pub fn start() {
    let props = AppProps {
        config: std::rc::Rc::new(page_config()),
        early: Default::default(),
    };
    gloo_timers::callback::Timeout::new(0, move || mount(props)).forget();
}

fn mount(mut props: AppProps) {
    match services::page::take_app_root() {
        Some((root, mut early)) => {
            // A language carried from the clinician's page (Back) counts as chosen on the switch.
            early.lang = early
                .lang
                .or_else(|| knee_core::embed::lang_from_fragment(&services::page::fragment()));
            props.early = early;
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
}

/// The clinician's page (`clinician.html`, its own binary): "Prepare a routine for a patient".
/// Without `prescribe=on` it opens the patient's page instead.
pub fn start_clinician() {
    let config = page_config();
    if !config.prescribe {
        services::page::open_patient_page(None);
        return;
    }
    let props = app::clinician::ClinicianProps {
        config: std::rc::Rc::new(config),
    };
    match services::page::take_app_root() {
        Some((root, _)) => {
            yew::Renderer::<app::clinician::ClinicianApp>::with_root_and_props(root, props)
                .render();
        }
        None => {
            yew::Renderer::<app::clinician::ClinicianApp>::with_props(props).render();
        }
    }
}

/// The embedder's configuration from the page's query; each rejected setting gives one console
/// warning naming its key, and the widget runs with the default for it.
fn page_config() -> knee_core::embed::Config {
    let (config, warnings) = knee_core::embed::Config::from_query(&services::page::query());
    for warning in &warnings {
        services::page::warn(&warning.to_string());
    }
    if services::embed::is_framed() {
        services::page::mark_embedded();
    }
    config
}
