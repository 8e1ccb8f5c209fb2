//! Component tests of the screening pages and the outcome, in headless Chromium.
#![cfg(target_arch = "wasm32")]

use knee_core::screening::{Choice, Page, Question, Tier};
use knee_core::{text, Lang, TextId, Ui};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

mod support;

use support::{
    answer_every_page, answer_every_page_in, answer_page, button, click, document, en, radios,
    render_app, render_app_in, start,
};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn each_question_is_a_radio_group_with_nothing_pre_selected() {
    let root = render_app().await;
    start(&root).await;
    let first = Page::ALL[0].questions()[0];
    let legend = root.query_selector("fieldset legend").unwrap().unwrap();
    assert_eq!(
        legend.text_content().as_deref(),
        Some(en(TextId::Question(first)))
    );
    assert!(radios(&root).iter().all(|r| !r.checked()));
    let fieldset = root.query_selector("fieldset").unwrap().unwrap();
    let inputs = radios(&fieldset);
    assert_eq!(inputs.len(), first.choices().len());
    assert!(
        inputs.iter().all(|r| !r.checked()),
        "an answer was pre-selected"
    );
    let name = inputs[0].name();
    assert!(
        inputs.iter().all(|r| r.name() == name),
        "the radios are not one group"
    );
    // Every radio has a visible label.
    for r in &inputs {
        let label = root
            .query_selector(&format!("label[for='{}']", r.id()))
            .unwrap();
        assert!(label.is_some(), "radio {} has no label", r.id());
    }
}

#[wasm_bindgen_test]
async fn next_stays_disabled_until_every_question_on_the_page_is_answered() {
    let root = render_app().await;
    start(&root).await;
    let next = button(&root, en(Ui::Next));
    assert!(next.has_attribute("disabled"));
    assert!(root
        .text_content()
        .unwrap()
        .contains(en(Ui::AnswerEveryQuestion)));
    answer_page(
        &root,
        en(TextId::Choice(knee_core::screening::Choice::Left)),
    )
    .await;
    let next = button(&root, en(Ui::Next));
    assert!(!next.has_attribute("disabled"));
    click(&next).await;
    let h1 = root.query_selector("h1").unwrap().unwrap();
    assert_eq!(
        h1.text_content().as_deref(),
        Some(en(TextId::Page(Page::Injury)))
    );
    // The next page starts unanswered too.
    assert!(radios(&root).iter().all(|r| !r.checked()));
    assert!(button(&root, en(Ui::Next)).has_attribute("disabled"));
}

#[wasm_bindgen_test]
async fn the_progress_shows_the_part_and_the_heading_takes_focus() {
    let root = render_app().await;
    start(&root).await;
    let progress = root.query_selector("progress").unwrap().unwrap();
    assert_eq!(progress.get_attribute("value").as_deref(), Some("1"));
    assert_eq!(
        progress.get_attribute("max"),
        Some(Page::ALL.len().to_string())
    );
    let focused = document().active_element().unwrap();
    assert_eq!(focused.tag_name(), "H1");
}

#[wasm_bindgen_test]
async fn answering_no_everywhere_reaches_a_go_ahead_result_without_the_mcl_step() {
    let root = render_app().await;
    answer_every_page(&root, "No").await;
    let h1 = root.query_selector("h1").unwrap().unwrap();
    assert_eq!(
        h1.text_content().as_deref(),
        Some(en(TextId::TierTitle(
            knee_core::screening::Tier::GoAheadWithChanges
        )))
    );
    let shown = root.text_content().unwrap();
    assert!(shown.contains(en(Ui::NoMclStep)));
    assert!(shown.contains(en(Ui::RuleStopOnPain)));
}

#[wasm_bindgen_test]
async fn a_not_sure_answer_is_named_on_the_result_and_can_be_changed() {
    let root = render_app().await;
    answer_every_page(&root, "Not sure").await;
    let shown = root.text_content().unwrap();
    assert!(shown.contains(en(TextId::TierTitle(
        knee_core::screening::Tier::GetHelpToday
    ))));
    assert!(shown.contains(en(Ui::EmergencyNote)));
    assert!(shown.contains(en(TextId::Question(Question::BloodClotNow))));
    assert!(shown.contains(en(TextId::Guidance(Question::BloodClotNow))));
    // No way into a routine from here.
    assert!(!shown.contains(en(Ui::RulesHeading)));
    // "Change this answer" goes back to the page that asked it.
    let change = root
        .query_selector("[aria-describedby='reason-q-blood-clot-now']")
        .unwrap()
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap();
    click(&change).await;
    let h1 = root.query_selector("h1").unwrap().unwrap();
    assert_eq!(
        h1.text_content().as_deref(),
        Some(en(TextId::Page(Page::MedicalHistory)))
    );
    let checked = root
        .query_selector("#q-blood-clot-now-not-sure")
        .unwrap()
        .unwrap();
    assert!(checked.dyn_into::<HtmlInputElement>().unwrap().checked());
}

#[wasm_bindgen_test]
async fn start_over_clears_every_answer() {
    let root = render_app().await;
    start(&root).await;
    answer_page(&root, "Right knee").await;
    click(&button(&root, en(Ui::StartOver))).await;
    assert!(
        root.query_selector("fieldset").unwrap().is_none(),
        "not back on the landing"
    );
    start(&root).await;
    assert!(
        radios(&root).iter().all(|r| !r.checked()),
        "an old answer survived"
    );
}

#[wasm_bindgen_test]
async fn every_reason_on_the_result_says_what_to_do_and_when() {
    for &lang in Lang::ALL {
        let t = |msg: TextId| text(lang, msg);
        let root = render_app_in(lang).await;
        answer_every_page_in(&root, lang, t(TextId::Choice(Choice::NotSure))).await;
        let shown = root.text_content().unwrap();
        assert!(
            shown.contains(t(TextId::TierSummary(Tier::GoNow))),
            "{lang:?}"
        );
        assert!(shown.contains(t(Ui::ChangeAnswerNote.into())), "{lang:?}");
        let items = root.query_selector_all("li.reason").unwrap();
        let risks: Vec<Question> = Question::ALL
            .iter()
            .copied()
            .filter(|q| q.is_risk())
            .collect();
        assert_eq!(
            items.length() as usize,
            risks.len(),
            "every risk is a reason ({lang:?})"
        );
        for i in 0..items.length() {
            let item = items.get(i).unwrap().text_content().unwrap();
            let q = risks
                .iter()
                .copied()
                .find(|&q| item.starts_with(t(TextId::Question(q))))
                .unwrap_or_else(|| panic!("a reason names no question ({lang:?}): {item}"));
            assert!(
                item.contains(t(TextId::Guidance(q))),
                "{q:?} has no guidance ({lang:?})"
            );
            let when = format!(
                "{} {}",
                t(Ui::When.into()),
                t(TextId::TimeFrame(q.time_frame().unwrap()))
            );
            assert!(item.contains(&when), "{q:?} does not say {when:?}");
        }
    }
}

#[wasm_bindgen_test]
async fn the_clot_and_fever_questions_say_what_counts() {
    let root = render_app().await;
    start(&root).await;
    let mut hinted = Vec::new();
    for (i, _) in Page::ALL.iter().enumerate() {
        for &q in [Question::BloodClotNow, Question::Fever].iter() {
            let id = format!("q-{}", &q.id()[2..]);
            if let Some(set) = root.query_selector(&format!("#{id}")).unwrap() {
                let hint = root
                    .query_selector(&format!("#{id}-hint"))
                    .unwrap()
                    .expect("the question has its hint");
                assert_eq!(
                    hint.text_content().as_deref(),
                    Some(en(TextId::QuestionHint(q)))
                );
                assert_eq!(
                    set.get_attribute("aria-describedby"),
                    Some(format!("{id}-hint"))
                );
                hinted.push(q);
            }
        }
        answer_page(&root, "No").await;
        let next = if i + 1 == Page::ALL.len() {
            en(Ui::SeeResult)
        } else {
            en(Ui::Next)
        };
        click(&button(&root, next)).await;
    }
    assert_eq!(hinted.len(), 2, "both hints were shown");
}
