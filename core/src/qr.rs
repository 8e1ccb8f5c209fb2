//! A link as a QR code, drawn as one SVG path: every dark module, with each row's runs of dark
//! modules merged into one rectangle. Pure: the shell puts the path in an `<svg>`.

use qrcodegen::{QrCode, QrCodeEcc};

/// The light margin around the code, in modules (the standard's minimum).
pub const QUIET_ZONE: i32 = 4;

/// A QR code ready to draw: `size` modules square (quiet zone included), and the path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrSvg {
    pub size: i32,
    /// `M{x} {y}h{n}v1h-{n}z` per run of dark modules, in module units.
    pub path: String,
}

/// The QR code of `text` (error correction M: a printed code survives a smudge); `None` if the
/// text is too long for any QR code.
pub fn qr_svg(text: &str) -> Option<QrSvg> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let n = code.size();
    let mut path = String::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < n && code.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            path.push_str(&format!(
                "M{} {}h{run}v1h-{run}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE
            ));
        }
    }
    Some(QrSvg {
        size: n + 2 * QUIET_ZONE,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads the path back into the set of dark modules.
    fn modules(svg: &QrSvg) -> Vec<(i32, i32)> {
        let mut dark = Vec::new();
        for rect in svg.path.split('z').filter(|r| !r.is_empty()) {
            let rect = rect.strip_prefix('M').expect("a move");
            let (xy, rest) = rect.split_once('h').expect("a run");
            let (x, y) = xy.split_once(' ').expect("x y");
            let run: i32 = rest.split_once('v').expect("v1").0.parse().unwrap();
            let (x, y): (i32, i32) = (x.parse().unwrap(), y.parse().unwrap());
            dark.extend((x..x + run).map(|x| (x, y)));
        }
        dark
    }

    #[test]
    fn the_path_draws_exactly_the_codes_dark_modules_inside_a_quiet_zone() {
        let link = "https://clinic.example/knee/?clinic=Bay%20Physio&lang=es#rx=AQIBhwIDCdMAHgCWAC0AKAA8wrM";
        let svg = qr_svg(link).unwrap();
        let code = QrCode::encode_text(link, QrCodeEcc::Medium).unwrap();
        assert_eq!(svg.size, code.size() + 8);
        let mut expected: Vec<(i32, i32)> = (0..code.size())
            .flat_map(|y| (0..code.size()).map(move |x| (x, y)))
            .filter(|&(x, y)| code.get_module(x, y))
            .map(|(x, y)| (x + QUIET_ZONE, y + QUIET_ZONE))
            .collect();
        let mut drawn = modules(&svg);
        expected.sort_unstable();
        drawn.sort_unstable();
        assert_eq!(drawn, expected);
        assert!(drawn
            .iter()
            .all(|&(x, y)| (QUIET_ZONE..svg.size - QUIET_ZONE).contains(&x)
                && (QUIET_ZONE..svg.size - QUIET_ZONE).contains(&y)));
        // Runs are merged: fewer rectangles than dark modules.
        assert!(svg.path.matches('M').count() < drawn.len());
    }

    #[test]
    fn text_too_long_for_a_qr_code_gives_none() {
        assert!(qr_svg(&"x".repeat(5000)).is_none());
        assert!(qr_svg("").is_some());
    }
}
