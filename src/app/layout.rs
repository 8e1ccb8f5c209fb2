//! Layout decisions the screens render (pure, tested on the host).

/// The smallest height a step's picture is given on a phone, in CSS pixels: smaller, its shapes
/// stop reading as a leg.
pub const MIN_PICTURE_HEIGHT: f64 = 120.0;

/// Room left between the picture's foot and the screen's bottom edge, in CSS pixels.
const PICTURE_FOOT: f64 = 8.0;

/// A step picture's height on a phone, so the whole picture shows with the page at its top:
/// the room from its top to the screen's bottom, never more than its own size at the width it
/// has, never under [`MIN_PICTURE_HEIGHT`]. `None` (its own size) when it fits already, or in a
/// clinic's frame, which grows with the content and so has no bottom edge to fit.
pub fn fitted_picture_height(
    viewport_height: f64,
    picture_top: f64,
    natural_height: f64,
    embedded: bool,
) -> Option<u32> {
    if embedded || !(viewport_height > 0.0 && natural_height > 0.0) {
        return None;
    }
    let room = viewport_height - picture_top - PICTURE_FOOT;
    (room < natural_height).then(|| room.max(MIN_PICTURE_HEIGHT).floor() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_that_fits_keeps_its_size() {
        assert_eq!(fitted_picture_height(844.0, 500.0, 225.0, false), None);
    }

    #[test]
    fn a_picture_past_the_bottom_edge_takes_the_room_left() {
        // 844 - 640 - 8 = 196 of 225.
        assert_eq!(fitted_picture_height(844.0, 640.0, 225.0, false), Some(196));
        // Never under the smallest: the page scrolls then.
        assert_eq!(fitted_picture_height(600.0, 560.0, 225.0, false), Some(120));
    }

    #[test]
    fn in_a_frame_or_unmeasured_it_keeps_its_size() {
        assert_eq!(fitted_picture_height(844.0, 640.0, 225.0, true), None);
        assert_eq!(fitted_picture_height(0.0, 640.0, 225.0, false), None);
        assert_eq!(fitted_picture_height(844.0, 640.0, 0.0, false), None);
    }
}
