//! My progress: the patient's own log. Routines this week against the plan, the pain before
//! and after over the last four weeks (a chart drawn from `progress::Chart`, and the same
//! entries as a table for screen readers and print), when the log itself says to get the knee
//! checked (the screening's words and time frames), a print-out, and "Erase my log".

use knee_core::calendar::Day;
use knee_core::catalog::sign_lines;
use knee_core::progress::{self, Chart, KneeSign, Log, LogProblem, Pain, WeekGoal, WeekStatus};
use knee_core::screening::{Choice, Knee};
use knee_core::{TextId, Ui};
use yew::prelude::*;

use super::action_button::action_button;
use super::masthead::SmallMasthead;
use super::outcome::tier_slug;
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

/// The log's signs to get a knee checked, if it gives any: on My progress, and also on the
/// landing and at the end of a routine, so a patient who never opens My progress sees them.
#[component]
pub fn LogSign(props: &LogSignProps) -> Html {
    let t = use_text();
    html! {
        { for progress::signs(&props.log, props.today).into_iter().map(|s| sign_card(t, s)) }
    }
}

#[derive(Properties, PartialEq)]
pub struct SignCheckProps {
    pub sign: KneeSign,
    pub checked: Option<bool>,
    pub on_pick: Callback<bool>,
}

/// On the overview, when the log says not to massage this knee until it has been checked:
/// the sign, and "Since {date}, has a doctor or physiotherapist checked this knee and said
/// massage is OK?". Only "Yes" lets the routine start (the state holds to that too).
#[component]
pub fn SignCheck(props: &SignCheckProps) -> Html {
    let t = use_text();
    let options = [(true, Choice::Yes), (false, Choice::No)].map(|(value, choice)| {
        let id = format!("sign-checked-{}", if value { "yes" } else { "no" });
        let onchange = props.on_pick.reform(move |_: Event| value);
        html! {
            <div class="choice">
                <input type="radio" id={id.clone()} name="sign-checked"
                    checked={props.checked == Some(value)} {onchange} />
                <label for={id}>{ t.get(TextId::Choice(choice)) }</label>
            </div>
        }
    });
    html! {
        <>
            { sign_card(t, props.sign) }
            <fieldset class="question sign-check">
                <legend>{ t.fill(Ui::SignCheckedQuestion, &[("date", &props.sign.since.iso())]) }</legend>
                <div class="choices">{ for options }</div>
            </fieldset>
        </>
    }
}

fn knee_name(t: Text, knee: Knee) -> &'static str {
    t.get(TextId::Choice(knee.choice()))
}

fn sign_card(t: Text, KneeSign { knee, sign, .. }: KneeSign) -> Html {
    let words = sign_lines(t.lang(), sign);
    let line = |words: &String| html! { <p>{ words }</p> };
    let when = sign.time_frame();
    let id = match knee {
        Knee::Left => "sign-left",
        Knee::Right => "sign-right",
    };
    html! {
        <section class={classes!("card", "verdict", "log-sign", format!("verdict-{}", tier_slug(when.tier())))}
            aria-labelledby={id}>
            <h2 {id}>{ t.get(Ui::SignHeading) }</h2>
            <p><strong>{ t.get(Ui::KneeChosen) }{ " " }{ knee_name(t, knee) }</strong></p>
            { for words.iter().take(2).map(line) }
            <p class="when"><strong>{ t.get(Ui::When) }{ " " }{ t.get(TextId::TimeFrame(when)) }</strong></p>
            { for words.iter().skip(2).map(line) }
            <p class="note">{ t.get(Ui::SignNotDiagnosis) }</p>
        </section>
    }
}

fn week_card(t: Text, log: &Log, today: Day, goal: WeekGoal) -> Html {
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
    let signs = progress::signs(log, today);
    let knees = progress::finished_this_week(log, today);
    let line = |&(knee, done): &(Knee, usize)| {
        // A knee with a sign to get it checked is never called "on plan".
        let status = match goal.status(done) {
            _ if signs.iter().any(|s| s.knee == knee) => None,
            WeekStatus::NotYet => Some(Ui::ProgressGoalNotYet),
            WeekStatus::OnPlan => Some(Ui::ProgressGoalMet),
            WeekStatus::MoreThanPlanned => Some(Ui::ProgressGoalMore),
        };
        html! {
            <li>
                { t.fill(Ui::ProgressKneeCount, &[("knee", knee_name(t, knee)), ("n", &done.to_string())]) }
                if let Some(status) = status {
                    { " " }{ t.get(status) }
                }
            </li>
        }
    };
    html! {
        <section class="card" aria-labelledby="week-heading">
            <h2 id="week-heading">{ t.get(Ui::ProgressThisWeek) }</h2>
            if knees.is_empty() {
                <p>{ t.get(Ui::ProgressNoneThisWeek) }</p>
            } else {
                <ul class="plain-list week-counts">{ for knees.iter().map(line) }</ul>
            }
            <p>{ goal_words }</p>
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
        let path: Vec<String> = points.iter().map(|(x, y)| format!("{x},{y}")).collect();
        let dots = points.iter().map(|(x, y)| {
            html! { <circle cx={x.to_string()} cy={y.to_string()} r="12" /> }
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
            // The axes' ends in words (the table carries the numbers for a screen reader).
            <div class="chart-frame" aria-hidden="true">
                <p class="chart-y"><span>{ Pain::WORST }</span><span>{ 0 }</span></p>
                <svg class="pain-chart" viewBox={format!("0 0 {} {}", Chart::WIDTH, Chart::HEIGHT)}
                    overflow="visible" focusable="false">
                    <line class="chart-axis" x1="0" y1={Chart::HEIGHT.to_string()} x2={Chart::WIDTH.to_string()} y2={Chart::HEIGHT.to_string()} />
                    <line class="chart-axis" x1="0" y1="0" x2="0" y2={Chart::HEIGHT.to_string()} />
                    { line(false) }
                    { line(true) }
                </svg>
                <p class="chart-x"><span>{ chart.first.iso() }</span><span>{ chart.last().iso() }</span></p>
            </div>
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
