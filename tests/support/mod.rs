//! Helpers shared by the component tests: render the whole app, read the English catalog.

use knee_care::App;
use knee_core::{text, Lang, Msg};
use web_sys::Element;

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Renders the whole app into a fresh box of its own and lets Yew finish rendering. Boxes of
/// earlier tests are removed first: ids (and label-for links) must be unique on the page. (The
/// test runner's own output lives in the body too, so only our boxes go.)
pub async fn render_app() -> Element {
    let old = document().query_selector_all(".test-app-root").unwrap();
    for i in 0..old.length() {
        let node = old.get(i).unwrap();
        node.parent_node().unwrap().remove_child(&node).unwrap();
    }
    let root = document().create_element("div").unwrap();
    root.set_class_name("test-app-root");
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

pub fn en(msg: impl Into<Msg>) -> &'static str {
    text(Lang::En, msg)
}
