//! Component tests of what the embedder configures and of the sound settings, in headless
//! Chromium: the clinic's contact on a result, shared-tablet mode's "Next patient", and the
//! mute toggle.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use knee_care::AppProps;
use knee_core::embed::Config;
use knee_core::Ui;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

mod support;

use support::{
    answer_every_page, answer_page, button, click, en, radios, render_app, render_app_with, start,
};

wasm_bindgen_test_configure!(run_in_browser);

fn configured(query: &str) -> AppProps {
    let (config, warnings) = Config::from_query(query);
    assert!(warnings.is_empty(), "{warnings:?}");
    AppProps {
        config: Rc::new(config),
        early: Default::default(),
    }
}

fn contact(root: &Element) -> Element {
    root.query_selector(".contact")
        .unwrap()
        .expect("no contact card")
}

#[wasm_bindgen_test]
async fn a_blocking_result_names_the_clinic_as_text_with_safe_links() {
    let root = render_app_with(configured(
        "?clinic=Bay%20%3Cb%3EPhysio%3C%2Fb%3E&phone=%2B1%20555%200100&url=https%3A%2F%2Fbay.example%2Fhelp",
    ))
    .await;
    answer_every_page(&root, "Yes").await;
    let card = contact(&root);
    let shown = card.text_content().unwrap_or_default();
    assert!(
        shown.contains("Contact Bay <b>Physio</b>, your doctor or a physiotherapist."),
        "{shown}"
    );
    assert!(
        card.query_selector("b").unwrap().is_none(),
        "the clinic's name became markup"
    );
    let phone = card
        .query_selector("a[href='tel:+15550100']")
        .unwrap()
        .expect("no call link");
    assert_eq!(phone.text_content().as_deref(), Some("+1 555 0100"));
    let site = card
        .query_selector("a[href='https://bay.example/help']")
        .unwrap()
        .expect("no website link");
    assert_eq!(
        site.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    assert_eq!(site.text_content().as_deref(), Some(en(Ui::ContactWebsite)));
}

#[wasm_bindgen_test]
async fn without_configuration_the_contact_is_the_neutral_default_and_there_is_no_tablet_bar() {
    let root = render_app().await;
    assert!(root.query_selector(".tablet-bar").unwrap().is_none());
    answer_every_page(&root, "Yes").await;
    let card = contact(&root);
    assert!(card
        .text_content()
        .unwrap_or_default()
        .contains(en(Ui::ContactDefault)));
    assert!(card.query_selector("a").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn next_patient_clears_the_answers_at_once() {
    let root = render_app_with(configured("?mode=tablet&idle=90")).await;
    let note = root.query_selector(".tablet-bar .note").unwrap().unwrap();
    assert_eq!(
        note.text_content().as_deref(),
        Some("For privacy, this screen clears itself after 90 seconds without a tap.")
    );
    start(&root).await;
    answer_page(&root, "Left knee").await;
    assert!(radios(&root).iter().any(HtmlInputElement::checked));
    click(&button(&root, en(Ui::NextPatient))).await;
    assert!(
        root.query_selector("fieldset").unwrap().is_none(),
        "still on the screening"
    );
    start(&root).await;
    assert!(
        radios(&root).iter().all(|r| !r.checked()),
        "an answer survived Next patient"
    );
}

#[wasm_bindgen_test]
async fn mute_is_one_toggle_button_and_speech_waits_while_muted() {
    // A device with an English voice (headless Chromium lists none), so the choice is offered.
    let voices = js_sys::Function::new_no_args("return [{ lang: 'en-US', name: 'a test voice' }];");
    let prototype = js_sys::Reflect::get(&web_sys::window().unwrap(), &"SpeechSynthesis".into())
        .and_then(|class| js_sys::Reflect::get(&class, &"prototype".into()))
        .unwrap();
    js_sys::Reflect::set(&prototype, &"getVoices".into(), &voices).unwrap();
    let root = render_app().await;
    answer_every_page(&root, "No").await;
    click(&button(&root, en(Ui::SeeMyRoutine))).await;
    let mute = root
        .query_selector("#mute")
        .unwrap()
        .expect("no mute control");
    assert_eq!(mute.get_attribute("aria-pressed").as_deref(), Some("false"));
    click(&mute.clone().dyn_into().unwrap()).await;
    assert_eq!(mute.get_attribute("aria-pressed").as_deref(), Some("true"));
    let speak: HtmlInputElement = root
        .query_selector("#speak")
        .unwrap()
        .expect("no spoken-names choice with an English voice listed")
        .dyn_into()
        .unwrap();
    assert!(speak.disabled(), "spoken names can be chosen while muted");
    assert!(
        !speak.checked(),
        "spoken names are on before anyone chose them"
    );
    click(&mute.clone().dyn_into().unwrap()).await;
    assert_eq!(mute.get_attribute("aria-pressed").as_deref(), Some("false"));
}
