//! The patient's private log in the browser's local storage: the one place the widget stores
//! anything, and only after the patient turned the log on (issue 34). The core decides the
//! record and its versions (`progress::to_stored`, `progress::read_stored`); this module turns
//! it into JSON text with the browser's own `JSON` (serde-wasm-bindgen, already in the app: a
//! JSON crate in the wasm cost about 30 kB brotli) and stores it with `gloo-storage`.
//!
//! Storage can be missing or refuse: a sandboxed or third-party frame whose storage is
//! blocked throws on `window.localStorage`, and a full one refuses a write. Each is an
//! answer, never a panic: gloo-storage's `raw()` throws where there is no storage, so it is
//! only called after `is_available` has looked without touching anything.

use gloo_storage::{LocalStorage, Storage};
use knee_core::progress::{self, Log, LogProblem};
use serde::Serialize;

/// The key the log is kept under.
const KEY: &str = "knee-care.private-log";

/// What the device holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stored {
    /// No storage here: the log cannot be offered.
    Unavailable,
    /// Storage, and no log in it.
    Nothing,
    Log(Log),
    /// A log that cannot be read.
    Problem(LogProblem),
}

/// Whether local storage can be used, found by reading `window.localStorage` only (no write:
/// nothing is written before the patient asks).
fn is_available() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

/// Reads what the device holds. Reading writes nothing.
pub fn load() -> Stored {
    if !is_available() {
        return Stored::Unavailable;
    }
    match LocalStorage::raw().get_item(KEY) {
        Ok(None) => Stored::Nothing,
        Ok(Some(text)) => match read(&text) {
            Ok(log) => Stored::Log(log),
            Err(problem) => Stored::Problem(problem),
        },
        Err(_) => Stored::Unavailable,
    }
}

/// Writes the log; `false` if the device refused (full, or storage blocked since).
pub fn save(log: &Log) -> bool {
    if !is_available() {
        return false;
    }
    let Some(text) = write(log) else {
        return false;
    };
    // The JSON text as it is (not quoted again): the stored value is the documented format.
    // A refusal (QuotaExceededError, SecurityError) is an Err, not a throw.
    LocalStorage::raw().set_item(KEY, &text).is_ok()
}

/// Removes the log from the device.
pub fn erase() {
    if is_available() {
        LocalStorage::delete(KEY);
    }
}

/// The stored text read as a log: not JSON, or not a record the core knows, is a problem.
fn read(text: &str) -> Result<Log, LogProblem> {
    let value = js_sys::JSON::parse(text).map_err(|_| LogProblem::Unreadable)?;
    progress::read_stored(serde_wasm_bindgen::from_value(value.clone()), || {
        serde_wasm_bindgen::from_value(value)
    })
}

/// The log as JSON text: `null` for a missing value, as the format says.
fn write(log: &Log) -> Option<String> {
    let value = progress::to_stored(log)
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()?;
    js_sys::JSON::stringify(&value).ok()?.as_string()
}
