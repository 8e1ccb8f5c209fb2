//! Component tests of the landing screen, run in headless Chromium by wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use knee_core::content::Contraindication;
use knee_core::{Lang, TextId, Ui};
use wasm_bindgen_test::*;
use web_sys::Element;

mod support;

use support::{document, en, render_app};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn landing_says_what_it_is_for_who_should_not_use_it_and_that_nothing_leaves() {
    let root = render_app().await;
    let shown = root.text_content().unwrap_or_default();
    for ui in [
        Ui::AppTitle,
        Ui::LandingLead,
        Ui::HowScreening,
        Ui::HowGuided,
        Ui::AvoidIntro,
        Ui::AvoidNoWeight,
        Ui::KnowNotCare,
        Ui::KnowPain,
        Ui::KnowPrivate,
    ] {
        assert!(shown.contains(en(ui)), "the landing does not show {ui:?}");
    }
    // Every contraindication of the source is on the landing.
    for &c in Contraindication::ALL {
        let msg = TextId::Contraindication(c);
        assert!(shown.contains(en(msg)), "the landing does not show {c:?}");
    }
}

#[wasm_bindgen_test]
async fn landing_has_one_main_landmark_and_one_top_heading() {
    let root = render_app().await;
    assert_eq!(root.query_selector_all("main").unwrap().length(), 1);
    let h1s = root.query_selector_all("h1").unwrap();
    assert_eq!(h1s.length(), 1);
    assert_eq!(
        h1s.get(0).unwrap().text_content().as_deref(),
        Some(en(Ui::AppTitle))
    );
    // Every section is named by its heading, so screen readers can jump between them.
    let sections = root.query_selector_all("section").unwrap();
    assert!(sections.length() >= 3);
    for i in 0..sections.length() {
        let section: Element = wasm_bindgen::JsCast::dyn_into(sections.get(i).unwrap()).unwrap();
        let id = section
            .get_attribute("aria-labelledby")
            .expect("section is labelled");
        assert!(
            document().get_element_by_id(&id).is_some(),
            "no heading #{id}"
        );
    }
}

#[wasm_bindgen_test]
async fn landing_offers_two_controls_and_the_language_switch_the_first_starts_the_safety_check() {
    let root = render_app().await;
    // Besides the language switch (one button per language), two controls.
    let languages = root.query_selector_all(".lang-switch button").unwrap();
    assert_eq!(languages.length() as usize, knee_core::Lang::ALL.len());
    let buttons = root
        .query_selector_all("button:not(.lang-choice), a[href]")
        .unwrap();
    assert_eq!(buttons.length(), 2);
    let learn = buttons.get(1).unwrap().text_content();
    assert_eq!(learn.as_deref(), Some(en(Ui::LearnOpen)));
    let start: web_sys::HtmlElement =
        wasm_bindgen::JsCast::dyn_into(buttons.get(0).unwrap()).unwrap();
    assert_eq!(
        start.text_content().as_deref(),
        Some(en(Ui::StartScreening))
    );
    start.click();
    yew::scheduler::flush().await;
    assert!(root.query_selector("fieldset legend").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn the_app_sets_no_style_attribute() {
    // style-src 'self' blocks style="..." attributes; the app must use classes only.
    let root = render_app().await;
    assert_eq!(root.query_selector_all("[style]").unwrap().length(), 0);
}

#[wasm_bindgen_test]
async fn first_render_marks_the_page_ready_and_sets_its_language() {
    let html = document().document_element().unwrap();
    html.remove_attribute("data-ready").unwrap();
    html.set_attribute("lang", "xx").unwrap();
    render_app().await;
    assert!(html.has_attribute("data-ready"));
    assert_eq!(html.get_attribute("lang").as_deref(), Some(Lang::En.code()));
}

#[wasm_bindgen_test]
async fn taps_kept_from_the_prerendered_landing_open_their_screen_in_the_chosen_language() {
    use knee_core::embed::{EarlyOpen, EarlyTaps};
    let other = *knee_core::Lang::ALL.last().unwrap();
    let root = support::render_app_with(knee_care::AppProps {
        early: EarlyTaps {
            lang: Some(other),
            open: Some(EarlyOpen::Screening),
        },
        ..Default::default()
    })
    .await;
    assert!(root.query_selector("fieldset legend").unwrap().is_some());
    let pressed = root
        .query_selector(".lang-choice[aria-pressed=true]")
        .unwrap()
        .unwrap();
    assert_eq!(pressed.get_attribute("lang").as_deref(), Some(other.code()));
    let next = knee_core::text(other, Ui::Next);
    support::button(&root, next);
}
