//! The private log at the end of a routine: the offer to keep one (off until the patient turns
//! it on, with what is kept and what never is), that this routine is in it, or why it cannot
//! be kept here. A shared tablet shows nothing.

use knee_core::progress::LogProblem;
use knee_core::Ui;
use yew::prelude::*;

use super::action_button::action_button;
use super::use_text;
use crate::app::state::PrivateLog;

#[derive(Properties, PartialEq)]
pub struct LogChoiceProps {
    pub log: PrivateLog,
    /// This routine's entry is in the log.
    pub logged: bool,
    /// The device refused to save it.
    pub not_saved: bool,
    pub on_keep: Callback<()>,
    /// "My progress".
    pub on_progress: Callback<()>,
}

#[component]
pub fn LogChoice(props: &LogChoiceProps) -> Html {
    let t = use_text();
    let not_saved = props.not_saved.then(|| {
        html! { <p class="note note-warning" role="alert">{ t.get(Ui::LogNotSaved) }</p> }
    });
    let progress = action_button("", t.get(Ui::ProgressTitle), &props.on_progress);
    match &props.log {
        PrivateLog::SharedTablet => html! {},
        PrivateLog::NoStorage => html! { <p class="note log-note">{ t.get(Ui::LogNoStorage) }</p> },
        PrivateLog::Off => html! {
            <section class="card log-offer" aria-labelledby="log-heading">
                <h2 id="log-heading">{ t.get(Ui::LogOfferHeading) }</h2>
                <p>{ t.get(Ui::LogWhatIsKept) }</p>
                <p>{ t.get(Ui::LogNeverKept) }</p>
                <p>{ t.get(Ui::LogPrivateWindow) }</p>
                <div class="actions">{ action_button("", t.get(Ui::KeepLog), &props.on_keep) }</div>
            </section>
        },
        PrivateLog::On(_) => html! {
            <section class="card log-offer" aria-label={t.get(Ui::ProgressTitle)}>
                { not_saved }
                if props.logged {
                    <p>{ t.get(Ui::LogKept) }</p>
                }
                <div class="actions">{ progress }</div>
            </section>
        },
        PrivateLog::Unreadable(problem) => html! {
            <section class="card log-offer" aria-label={t.get(Ui::ProgressTitle)}>
                <p>{ t.get(match problem {
                    LogProblem::Unreadable => Ui::LogUnreadable,
                    LogProblem::Newer(_) => Ui::LogNewer,
                }) }</p>
                <div class="actions">{ progress }</div>
            </section>
        },
    }
}
