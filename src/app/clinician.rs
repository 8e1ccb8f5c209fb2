//! The clinician's page's root (`clinician.html`, its own binary, with `prescribe=on` only):
//! "Prepare a routine for a patient" in the widget's frame. "Back", and "Next patient" on a
//! shared tablet, open the patient's page with the same settings.

use std::rc::Rc;

use knee_core::draft::{Draft, Edit};
use knee_core::embed::{Config, Mode};
use knee_core::Lang;
use yew::prelude::*;

use super::frame;
use crate::components::prescribe::Prescribe;
use crate::components::tablet_bar::TabletBar;
use crate::hooks::{use_host_page, use_page_ready, use_tablet_idle};
use crate::services::page;

#[derive(Properties, PartialEq)]
pub struct ClinicianProps {
    pub config: Rc<Config>,
}

/// The routine being prepared, edited one [`Edit`] at a time (one the draft refuses changes
/// nothing).
#[derive(Clone, PartialEq)]
struct Prepared(Draft);

impl Reducible for Prepared {
    type Action = Edit;

    fn reduce(self: Rc<Self>, edit: Edit) -> Rc<Self> {
        let mut draft = self.0.clone();
        if draft.apply(edit) {
            Rc::new(Prepared(draft))
        } else {
            self
        }
    }
}

#[component]
pub fn ClinicianApp(props: &ClinicianProps) -> Html {
    let config = props.config.clone();
    let lang = {
        let configured = config.lang;
        use_state(move || {
            let browser = page::browser_languages();
            configured
                .or_else(|| Lang::from_browser(browser.iter().map(String::as_str)))
                .unwrap_or_default()
        })
    };
    let prepared = use_reducer(|| Prepared(Draft::new(page::today_day())));
    use_host_page(config.clone(), *lang);
    use_page_ready(config.clone());
    // The address a patient's link starts from: the patient's page, with the settings it keeps.
    let base = use_memo((), |_| AttrValue::from(page::patient_link_base()));

    // Back, "Next patient" and the shared tablet's idle limit: the patient's page, the routine
    // being prepared gone with this page.
    let to_patient = Callback::from(|_: ()| page::open_patient_page());
    use_tablet_idle(config.clone(), false, to_patient.clone());
    let body = html! {
        <>
            <Prescribe draft={prepared.0.clone()} base={(*base).clone()}
                on_edit={{
                    let prepared = prepared.dispatcher();
                    Callback::from(move |edit| prepared.dispatch(edit))
                }}
                on_back={to_patient.clone()} />
            if config.mode == Mode::Tablet {
                <TabletBar idle_seconds={config.idle_seconds} on_next_patient={to_patient} />
            }
        </>
    };
    frame(
        *lang,
        config,
        Callback::from(move |choice| lang.set(choice)),
        body,
    )
}
