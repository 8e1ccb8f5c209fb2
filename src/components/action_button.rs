//! The one button the screens repeat: a label and a tap that sends `()`, never a form submit.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ActionButtonProps {
    pub label: AttrValue,
    pub on_click: Callback<()>,
    /// Extra classes beside `button` (`button-primary`, `button-wide`, ...).
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub disabled: bool,
    /// The id of the text the button is about ("Change this answer" names its question).
    #[prop_or_default]
    pub describedby: Option<AttrValue>,
}

#[component]
pub fn ActionButton(props: &ActionButtonProps) -> Html {
    let onclick = props.on_click.reform(|_: MouseEvent| ());
    html! {
        <button type="button" class={classes!("button", props.class.clone())}
            disabled={props.disabled} aria-describedby={props.describedby.clone()} {onclick}>
            { props.label.clone() }
        </button>
    }
}
