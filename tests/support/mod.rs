//! Helpers shared by the component tests: render the whole app, read the English catalog,
//! find and press buttons, answer the screening. (Each test file uses only some of them.)
#![allow(dead_code)]

use knee_care::{App, AppProps};
use knee_core::screening::Page;
use knee_core::{text, Lang, TextId, Ui};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Renders the whole app into a fresh box of its own and lets Yew finish rendering. Boxes of
/// earlier tests are removed first: ids (and label-for links) must be unique on the page. (The
/// test runner's own output lives in the body too, so only our boxes go.)
pub async fn render_app() -> Element {
    render_app_with(AppProps::default()).await
}

/// Renders the whole app with the given properties (an embedder's configuration).
pub async fn render_app_with(props: AppProps) -> Element {
    let old = document().query_selector_all(".test-app-root").unwrap();
    for i in 0..old.length() {
        let node = old.get(i).unwrap();
        node.parent_node().unwrap().remove_child(&node).unwrap();
    }
    let root = document().create_element("div").unwrap();
    root.set_class_name("test-app-root");
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

pub fn en(msg: impl Into<TextId>) -> &'static str {
    text(Lang::En, msg)
}

pub fn button(root: &Element, label: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .map(|i| buttons.get(i).unwrap().dyn_into::<HtmlElement>().unwrap())
        .find(|b| b.text_content().as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no button {label:?}"))
}

pub async fn click(element: &HtmlElement) {
    element.click();
    yew::scheduler::flush().await;
}

pub fn radios(root: &Element) -> Vec<HtmlInputElement> {
    let list = root.query_selector_all("input[type=radio]").unwrap();
    (0..list.length())
        .map(|i| list.get(i).unwrap().dyn_into().unwrap())
        .collect()
}

/// Picks, for each question on screen, the answer whose label is `label` (or the first),
/// one at a time in page order: a follow-up that a "Yes" or "Not sure" opens is answered too.
pub async fn answer_page(root: &Element, label: &str) {
    // At most one click per question (a click that does not land must not loop forever).
    for _ in 0..knee_core::screening::Question::COUNT {
        let fieldsets = root.query_selector_all("fieldset").unwrap();
        let open = (0..fieldsets.length())
            .map(|i| fieldsets.get(i).unwrap().dyn_into::<Element>().unwrap())
            .find(|f| f.query_selector("input:checked").unwrap().is_none());
        let Some(fieldset) = open else { break };
        let labels = fieldset.query_selector_all("label").unwrap();
        let chosen = (0..labels.length())
            .map(|j| labels.get(j).unwrap().dyn_into::<HtmlElement>().unwrap())
            .find(|l| l.text_content().as_deref() == Some(label))
            .unwrap_or_else(|| labels.get(0).unwrap().dyn_into().unwrap());
        click(&chosen).await;
    }
}

/// Starts the screening and answers every page with `label`, through to the result.
pub async fn answer_every_page(root: &Element, label: &str) {
    answer_every_page_in(root, Lang::En, label).await;
}

/// The same, on an app that speaks `lang`.
pub async fn answer_every_page_in(root: &Element, lang: Lang, label: &str) {
    click(&button(root, text(lang, Ui::StartScreening))).await;
    for (i, _) in Page::ALL.iter().enumerate() {
        answer_page(root, label).await;
        let next = if i + 1 == Page::ALL.len() {
            text(lang, Ui::SeeResult)
        } else {
            text(lang, Ui::Next)
        };
        click(&button(root, next)).await;
    }
}

/// Renders the whole app in `lang`, as the language switch on the prerendered landing leaves it.
pub async fn render_app_in(lang: Lang) -> Element {
    render_app_with(AppProps {
        early: knee_core::embed::EarlyTaps {
            lang: Some(lang),
            open: None,
        },
        ..Default::default()
    })
    .await
}

pub async fn start(root: &Element) {
    click(&button(root, en(Ui::StartScreening))).await;
}
