//! The Learn section: everything the source teaches, in our own plain words. The anatomy
//! picture and the same parts as a list; the benefits; the six key principles; the reasons
//! not to massage and the signs to get help, each with how soon to get help as the screening
//! applies it (the clot with its signs and the emergency line); the questions and answers; how
//! to reach the clinic. "Back" returns to the screen it was opened from.

use knee_core::content::CONTENT_VERSION;
use knee_core::content::{
    Benefit, Contraindication, Faq, Principle, SeekHelpSign, Structure, Touch,
};
use knee_core::screening::{Knee, Question};
use knee_core::{TextId, Ui};
use yew::prelude::*;

use super::action_button::action_button;
use super::anatomy::{structure_slug, Anatomy};
use super::contact::ClinicContact;
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

/// A sign with how soon to get help about it, as the screening applies it; `more` adds lines
/// (the clot's signs and the emergency line).
fn sign(t: Text, msg: TextId, get_help: TextId, more: &[TextId]) -> Html {
    html! {
        <li>
            { t.get(msg) }
            <span class="sign-when">{ t.get(get_help) }</span>
            { for more.iter().map(|&m| html! { <span class="sign-when">{ t.get(m) }</span> }) }
        </li>
    }
}

#[component]
pub fn Learn(props: &LearnProps) -> Html {
    let t = use_text();
    let heading = use_heading_focus(());
    let items = |msgs: &mut dyn Iterator<Item = TextId>| -> Html {
        msgs.map(|m| html! { <li>{ t.get(m) }</li> }).collect()
    };
    let parts = Structure::ALL.iter().map(|&s| {
        let muscles = s
            .muscles()
            .iter()
            .map(|&m| t.get(TextId::Muscle(m)))
            .collect::<Vec<_>>()
            .join(", ");
        html! {
            <li class="part-item" data-structure={structure_slug(s)}>
                <h4>{ t.get(TextId::StructureName(s)) }</h4>
                <p>{ t.get(TextId::StructureAbout(s)) }</p>
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
                    <p class="note">{ t.get(Ui::KnowNotCare) }</p>
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
                    <ul class="plain-list">{ items(&mut Benefit::ALL.iter().map(|&b| TextId::Benefit(b))) }</ul>
                </section>
                <section class="card" aria-labelledby="principles-heading">
                    <h2 id="principles-heading">{ t.get(Ui::PrinciplesHeading) }</h2>
                    <ul class="plain-list">{ items(&mut Principle::ALL.iter().map(|&p| TextId::Principle(p))) }</ul>
                </section>
                <section class="card card-warning" aria-labelledby="avoid-list-heading">
                    <h2 id="avoid-list-heading">{ t.get(Ui::AvoidListHeading) }</h2>
                    <p>{ t.get(Ui::SignsIntro) }</p>
                    <ul class="warning-list">
                        { for Contraindication::ALL.iter().map(|&c| {
                            // The clot: its signs, and the emergency line, as on a result.
                            let more: &[TextId] = if c == Contraindication::DeepVeinThrombosis {
                                &[TextId::QuestionHint(Question::BloodClotNow), TextId::Ui(Ui::EmergencyNote)]
                            } else {
                                &[]
                            };
                            sign(t, TextId::Contraindication(c), TextId::ContraindicationGetHelp(c), more)
                        }) }
                    </ul>
                    <p>{ t.get(Ui::AvoidMore) }</p>
                    <p>{ t.get(Ui::UrgentCareNote) }</p>
                </section>
                <section class="card" aria-labelledby="seek-list-heading">
                    <h2 id="seek-list-heading">{ t.get(Ui::SeekHelpListHeading) }</h2>
                    <p>{ t.get(Ui::SignsIntro) }</p>
                    <ul class="plain-list">
                        { for SeekHelpSign::ALL.iter().map(|&s| sign(t, TextId::SeekHelp(s), TextId::SeekHelpGetHelp(s), &[])) }
                    </ul>
                    <p>{ t.get(Ui::UrgentCareNote) }</p>
                </section>
                <section class="card" aria-labelledby="faq-heading">
                    <h2 id="faq-heading">{ t.get(Ui::FaqHeading) }</h2>
                    { for Faq::ALL.iter().map(|&f| html! {
                        <>
                            <h3>{ t.get(TextId::FaqQuestion(f)) }</h3>
                            <p>{ t.get(TextId::FaqAnswer(f)) }</p>
                        </>
                    }) }
                </section>
                <ClinicContact />
                <p class="note">{ t.get(Ui::PrintVersion) }{ " " }{ CONTENT_VERSION }</p>
                <div class="actions">{ action_button("button-primary", t.get(Ui::Back), &props.on_back) }</div>
            </main>
        </div>
    }
}
