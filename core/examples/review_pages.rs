//! Writes the clinic's review page for every language (`knee_core::review`):
//! `review-<lang>.html` each, and `review.html` (English) as the page to link to.
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
    println!("review pages: {}", Lang::ALL.len());
    Ok(())
}
