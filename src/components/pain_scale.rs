//! "How much does your knee hurt right now?": 0 to 10 as one radio group of large targets,
//! with words at both ends. Always optional: nothing waits for it.

use knee_core::progress::{self, Pain};
use knee_core::{TextId, Ui};
use yew::prelude::*;

use super::outcome::tier_slug;
use super::use_text;

#[derive(Properties, PartialEq)]
pub struct PainScaleProps {
    /// The group's id, and the prefix of its options' ids (`pain-before`, `pain-after`).
    pub id: AttrValue,
    pub value: Option<Pain>,
    pub on_pick: Callback<Pain>,
}

#[component]
pub fn PainScale(props: &PainScaleProps) -> Html {
    let t = use_text();
    let id = &props.id;
    let ends = format!("{id}-ends");
    let options = Pain::all().map(|pain| {
        let option = format!("{id}-{}", pain.score());
        let onchange = props.on_pick.reform(move |_: Event| pain);
        html! {
            <div class="choice pain-option">
                <input type="radio" id={option.clone()} name={id.clone()}
                    checked={props.value == Some(pain)} {onchange} />
                <label for={option}>{ pain.score() }</label>
            </div>
        }
    });
    html! {
        <fieldset class="question pain-scale" id={id.clone()} aria-describedby={ends.clone()}>
            <legend>{ t.get(Ui::PainQuestion) }</legend>
            <p class="question-hint">{ t.get(Ui::PainOptional) }</p>
            <div class="pain-options">{ for options }</div>
            <p class="pain-ends" id={ends}>
                <span>{ t.get(Ui::PainNone) }</span>
                <span>{ t.get(Ui::PainWorst) }</span>
            </p>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct PainAlertProps {
    pub pain: Option<Pain>,
}

/// Very strong pain picked on the scale (`progress::pain_alert`): the screening's words and
/// time frame for the same question. On the overview the routine then does not start.
#[component]
pub fn PainAlert(props: &PainAlertProps) -> Html {
    let t = use_text();
    let (Some(pain), Some(question)) = (props.pain, progress::pain_alert(props.pain)) else {
        return html! {};
    };
    let slug = question.tier().map_or("clinician", tier_slug);
    html! {
        <section class={classes!("card", "verdict", "pain-alert", format!("verdict-{slug}"))} role="alert">
            <h2>{ t.fill(Ui::PainSevere, &[("n", &pain.score().to_string())]) }</h2>
            <p>{ t.get(TextId::Guidance(question)) }</p>
            if let Some(when) = question.time_frame() {
                <p class="when"><strong>{ t.get(Ui::When) }{ " " }{ t.get(TextId::TimeFrame(when)) }</strong></p>
            }
            <p>{ t.get(Ui::PainPickAgain) }</p>
        </section>
    }
}
