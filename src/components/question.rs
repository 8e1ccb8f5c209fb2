//! One screening question: a radio group with large, tappable answers.

use knee_core::screening::{Choice, Question};
use knee_core::TextId;
use yew::prelude::*;

use super::{choice_slug, question_dom_id, use_text};

#[derive(Properties, PartialEq)]
pub struct QuestionFieldProps {
    pub question: Question,
    /// Nothing is pre-selected: `None` until the patient answers.
    pub selected: Option<Choice>,
    pub on_choose: Callback<(Question, Choice)>,
}

#[component]
pub fn QuestionField(props: &QuestionFieldProps) -> Html {
    let t = use_text();
    let question = props.question;
    let base = question_dom_id(question);
    let choices = question.choices().iter().map(|&choice| {
        let id = format!("{base}-{}", choice_slug(choice));
        let onchange = props.on_choose.reform(move |_: Event| (question, choice));
        html! {
            <div class="choice">
                <input
                    type="radio"
                    id={id.clone()}
                    name={base.clone()}
                    checked={props.selected == Some(choice)}
                    {onchange}
                />
                <label for={id}>{ t.get(TextId::Choice(choice)) }</label>
            </div>
        }
    });
    let hint_id = format!("{base}-hint");
    html! {
        <fieldset class="question" id={base.clone()}
            aria-describedby={question.has_hint().then(|| hint_id.clone())}>
            <legend>{ t.get(TextId::Question(question)) }</legend>
            if question.has_hint() {
                <p class="question-hint" id={hint_id}>{ t.get(TextId::QuestionHint(question)) }</p>
            }
            <div class="choices">{ for choices }</div>
        </fieldset>
    }
}
