//! The landing screen: what the widget is for, who should not use it, what it is not, and the
//! way into the safety check.

use knee_core::calendar::Day;
use knee_core::content::Contraindication;
use knee_core::prescription::Refusal;
use knee_core::{TextId, Ui};
use yew::prelude::*;

use super::action_button::action_button;

use super::{use_heading_focus_when, use_text};

const HOW: [Ui; 4] = [
    Ui::HowScreening,
    Ui::HowGuided,
    Ui::HowTimer,
    Ui::HowSessionLength,
];

const KNOW: [Ui; 3] = [Ui::KnowNotCare, Ui::KnowPain, Ui::KnowPrivate];

#[derive(Properties, PartialEq)]
pub struct LandingProps {
    pub on_start: Callback<()>,
    /// "Learn about your knee".
    pub on_learn: Callback<()>,
    /// The patient came back here (Back, Start over, Next patient): focus goes to the heading.
    #[prop_or_default]
    pub returned: bool,
    /// A clinician's routine came with the link: the day it was prepared.
    #[prop_or_default]
    pub prescribed: Option<Day>,
    /// The link could not be used, and why.
    #[prop_or_default]
    pub link_refused: Option<Refusal>,
    /// "Reload the page", for a link from a newer version.
    #[prop_or_default]
    pub on_reload: Callback<()>,
    /// "Prepare a routine for a patient": only with `prescribe=on`.
    #[prop_or_default]
    pub on_prescribe: Option<Callback<()>>,
    /// "My progress": only where the patient keeps a log (or one that cannot be read is here).
    #[prop_or_default]
    pub on_progress: Option<Callback<()>>,
    /// What the patient's own log says first (its sign to get the knee checked), if anything.
    #[prop_or_default]
    pub log_notice: Html,
}

#[component]
pub fn Landing(props: &LandingProps) -> Html {
    let t = use_text();
    let heading = use_heading_focus_when((), props.returned);
    let items = |msgs: &mut dyn Iterator<Item = TextId>| -> Html {
        msgs.map(|m| html! { <li>{ t.get(m) }</li> }).collect()
    };
    let onclick = props.on_start.reform(|_: MouseEvent| ());

    html! {
        <div class="screen landing">
            <header class="masthead">
                <h1 ref={heading} tabindex="-1">{ t.get(Ui::AppTitle) }</h1>
                <p class="lead">{ t.get(Ui::LandingLead) }</p>
            </header>
            <main id="main" class="content">
                // What this patient must read first, above the two columns of a landscape tablet.
                <div class="landing-notices">
                { props.log_notice.clone() }
                if let Some(day) = props.prescribed {
                    <section class="card card-prescribed" aria-labelledby="prescribed-heading">
                        <h2 id="prescribed-heading">{ t.fill(Ui::PrescribedBy, &[("date", &day.iso())]) }</h2>
                        <p>{ t.get(Ui::PrescribedScreening) }</p>
                    </section>
                }
                if let Some(refusal) = props.link_refused {
                    <section class="card card-warning link-refused" role="alert">
                        <p>{ t.get(match refusal {
                            Refusal::Unreadable => Ui::LinkUnreadable,
                            Refusal::NeedsNewerApp => Ui::LinkNeedsNewer,
                        }) }</p>
                        if refusal == Refusal::NeedsNewerApp {
                            { action_button("", t.get(Ui::Reload), &props.on_reload) }
                        }
                    </section>
                }
                </div>
                <section class="card card-how" aria-labelledby="how-heading">
                    <h2 id="how-heading">{ t.get(Ui::HowHeading) }</h2>
                    <ol class="steps">{ items(&mut HOW.iter().map(|&u| TextId::Ui(u))) }</ol>
                    <button type="button" class="button button-primary button-wide" {onclick}>
                        { t.get(Ui::StartScreening) }
                    </button>
                </section>
                <section class="card card-warning card-avoid" aria-labelledby="avoid-heading">
                    <h2 id="avoid-heading">{ t.get(Ui::AvoidHeading) }</h2>
                    <p>{ t.get(Ui::AvoidIntro) }</p>
                    <ul class="warning-list">
                        { items(&mut Contraindication::ALL.iter().map(|&c| TextId::Contraindication(c)).chain([TextId::Ui(Ui::AvoidNoWeight), TextId::Ui(Ui::AvoidUnder18)])) }
                    </ul>
                    <p>{ t.get(Ui::AvoidMore) }</p>
                </section>
                <section class="card card-know" aria-labelledby="know-heading">
                    <h2 id="know-heading">{ t.get(Ui::KnowHeading) }</h2>
                    <ul class="plain-list">{ items(&mut KNOW.iter().map(|&u| TextId::Ui(u))) }</ul>
                </section>
                <div class="actions">
                    { action_button("", t.get(Ui::LearnOpen), &props.on_learn) }
                    if let Some(on_progress) = &props.on_progress {
                        { action_button("", t.get(Ui::ProgressTitle), on_progress) }
                    }
                </div>
                if let Some(on_prescribe) = &props.on_prescribe {
                    <div class="actions">{ action_button("", t.get(Ui::PrescribeOpen), on_prescribe) }</div>
                }
            </main>
        </div>
    }
}
