//! The clinician's page's root (`clinician.html`, its own binary, with `prescribe=on` only):
//! "Prepare a routine for a patient" in the widget's frame. "Back", and "Next patient" on a
//! shared tablet, open the patient's page with the same settings.

use std::rc::Rc;

use knee_core::draft::{Draft, Edit};
use knee_core::embed::{self, Config, Mode};
use yew::prelude::*;

use super::frame;
use crate::components::prescribe::Prescribe;
use crate::components::tablet_bar::TabletBar;
use crate::hooks::{use_host_page, use_page_ready, use_tablet_idle};
use crate::services::{page, service_worker};

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
        // The language the patient's page showed (carried in the fragment), else the
        // embedder's, else the first of the browser's we have, else English.
        let configured = config.lang;
        use_state(move || {
            embed::lang_from_fragment(&page::fragment())
                .unwrap_or_else(|| page::starting_language(configured))
        })
    };
    let prepared = use_reducer(|| Prepared(Draft::new(page::today_day())));
    // The heading takes focus when the patient's page opened this one (it carries the language
    // in the fragment), as a new screen does. Not when the page is reloaded or comes back by
    // Back or Forward, nor when it is a frame's first page: focus there would pull the clinic's
    // page to the frame.
    let focus_heading = *use_state(|| {
        embed::lang_from_fragment(&page::fragment()).is_some()
            && !matches!(
                page::navigation_type().as_deref(),
                Some("reload" | "back_forward")
            )
    });
    use_host_page(config.clone(), *lang);
    use_page_ready(config.clone());
    // The worker, as the patient's page registers it, so a clinic computer that opens this page
    // first keeps it for offline use too. A newer version waits: only the patient's page, on an
    // idle screen, switches to it.
    use_effect_with((), |_| service_worker::register(|| ()));
    // The address a patient's link starts from: the patient's page, with the settings it keeps.
    let base = use_memo((), |_| AttrValue::from(page::patient_link_base()));

    // Back: the patient's page in the language on show. "Next patient" and the shared tablet's
    // idle limit: the patient's page in its own language. The routine being prepared goes with
    // this page.
    let back = {
        let lang = *lang;
        Callback::from(move |_: ()| page::open_patient_page(Some(lang)))
    };
    let next_patient = Callback::from(|_: ()| page::open_patient_page(None));
    use_tablet_idle(config.clone(), false, next_patient.clone());
    let body = html! {
        <>
            <Prescribe draft={prepared.0.clone()} base={(*base).clone()}
                on_edit={{
                    let prepared = prepared.dispatcher();
                    Callback::from(move |edit| prepared.dispatch(edit))
                }}
                on_back={back} {focus_heading} />
            if config.mode == Mode::Tablet {
                <TabletBar idle_seconds={config.idle_seconds} on_next_patient={next_patient} />
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

#[cfg(test)]
mod tests {
    use super::*;
    use knee_core::calendar::Day;

    #[test]
    fn the_routine_being_prepared_takes_each_edit_the_draft_allows_and_no_other() {
        let start = Rc::new(Prepared(Draft::new(Day(2521))));
        let edited = start.clone().reduce(Edit::PerWeek(4));
        assert_eq!(edited.0.rx.per_week, 4);
        assert_eq!(edited.0.rx.prepared, Day(2521));
        // An edit the draft refuses changes nothing: the same state, not a copy.
        let refused = edited.clone().reduce(Edit::PerWeek(9));
        assert!(Rc::ptr_eq(&refused, &edited));
    }
}
