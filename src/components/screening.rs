//! A page of the safety screening: its questions, progress, and the ways on, back and out.

use knee_core::screening::{Answers, Choice, Page, Question};
use knee_core::{TextId, Ui};
use yew::prelude::*;

use super::action_button::{action_button, action_button_with};

use super::masthead::SmallMasthead;
use super::question::QuestionField;
use super::{use_heading_focus, use_text};

#[derive(Properties, PartialEq)]
pub struct ScreeningPageProps {
    pub page: Page,
    pub answers: Answers,
    pub on_answer: Callback<(Question, Choice)>,
    pub on_next: Callback<()>,
    pub on_back: Callback<()>,
    pub on_start_over: Callback<()>,
}

#[component]
pub fn ScreeningPage(props: &ScreeningPageProps) -> Html {
    let t = use_text();
    let heading = use_heading_focus(props.page);
    let page = props.page;
    let number = page.number();
    let total = Page::ALL.len();
    let is_last = number == total;
    let complete = props.answers.page_complete(page);
    let position = t.fill(
        Ui::PagePosition,
        &[("n", &number.to_string()), ("total", &total.to_string())],
    );

    // Only the questions asked now: a follow-up appears once its gateway is answered yes or
    // not sure.
    let questions = props.answers.asked_on(page).map(|q| {
        html! {
            <QuestionField
                key={q.id()}
                question={q}
                selected={props.answers.get(q)}
                on_choose={props.on_answer.clone()}
            />
        }
    });

    html! {
        <div class="screen screening">
            <SmallMasthead>
                <p class="position" id="screening-position">{ position.clone() }</p>
                <progress
                    class="progress"
                    max={total.to_string()}
                    value={number.to_string()}
                    aria-labelledby="screening-position"
                />
            </SmallMasthead>
            <main id="main" class="content">
                <section class="card">
                    <h1 ref={heading} tabindex="-1">{ t.get(TextId::Page(page)) }</h1>
                    <p>{ t.get(Ui::ScreeningIntro) }</p>
                    { for questions }
                    <p class="hint" aria-live="polite">
                        if !complete { { t.get(Ui::AnswerEveryQuestion) } }
                    </p>
                    <div class="actions">
                        { action_button("", t.get(Ui::Back), &props.on_back) }
                        { action_button_with("button-primary", t.get(if is_last { Ui::SeeResult } else { Ui::Next }),
                            &props.on_next, !complete, None) }
                    </div>
                </section>
                <footer class="screen-footer">
                    { action_button("button-quiet", t.get(Ui::StartOver), &props.on_start_over) }
                    <p class="note">{ t.get(Ui::AnswersNotSaved) }</p>
                </footer>
            </main>
        </div>
    }
}
