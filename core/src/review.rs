//! The clinic's review page: everything the widget asks and says, in one printable HTML page per
//! language, generated from the same catalog and rules the app runs, so what a lead clinician
//! signs off is exactly what patients see.
//!
//! `examples/review_pages.rs` writes `review.html` (English) and `review-<lang>.html` for every
//! language into the build (scripts/post_build.py runs it). The page has no script and no inline
//! style (its stylesheet is `review.css`), so it loads under the widget's strict CSP, and it
//! prints on plain paper. The tests below fail if any message of the catalog, or any rule, is
//! missing from it.
//!
//! The page's own headings are in each language's file of the catalog beside its table
//! (`catalog::ReviewWords`); only this module reads them, so the wasm does not carry them.

use crate::catalog::ReviewWords;
use crate::catalog::{fill, sign_lines, step_caution, stop_label, stop_what_to_do, stop_when};
use crate::content::{
    Benefit, Contraindication, Faq, KeepOff, Muscle, Principle, SeekHelpSign, Structure, Technique,
    CONTENT_VERSION,
};
use crate::plan::{PlanChoices, Preset};
use crate::progress::{self, Sign, WeekGoal};
use crate::screening::{Answers, Choice, Page, Question, Tier, TimeFrame};
use crate::step::{PesAnserineMethod, Pressure, StepKind};
use crate::timer::StopReason;
use crate::{anatomy::Bone, range_words, text, Lang, TextId, Ui, UiGroup};

/// The file a language's review page is written to.
pub fn file_name(lang: Lang) -> String {
    format!("review-{}.html", lang.code())
}

/// Text made safe for HTML (element content and quoted attribute values).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The section of the page that lists a group of the screens' words: the screening's, the
/// result's, the routine's, the stops' and Learn's beside what they explain; every other group
/// under "every other word". A new group must be placed here (the match has no catch-all).
const fn section_of(group: UiGroup) -> &'static str {
    match group {
        UiGroup::Screening => "screening",
        UiGroup::Result => "results",
        UiGroup::BeforeStart
        | UiGroup::PlanOverview
        | UiGroup::Routine
        | UiGroup::Cues
        | UiGroup::Done => "routine",
        UiGroup::PainScale | UiGroup::LogChoice | UiGroup::Progress | UiGroup::LogSigns => "log",
        UiGroup::Stopped => "stops",
        UiGroup::Learn | UiGroup::AnatomyPicture | UiGroup::PictureLabels => "learn",
        UiGroup::Landing
        | UiGroup::LanguageSwitch
        | UiGroup::Contact
        | UiGroup::TabletBar
        | UiGroup::UpdateOffer
        | UiGroup::Print
        | UiGroup::Prescribe
        | UiGroup::Shared
        | UiGroup::ChosenByRules
        | UiGroup::Times
        | UiGroup::Loading => "other",
    }
}

/// One HTML page under construction.
struct Html {
    out: String,
    lang: Lang,
    /// The page's own words in its language.
    w: &'static ReviewWords,
}

impl Html {
    fn raw(&mut self, markup: &str) {
        self.out.push_str(markup);
    }

    /// `<tag attrs>text</tag>`, the text escaped.
    fn el(&mut self, tag: &str, attrs: &str, content: &str) {
        let space = if attrs.is_empty() { "" } else { " " };
        self.out
            .push_str(&format!("<{tag}{space}{attrs}>{}</{tag}>", escape(content)));
    }

    fn msg(&mut self, tag: &str, attrs: &str, msg: impl Into<TextId>) {
        self.el(tag, attrs, text(self.lang, msg));
    }

    /// `<tag attrs><span class="label">label</span>: <span>value</span></tag>`.
    fn labelled(&mut self, tag: &str, attrs: &str, label: &str, value: &str) {
        let space = if attrs.is_empty() { "" } else { " " };
        self.out.push_str(&format!("<{tag}{space}{attrs}>"));
        self.el("span", "class=\"label\"", label);
        self.raw(": ");
        self.el("span", "", value);
        self.out.push_str(&format!("</{tag}>"));
    }

    /// A heading and a plain list of messages under it.
    fn titled_list(&mut self, title: &str, items: impl IntoIterator<Item = TextId>) {
        self.el("h3", "", title);
        self.raw("<ul>");
        for msg in items {
            self.msg("li", "", msg);
        }
        self.raw("</ul>");
    }

    /// A table cell listing what an answer changes in the routine when it lets it run (a
    /// precaution's limits, a liftable risk's once lifted), or that it never runs.
    fn limits(&mut self, q: Question) {
        let limits = q.limits();
        if limits.is_empty() {
            self.el("td", "", self.w.none);
            return;
        }
        self.raw("<td><ul>");
        for limit in limits.iter() {
            self.msg("li", "", TextId::Limit(limit));
        }
        self.raw("</ul></td>");
    }

    /// A definition list of label and message pairs.
    fn pairs(&mut self, items: impl IntoIterator<Item = (String, String)>) {
        self.raw("<dl>");
        for (label, value) in items {
            self.el("dt", "", &label);
            self.el("dd", "", &value);
        }
        self.raw("</dl>");
    }

    /// What a step or a technique keeps off, under the heading the step screen shows, one level
    /// below the step's or the technique's own heading (`heading`).
    fn keep_off(&mut self, heading: &str, list: &[KeepOff]) {
        if list.is_empty() {
            return;
        }
        self.msg(heading, "class=\"keep-off\"", Ui::KeepOffHeading);
        self.raw("<ul class=\"keep-off\">");
        for &k in list {
            self.msg("li", "", TextId::KeepOff(k));
        }
        self.raw("</ul>");
    }

    /// The groups of the screens' words that `section` lists, each under its heading.
    fn groups(&mut self, section: &str) {
        for &group in UiGroup::ALL.iter().filter(|&&g| section_of(g) == section) {
            self.raw(&format!(
                "<div class=\"group\" data-group=\"{}\">",
                group.name()
            ));
            self.el("h3", "", (self.w.group)(group));
            self.ui_list(group.words());
            self.raw("</div>");
        }
    }

    /// A list of messages, each with its code name (so a clinic's note can point at it).
    fn ui_list(&mut self, items: &[Ui]) {
        self.raw("<ul class=\"texts\">");
        for &ui in items {
            self.raw("<li>");
            self.el("span", "class=\"key\"", ui.name());
            self.msg("span", "class=\"text\"", ui);
            self.raw("</li>");
        }
        self.raw("</ul>");
    }
}

/// A template of the review page's own words with the answers filled in as the patient taps
/// them: `{yes}`, `{not_sure}`, `{no}`.
fn choice_words(lang: Lang, template: &str) -> String {
    let t = |c: Choice| text(lang, TextId::Choice(c));
    crate::fill(
        template,
        &[
            ("yes", t(Choice::Yes)),
            ("not_sure", t(Choice::NotSure)),
            ("no", t(Choice::No)),
        ],
    )
}

/// The screening's rules as a Markdown table in `lang`, for the clinic's docs
/// (`docs/clinic/screening-rules.md` is this text, written by `examples/review_pages.rs` and
/// held to it by a test): every safety question in the order the patient meets it, with the
/// question it follows, its result, when, whether a clearance lifts it, and what changes in
/// the routine when it lets it run. Made from the same rules `evaluate` reads.
pub fn rules_markdown(lang: Lang) -> String {
    let w = crate::catalog::review_words(lang);
    let t = |msg: TextId| text(lang, msg).replace('|', "\\|");
    let mut out = format!(
        "<!-- Generated by `cargo run -p knee-core --example review_pages`; do not edit. -->\n\n# {} ({} {})\n\n{}\n\n",
        w.rules,
        w.version,
        CONTENT_VERSION,
        choice_words(lang, w.rules_intro)
    );
    out.push_str(&format!(
        "| # | {} | {} | {} | {} | {} |\n|---|---|---|---|---|---|\n",
        w.risk, w.result, w.when, w.lifted, w.changes
    ));
    let mut number = 0;
    for &page in Page::ALL {
        for &q in page.questions() {
            number += 1;
            if q.is_preference() {
                continue;
            }
            let mut question = t(TextId::Question(q));
            if let Some(g) = q.gateway() {
                question = format!(
                    "{question} ({}: {})",
                    choice_words(lang, w.follow_up),
                    t(TextId::Question(g))
                );
            }
            if q.from_standard_practice() {
                question.push_str(" *");
            }
            let (result, when, lifted) = match (q.tier(), q.time_frame()) {
                (Some(tier), Some(frame)) => (
                    t(TextId::TierTitle(tier)),
                    t(TextId::TimeFrame(frame)),
                    if q.cleared_by_clinician() {
                        w.yes
                    } else {
                        w.no
                    }
                    .to_owned(),
                ),
                _ if q.is_precaution() => (
                    t(TextId::TierTitle(Tier::GoAheadWithChanges)),
                    "-".to_owned(),
                    "-".to_owned(),
                ),
                _ => ("-".to_owned(), "-".to_owned(), "-".to_owned()),
            };
            let changes: Vec<String> = q.limits().iter().map(|l| t(TextId::Limit(l))).collect();
            let changes = if changes.is_empty() {
                "-".to_owned()
            } else {
                changes.join("<br>")
            };
            out.push_str(&format!(
                "| {number} | {question} | {result} | {when} | {lifted} | {changes} |\n"
            ));
        }
    }
    out.push_str(&format!(
        "\n\\* {}\n\n{}\n\n{}\n",
        w.standard,
        choice_words(lang, w.rules_go_ahead),
        w.rules_numbers
    ));
    out
}

/// A step's time under a preset, as the planner gives it to an all-clear patient with the
/// step's pes anserine method and only the tool or the MCL guidance the step needs: the
/// soft-tissue step's time fills the rest of a session with the pes anserine hold, no tools and
/// no MCL step, as the page says.
fn preset_seconds(kind: StepKind, preset: Preset) -> u32 {
    let yes_if = |needed: bool| if needed { Choice::Yes } else { Choice::No };
    let mut answers = Answers::all_no();
    for (question, choice) in [
        (Question::WhichKnee, Choice::Right),
        (Question::ClinicianCleared, Choice::No),
        (Question::MclGuidance, yes_if(kind == StepKind::Mcl)),
        (
            Question::FoamRoller,
            yes_if(matches!(
                kind,
                StepKind::FoamRollerPass | StepKind::FoamRollerPause
            )),
        ),
        (Question::MassageBall, yes_if(kind == StepKind::MassageBall)),
    ] {
        answers
            .set(question, choice)
            .expect("the question offers the choice");
    }
    let method = if kind == StepKind::PesAnserineFriction {
        PesAnserineMethod::Friction
    } else {
        PesAnserineMethod::Hold
    };
    let plan = crate::plan::build(
        &crate::screening::evaluate(&answers),
        &answers,
        &PlanChoices::new(preset, method),
    )
    .expect("an all-clear patient gets a routine");
    plan.steps
        .iter()
        .find(|step| step.kind == kind)
        .expect("the plan has the step it was made for")
        .seconds
}

/// The page's sections, in order: their ids and headings.
fn sections(w: &ReviewWords) -> [(&'static str, &'static str); 9] {
    [
        ("screening", w.screening),
        ("rules", w.rules),
        ("results", w.results),
        ("routine", w.routine),
        ("stops", w.stops),
        ("log", w.log),
        ("learn", w.learn),
        ("other", w.other),
        ("sign-off", w.sign_off),
    ]
}

/// The whole review page in `lang`.
pub fn page(lang: Lang) -> String {
    let mut h = Html {
        out: String::with_capacity(96 * 1024),
        lang,
        w: crate::catalog::review_words(lang),
    };
    head(&mut h);
    h.raw("<main>\n");
    for (id, title) in sections(h.w) {
        h.raw(&format!(
            "<section id=\"{id}\"{} aria-labelledby=\"{id}-h\">",
            if id == "sign-off" {
                " class=\"sign-off\""
            } else {
                ""
            }
        ));
        h.el("h2", &format!("id=\"{id}-h\""), title);
        match id {
            "screening" => screening(&mut h),
            "rules" => rules(&mut h),
            "results" => results(&mut h),
            "routine" => routine(&mut h),
            "stops" => stops(&mut h),
            "log" => log(&mut h),
            "learn" => learn(&mut h),
            "other" => h.el("p", "", h.w.other_intro),
            _ => sign_off(&mut h),
        }
        h.groups(id);
        h.raw("</section>\n");
    }
    h.raw("</main>\n</body>\n</html>\n");
    h.out
}

/// The document's head, and the page's header: what it is, its version and language, the
/// other languages, and the contents.
fn head(h: &mut Html) {
    let (lang, w) = (h.lang, h.w);
    h.raw(&format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        lang.code()
    ));
    h.el("title", "", w.title);
    // The widget's own icon (no request for a missing /favicon.ico).
    h.raw("\n<link rel=\"icon\" href=\"icons/icon-192.png\" type=\"image/png\">");
    h.raw("\n<link rel=\"stylesheet\" href=\"review.css\">\n</head>\n<body>\n<header class=\"review-head\">");
    h.el("h1", "", w.title);
    h.el("p", "class=\"lead\"", w.intro);
    h.el("p", "", w.generated);
    h.pairs([
        (w.version.to_owned(), CONTENT_VERSION.to_owned()),
        (
            w.language.to_owned(),
            text(lang, Ui::LanguageName).to_owned(),
        ),
    ]);
    h.raw("<p class=\"languages\">");
    h.el("span", "", w.other_languages);
    h.raw(": ");
    for &other in Lang::ALL.iter().filter(|&&l| l != lang) {
        h.raw(&format!(
            "<a href=\"{}\" hreflang=\"{code}\" lang=\"{code}\">{}</a> ",
            file_name(other),
            escape(text(other, Ui::LanguageName)),
            code = other.code()
        ));
    }
    h.raw("</p>");
    h.el("p", "class=\"note\"", w.placeholders);
    h.raw("</header>\n<nav aria-labelledby=\"contents\">");
    h.el("h2", "id=\"contents\"", w.contents);
    h.raw("<ol>");
    for (id, title) in sections(w) {
        h.raw(&format!("<li><a href=\"#{id}\">{}</a></li>", escape(title)));
    }
    h.raw("</ol></nav>\n");
}

/// Section 1, every question, page by page, in the order the app asks them.
fn screening(h: &mut Html) {
    let (lang, w) = (h.lang, h.w);
    let t = |msg: TextId| text(lang, msg);
    h.el("p", "", w.screening_intro);
    let mut number = 0;
    for &page in Page::ALL {
        h.el(
            "h3",
            "",
            &format!("{}. {}", page.number(), t(TextId::Page(page))),
        );
        h.raw(&format!(
            "<ol class=\"questions\" start=\"{}\">",
            number + 1
        ));
        for &q in page.questions() {
            number += 1;
            h.raw(&format!(
                "<li class=\"question\" id=\"{}\" data-question=\"{}\">",
                q.id().replace('.', "-"),
                q.id()
            ));
            h.msg("p", "class=\"question-text\"", TextId::Question(q));
            if let Some(gateway) = q.gateway() {
                let label = choice_words(lang, w.follow_up);
                h.labelled(
                    "p",
                    "class=\"follow-up\"",
                    &label,
                    t(TextId::Question(gateway)),
                );
            }
            if q.has_hint() {
                h.labelled("p", "class=\"hint\"", w.hint, t(TextId::QuestionHint(q)));
            }
            if q.from_standard_practice() {
                h.el("p", "class=\"standard\"", w.standard);
            }
            let choices: Vec<&str> = q.choices().iter().map(|&c| t(TextId::Choice(c))).collect();
            h.labelled("p", "class=\"choices\"", w.answers, &choices.join(" / "));
            if q.is_risk() || q.is_precaution() {
                let label = choice_words(lang, w.guidance);
                h.labelled("p", "class=\"guidance\"", &label, t(TextId::Guidance(q)));
            }
            h.raw("</li>");
        }
        h.raw("</ol>");
    }
}

/// Section 2, the rules tables: each risk, its result, when, and whether a clearance lifts it; each
/// precaution and what it changes.
fn rules(h: &mut Html) {
    let (lang, w) = (h.lang, h.w);
    h.el("p", "", &choice_words(lang, w.rules_intro));
    h.raw("<table class=\"rules\"><thead><tr>");
    for head in [w.risk, w.result, w.when, w.lifted, w.changes] {
        h.el("th", "scope=\"col\"", head);
    }
    h.raw("</tr></thead><tbody>");
    for &q in Question::ALL.iter().filter(|q| q.is_risk()) {
        let (Some(frame), Some(tier)) = (q.time_frame(), q.tier()) else {
            continue;
        };
        h.raw(&format!(
            "<tr data-risk=\"{}\" data-tier=\"{}\" data-when=\"{}\">",
            q.id(),
            tier.name(),
            frame.name()
        ));
        h.msg("th", "scope=\"row\"", TextId::Question(q));
        h.msg("td", "", TextId::TierTitle(tier));
        h.msg("td", "", TextId::TimeFrame(frame));
        h.el(
            "td",
            "",
            if q.cleared_by_clinician() {
                w.yes
            } else {
                w.no
            },
        );
        h.limits(q);
        h.raw("</tr>");
    }
    h.raw("</tbody></table>");
    h.el("p", "", &choice_words(lang, w.precautions_intro));
    h.raw("<table class=\"rules\"><thead><tr>");
    for head in [w.risk, w.result, w.changes] {
        h.el("th", "scope=\"col\"", head);
    }
    h.raw("</tr></thead><tbody>");
    for &q in Question::ALL.iter().filter(|q| q.is_precaution()) {
        h.raw(&format!(
            "<tr data-precaution=\"{}\" data-tier=\"{}\">",
            q.id(),
            Tier::GoAheadWithChanges.name()
        ));
        h.msg("th", "scope=\"row\"", TextId::Question(q));
        h.msg("td", "", TextId::TierTitle(Tier::GoAheadWithChanges));
        h.limits(q);
        h.raw("</tr>");
    }
    h.raw("</tbody></table>");
    h.el("p", "", &choice_words(lang, w.rules_go_ahead));
}

/// Section 3, every result's words, and the time frames.
fn results(h: &mut Html) {
    for &tier in Tier::ALL {
        h.raw(&format!(
            "<div class=\"tier\" data-tier=\"{}\">",
            tier.name()
        ));
        h.msg("h3", "", TextId::TierTitle(tier));
        h.msg("p", "", TextId::TierSummary(tier));
        h.raw("</div>");
    }
    h.titled_list(
        h.w.time_frames,
        TimeFrame::ALL.iter().map(|&f| TextId::TimeFrame(f)),
    );
}

/// Section 4, every step: target, the source's range, default and presets, what it keeps off, its
/// caution and stop buttons, and its usual and gentle words.
fn routine(h: &mut Html) {
    let (lang, w) = (h.lang, h.w);
    let t = |msg: TextId| text(lang, msg);
    h.el("p", "", w.routine_intro);
    for &kind in StepKind::ALL {
        let range = kind.range();
        h.raw(&format!(
            "<article class=\"step\" data-step=\"{}\">",
            kind.name()
        ));
        h.msg("h3", "", TextId::StepName(kind));
        let seconds = |preset| crate::duration_words(lang, preset_seconds(kind, preset));
        h.pairs([
            (w.target.to_owned(), t(TextId::StepTarget(kind)).to_owned()),
            (
                w.source_range.to_owned(),
                if kind.has_source_duration() {
                    range_words(lang, range)
                } else {
                    w.own_time.to_owned()
                },
            ),
            (w.default_time.to_owned(), seconds(Preset::default())),
            (w.short.to_owned(), seconds(Preset::Short)),
            (w.full.to_owned(), seconds(Preset::Full)),
        ]);
        h.keep_off("h4", kind.keep_off());
        let caution = step_caution(kind);
        if !caution.is_empty() {
            h.msg("h4", "", Ui::MclCautionHeading);
            h.ui_list(caution);
        }
        h.msg("h4", "", Ui::StopHeading);
        let stops: Vec<Ui> = kind.stop_reasons().iter().map(|&r| stop_label(r)).collect();
        h.ui_list(&stops);
        if kind == StepKind::SoftTissueRelease {
            h.el("p", "class=\"note\"", w.short_soft_tissue);
        }
        h.raw("<table class=\"forms\"><thead><tr><td></td>");
        h.el("th", "scope=\"col\"", w.usual);
        h.el("th", "scope=\"col\"", w.gentle);
        h.raw("</tr></thead><tbody>");
        for (label, msg) in [
            (
                w.hands,
                TextId::StepHands as fn(StepKind, Pressure) -> TextId,
            ),
            (w.pressure, TextId::StepPressure),
            (w.motion, TextId::StepMotion),
        ] {
            h.raw("<tr>");
            h.el("th", "scope=\"row\"", label);
            h.msg("td", "", msg(kind, Pressure::Usual));
            h.msg("td", "", msg(kind, Pressure::Gentle));
            h.raw("</tr>");
        }
        h.raw("</tbody></table></article>");
    }
}

/// Section 5, each stop screen, by the reason the patient gives: what to do, and when to get help.
fn stops(h: &mut Html) {
    for &reason in StopReason::ALL {
        h.raw(&format!(
            "<article class=\"stop\" data-stop=\"{}\">",
            reason.name()
        ));
        h.el(
            "h3",
            "",
            &format!(
                "{} {}",
                text(h.lang, Ui::StoppedBecause),
                text(h.lang, stop_label(reason))
            ),
        );
        h.ui_list(stop_what_to_do(reason));
        h.msg("h4", "", Ui::SeekHelpHeading);
        h.ui_list(&stop_when(reason));
        h.raw("</article>");
    }
}

/// Section 6, the private log: when the patient's own numbers say to get a knee checked (the
/// rule of `progress::signs`, its numbers filled in from the core), and what the patient reads.
fn log(h: &mut Html) {
    let (lang, w) = (h.lang, h.w);
    let numbers = |template: &str| {
        fill(
            template,
            &[
                ("window", &progress::WINDOW_DAYS.to_string()),
                ("stops", &progress::STOPS_FOR_A_SIGN.to_string()),
                ("regular", &progress::REGULAR_PER_WEEK.to_string()),
                ("improved", &progress::IMPROVED_BY.to_string()),
                ("severe", &progress::SEVERE_PAIN.to_string()),
                ("up", &progress::PAIN_UP_BY.to_string()),
                ("worse", &progress::WORSE_BY.to_string()),
                ("kept", &progress::SIGN_KEPT_DAYS.to_string()),
                ("fewest", &WeekGoal::of(None).fewest.to_string()),
                ("most", &WeekGoal::of(None).most.to_string()),
            ],
        )
    };
    h.el("p", "", w.log_intro);
    h.raw("<table class=\"rules\"><thead><tr>");
    for head in [w.log_condition, w.log_reads, w.when] {
        h.el("th", "scope=\"col\"", head);
    }
    h.raw("</tr></thead><tbody>");
    for (&sign, condition) in Sign::ALL.iter().zip(w.log_signs) {
        h.raw(&format!(
            "<tr data-sign=\"{sign:?}\" data-when=\"{}\">",
            sign.time_frame().name()
        ));
        h.el("th", "scope=\"row\"", &numbers(condition));
        h.raw("<td>");
        for line in sign_lines(lang, sign) {
            h.el("p", "", &line);
        }
        h.raw("</td>");
        h.msg("td", "", TextId::TimeFrame(sign.time_frame()));
        h.raw("</tr>");
    }
    let severe = Question::SeverePain;
    let today = severe
        .time_frame()
        .expect("very strong pain has a time frame");
    h.raw(&format!(
        "<tr data-sign=\"SeverePain\" data-when=\"{}\">",
        today.name()
    ));
    h.el("th", "scope=\"row\"", &numbers(w.log_severe));
    h.raw("<td>");
    h.el(
        "p",
        "",
        &fill(
            text(lang, Ui::PainSevere),
            &[("n", &progress::SEVERE_PAIN.to_string())],
        ),
    );
    h.msg("p", "", TextId::Guidance(severe));
    h.raw("</td>");
    h.msg("td", "", TextId::TimeFrame(today));
    h.raw("</tr></tbody></table>");
    h.el("p", "", &numbers(w.log_kept));
    h.el("p", "", &numbers(w.log_week));
    h.el("p", "", w.log_standard);
}

/// Section 7, Learn: everything the source explains.
fn learn(h: &mut Html) {
    let (lang, w) = (h.lang, h.w);
    let t = |msg: TextId| text(lang, msg);
    h.el("h3", "", w.structures);
    h.raw("<dl>");
    for &s in Structure::ALL {
        h.raw("<dt>");
        h.msg("span", "", TextId::StructureName(s));
        h.raw(" (");
        h.msg("span", "", TextId::StructureLabel(s));
        h.raw(")</dt>");
        h.msg("dd", "", TextId::StructureAbout(s));
    }
    h.raw("</dl>");
    h.titled_list(w.bones, Bone::ALL.iter().map(|&b| TextId::Bone(b)));
    h.titled_list(w.muscles, Muscle::ALL.iter().map(|&m| TextId::Muscle(m)));
    h.titled_list(w.benefits, Benefit::ALL.iter().map(|&b| TextId::Benefit(b)));
    for (title, items) in [
        (
            w.avoid,
            Contraindication::ALL
                .iter()
                .map(|&c| {
                    (
                        TextId::Contraindication(c),
                        TextId::ContraindicationGetHelp(c),
                    )
                })
                .collect::<Vec<_>>(),
        ),
        (
            w.seek_help,
            SeekHelpSign::ALL
                .iter()
                .map(|&s| (TextId::SeekHelp(s), TextId::SeekHelpGetHelp(s)))
                .collect(),
        ),
    ] {
        h.el("h3", "", title);
        h.raw("<dl>");
        for (item, how_soon) in items {
            h.msg("dt", "", item);
            h.labelled("dd", "", w.get_help, t(how_soon));
        }
        h.raw("</dl>");
    }
    h.el("h3", "", w.techniques);
    for &tech in Technique::ALL {
        h.raw("<div class=\"technique\">");
        h.msg("h4", "", TextId::TechniqueName(tech));
        h.pairs([
            (
                w.target.to_owned(),
                t(TextId::TechniqueTarget(tech)).to_owned(),
            ),
            (
                w.hands.to_owned(),
                t(TextId::TechniqueHands(tech)).to_owned(),
            ),
            (
                w.pressure.to_owned(),
                t(TextId::TechniquePressure(tech)).to_owned(),
            ),
            (
                w.motion.to_owned(),
                t(TextId::TechniqueMotion(tech)).to_owned(),
            ),
        ]);
        h.keep_off("h5", tech.keep_off());
        h.raw("</div>");
    }
    h.titled_list(
        w.principles,
        Principle::ALL.iter().map(|&p| TextId::Principle(p)),
    );
    h.el("h3", "", w.faq);
    h.raw("<dl>");
    for &f in Faq::ALL {
        h.msg("dt", "", TextId::FaqQuestion(f));
        h.msg("dd", "", TextId::FaqAnswer(f));
    }
    h.raw("</dl>");
}

/// The sign-off box: lines to write on, no form fields.
fn sign_off(h: &mut Html) {
    let w = h.w;
    h.el("p", "", w.sign_off_intro);
    h.raw("<dl class=\"lines\">");
    for label in [w.reviewer, w.role, w.signature, w.date, w.notes] {
        h.el("dt", "", label);
        h.raw("<dd></dd>");
    }
    h.el("dt", "", w.version);
    h.el("dd", "class=\"filled\"", CONTENT_VERSION);
    h.raw("</dl>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_of_the_catalog_is_on_the_page_in_every_language() {
        for &lang in Lang::ALL {
            let page = page(lang);
            for msg in TextId::all() {
                let words = escape(text(lang, msg));
                assert!(page.contains(&words), "{msg:?} missing in {lang:?}");
            }
            assert!(page.contains(CONTENT_VERSION));
            assert!(page.contains(&format!("<html lang=\"{}\">", lang.code())));
        }
    }

    /// The code names a part of the page lists, in order.
    fn keys(part: &str) -> Vec<&str> {
        part.split("<span class=\"key\">")
            .skip(1)
            .map(|rest| &rest[..rest.find('<').expect("the key's span closes")])
            .collect()
    }

    /// The part of `page` from `start` to the first `end` after it.
    fn between<'a>(page: &'a str, start: &str, end: &str) -> &'a str {
        let from = page
            .find(start)
            .unwrap_or_else(|| panic!("{start} is on the page"));
        let rest = &page[from..];
        &rest[..rest.find(end).expect("the part ends")]
    }

    #[test]
    fn each_group_of_words_is_listed_whole_in_its_section() {
        for &lang in Lang::ALL {
            let page = page(lang);
            for &group in UiGroup::ALL {
                let section = between(
                    &page,
                    &format!("<section id=\"{}\"", section_of(group)),
                    "</section>",
                );
                let listed = between(
                    section,
                    &format!("data-group=\"{}\"", group.name()),
                    "</div>",
                );
                let words: Vec<&str> = group.words().iter().map(|w| w.name()).collect();
                assert_eq!(keys(listed), words, "{group:?} in {lang:?}");
                assert!(listed.contains(&escape((crate::catalog::review_words(lang).group)(group))));
            }
        }
    }

    #[test]
    fn each_stop_screen_is_listed_with_the_words_the_screen_shows() {
        for &lang in Lang::ALL {
            let page = page(lang);
            for &reason in StopReason::ALL {
                let article = between(
                    &page,
                    &format!("data-stop=\"{}\"", reason.name()),
                    "</article>",
                );
                let shown: Vec<&str> = stop_what_to_do(reason)
                    .iter()
                    .chain(stop_when(reason).iter())
                    .map(|w| w.name())
                    .collect();
                assert_eq!(keys(article), shown, "{reason:?} in {lang:?}");
                assert!(article.contains(&escape(text(lang, stop_label(reason)))));
            }
        }
    }

    #[test]
    fn each_step_lists_its_caution_and_its_stop_buttons() {
        let page = page(Lang::En);
        for &kind in StepKind::ALL {
            let article = between(
                &page,
                &format!("data-step=\"{}\"", kind.name()),
                "</article>",
            );
            let shown: Vec<&str> = step_caution(kind)
                .iter()
                .copied()
                .chain(kind.stop_reasons().iter().map(|&r| stop_label(r)))
                .map(|w| w.name())
                .collect();
            assert_eq!(keys(article), shown, "{kind:?}");
        }
    }

    #[test]
    fn the_questions_are_listed_in_the_apps_order() {
        let order: Vec<Question> = Page::ALL
            .iter()
            .flat_map(|p| p.questions().iter().copied())
            .collect();
        assert_eq!(order, Question::ALL, "pages ask in declaration order");
        for &lang in Lang::ALL {
            let page = page(lang);
            let mut last = 0;
            for &q in Question::ALL {
                let at = page
                    .find(&format!("data-question=\"{}\"", q.id()))
                    .unwrap_or_else(|| panic!("{q:?} not on the page"));
                assert!(at > last, "{q:?} out of order");
                last = at;
            }
        }
    }

    #[test]
    fn every_risk_has_its_rule_row_with_the_screenings_result_and_time_frame() {
        for &lang in Lang::ALL {
            let page = page(lang);
            for &q in Question::ALL.iter().filter(|q| q.is_risk()) {
                let frame = q.time_frame().unwrap();
                let start = page
                    .find(&format!("<tr data-risk=\"{}\"", q.id()))
                    .unwrap_or_else(|| panic!("no rule row for {q:?}"));
                let row = &page[start..start + page[start..].find("</tr>").unwrap()];
                assert!(row.contains(&format!("data-tier=\"{}\"", frame.tier().name())));
                assert!(row.contains(&escape(text(lang, TextId::TierTitle(frame.tier())))));
                assert!(row.contains(&escape(text(lang, TextId::TimeFrame(frame)))));
                let lifted = if q.cleared_by_clinician() {
                    crate::catalog::review_words(lang).yes
                } else {
                    crate::catalog::review_words(lang).no
                };
                assert!(
                    row.contains(&format!("<td>{}</td>", escape(lifted))),
                    "{q:?}"
                );
                for limit in q.limits().iter() {
                    assert!(
                        row.contains(&escape(text(lang, TextId::Limit(limit)))),
                        "{q:?}"
                    );
                }
                assert_eq!(
                    q.limits().is_empty(),
                    row.ends_with(&format!(
                        "<td>{}</td>",
                        escape(crate::catalog::review_words(lang).none)
                    ))
                );
            }
            for &q in Question::ALL.iter().filter(|q| q.is_precaution()) {
                let start = page
                    .find(&format!("<tr data-precaution=\"{}\"", q.id()))
                    .unwrap_or_else(|| panic!("no rule row for {q:?}"));
                let row = &page[start..start + page[start..].find("</tr>").unwrap()];
                for limit in q.limits().iter() {
                    assert!(
                        row.contains(&escape(text(lang, TextId::Limit(limit)))),
                        "{q:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_rules_name_the_answers_by_the_words_the_patient_taps() {
        for &lang in Lang::ALL {
            let page = page(lang);
            assert!(
                !page.contains("{yes}") && !page.contains("{not_sure}") && !page.contains("{no}")
            );
            let not_sure = escape(text(lang, TextId::Choice(Choice::NotSure)));
            let start = page.find("id=\"rules-h\"").unwrap();
            assert!(page[start..].contains(&not_sure), "{lang:?}");
        }
    }

    #[test]
    fn every_step_shows_its_range_and_both_presets_within_it() {
        for &kind in StepKind::ALL {
            let range = kind.range();
            for preset in [Preset::Short, Preset::Full] {
                let s = preset_seconds(kind, preset);
                assert!(range.min <= s && s <= range.max, "{kind:?} {preset:?}: {s}");
            }
            let page = page(Lang::En);
            let start = page
                .find(&format!("data-step=\"{}\"", kind.name()))
                .unwrap();
            let step = &page[start..start + page[start..].find("</article>").unwrap()];
            if kind.has_source_duration() {
                assert!(step.contains(&escape(&range_words(Lang::En, range))));
            }
            let short = crate::duration_words(Lang::En, preset_seconds(kind, Preset::Short));
            assert!(step.contains(&escape(&short)), "{kind:?}");
        }
    }

    #[test]
    fn the_page_needs_no_script_no_inline_style_and_no_form_field() {
        for &lang in Lang::ALL {
            let page = page(lang);
            for banned in [
                "<script",
                "style=",
                "<style",
                "<input",
                "<textarea",
                "<form",
            ] {
                assert!(!page.contains(banned), "{banned} in {lang:?}");
            }
            // No event-handler attribute (` onclick=`): " on" followed by letters and "=".
            let handler = page.split(" on").skip(1).any(|rest| {
                let name = rest.trim_start_matches(|c: char| c.is_ascii_alphabetic());
                name.len() < rest.len() && name.starts_with('=')
            });
            assert!(!handler, "an event handler in {lang:?}");
        }
    }

    #[test]
    fn the_clinic_docs_rules_table_is_the_one_the_rules_make() {
        let committed = include_str!("../../docs/clinic/screening-rules.md");
        assert_eq!(
            committed,
            rules_markdown(Lang::En),
            "docs/clinic/screening-rules.md is stale: run `cargo run -p knee-core --example review_pages -- <dir>`"
        );
        // A row per safety question, in order.
        let rows = committed
            .lines()
            .filter(|l| l.starts_with("| ") && !l.starts_with("| #"))
            .count();
        assert_eq!(
            rows,
            Question::ALL.iter().filter(|q| !q.is_preference()).count()
        );
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("a < b & \"c\" 'd' >"),
            "a &lt; b &amp; &quot;c&quot; &#39;d&#39; &gt;"
        );
    }
}
