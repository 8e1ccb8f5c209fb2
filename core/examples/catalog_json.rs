//! Writes the message catalog of every language as JSON, for the end-to-end tests: they take
//! every accessible name and every phrase they look for from it, so the same tests run in
//! any language the widget speaks.
//!
//!   cargo run -p knee-core --example catalog_json -- target/e2e   (catalog-en.json, catalog-es.json, ...)
//!
//! Keys are the catalog's own names (`Ui::StartScreening` is `ui.StartScreening`; a question
//! is keyed by its id as the page writes it, `q-fever`). Templates keep their `{name}`
//! placeholders; the tests fill them as `knee_core::fill` does.

use knee_core::anatomy::Bone;
use knee_core::catalog::{sign_lines, LANG_CODE_CASES};
use knee_core::content::{
    Benefit, Contraindication, Faq, Muscle, Principle, SeekHelpSign, Structure, Technique,
    CONTENT_VERSION,
};
use knee_core::embed::{lang_from_fragment, Config, Rgb, FRAGMENT_CASES};
use knee_core::prescription::Prescription;
use knee_core::progress::{self, Sign};
use knee_core::screening::{Choice, Limit, Page, Question, Tier, TimeFrame};
use knee_core::step::{Pressure, StepKind};
use knee_core::{duration_words, range_words, text, Lang, TextId, Ui};
use serde_json::{json, Map, Value};

fn table<T: Copy + std::fmt::Debug>(all: &[T], value: impl Fn(T) -> Value) -> Value {
    Value::Object(
        all.iter()
            .map(|&item| (format!("{item:?}"), value(item)))
            .collect::<Map<_, _>>(),
    )
}

/// `[value, light, dark]`: the accent the core uses in the light and the dark scheme (`null`
/// where it refuses it), for a grid of colours, near-misses and malformed values.
fn accent_cases() -> Value {
    let levels = ["0", "3", "6", "8", "a", "c", "f"];
    let mut values: Vec<String> = Vec::new();
    for r in levels {
        for g in levels {
            for b in levels {
                values.push(format!("#{r}{g}{b}"));
            }
        }
    }
    values.extend(
        [
            "#0b5d66",
            "#767676",
            "#757575",
            "#949494",
            "#959595",
            "#1A6B3C",
            " #c0392b ",
            "#ABCDEF",
            "0b5d66",
            "#12345",
            "#1234567",
            "#gg0000",
            "#",
            "",
            "red",
            "#0b5d66ff",
            "＃0b5d66",
        ]
        .map(String::from),
    );
    let accent = |value: &str, theme: &str| {
        let encoded: String = value.bytes().map(|b| format!("%{b:02X}")).collect();
        let (config, _) = Config::from_query(&format!("?accent={encoded}&theme={theme}"));
        let colour = if theme == "dark" {
            config.accent.dark
        } else {
            config.accent.light
        };
        colour.map(Rgb::hex)
    };
    values
        .iter()
        .map(|v| json!([v, accent(v, "light"), accent(v, "dark")]))
        .collect()
}

fn catalog(lang: Lang) -> Value {
    let t = |msg: TextId| Value::from(text(lang, msg));
    let step_words = |kind: StepKind, pressure: Pressure| {
        json!({
            "hands": t(TextId::StepHands(kind, pressure)),
            "pressure": t(TextId::StepPressure(kind, pressure)),
            "motion": t(TextId::StepMotion(kind, pressure)),
        })
    };
    let questions = Question::ALL
        .iter()
        .map(|&q| {
            let words = json!({
                "text": t(TextId::Question(q)),
                "hint": q.has_hint().then(|| t(TextId::QuestionHint(q))),
                "guidance": (q.is_risk() || q.is_precaution()).then(|| t(TextId::Guidance(q))),
                "risk": q.is_risk(),
                "precaution": q.is_precaution(),
                "gateway": q.gateway().map(|g| g.id().replace('.', "-")),
                // What a yes alone leads to, as the core decides it (its rules table is tested
                // on the host, screening_stories.rs): the browser checks the screen shows it.
                "tier": q.tier().map(|tier| format!("{tier:?}")),
                "timeFrame": q.time_frame().map(|w| format!("{w:?}")),
            });
            (q.id().replace('.', "-"), words)
        })
        .collect::<Map<_, _>>();
    json!({
        "lang": lang.code(),
        "contentVersion": CONTENT_VERSION,
        "ui": table(Ui::ALL, |u| t(TextId::Ui(u))),
        "questions": questions,
        "choices": table(Choice::ALL, |c| t(TextId::Choice(c))),
        "pages": table(Page::ALL, |p| t(TextId::Page(p))),
        "timeFrames": table(TimeFrame::ALL, |w| t(TextId::TimeFrame(w))),
        "tiers": table(Tier::ALL, |tier| json!({
            "title": t(TextId::TierTitle(tier)),
            "summary": t(TextId::TierSummary(tier)),
        })),
        "limits": table(Limit::ALL, |l| t(TextId::Limit(l))),
        // The private log's signs, as the core words them (`sign_lines`, `Sign::time_frame`).
        "logSigns": table(Sign::ALL, |s| {
            json!({
                "words": sign_lines(lang, s),
                "timeFrame": format!("{:?}", s.time_frame()),
                "stopsMassage": s.stops_massage(),
            })
        }),
        "severePain": progress::SEVERE_PAIN,
        "notGentle": knee_core::catalog::not_gentle_words(lang),
        "steps": table(StepKind::ALL, |kind| json!({
            "name": t(TextId::StepName(kind)),
            "target": t(TextId::StepTarget(kind)),
            "keepOff": kind.keep_off().iter().map(|&k| t(TextId::KeepOff(k))).collect::<Vec<_>>(),
            "range": (kind.range().min < kind.range().max).then(|| range_words(lang, kind.range())),
            "usual": step_words(kind, Pressure::Usual),
            "gentle": step_words(kind, Pressure::Gentle),
        })),
        "structures": table(Structure::ALL, |s| json!({
            "name": t(TextId::StructureName(s)),
            "about": t(TextId::StructureAbout(s)),
        })),
        "muscles": table(Muscle::ALL, |m| t(TextId::Muscle(m))),
        "benefits": table(Benefit::ALL, |b| t(TextId::Benefit(b))),
        "contraindications": table(Contraindication::ALL, |c| t(TextId::Contraindication(c))),
        "seekHelp": table(SeekHelpSign::ALL, |s| t(TextId::SeekHelp(s))),
        "contraindicationsGetHelp": table(Contraindication::ALL, |c| t(TextId::ContraindicationGetHelp(c))),
        "seekHelpGetHelp": table(SeekHelpSign::ALL, |s| t(TextId::SeekHelpGetHelp(s))),
        "structureLabels": table(Structure::ALL, |s| t(TextId::StructureLabel(s))),
        "bones": table(Bone::ALL, |b| t(TextId::Bone(b))),
        "techniques": table(Technique::ALL, |tech| json!({
            "name": t(TextId::TechniqueName(tech)),
            "target": t(TextId::TechniqueTarget(tech)),
        })),
        "principles": table(Principle::ALL, |p| t(TextId::Principle(p))),
        "faq": table(Faq::ALL, |f| json!({
            "question": t(TextId::FaqQuestion(f)),
            "answer": t(TextId::FaqAnswer(f)),
        })),
        // How language codes read (for the shell's own parser in boot.js, held to this table).
        "langCodeCases": LANG_CODE_CASES
            .iter()
            .map(|&(code, lang)| json!([code, lang.map(Lang::code)]))
            .collect::<Vec<_>>(),
        // How address fragments read: [fragment, the language it carries, whether it holds a
        // clinician's routine] (for boot.js's own reading, held to this table).
        "fragmentCases": FRAGMENT_CASES
            .iter()
            .map(|&f| json!([
                f,
                lang_from_fragment(f).map(Lang::code),
                Prescription::from_fragment(f).is_some()
            ]))
            .collect::<Vec<_>>(),
        // The accent colours the core accepts in each scheme, for boot.js's own copy of the
        // check (it colours the prerendered landing before the wasm runs).
        "accentCases": accent_cases(),
        // Every language's title and code, for the static shell's words in boot.js.
        "appTitles": Lang::ALL
            .iter()
            .map(|&l| (l.code().to_owned(), Value::from(text(l, Ui::AppTitle))))
            .collect::<Map<_, _>>(),
        // Plural rules live in Rust; the lengths of time the tests set, in words.
        "durations": table(&[30u32, 60, 120], |s| Value::from(duration_words(lang, s))),
    })
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!(
            "usage: catalog_json <out-dir>   (writes catalog-<lang>.json for every language)"
        );
        std::process::exit(2);
    };
    let dir = std::path::Path::new(&dir);
    std::fs::create_dir_all(dir).expect("create the output directory");
    for &lang in Lang::ALL {
        let json = serde_json::to_string_pretty(&catalog(lang)).expect("the catalog is plain JSON");
        let out = dir.join(format!("catalog-{}.json", lang.code()));
        std::fs::write(out, json + "\n").expect("write the catalog");
    }
}
