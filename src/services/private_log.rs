//! The patient's private log in the browser's local storage: the one place the widget stores
//! anything, and only after the patient turned the log on (issue 34). The core decides the
//! record, its versions and its JSON text (`progress::to_stored`, `progress::read_stored`);
//! this module stores that text with `gloo-storage`.
//!
//! Storage can be missing or refuse: a sandboxed or third-party frame whose storage is
//! blocked throws on `window.localStorage`, and a full one refuses a write. Each is an
//! answer, never a panic: gloo-storage's `raw()` throws where there is no storage, so it is
//! only called after `is_available` has looked without touching anything.

use gloo_storage::{LocalStorage, Storage};
use knee_core::progress::{self, Log, LogProblem};

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
        Ok(Some(text)) => match progress::read_stored(&text) {
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
    let text = progress::to_stored(log);
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
