//! The embedder's settings: every key, good values, hostile values, and the messages to the
//! host page. Host only (serde_json is a host-only dev-dependency).
#![cfg(not(target_arch = "wasm32"))]

use knee_core::embed::{
    clinician_page_path, lang_fragment, lang_from_fragment, patient_page_path, Accent, Config,
    Lifecycle, Message, Mode, Rgb, Theme, CLINICIAN_PAGE, DARK_SURFACES, DEFAULT_IDLE,
    LIGHT_SURFACES,
};
use knee_core::Lang;

fn config(query: &str) -> Config {
    let (config, warnings) = Config::from_query(query);
    assert!(
        warnings.is_empty(),
        "{query}: unexpected warnings {warnings:?}"
    );
    config
}

/// The keys warned about, in order.
fn warned(query: &str) -> Vec<&'static str> {
    Config::from_query(query).1.iter().map(|w| w.key).collect()
}

#[test]
fn no_query_gives_the_defaults() {
    for query in ["", "?", "?&&", "&"] {
        assert_eq!(config(query), Config::default());
    }
    let d = Config::default();
    assert_eq!(
        (d.theme, d.mode, d.idle_seconds, d.events),
        (Theme::Light, Mode::Web, DEFAULT_IDLE, false)
    );
    assert!(!d.has_contact());
}

#[test]
fn every_key_is_read() {
    let c = config(
        "?clinic=Bay+Physio%20%26%20Massage&phone=%2B44%20(0)20%207946-0000&url=https%3A%2F%2Fbay.example%2Fbook\
         &lang=en&accent=%23ffd966&theme=dark&mode=tablet&idle=300&events=on&parent=https%3A%2F%2Fbay.example",
    );
    assert_eq!(c.clinic.as_deref(), Some("Bay Physio & Massage"));
    let phone = c.phone.clone().unwrap();
    assert_eq!(
        (phone.shown.as_str(), phone.dial.as_str()),
        ("+44 (0)20 7946-0000", "+4402079460000")
    );
    assert_eq!(c.url.as_deref(), Some("https://bay.example/book"));
    assert_eq!(c.lang, Some(Lang::En));
    assert_eq!(c.theme, Theme::Dark);
    assert_eq!(
        c.accent,
        Accent {
            light: None,
            dark: Some(Rgb(0xff, 0xd9, 0x66))
        }
    );
    assert_eq!(c.mode, Mode::Tablet);
    assert_eq!(c.idle_seconds, 300);
    assert!(c.events);
    assert_eq!(c.parent.as_deref(), Some("https://bay.example"));
    assert!(c.has_contact());
}

#[test]
fn unknown_keys_are_ignored_and_a_repeated_key_keeps_its_last_value() {
    let c = config("?foo=bar&__proto__=x&constructor=y&mode=web&mode=tablet&Mode=web");
    assert_eq!(c.mode, Mode::Tablet);
    // Only the last value counts, good or bad.
    assert!(warned("?mode=bogus&mode=tablet").is_empty());
    assert_eq!(config("?mode=bogus&mode=tablet").mode, Mode::Tablet);
    assert_eq!(warned("?mode=tablet&mode=bogus"), ["mode"]);
    assert_eq!(
        Config::from_query("?mode=tablet&mode=bogus").0.mode,
        Mode::Web
    );
}

#[test]
fn hostile_clinic_names_are_text_or_rejected() {
    // Markup stays text (the shell renders it as a text node); it is not a reason to reject.
    let c = config("?clinic=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
    assert_eq!(c.clinic.as_deref(), Some("<img src=x onerror=alert(1)>"));
    for bad in ["", "%20%20", "a%0Ab", "%00", &"x".repeat(81)] {
        assert_eq!(warned(&format!("?clinic={bad}")), ["clinic"], "{bad}");
        assert_eq!(Config::from_query(&format!("?clinic={bad}")).0.clinic, None);
    }
    assert!(config(&format!("?clinic={}", "é".repeat(80)))
        .clinic
        .is_some());
}

#[test]
fn phones_hold_only_phone_characters() {
    for good in ["555-0100", "%2B1%20(555)%20010-0100", "020.7946.0000"] {
        assert!(config(&format!("?phone={good}")).phone.is_some(), "{good}");
    }
    for bad in [
        "javascript:alert(1)",
        "tel:5550100",
        "555-0100%3Bext%3D1",
        "12",
        "1%2B2345",
        "%3Cb%3E555%3C%2Fb%3E",
        "555%0A0100",
        "123456789012345678901",
        "sms:5550100",
        "",
    ] {
        assert_eq!(warned(&format!("?phone={bad}")), ["phone"], "{bad}");
    }
}

#[test]
fn web_addresses_must_be_http_or_https() {
    for good in [
        "https://clinic.example",
        "http://clinic.example/a?b=c#d",
        "HTTPS://Clinic.Example/",
    ] {
        assert!(
            config(&format!("?url={}", good.replace('&', "%26")))
                .url
                .is_some(),
            "{good}"
        );
    }
    for bad in [
        "javascript:alert(1)",
        "JavaScript%3Aalert(1)",
        "%20javascript:alert(1)",
        "data:text/html,hi",
        "vbscript:x",
        "//clinic.example",
        "https://",
        "https:///path",
        "https://clinic.example/%22onmouseover=%22x",
        "https://clinic.example/a%20b",
        "https://clinic.example/%3Cscript%3E",
        "ftp://clinic.example",
        "clinic.example",
    ] {
        assert_eq!(warned(&format!("?url={bad}")), ["url"], "{bad}");
    }
}

#[test]
fn the_parent_must_be_exactly_an_origin() {
    assert_eq!(
        config("?parent=https://a.example/").parent.as_deref(),
        Some("https://a.example")
    );
    assert_eq!(
        config("?parent=http://127.0.0.1:8081").parent.as_deref(),
        Some("http://127.0.0.1:8081")
    );
    for bad in [
        "*",
        "null",
        "https://a.example/path",
        "javascript:x",
        "https://a.example:99999x",
        "https://",
        "a.example",
    ] {
        assert_eq!(warned(&format!("?parent={bad}")), ["parent"], "{bad}");
    }
}

#[test]
fn events_need_on_and_a_parent() {
    assert!(!config("?events=off&parent=https://a.example").events);
    assert!(config("?events=on&parent=https://a.example").events);
    let (c, w) = Config::from_query("?events=on");
    assert!(!c.events);
    assert_eq!(w.iter().map(|w| w.key).collect::<Vec<_>>(), ["events"]);
    assert_eq!(warned("?events=yes"), ["events"]);
}

#[test]
fn idle_limits_and_other_choices_fall_back_on_bad_values() {
    assert_eq!(config("?idle=30").idle_seconds, 30);
    assert_eq!(config("?idle=3600").idle_seconds, 3600);
    for bad in [
        "29",
        "3601",
        "-5",
        "1e3",
        "12.5",
        "99999999999999999999",
        "abc",
        "",
    ] {
        let (c, w) = Config::from_query(&format!("?idle={bad}"));
        assert_eq!(c.idle_seconds, DEFAULT_IDLE, "{bad}");
        assert_eq!(w.len(), 1, "{bad}");
    }
    assert_eq!(
        warned("?theme=purple&mode=kiosk&lang=xx"),
        ["lang", "theme", "mode"]
    );
    let (c, _) = Config::from_query("?theme=purple&mode=kiosk&lang=xx");
    assert_eq!((c.theme, c.mode, c.lang), (Theme::Light, Mode::Web, None));
}

#[test]
fn the_warning_names_the_key() {
    let (_, w) = Config::from_query("?url=javascript:alert(1)");
    let line = w[0].to_string();
    assert!(
        line.contains("\"url\"") && line.contains("default"),
        "{line}"
    );
    // The rejected value itself is never echoed (it may be hostile, or personal).
    assert!(!line.contains("javascript"), "{line}");
}

#[test]
fn accents_must_pass_aa_contrast_on_the_themes_backgrounds() {
    // Good on light, bad on dark.
    let c = config("?accent=%23004466");
    assert_eq!(
        c.accent,
        Accent {
            light: Some(Rgb(0, 0x44, 0x66)),
            dark: None
        }
    );
    assert_eq!(
        config("?accent=%23036").accent.light,
        Some(Rgb(0, 0x33, 0x66))
    );
    // Too light for the light theme (yellow, light grey, the page colour itself).
    for bad in [
        "%23ffff00",
        "%23aaaaaa",
        "%23f3f6f6",
        "%23ffffff",
        "%23767676",
    ] {
        let (c, w) = Config::from_query(&format!("?accent={bad}"));
        assert_eq!(c.accent, Accent::default(), "{bad}");
        assert_eq!(
            w.iter().map(|w| w.key).collect::<Vec<_>>(),
            ["accent"],
            "{bad}"
        );
    }
    // Dark theme: a light accent passes, a dark one fails.
    assert_eq!(
        config("?theme=dark&accent=%23ffd966").accent.dark,
        Some(Rgb(0xff, 0xd9, 0x66))
    );
    assert_eq!(warned("?theme=dark&accent=%23004466"), ["accent"]);
    // Auto: used where it passes, with a warning saying where it is not.
    let (c, w) = Config::from_query("?theme=auto&accent=%23004466");
    assert_eq!(
        c.accent,
        Accent {
            light: Some(Rgb(0, 0x44, 0x66)),
            dark: None
        }
    );
    assert_eq!(w.len(), 1);
    for bad in [
        "red",
        "%23ggg",
        "%2312345",
        "004466",
        "%23",
        "url(x)",
        "%23004466;x:y",
    ] {
        assert_eq!(warned(&format!("?accent={bad}")), ["accent"], "{bad}");
    }
}

#[test]
fn every_accent_that_passes_really_has_aa_contrast() {
    // Over a grid of colours: accepted means at least 4.5:1 on every surface of its scheme.
    for r in (0..=255).step_by(17) {
        for g in (0..=255).step_by(17) {
            for b in (0..=255).step_by(17) {
                let hex = format!("%23{r:02x}{g:02x}{b:02x}");
                let (c, _) = Config::from_query(&format!("?theme=auto&accent={hex}"));
                if let Some(light) = c.accent.light {
                    assert!(
                        LIGHT_SURFACES.iter().all(|&s| light.contrast(s) >= 4.5),
                        "{hex}"
                    );
                }
                if let Some(dark) = c.accent.dark {
                    assert!(
                        DARK_SURFACES.iter().all(|&s| dark.contrast(s) >= 4.5),
                        "{hex}"
                    );
                }
            }
        }
    }
    // The WCAG formula itself: black on white is 21:1, #767676 on white about 4.54:1.
    assert!((Rgb(0, 0, 0).contrast(Rgb(255, 255, 255)) - 21.0).abs() < 1e-9);
    assert!((Rgb(0x76, 0x76, 0x76).contrast(Rgb(255, 255, 255)) - 4.54).abs() < 0.01);
}

#[test]
fn malformed_escapes_and_bytes_do_not_panic() {
    for query in [
        "?clinic=%",
        "?clinic=%2",
        "?clinic=%zz",
        "?clinic=%ff%fe",
        "?=x",
        "?clinic",
        "?%3D=%3D",
        "?a=b=c",
    ] {
        let _ = Config::from_query(query);
    }
    assert_eq!(config("?clinic=100%25").clinic.as_deref(), Some("100%"));
    assert_eq!(config("?clinic=a%zzb").clinic.as_deref(), Some("a%zzb"));
}

#[test]
fn messages_carry_nothing_but_their_kind() {
    let height = serde_json::to_value(Message::Height(812).envelope()).unwrap();
    assert_eq!(
        height,
        serde_json::json!({ "type": "knee-care", "version": 1, "kind": "height", "height": 812 })
    );
    for (event, name) in [
        (Lifecycle::Ready, "ready"),
        (Lifecycle::ScreeningFinished, "screening-finished"),
        (Lifecycle::RoutineStarted, "routine-started"),
        (Lifecycle::RoutineFinished, "routine-finished"),
    ] {
        let value = serde_json::to_value(Message::Event(event).envelope()).unwrap();
        assert_eq!(
            value,
            serde_json::json!({ "type": "knee-care", "version": 1, "kind": "event", "event": name })
        );
    }
}

#[test]
fn prescribe_is_on_only_when_said_and_warns_on_anything_else() {
    assert!(!Config::default().prescribe);
    assert!(config("prescribe=on").prescribe);
    assert!(!config("prescribe=off").prescribe);
    assert_eq!(warned("prescribe=yes"), ["prescribe"]);
    assert!(!Config::from_query("prescribe=yes").0.prescribe);
}

#[test]
fn a_patients_link_keeps_only_the_looks_contact_and_language_and_only_valid_values() {
    use knee_core::embed::patient_link_query;
    let query = "?mode=tablet&idle=60&clinic=Bay%20Physio%20%26%20Co&events=on&parent=https%3A%2F%2Fa.example\
                 &prescribe=on&lang=es&phone=%2B1%20555%200100&theme=dark&accent=%23zzz&unknown=1";
    let link = patient_link_query(query);
    assert_eq!(
        link,
        "?clinic=Bay%20Physio%20%26%20Co&phone=%2B1%20555%200100&lang=es&theme=dark"
    );
    // It reads back as the same settings, without a warning.
    let (back, warnings) = Config::from_query(&link);
    assert!(warnings.is_empty());
    assert_eq!(back.clinic.as_deref(), Some("Bay Physio & Co"));
    assert_eq!(
        (back.lang, back.theme, back.mode, back.prescribe),
        (Some(Lang::Es), Theme::Dark, Mode::Web, false)
    );
    assert_eq!(patient_link_query(""), "");
    assert_eq!(patient_link_query("?mode=tablet&prescribe=on"), "");
}

mod early_taps {
    use knee_core::embed::{EarlyOpen, EarlyTaps};
    use knee_core::Lang;

    #[test]
    fn boot_js_values_are_read() {
        assert_eq!(
            EarlyTaps::from_attributes(Some("es"), Some("screening")),
            EarlyTaps {
                lang: Some(Lang::Es),
                open: Some(EarlyOpen::Screening)
            }
        );
        assert_eq!(
            EarlyTaps::from_attributes(None, Some("learn")).open,
            Some(EarlyOpen::Learn)
        );
        assert_eq!(
            EarlyTaps::from_attributes(Some("en"), None).lang,
            Some(Lang::En)
        );
    }

    #[test]
    fn nothing_or_unknown_values_change_nothing() {
        assert_eq!(EarlyTaps::from_attributes(None, None), EarlyTaps::default());
        for bad in [
            "",
            "start",
            "Screening",
            "learn-more",
            "routine",
            "<script>",
        ] {
            assert_eq!(
                EarlyTaps::from_attributes(Some(bad), Some(bad)),
                EarlyTaps::default(),
                "{bad:?}"
            );
        }
        assert_eq!(EarlyTaps::from_attributes(Some("fr"), None).lang, None);
    }
}

#[test]
fn the_clinicians_page_and_the_patients_page_share_the_widgets_folder() {
    for (path, patient, clinician) in [
        ("/knee/", "/knee/", "/knee/clinician.html"),
        (
            "/knee/index.html",
            "/knee/index.html",
            "/knee/clinician.html",
        ),
        (
            "/knee/clinician.html",
            "/knee/index.html",
            "/knee/clinician.html",
        ),
        ("/", "/", "/clinician.html"),
        ("/clinician.html", "/index.html", "/clinician.html"),
        ("", "", "clinician.html"),
    ] {
        assert_eq!(patient_page_path(path), patient, "{path}");
        assert_eq!(clinician_page_path(path), clinician, "{path}");
        // To the clinician's page and back: the patient's page in the same folder, named.
        let folder = &clinician[..clinician.len() - CLINICIAN_PAGE.len()];
        assert_eq!(
            patient_page_path(&clinician_page_path(path)),
            format!("{folder}index.html"),
            "{path}"
        );
    }
    assert_eq!(CLINICIAN_PAGE, "clinician.html");
}

#[test]
fn the_language_on_show_goes_to_the_other_page_in_the_fragment() {
    for &lang in Lang::ALL.iter() {
        assert_eq!(lang_from_fragment(&lang_fragment(lang)), Some(lang));
    }
    assert_eq!(lang_fragment(Lang::Es), "#lang=es");
    for (fragment, read) in [
        ("", None),
        ("#", None),
        ("#lang=", None),
        ("#lang=fr", None),
        ("#lang=ES", Some(Lang::Es)),
        ("lang=es", Some(Lang::Es)),
        ("#rx=AQ&lang=es", Some(Lang::Es)),
        ("#xlang=es", None),
        ("#rx=AQ", None),
        ("##lang=es", None),
    ] {
        assert_eq!(lang_from_fragment(fragment), read, "{fragment}");
    }
}
