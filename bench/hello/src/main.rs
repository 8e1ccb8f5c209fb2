//! Hello world in Yew: the floor the widget is measured against. It sets `data-ready` after its
//! first render, as the widget does, so both are timed to the same moment.
use yew::prelude::*;

#[component]
fn App() -> Html {
    use_effect_with((), |_| {
        if let Some(html) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = html.set_attribute("data-ready", "");
        }
    });
    html! { <h1>{ "Hello, world" }</h1> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
