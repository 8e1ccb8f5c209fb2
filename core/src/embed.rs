//! The embedder's configuration, and the messages the widget sends to the page around it.
//!
//! A clinic configures the widget with the URL query of the iframe (or the same names as
//! `data-*` attributes of `embed.js`, which writes them into that query). The query is
//! decoded here and read into [`Settings`], one typed field per key (a plain match on the key:
//! serde's deserialiser did the same with about 5 kB more wasm); each
//! field keeps either a value that passed its check or the reason it did not, so one bad
//! value never spoils the others. [`Settings::resolve`] then gives the [`Config`] the app uses
//! (defaults for anything missing or invalid) and one [`Warning`] per rejected key, which the
//! shell writes to the console. Unknown keys are ignored.
//!
//! Everything here is hostile-input safe: the clinic's name is text (the shell never renders
//! it as markup), a phone number may hold only phone characters, a web address must be
//! `http(s)`, a colour must pass WCAG AA contrast against the theme's backgrounds, and the
//! parent origin must be exactly an origin.

use std::fmt;

use serde::Serialize;

use crate::catalog::Lang;

/// The longest clinic name shown (longer ones are rejected, not cut).
pub const MAX_CLINIC_NAME: usize = 80;
/// The longest web address accepted.
pub const MAX_URL: usize = 300;
/// Idle limits allowed for shared-tablet mode, in seconds.
pub const IDLE_RANGE: std::ops::RangeInclusive<u32> = 30..=3600;
/// The default idle limit for shared-tablet mode, in seconds.
pub const DEFAULT_IDLE: u32 = 120;
/// The version of the message format posted to the host page.
pub const MESSAGE_VERSION: u32 = 1;
/// WCAG 2.2 AA contrast for normal text.
pub const AA_CONTRAST: f64 = 4.5;

/// Colour schemes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    /// Follows the device's setting.
    Auto,
}

/// Where the widget runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// A patient's own device.
    #[default]
    Web,
    /// A tablet handed from patient to patient: clears itself when idle, "Next patient".
    Tablet,
}

/// A colour as red, green, blue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`, lower case.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// WCAG contrast ratio, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a > b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }
}

/// The surfaces an accent colour must stand out against in each scheme: the card, the page,
/// and the text on a filled button (the accent is both text on the card and a button's fill).
/// They match `styles/main.css`.
pub const LIGHT_SURFACES: [Rgb; 2] = [Rgb(0xff, 0xff, 0xff), Rgb(0xf3, 0xf6, 0xf6)];
pub const DARK_SURFACES: [Rgb; 2] = [Rgb(0x1a, 0x24, 0x26), Rgb(0x0f, 0x16, 0x17)];

fn passes(accent: Rgb, surfaces: &[Rgb]) -> bool {
    surfaces.iter().all(|&s| accent.contrast(s) >= AA_CONTRAST)
}

/// A phone number: shown as given, dialled without spaces and punctuation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    pub shown: String,
    /// Digits with an optional leading `+`, for a `tel:` link.
    pub dial: String,
}

/// One setting that can be read from a string.
pub trait Setting: Sized {
    /// The value, or why the text is not one.
    fn parse(text: &str) -> Result<Self, &'static str>;
}

/// A field of [`Settings`]: absent, a value that passed its check, or the reason it did not.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Field<T> {
    #[default]
    Missing,
    Valid(T),
    Invalid(&'static str),
}

impl<T: Setting> Field<T> {
    /// A given value: valid, or the reason it is not.
    pub fn read(text: &str) -> Field<T> {
        match T::parse(text) {
            Ok(value) => Field::Valid(value),
            Err(why) => Field::Invalid(why),
        }
    }
}

/// The clinic's name: printable text, trimmed, 1 to 80 characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClinicName(pub String);

impl Setting for ClinicName {
    fn parse(text: &str) -> Result<Self, &'static str> {
        let name = text.trim();
        if name.is_empty() {
            return Err("is empty");
        }
        if name.chars().count() > MAX_CLINIC_NAME {
            return Err("is longer than 80 characters");
        }
        if name.chars().any(char::is_control) {
            return Err("holds control characters");
        }
        Ok(ClinicName(name.to_owned()))
    }
}

impl Setting for Phone {
    fn parse(text: &str) -> Result<Self, &'static str> {
        let shown = text.trim();
        let allowed = |c: char| c.is_ascii_digit() || " +-().".contains(c);
        if !shown.chars().all(allowed) {
            return Err("may hold only digits, spaces, + - ( ) and .");
        }
        if shown.chars().skip(1).any(|c| c == '+') {
            return Err("has a + that is not at the start");
        }
        let digits = shown.chars().filter(char::is_ascii_digit).count();
        if !(3..=20).contains(&digits) {
            return Err("must have 3 to 20 digits");
        }
        let plus = if shown.starts_with('+') { "+" } else { "" };
        let dial = format!(
            "{plus}{}",
            shown
                .chars()
                .filter(char::is_ascii_digit)
                .collect::<String>()
        );
        Ok(Phone {
            shown: shown.to_owned(),
            dial,
        })
    }
}

/// A web address: `http://` or `https://`, a host, no spaces, quotes or angle brackets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebAddress(pub String);

impl Setting for WebAddress {
    fn parse(text: &str) -> Result<Self, &'static str> {
        let url = text.trim();
        if url.len() > MAX_URL {
            return Err("is longer than 300 characters");
        }
        let lower = url.to_ascii_lowercase();
        let rest = if let Some(rest) = lower.strip_prefix("https://") {
            rest
        } else if let Some(rest) = lower.strip_prefix("http://") {
            rest
        } else {
            return Err("must start with http:// or https://");
        };
        if url
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || "\"'<>\\`".contains(c))
        {
            return Err("holds spaces, quotes or other characters a web address cannot have");
        }
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        let host = host.rsplit('@').next().unwrap_or("");
        if host.is_empty() || host.starts_with(':') {
            return Err("has no host");
        }
        Ok(WebAddress(url.to_owned()))
    }
}

/// An origin: `http(s)://host[:port]`, nothing after it (a trailing `/` is dropped).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin(pub String);

impl Setting for Origin {
    fn parse(text: &str) -> Result<Self, &'static str> {
        let origin = text.trim().trim_end_matches('/');
        let rest = origin
            .strip_prefix("https://")
            .or_else(|| origin.strip_prefix("http://"))
            .ok_or("must be an http:// or https:// origin")?;
        let (host, port) = match rest.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (rest, None),
        };
        let host_ok = !host.is_empty()
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-.".contains(c));
        let port_ok = port
            .is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.chars().all(|c| c.is_ascii_digit()));
        if !host_ok || !port_ok {
            return Err("must be exactly an origin, like https://clinic.example");
        }
        Ok(Origin(origin.to_ascii_lowercase()))
    }
}

impl Setting for Lang {
    fn parse(text: &str) -> Result<Self, &'static str> {
        // The one parser of language codes (catalog::Lang::from_code): "en", "EN", "en-GB".
        Lang::from_code(text).ok_or("is not a language the widget has")
    }
}

/// An accent colour, `#rgb` or `#rrggbb` (contrast is checked against the theme later).
impl Setting for Rgb {
    fn parse(text: &str) -> Result<Self, &'static str> {
        let hex = text
            .trim()
            .strip_prefix('#')
            .ok_or("must be #rgb or #rrggbb")?;
        if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err("must be #rgb or #rrggbb");
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).unwrap_or(0);
        match hex.len() {
            3 => Ok(Rgb(digit(0) * 17, digit(1) * 17, digit(2) * 17)),
            6 => Ok(Rgb(
                digit(0) * 16 + digit(1),
                digit(2) * 16 + digit(3),
                digit(4) * 16 + digit(5),
            )),
            _ => Err("must be #rgb or #rrggbb"),
        }
    }
}

impl Setting for Theme {
    fn parse(text: &str) -> Result<Self, &'static str> {
        match text.trim() {
            "light" => Ok(Theme::Light),
            "dark" => Ok(Theme::Dark),
            "auto" => Ok(Theme::Auto),
            _ => Err("must be light, dark or auto"),
        }
    }
}

impl Setting for Mode {
    fn parse(text: &str) -> Result<Self, &'static str> {
        match text.trim() {
            "web" => Ok(Mode::Web),
            "tablet" => Ok(Mode::Tablet),
            _ => Err("must be web or tablet"),
        }
    }
}

/// The idle limit in whole seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IdleSeconds(pub u32);

impl Setting for IdleSeconds {
    fn parse(text: &str) -> Result<Self, &'static str> {
        let text = text.trim();
        let seconds: u32 = if !text.is_empty() && text.chars().all(|c| c.is_ascii_digit()) {
            text.parse().unwrap_or(u32::MAX)
        } else {
            return Err("must be a whole number of seconds");
        };
        if IDLE_RANGE.contains(&seconds) {
            Ok(IdleSeconds(seconds))
        } else {
            Err("must be from 30 to 3600 seconds")
        }
    }
}

/// `on` or `off`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OnOff(pub bool);

impl Setting for OnOff {
    fn parse(text: &str) -> Result<Self, &'static str> {
        match text.trim() {
            "on" => Ok(OnOff(true)),
            "off" => Ok(OnOff(false)),
            _ => Err("must be on or off"),
        }
    }
}

/// Every key the embedder can set, as read from the query. Unknown keys are ignored.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Settings {
    pub clinic: Field<ClinicName>,
    pub phone: Field<Phone>,
    pub url: Field<WebAddress>,
    pub lang: Field<Lang>,
    pub accent: Field<Rgb>,
    pub theme: Field<Theme>,
    pub mode: Field<Mode>,
    pub idle: Field<IdleSeconds>,
    pub events: Field<OnOff>,
    pub parent: Field<Origin>,
    pub prescribe: Field<OnOff>,
}

/// A rejected setting: the key and why, for one console warning.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub key: &'static str,
    pub why: &'static str,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "knee-care: the embed setting \"{}\" {}; using the default.",
            self.key, self.why
        )
    }
}

/// The accent to use in each scheme (`None`: the widget's own).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Accent {
    pub light: Option<Rgb>,
    pub dark: Option<Rgb>,
}

/// What the app runs with.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub clinic: Option<String>,
    pub phone: Option<Phone>,
    pub url: Option<String>,
    /// The embedder's language; `None` (none given, or one the widget lacks): the browser's
    /// languages in order, else English (`Lang::from_browser`).
    pub lang: Option<Lang>,
    pub accent: Accent,
    pub theme: Theme,
    pub mode: Mode,
    /// Seconds without a tap before a shared tablet clears itself.
    pub idle_seconds: u32,
    /// Lifecycle events go to the parent (only with `events=on` and a `parent`).
    pub events: bool,
    pub parent: Option<String>,
    /// `prescribe=on`: the clinician's "Prepare a routine for a patient" screen is offered.
    pub prescribe: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            clinic: None,
            phone: None,
            url: None,
            lang: None,
            accent: Accent::default(),
            theme: Theme::default(),
            mode: Mode::default(),
            idle_seconds: DEFAULT_IDLE,
            events: false,
            parent: None,
            prescribe: false,
        }
    }
}

impl Config {
    /// Whether the clinic gave any way to reach it.
    pub fn has_contact(&self) -> bool {
        self.clinic.is_some() || self.phone.is_some() || self.url.is_some()
    }

    /// The configuration a query string gives (with or without its leading `?`), and one
    /// warning per rejected key.
    pub fn from_query(query: &str) -> (Config, Vec<Warning>) {
        Settings::from_query(query).resolve()
    }
}

impl Settings {
    /// Decodes `a=1&b=2` (percent-escapes, `+` as space) and reads each known key. A key
    /// given twice keeps its last value.
    pub fn from_query(query: &str) -> Settings {
        let mut settings = Settings::default();
        for (key, value) in query_pairs(query) {
            let text = value.as_str();
            match key.as_str() {
                "clinic" => settings.clinic = Field::read(text),
                "phone" => settings.phone = Field::read(text),
                "url" => settings.url = Field::read(text),
                "lang" => settings.lang = Field::read(text),
                "accent" => settings.accent = Field::read(text),
                "theme" => settings.theme = Field::read(text),
                "mode" => settings.mode = Field::read(text),
                "idle" => settings.idle = Field::read(text),
                "events" => settings.events = Field::read(text),
                "parent" => settings.parent = Field::read(text),
                "prescribe" => settings.prescribe = Field::read(text),
                _ => {}
            }
        }
        settings
    }

    /// The configuration to run with: each valid value, else the default, with one warning
    /// per rejected key.
    pub fn resolve(self) -> (Config, Vec<Warning>) {
        let mut warnings = Vec::new();
        /// The field's value; a rejected one leaves a warning naming its key.
        fn take<T>(warnings: &mut Vec<Warning>, key: &'static str, field: Field<T>) -> Option<T> {
            match field {
                Field::Missing => None,
                Field::Valid(value) => Some(value),
                Field::Invalid(why) => {
                    warnings.push(Warning { key, why });
                    None
                }
            }
        }
        let w = &mut warnings;
        let clinic = take(w, "clinic", self.clinic);
        let phone = take(w, "phone", self.phone);
        let url = take(w, "url", self.url);
        let lang = take(w, "lang", self.lang);
        let accent = take(w, "accent", self.accent);
        let theme = take(w, "theme", self.theme);
        let mode = take(w, "mode", self.mode);
        let idle = take(w, "idle", self.idle);
        let events = take(w, "events", self.events);
        let parent = take(w, "parent", self.parent);
        let prescribe = take(w, "prescribe", self.prescribe).is_some_and(|on| on.0);

        let theme = theme.unwrap_or_default();
        let accent = match accent {
            None => Accent::default(),
            Some(colour) => {
                let light =
                    (theme != Theme::Dark && passes(colour, &LIGHT_SURFACES)).then_some(colour);
                let dark =
                    (theme != Theme::Light && passes(colour, &DARK_SURFACES)).then_some(colour);
                let why = match (theme, light.is_some(), dark.is_some()) {
                    (Theme::Light, false, _) => Some("fails WCAG AA contrast (4.5:1) on the light background"),
                    (Theme::Dark, _, false) => Some("fails WCAG AA contrast (4.5:1) on the dark background"),
                    (Theme::Auto, false, false) => Some("fails WCAG AA contrast (4.5:1) on both backgrounds"),
                    (Theme::Auto, true, false) => Some("fails WCAG AA contrast (4.5:1) on the dark background, so it is used in light mode only"),
                    (Theme::Auto, false, true) => Some("fails WCAG AA contrast (4.5:1) on the light background, so it is used in dark mode only"),
                    _ => None,
                };
                if let Some(why) = why {
                    warnings.push(Warning { key: "accent", why });
                }
                Accent { light, dark }
            }
        };
        let events = events.is_some_and(|on| on.0);
        if events && parent.is_none() {
            warnings.push(Warning {
                key: "events",
                why: "needs a parent origin; no events are sent",
            });
        }
        let config = Config {
            clinic: clinic.map(|c| c.0),
            phone,
            url: url.map(|u| u.0),
            lang,
            accent,
            theme,
            mode: mode.unwrap_or_default(),
            idle_seconds: idle.map_or(DEFAULT_IDLE, |i| i.0),
            events: events && parent.is_some(),
            parent: parent.map(|p| p.0),
            prescribe,
        };
        (config, warnings)
    }
}

/// The embed settings a patient's link keeps: how the clinic looks and is reached, and the
/// language. Never `mode`, `idle`, `events`, `parent` or `prescribe`.
pub const LINK_KEYS: [&str; 6] = ["clinic", "phone", "url", "lang", "accent", "theme"];

/// The query for a patient's link (`?clinic=...&lang=es`, or empty): from this page's query,
/// each setting of [`LINK_KEYS`] whose value is valid, in that order, percent-encoded.
pub fn patient_link_query(query: &str) -> String {
    let given = query_pairs(query);
    let kept: Vec<String> = LINK_KEYS
        .iter()
        .filter_map(|&key| {
            let (_, value) = given.iter().find(|(k, _)| k == key)?;
            let pair = format!("{key}={}", encode(value));
            // Valid alone: it must give no warning.
            Config::from_query(&pair).1.is_empty().then_some(pair)
        })
        .collect();
    if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    }
}

/// The clinician's page ("Prepare a routine for a patient", with `prescribe=on`), in the
/// widget's folder beside the patient's page: its own small binary, so a patient never downloads
/// the clinician's screen or its QR encoder.
pub const CLINICIAN_PAGE: &str = "clinician.html";

/// The widget's folder in a page's path: up to and with its last `/` (`/knee/` for
/// `/knee/index.html`, `/knee/clinician.html` and `/knee/`).
fn folder(path: &str) -> &str {
    path.rfind('/').map_or("", |end| &path[..=end])
}

/// The patient's page (the build's `index.html`) for a page's path: from the clinician's page,
/// `index.html` in the widget's folder, named, so it opens on a server that gives no folder its
/// index; any other path is the patient's page already, as the patient opened it.
pub fn patient_page_path(path: &str) -> String {
    if path.ends_with(CLINICIAN_PAGE) {
        format!("{}index.html", folder(path))
    } else {
        path.to_owned()
    }
}

/// The clinician's page for a page's path: [`CLINICIAN_PAGE`] in the widget's folder.
pub fn clinician_page_path(path: &str) -> String {
    format!("{}{CLINICIAN_PAGE}", folder(path))
}

/// The address fragment that carries the language on show from one of the widget's pages to
/// the other ("Prepare a routine for a patient", and Back): `#lang=es`. Not the query: a
/// patient's link keeps only the query's settings, and the next patient on a shared tablet
/// starts in the page's own language.
pub fn lang_fragment(lang: Lang) -> String {
    format!("#lang={}", lang.code())
}

/// The language a fragment carries (`#lang=es`, among `&`-separated pairs), as
/// [`lang_fragment`] writes it; `None` without one or for a language we do not have.
pub fn lang_from_fragment(fragment: &str) -> Option<Lang> {
    // One leading '#' at most, as Prescription::from_fragment reads it.
    fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
        .and_then(Lang::from_code)
}

/// Address fragments the loader (`public/boot.js`, before the wasm) must read as the core does:
/// [`lang_from_fragment`] and `Prescription::from_fragment`. `tests/loader/` holds boot.js to
/// the core's reading of each (written out by `examples/catalog_json.rs`).
pub const FRAGMENT_CASES: &[&str] = &[
    "",
    "#",
    "#lang=",
    "#lang=fr",
    "#lang=ES",
    "#lang=en",
    "lang=es",
    "#rx=AQ&lang=es",
    "#lang=es&rx=AQ",
    "#xlang=es",
    "##lang=es",
    "#rx=AQIBhwID",
    "rx=AQIBhwID",
    "#rx=",
    "#rx",
    "#xrx=AQ",
    "#RX=AQ",
    "##rx=AQ",
    "#a=1&b=rx=2",
];

/// A query's decoded `key=value` pairs (with or without its leading `?`; percent-escapes, `+`
/// as space), one per key: a key given twice keeps its last value, in its first place. (A
/// short list, not a map: a handful of keys, and no map code in the wasm.)
fn query_pairs(query: &str) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = Vec::new();
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let (key, value) = (decode(key), decode(value));
        match pairs.iter_mut().find(|(k, _)| *k == key) {
            Some(earlier) => earlier.1 = value,
            None => pairs.push((key, value)),
        }
    }
    pairs
}

/// Percent-encoding of everything but the unreserved characters (RFC 3986).
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Percent-decoding with `+` as a space; invalid escapes stay as written, invalid UTF-8
/// becomes U+FFFD (and then fails the setting's check where it matters).
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// What the widget posts to the page around it. Nothing in it is about the patient: no
/// answer, no result, no reason to stop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Message {
    /// The widget's content height in CSS pixels, whenever it changes.
    Height(u32),
    /// A moment in the widget's life (only with `events=on` and a `parent`).
    Event(Lifecycle),
}

/// The lifecycle events.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Lifecycle {
    Ready,
    ScreeningFinished,
    RoutineStarted,
    RoutineFinished,
}

/// A message as posted: `{ "type": "knee-care", "version": 1, "kind": "height", "height": 812 }`
/// or `{ "type": "knee-care", "version": 1, "kind": "event", "event": "routine-started" }`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Envelope {
    #[serde(rename = "type")]
    pub source: &'static str,
    pub version: u32,
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub height: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<Lifecycle>,
}

impl Message {
    pub fn envelope(self) -> Envelope {
        let (kind, height, event) = match self {
            Message::Height(height) => ("height", Some(height), None),
            Message::Event(event) => ("event", None, Some(event)),
        };
        Envelope {
            source: "knee-care",
            version: MESSAGE_VERSION,
            kind,
            height,
            event,
        }
    }
}

/// What the patient tapped on the prerendered landing before the app ran, as `public/boot.js`
/// keeps it on `#app` (`data-early-lang`, `data-early-open`): the app then starts as if the
/// taps had reached it. A value this version does not know is ignored.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EarlyTaps {
    /// A language chosen on the prerendered switch.
    pub lang: Option<Lang>,
    /// "Start the safety check" or "Learn about your knee".
    pub open: Option<EarlyOpen>,
}

/// The screen an early tap asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EarlyOpen {
    Screening,
    Learn,
}

impl EarlyTaps {
    /// The attributes' values as boot.js writes them (`None`: the attribute is absent).
    pub fn from_attributes(lang: Option<&str>, open: Option<&str>) -> EarlyTaps {
        EarlyTaps {
            lang: lang.and_then(Lang::from_code),
            open: match open.map(str::trim) {
                Some("screening") => Some(EarlyOpen::Screening),
                Some("learn") => Some(EarlyOpen::Learn),
                _ => None,
            },
        }
    }
}
