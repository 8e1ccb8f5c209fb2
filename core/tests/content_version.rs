//! The content version names what a clinic signs off: every word and rule on the review page.
//! The review pages (the content version itself taken out) are fingerprinted, and the fingerprint
//! is committed beside the version in `data/content-fingerprint.txt`. A change to any word, rule,
//! range or preset time a review page shows fails this test until `CONTENT_VERSION` is raised
//! and the file records the new pair, so a signed-off version always means the same text.

use knee_core::content::CONTENT_VERSION;
use knee_core::{review, Lang};

const FILE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/content-fingerprint.txt"
);

/// 64-bit FNV-1a.
fn fnv1a64(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Every language's review page, without the version, fingerprinted as one text.
fn fingerprint() -> String {
    let pages: String = Lang::ALL
        .iter()
        .map(|&lang| review::page(lang).replace(CONTENT_VERSION, "{version}"))
        .collect();
    format!("{:016x}", fnv1a64(pages.as_bytes()))
}

#[test]
fn the_content_version_changes_whenever_what_a_clinic_signs_off_changes() {
    let now = format!("{CONTENT_VERSION} {}", fingerprint());
    let committed = std::fs::read_to_string(FILE).expect("the committed fingerprint");
    let committed = committed.trim();
    let (version, print) = committed
        .split_once(' ')
        .expect("\"<version> <fingerprint>\"");
    if version == CONTENT_VERSION {
        assert_eq!(
            print,
            fingerprint(),
            "the words or rules a clinic signs off changed, but CONTENT_VERSION ({CONTENT_VERSION}) \
             did not: raise it in core/src/content.rs, then write \"<new version> {}\" into {FILE}",
            fingerprint()
        );
    } else {
        assert_eq!(
            committed, now,
            "CONTENT_VERSION is new: record it with its fingerprint in {FILE}"
        );
    }
}

#[test]
fn the_fingerprint_sees_a_one_letter_change_and_not_the_version() {
    assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
    let page = review::page(Lang::En);
    assert!(page.contains(CONTENT_VERSION));
    let changed = page.replacen("MCL", "MCK", 1);
    assert_ne!(fnv1a64(page.as_bytes()), fnv1a64(changed.as_bytes()));
}
