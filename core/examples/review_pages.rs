//! Writes the clinic's review page for every language (`knee_core::review`):
//! `review-<lang>.html` each, and `review.html` (English) as the page to link to.
//!
//! It also rewrites `docs/clinic/screening-rules.md` (the rules as a Markdown table) when the
//! source tree is there, so the clinic docs cannot drift from the rules (a test checks it).
//!
//!   cargo run -p knee-core --example review_pages -- dist

use knee_core::{review, Lang};

fn main() -> std::io::Result<()> {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: review_pages <build-dir>");
        std::process::exit(2);
    };
    let dir = std::path::Path::new(&dir);
    for &lang in Lang::ALL {
        let page = review::page(lang);
        std::fs::write(dir.join(review::file_name(lang)), &page)?;
        if lang == Lang::default() {
            std::fs::write(dir.join("review.html"), &page)?;
        }
    }
    // The clinic docs' rules table, beside the review page: the same rules, as Markdown.
    let docs = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/clinic");
    if docs.is_dir() {
        std::fs::write(
            docs.join("screening-rules.md"),
            review::rules_markdown(Lang::En),
        )?;
    }
    println!("review pages: {}", Lang::ALL.len());
    Ok(())
}
