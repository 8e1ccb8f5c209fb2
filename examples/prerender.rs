//! Renders the landing, as a first load shows it, to static HTML for every language: the
//! markup `dist/index.html` paints before the wasm starts (scripts/prerender.py puts it there).
//! Also the words public/boot.js shows when the app cannot load (`load-problem-XX.html`), and
//! the note the stylesheet shows when boot.js itself does not come (`boot-late-XX.html`).
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
use knee_core::review::escape;
use knee_core::{text, Lang, Ui};
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

/// What public/boot.js shows when the app cannot load or stops, in `lang`: one line per
/// problem (`data-problem`) and the two buttons (`data-action`); boot.js keeps the ones that
/// apply. From the catalog, like every other word.
fn load_problem(lang: Lang) -> String {
    let t = |ui: Ui| escape(text(lang, ui));
    let line = |problem: &str, ui: Ui| {
        format!(
            r#"<p class="app-failed" data-problem="{problem}">{}</p>"#,
            t(ui)
        )
    };
    [
        line("failed", Ui::LoadFailed),
        line("stalled", Ui::LoadStalled),
        line("offline", Ui::LoadOffline),
        line("crashed", Ui::LoadCrashed),
        format!(
            r#"<div class="actions"><button type="button" class="button button-primary" data-action="retry">{}</button><button type="button" class="button button-primary" data-action="reload">{}</button></div>"#,
            t(Ui::TryAgain),
            t(Ui::Reload)
        ),
    ]
    .concat()
}

/// The note the stylesheet shows, in `lang`, when boot.js itself has not come after a while
/// (`.boot-late` in styles/main.css): no script runs then, so Try again is a plain link that
/// loads the page again.
fn boot_late(lang: Lang) -> String {
    let t = |ui: Ui| escape(text(lang, ui));
    format!(
        r#"<div lang="{}"><p>{}</p><a class="button button-primary" href="">{}</a></div>"#,
        lang.code(),
        t(Ui::LoadStalled),
        t(Ui::TryAgain)
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
        let path = format!("{dir}/load-problem-{}.html", lang.code());
        std::fs::write(&path, load_problem(lang))?;
        println!("prerender: {path}");
        let path = format!("{dir}/boot-late-{}.html", lang.code());
        std::fs::write(&path, boot_late(lang))?;
        println!("prerender: {path}");
    }
    Ok(())
}
