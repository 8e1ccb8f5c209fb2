//! Component tests of the Learn section and its anatomy picture, run in headless Chromium by
//! wasm-bindgen-test: the rendered SVG against the core's content, and the way back.
#![cfg(target_arch = "wasm32")]

use knee_core::anatomy::Bone;
use knee_core::content::{Muscle, Structure};
use knee_core::{TextId, Ui};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

mod support;

use support::{button, click, en, render_app};

wasm_bindgen_test_configure!(run_in_browser);

async fn open_learn() -> Element {
    let root = render_app().await;
    click(&button(&root, en(Ui::LearnOpen))).await;
    root
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.get(i).unwrap().dyn_into().unwrap())
        .collect()
}

fn slug(s: Structure) -> &'static str {
    s.id().trim_start_matches("structure.")
}

#[wasm_bindgen_test]
async fn every_structure_has_exactly_one_shape_and_one_label_in_the_picture() {
    let root = open_learn().await;
    let svg = root.query_selector("svg.anatomy-picture").unwrap().unwrap();
    let parts = all(&svg, "[data-structure]");
    assert_eq!(
        parts.len(),
        Structure::ALL.len(),
        "one control per structure"
    );
    for &s in Structure::ALL {
        let part = svg
            .query_selector(&format!("[data-structure=\"{}\"]", slug(s)))
            .unwrap()
            .unwrap_or_else(|| panic!("no {s:?} in the picture"));
        assert_eq!(all(&part, "path").len(), 1, "{s:?}: one shape");
        let labels = all(&part, "text");
        assert_eq!(labels.len(), 1, "{s:?}: one label");
        let label = labels[0].text_content().unwrap_or_default();
        assert!(
            label.starts_with(en(TextId::StructureLabel(s))),
            "{s:?}: {label}"
        );
        assert_eq!(part.get_attribute("role").as_deref(), Some("button"));
        assert_eq!(part.get_attribute("tabindex").as_deref(), Some("0"));
        assert_eq!(
            part.get_attribute("aria-label").as_deref(),
            Some(en(TextId::StructureName(s)))
        );
    }
    // Each named muscle one band (named by its title), each bone one shape.
    for &m in Muscle::ALL {
        let bands = all(&svg, &format!("[data-muscle=\"{}\"]", m.id()));
        assert_eq!(bands.len(), 1, "{m:?}");
        assert_eq!(
            bands[0].text_content().as_deref(),
            Some(en(TextId::Muscle(m)))
        );
    }
    for &b in Bone::ALL {
        assert_eq!(
            all(&svg, &format!("[data-bone=\"{b:?}\"]")).len(),
            1,
            "{b:?}"
        );
    }
    assert_eq!(all(&root, "[style]").len(), 0, "no style attribute");
}

#[wasm_bindgen_test]
async fn choosing_a_part_shows_its_explanation_and_the_list_says_the_same() {
    let root = open_learn().await;
    let detail = root.query_selector(".anatomy-detail").unwrap().unwrap();
    assert_eq!(detail.text_content().as_deref(), Some(en(Ui::AnatomyHint)));
    for &s in Structure::ALL {
        // An SVG element: clicked by an event, as a tap on it would.
        let part: Element = root
            .query_selector(&format!("svg [data-structure=\"{}\"]", slug(s)))
            .unwrap()
            .unwrap();
        let event = web_sys::MouseEvent::new("click").unwrap();
        part.dispatch_event(&event).unwrap();
        yew::scheduler::flush().await;
        let shown = detail.text_content().unwrap_or_default();
        assert!(shown.contains(en(TextId::StructureName(s))), "{s:?}");
        assert!(shown.contains(en(TextId::StructureAbout(s))), "{s:?}");
        assert_eq!(part.get_attribute("aria-pressed").as_deref(), Some("true"));
        let item = root
            .query_selector(&format!(".parts-list [data-structure=\"{}\"]", slug(s)))
            .unwrap()
            .unwrap();
        let listed = item.text_content().unwrap_or_default();
        assert!(
            listed.contains(en(TextId::StructureAbout(s))),
            "{s:?} in the list"
        );
    }
}

#[wasm_bindgen_test]
async fn back_returns_to_the_landing() {
    let root = open_learn().await;
    assert_eq!(
        root.query_selector("h1")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some(en(Ui::LearnTitle))
    );
    click(&button(&root, en(Ui::Back))).await;
    assert_eq!(
        root.query_selector("h1")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some(en(Ui::AppTitle))
    );
}
