//! The one button the screens repeat: a label and a tap that sends `()`, never a form submit.
//! A plain function, not a component: it has no state of its own, and a component type per
//! button kind would cost wasm bytes for nothing.

use yew::prelude::*;

/// `<button type="button" class="button {class}">label</button>` that sends `on_click`.
pub fn action_button(class: &'static str, label: &'static str, on_click: &Callback<()>) -> Html {
    action_button_with(class, label, on_click, false, None)
}

/// The same, disabled when `disabled`, and described by the element `describedby` names
/// ("Change this answer" is about its question).
pub fn action_button_with(
    class: &'static str,
    label: &'static str,
    on_click: &Callback<()>,
    disabled: bool,
    describedby: Option<String>,
) -> Html {
    let onclick = on_click.reform(|_: MouseEvent| ());
    html! {
        <button type="button" class={classes!("button", (!class.is_empty()).then_some(class))}
            {disabled} aria-describedby={describedby} {onclick}>
            { label }
        </button>
    }
}
