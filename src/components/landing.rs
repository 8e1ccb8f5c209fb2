//! The landing screen: what the widget is for, who should not use it, and what it is not.
//!
//! The "Start" control joins this screen with the safety screening; until then there is
//! no button that leads nowhere.

use knee_core::Msg;
use yew::prelude::*;

use super::use_text;

/// Who should not massage their knee, in the order the landing lists it.
const AVOID: [Msg; 8] = [
    Msg::AvoidRecentInjury,
    Msg::AvoidSwelling,
    Msg::AvoidSeverePain,
    Msg::AvoidGivingWay,
    Msg::AvoidNerves,
    Msg::AvoidInfectionSigns,
    Msg::AvoidBloodClot,
    Msg::AvoidSkin,
];

const HOW: [Msg; 4] = [
    Msg::HowScreening,
    Msg::HowGuided,
    Msg::HowTimer,
    Msg::HowSessionLength,
];

const KNOW: [Msg; 3] = [Msg::KnowNotCare, Msg::KnowPain, Msg::KnowPrivate];

#[component]
pub fn Landing() -> Html {
    let t = use_text();
    let items =
        |msgs: &[Msg]| -> Html { msgs.iter().map(|&m| html! { <li>{ t(m) }</li> }).collect() };

    html! {
        <div class="screen landing">
            <header class="masthead">
                <h1>{ t(Msg::AppTitle) }</h1>
                <p class="lead">{ t(Msg::LandingLead) }</p>
            </header>
            <main id="main" class="content">
                <section class="card card-how" aria-labelledby="how-heading">
                    <h2 id="how-heading">{ t(Msg::HowHeading) }</h2>
                    <ol class="steps">{ items(&HOW) }</ol>
                </section>
                <section class="card card-warning" aria-labelledby="avoid-heading">
                    <h2 id="avoid-heading">{ t(Msg::AvoidHeading) }</h2>
                    <p>{ t(Msg::AvoidIntro) }</p>
                    <ul class="warning-list">{ items(&AVOID) }</ul>
                    <p>{ t(Msg::AvoidMore) }</p>
                </section>
                <section class="card card-know" aria-labelledby="know-heading">
                    <h2 id="know-heading">{ t(Msg::KnowHeading) }</h2>
                    <ul class="plain-list">{ items(&KNOW) }</ul>
                </section>
            </main>
        </div>
    }
}
