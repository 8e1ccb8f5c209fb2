//! My progress: the patient's own log. Routines this week against the plan, the pain before
//! and after over the last four weeks (a chart drawn from `progress::Chart`, and the same
//! entries as a table for screen readers and print), when the log itself says to get the knee
//! checked (the screening's words and time frames), a print-out, and "Erase my log".

use knee_core::calendar::Day;
use knee_core::catalog::{stop_what_to_do, stop_when};
use knee_core::progress::{self, Chart, Log, LogProblem, Pain, Sign, WeekGoal};
use knee_core::{TextId, Ui};
use yew::prelude::*;

use super::action_button::action_button;
use super::masthead::SmallMasthead;
use super::print_summary::{PrintButton, PrintSummary};
use super::{use_heading_focus, use_text, Text};
use crate::app::state::PrivateLog;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub log: PrivateLog,
    pub today: Day,
    /// The clinician's sessions a week, from a link.
    #[prop_or_default]
    pub per_week: Option<u8>,
    pub not_saved: bool,
    pub on_erase: Callback<()>,
    pub on_back: Callback<()>,
}

#[component]
pub fn ProgressView(props: &ProgressProps) -> Html {
    let t = use_text();
    let heading = use_heading_focus(());
    let confirming = use_state_eq(|| false);
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(false))
    };
    let erase = if *confirming {
        html! {
            <section class="card erase-confirm" role="alertdialog" aria-labelledby="erase-question">
                <p id="erase-question">{ t.get(Ui::EraseConfirm) }</p>
                <div class="actions">
                    { action_button("button-danger", t.get(Ui::EraseYes), &props.on_erase) }
                    { action_button("", t.get(Ui::EraseNo), &cancel) }
                </div>
            </section>
        }
    } else {
        html! { <div class="actions">{ action_button("", t.get(Ui::EraseLog), &ask) }</div> }
    };
    let body = match &props.log {
        PrivateLog::On(log) => html! {
            <>
                <LogSign log={log.clone()} today={props.today} />
                { week_card(t, log, props.today, WeekGoal::of(props.per_week)) }
                { chart_card(t, &Chart::of(log, props.today), log.is_empty()) }
            </>
        },
        PrivateLog::Unreadable(problem) => html! {
            <p class="note note-warning">{ t.get(match problem {
                LogProblem::Unreadable => Ui::LogUnreadable,
                LogProblem::Newer(_) => Ui::LogNewer,
            }) }</p>
        },
        _ => html! {},
    };
    html! {
        <div class="screen my-progress">
            <SmallMasthead />
            <main id="main" class="content">
                <PrintSummary />
                <h1 ref={heading} tabindex="-1">{ t.get(Ui::ProgressTitle) }</h1>
                <p>{ t.get(Ui::ProgressIntro) }</p>
                if props.not_saved {
                    <p class="note note-warning" role="alert">{ t.get(Ui::LogNotSaved) }</p>
                }
                { body }
                if matches!(props.log, PrivateLog::On(_)) {
                    <p class="no-print">{ t.get(Ui::ProgressPrint) }</p>
                }
                <div class="actions">
                    if matches!(props.log, PrivateLog::On(_)) {
                        <PrintButton />
                    }
                    { action_button("", t.get(Ui::Back), &props.on_back) }
                </div>
                if matches!(props.log, PrivateLog::On(_) | PrivateLog::Unreadable(_)) {
                    { erase }
                }
            </main>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct LogSignProps {
    pub log: Log,
    pub today: Day,
}

/// The log's sign to get the knee checked, if it gives one: on My progress, and also on the
/// landing and at the end of a routine, so a patient who never opens My progress sees it.
#[component]
pub fn LogSign(props: &LogSignProps) -> Html {
    sign_card(use_text(), progress::sign(&props.log, props.today))
}

fn sign_card(t: Text, sign: Option<Sign>) -> Html {
    let Some(sign) = sign else {
        return html! {};
    };
    let (what, lines): (Ui, Vec<TextId>) = match sign {
        Sign::StoppedTwice(reason) => (
            Ui::SignStoppedTwice,
            stop_what_to_do(reason)
                .iter()
                .copied()
                .chain(stop_when(reason))
                .map(TextId::from)
                .collect(),
        ),
        Sign::PainWorsening | Sign::PainNotImproving => {
            let question = sign.question().expect("a pain sign names its question");
            (
                if sign == Sign::PainWorsening {
                    Ui::SignWorsening
                } else {
                    Ui::SignNotImproving
                },
                vec![TextId::Guidance(question)],
            )
        }
    };
    // The screening's time frame for the same sign, as the result shows it.
    let when = sign.question().and_then(|q| q.time_frame());
    html! {
        <section class="card verdict verdict-clinician" aria-labelledby="sign-heading">
            <h2 id="sign-heading">{ t.get(Ui::SignHeading) }</h2>
            <p>{ t.get(what) }</p>
            <ul class="plain-list">
                { for lines.into_iter().map(|m| html! { <li>{ t.get(m) }</li> }) }
            </ul>
            if let Some(when) = when {
                <p class="when"><strong>{ t.get(Ui::When) }{ " " }{ t.get(TextId::TimeFrame(when)) }</strong></p>
            }
        </section>
    }
}

fn week_card(t: Text, log: &Log, today: Day, goal: WeekGoal) -> Html {
    let done = progress::sessions_this_week(log, today);
    let goal_words = if goal.fewest == goal.most {
        t.fill(Ui::ProgressGoalExact, &[("n", &goal.fewest.to_string())])
    } else {
        t.fill(
            Ui::ProgressGoalRange,
            &[
                ("fewest", &goal.fewest.to_string()),
                ("most", &goal.most.to_string()),
            ],
        )
    };
    html! {
        <section class="card" aria-labelledby="week-heading">
            <h2 id="week-heading">{ t.fill(Ui::ProgressThisWeek, &[("n", &done.to_string())]) }</h2>
            <p>{ goal_words }</p>
            <p>{ t.get(if goal.is_met(done) { Ui::ProgressGoalMet } else { Ui::ProgressGoalNotYet }) }</p>
        </section>
    }
}

fn chart_card(t: Text, chart: &Chart, empty: bool) -> Html {
    if empty {
        return html! { <p class="note">{ t.get(Ui::ProgressEmpty) }</p> };
    }
    if chart.entries.is_empty() {
        return html! { <p class="note">{ t.get(Ui::ChartNoScores) }</p> };
    }
    let line = |after: bool| {
        let points = chart.points(after);
        let path: Vec<String> = points
            .iter()
            .map(|(x, y)| format!("{x:.1},{y:.1}"))
            .collect();
        let dots = points.iter().map(|(x, y)| {
            html! { <circle cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="1.8" /> }
        });
        html! {
            <g class={if after { "chart-after" } else { "chart-before" }}>
                <polyline points={path.join(" ")} />
                { for dots }
            </g>
        }
    };
    let score = |p: Option<Pain>| p.map_or(String::from("–"), |p| p.score().to_string());
    html! {
        <section class="card" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{ t.get(Ui::ChartHeading) }</h2>
            <svg class="pain-chart" viewBox="-40 -40 1080 680" aria-hidden="true" focusable="false">
                <line class="chart-axis" x1="0" y1="600" x2="1000" y2="600" />
                <line class="chart-axis" x1="0" y1="0" x2="0" y2="600" />
                { line(false) }
                { line(true) }
            </svg>
            <p class="chart-key" aria-hidden="true">
                <span class="key-before">{ t.get(Ui::ChartBefore) }</span>
                <span class="key-after">{ t.get(Ui::ChartAfter) }</span>
            </p>
            <table class="pain-table">
                <caption class="visually-hidden">{ t.get(Ui::ChartHeading) }</caption>
                <thead><tr>
                    <th scope="col">{ t.get(Ui::ChartDate) }</th>
                    <th scope="col">{ t.get(Ui::ChartBefore) }</th>
                    <th scope="col">{ t.get(Ui::ChartAfter) }</th>
                </tr></thead>
                <tbody>
                    { for chart.entries.iter().map(|e| html! {
                        <tr>
                            <th scope="row">{ e.day.iso() }</th>
                            <td>{ score(e.pain_before) }</td>
                            <td>{ score(e.pain_after) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
