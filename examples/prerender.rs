//! Renders the landing, as a first load shows it, to static HTML for every language: the
//! markup `dist/index.html` paints before the wasm starts (scripts/prerender.py puts it there).
//!
//! ```sh
//! cargo run -p knee-care --features prerender --example prerender -- target/prerender
//! ```
//!
//! It is the app's own frame and `Landing` component, run by yew's server renderer, so the
//! words come from the same catalog; `tests/e2e/prerender.spec.mjs` holds the result equal to
//! what the wasm then renders.

use std::rc::Rc;

use knee_care::app::frame;
use knee_care::components::landing::Landing;
use knee_core::embed::Config;
use knee_core::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct FirstLoadProps {
    lang: Lang,
}

/// The app's frame around the landing with no link, no clinician's button and nothing returned.
#[component]
fn FirstLoad(props: &FirstLoadProps) -> Html {
    let landing = html! { <Landing on_start={Callback::noop()} on_learn={Callback::noop()} /> };
    frame(
        props.lang,
        Rc::new(Config::default()),
        Callback::noop(),
        landing,
    )
}

fn main() -> std::io::Result<()> {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/prerender".into());
    std::fs::create_dir_all(&dir)?;
    let runtime = tokio::runtime::Builder::new_current_thread().build()?;
    let local = tokio::task::LocalSet::new();
    for &lang in Lang::ALL {
        let html = local.block_on(
            &runtime,
            yew::LocalServerRenderer::<FirstLoad>::with_props(FirstLoadProps { lang })
                .hydratable(false)
                .render(),
        );
        let path = format!("{dir}/landing-{}.html", lang.code());
        std::fs::write(&path, html)?;
        println!("prerender: {path}");
    }
    Ok(())
}
