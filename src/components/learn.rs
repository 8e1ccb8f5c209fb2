//! The Learn section: everything the source teaches, in our own plain words. The anatomy
//! picture and the same parts as a list; the benefits; the six key principles; the reasons
//! not to massage and the signs to get help, each with the time frames the screening gives
//! it; the questions and answers. "Back" returns to the screen it was opened from.

use knee_core::content::{
    Benefit, Contraindication, Faq, Principle, SeekHelpSign, Structure, Touch,
};
use knee_core::screening::{
    time_frames_for_contraindication, time_frames_for_seek_help, Knee, TimeFrame,
};
use knee_core::{Msg, Ui};
use yew::prelude::*;

use super::action_button::action_button;
use super::anatomy::{structure_slug, Anatomy};
use super::masthead::SmallMasthead;
use super::{use_heading_focus, use_text, Text};

#[derive(Properties, PartialEq)]
pub struct LearnProps {
    /// The knee the patient chose, if any (the picture shows it first).
    pub knee: Option<Knee>,
    pub on_back: Callback<()>,
}

fn touch(s: Structure) -> Ui {
    match s.touch() {
        Touch::Massage => Ui::TouchMassage,
        Touch::ExtremeCaution => Ui::TouchExtremeCare,
        Touch::NotDirectly => Ui::TouchNotDirectly,
    }
}

/// A sign with the time frames the screening gives it: "When: Today · In the next few days".
fn sign(t: Text, msg: Msg, frames: Vec<TimeFrame>) -> Html {
    let when = frames
        .iter()
        .map(|&f| t.get(Msg::TimeFrame(f)))
        .collect::<Vec<_>>()
        .join(" \u{b7} ");
    html! {
        <li>
            { t.get(msg) }
            <span class="sign-when"><strong>{ t.get(Ui::When) }</strong>{ " " }{ when }</span>
        </li>
    }
}

#[component]
pub fn Learn(props: &LearnProps) -> Html {
    let t = use_text();
    let heading = use_heading_focus(());
    let items = |msgs: &mut dyn Iterator<Item = Msg>| -> Html {
        msgs.map(|m| html! { <li>{ t.get(m) }</li> }).collect()
    };
    let parts = Structure::ALL.iter().map(|&s| {
        let muscles = s
            .muscles()
            .iter()
            .map(|&m| t.get(Msg::Muscle(m)))
            .collect::<Vec<_>>()
            .join(", ");
        html! {
            <li class="part-item" data-structure={structure_slug(s)}>
                <h4>{ t.get(Msg::StructureName(s)) }</h4>
                <p>{ t.get(Msg::StructureAbout(s)) }</p>
                if !muscles.is_empty() {
                    <p>{ t.fill(Ui::AnatomyMuscles, &[("list", &muscles)]) }</p>
                }
                <p class="part-touch">{ t.get(touch(s)) }</p>
            </li>
        }
    });

    html! {
        <div class="screen learn">
            <SmallMasthead />
            <main id="main" class="content">
                <section class="card" aria-labelledby="learn-heading">
                    <h1 id="learn-heading" ref={heading} tabindex="-1">{ t.get(Ui::LearnTitle) }</h1>
                    <p>{ t.get(Ui::LearnIntro) }</p>
                    <p class="note">{ t.get(Ui::LearnNotAdvice) }</p>
                    <div class="actions">{ action_button("", t.get(Ui::Back), &props.on_back) }</div>
                </section>
                <section class="card" aria-labelledby="anatomy-heading">
                    <h2 id="anatomy-heading">{ t.get(Ui::AnatomyHeading) }</h2>
                    <Anatomy knee={props.knee} />
                    <h3>{ t.get(Ui::AnatomyListHeading) }</h3>
                    <ul class="parts-list">{ for parts }</ul>
                </section>
                <section class="card" aria-labelledby="benefits-heading">
                    <h2 id="benefits-heading">{ t.get(Ui::BenefitsHeading) }</h2>
                    <ul class="plain-list">{ items(&mut Benefit::ALL.iter().map(|&b| Msg::Benefit(b))) }</ul>
                </section>
                <section class="card" aria-labelledby="principles-heading">
                    <h2 id="principles-heading">{ t.get(Ui::PrinciplesHeading) }</h2>
                    <ul class="plain-list">{ items(&mut Principle::ALL.iter().map(|&p| Msg::Principle(p))) }</ul>
                </section>
                <section class="card card-warning" aria-labelledby="avoid-list-heading">
                    <h2 id="avoid-list-heading">{ t.get(Ui::AvoidListHeading) }</h2>
                    <p>{ t.get(Ui::SignsIntro) }</p>
                    <ul class="warning-list">
                        { for Contraindication::ALL.iter().map(|&c| sign(t, Msg::Contraindication(c), time_frames_for_contraindication(c))) }
                    </ul>
                </section>
                <section class="card" aria-labelledby="seek-list-heading">
                    <h2 id="seek-list-heading">{ t.get(Ui::SeekHelpListHeading) }</h2>
                    <p>{ t.get(Ui::SignsIntro) }</p>
                    <ul class="plain-list">
                        { for SeekHelpSign::ALL.iter().map(|&s| sign(t, Msg::SeekHelp(s), time_frames_for_seek_help(s))) }
                    </ul>
                </section>
                <section class="card" aria-labelledby="faq-heading">
                    <h2 id="faq-heading">{ t.get(Ui::FaqHeading) }</h2>
                    { for Faq::ALL.iter().map(|&f| html! {
                        <>
                            <h3>{ t.get(Msg::FaqQuestion(f)) }</h3>
                            <p>{ t.get(Msg::FaqAnswer(f)) }</p>
                        </>
                    }) }
                </section>
                <div class="actions">{ action_button("button-primary", t.get(Ui::Back), &props.on_back) }</div>
            </main>
        </div>
    }
}
