//! The app's copy is written in our own words: no run of 8 or more words of the source appears
//! in any message of any language.
//!
//! The source text is not in the repository: `data/source-8-word-windows.txt` holds a 64-bit
//! FNV-1a fingerprint of every 8-word window of it, made by `scripts/source-windows.py` with the
//! same normalisation as here (lower case; anything but a-z and 0-9 separates words). Any run
//! of 8 or more copied words contains at least one such window.

use knee_core::{text, Lang, TextId};
use std::collections::HashSet;

const WINDOW: usize = 8;

fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_ascii_lowercase() && !c.is_ascii_digit())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

fn fnv1a64(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn fingerprints(text: &str) -> Vec<(u64, String)> {
    let w = words(text);
    w.windows(WINDOW)
        .map(|win| {
            let joined = win.join(" ");
            (fnv1a64(joined.as_bytes()), joined)
        })
        .collect()
}

fn source_windows() -> HashSet<u64> {
    include_str!("data/source-8-word-windows.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| u64::from_str_radix(l.trim(), 16).expect("a hex fingerprint"))
        .collect()
}

#[test]
fn the_fingerprints_are_those_of_the_source_and_the_hash_matches_the_script() {
    let source = source_windows();
    assert!(source.len() > 1000, "only {} fingerprints", source.len());
    // A window the script fingerprinted (the source's own phrase for the MCL's place), and
    // the same words as the app could have written them, with other case and punctuation.
    let copied = "The MCL runs along the joint line, on the very inside of the knee.";
    assert!(fingerprints(copied).iter().any(|(h, _)| source.contains(h)));
    // The hash itself, against FNV-1a's published test vector.
    assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
}

#[test]
fn no_message_copies_eight_words_in_a_row_from_the_source() {
    let source = source_windows();
    let mut copied = Vec::new();
    for &lang in Lang::ALL {
        for msg in TextId::all() {
            for (hash, window) in fingerprints(text(lang, msg)) {
                if source.contains(&hash) {
                    copied.push(format!("{msg:?} ({lang:?}): \"{window}\""));
                }
            }
        }
    }
    assert!(
        copied.is_empty(),
        "copied from the source:\n{}",
        copied.join("\n")
    );
}
