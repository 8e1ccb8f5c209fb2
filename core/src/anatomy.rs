//! The anatomy picture of the inner knee, as data: every shape and label the Learn section
//! draws, in drawing order, for a right knee seen from its inner (medial) side.
//!
//! The front of the leg is on the left of a right knee's picture; a left knee's picture is its
//! mirror image ([`View`]). Coordinates are in the picture's own units ([`WIDTH`] x [`HEIGHT`]),
//! with a fixed scale ([`UNITS_PER_INCH`]), so the tests here can check what the picture
//! claims: the pes anserine 1-2 inches below the joint line and towards the front of the shin,
//! the MCL crossing the joint line under the pes anserine tendons, the meniscus at the joint
//! line, the VMO just above the kneecap. Path data uses only absolute `M`, `L`, `C` and `Z`
//! commands, so every number pair is a point. This module must never import a browser crate.

use crate::content::{Muscle, Structure};
use crate::screening::Knee;
use crate::step::StepKind;

/// The drawing's size in its own units. The SVG `viewBox` adds a margin on each side for the
/// labels' text ([`View::view_box`]): [`FRONT_MARGIN`] on the front's side, [`BACK_MARGIN`]
/// on the back's.
pub const WIDTH: i32 = 480;
pub const HEIGHT: i32 = 480;
pub const FRONT_MARGIN: i32 = 90;
pub const BACK_MARGIN: i32 = 70;
/// The knee joint line, where thigh bone and shin bone meet.
pub const JOINT_LINE_Y: i32 = 250;
/// The picture's scale.
pub const UNITS_PER_INCH: i32 = 24;

listed! {
/// The bones drawn as landmarks (never massaged, never chosen).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Bone {
    ThighBone,
    ShinBone,
    Kneecap,
    /// The bony bump at the top of the front of the shin bone, below the kneecap (the tibial
    /// tuberosity): the landmark a patient feels to find the pes anserine at its level.
    BonyBump,
}
}

/// What a shape shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// The outline of the leg, so the rest sits in a leg.
    Outline,
    Bone(Bone),
    /// One of the source's structures: a shape the patient can choose.
    Structure(Structure),
    /// A named muscle, drawn as a band along its course (`Shape::band`).
    Muscle(Muscle),
    /// The back of the knee: never pressed (nerves and blood vessels run there).
    BackOfKnee,
}

/// One shape of the picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shape {
    pub part: Part,
    /// SVG path data (absolute `M`, `L`, `C`, `Z` only).
    pub d: &'static str,
    /// `Some(width)`: the path is a muscle's course, drawn as a band of that width, not filled.
    pub band: Option<u8>,
}

const fn area(part: Part, d: &'static str) -> Shape {
    Shape {
        part,
        d,
        band: None,
    }
}

const fn muscle(muscle: Muscle, width: u8, d: &'static str) -> Shape {
    Shape {
        part: Part::Muscle(muscle),
        d,
        band: Some(width),
    }
}

/// Every shape, in drawing order (later shapes lie on top): bones, the meniscus between them,
/// the adductor area and its muscles, the VMO, the MCL, then the three pes anserine tendons
/// over the MCL's lower part, and their shared insertion.
pub const DRAWING: &[Shape] = &[
    area(
        Part::Outline,
        "M96 0 L330 0 C326 60 322 110 316 160 C310 200 298 222 298 244 C300 280 322 300 320 350 \
         C318 400 290 440 262 480 L140 480 C134 440 128 400 122 350 C118 310 108 296 104 280 \
         C98 262 88 246 86 226 C84 200 90 180 92 160 C94 110 96 60 96 0 Z",
    ),
    // Behind the bones and the tendons, inside the leg's back edge, across the joint line.
    area(
        Part::BackOfKnee,
        "M270 214 L300 214 C297 226 294 236 294 246 C296 262 300 276 304 292 L270 292 \
         C266 264 266 238 270 214 Z",
    ),
    area(
        Part::Bone(Bone::ThighBone),
        "M150 0 L205 0 L207 168 C214 188 232 204 230 226 C228 242 214 248 196 248 L140 248 \
         C124 248 116 236 118 220 C120 200 138 184 148 166 Z",
    ),
    area(
        Part::Bone(Bone::ShinBone),
        "M122 253 L230 253 C237 262 233 280 218 292 L200 330 L200 480 L150 480 L150 330 \
         C140 302 122 286 120 268 Z",
    ),
    area(
        Part::Bone(Bone::BonyBump),
        "M128 270 C118 274 112 284 114 294 C116 304 126 308 134 302 L128 270 Z",
    ),
    area(
        Part::Bone(Bone::Kneecap),
        "M108 176 C120 176 125 192 125 205 C125 220 120 234 108 234 C96 234 91 220 91 205 \
         C91 192 96 176 108 176 Z",
    ),
    area(
        Part::Structure(Structure::MedialMeniscus),
        "M124 250 C150 243 205 243 230 250 C205 257 150 257 124 250 Z",
    ),
    area(
        Part::Structure(Structure::Adductors),
        "M156 0 L300 0 C296 60 272 140 240 198 C232 210 216 208 212 192 C200 124 178 60 156 0 Z",
    ),
    muscle(Muscle::AdductorBrevis, 12, "M236 0 C234 20 230 40 226 56"),
    muscle(Muscle::AdductorLongus, 14, "M188 0 C196 30 204 56 210 82"),
    muscle(Muscle::AdductorMagnus, 18, "M268 0 C260 80 242 150 224 196"),
    area(
        Part::Structure(Structure::Vmo),
        "M140 56 C150 96 150 146 138 164 C128 176 104 174 100 156 C96 134 118 106 140 56 Z",
    ),
    area(
        Part::Structure(Structure::Mcl),
        "M184 214 L204 214 L196 306 L176 306 Z",
    ),
    muscle(
        Muscle::Gracilis,
        10,
        "M218 0 C228 90 252 170 244 228 C238 262 200 284 166 294",
    ),
    muscle(
        Muscle::Sartorius,
        14,
        "M172 0 C192 80 240 150 234 218 C230 256 194 280 158 290",
    ),
    muscle(
        Muscle::Semitendinosus,
        10,
        "M292 0 C282 100 264 180 256 234 C250 268 208 290 172 298",
    ),
    area(
        Part::Structure(Structure::PesAnserine),
        "M126 284 C130 272 176 268 188 280 C194 292 178 304 152 304 C134 304 124 296 126 284 Z",
    ),
];

/// What a label names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Labelled {
    Structure(Structure),
    Bone(Bone),
    JointLine,
    /// The front of the leg, with an arrow.
    Front,
    /// The back of the knee, with "never press" on a second line.
    BackOfKnee,
}

/// Which side of the drawing a label sits on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Front,
    Back,
}

/// A label: its text's baseline start and, unless it is the front marker, a leader line to
/// the point it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label {
    pub of: Labelled,
    pub side: Side,
    pub at: (i32, i32),
    pub points_to: Option<(i32, i32)>,
}

const FRONT_X: i32 = 78;
const BACK_X: i32 = 340;

/// The labels' text size in picture units: the Learn picture names everything; a step's picture
/// names few things, larger, to be read at a glance from beside the tablet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextSize {
    Learn,
    Step,
}

impl TextSize {
    /// The font size, in picture units (the SVG text's `font-size`).
    pub const fn font(self) -> i32 {
        match self {
            TextSize::Learn => 19,
            TextSize::Step => 23,
        }
    }

    /// From one line's baseline to the next.
    pub const fn line_height(self) -> i32 {
        self.font() * 6 / 5
    }

    /// How many characters a label's line may have on a side (a character is at most about
    /// 0.6 of the font size in the widest common fonts, DejaVu Sans among them): front labels end at `FRONT_X`, back labels start at `BACK_X`, and both
    /// must stay inside the margin.
    pub const fn room(self, side: Side) -> usize {
        let units = match side {
            Side::Front => FRONT_X + FRONT_MARGIN,
            Side::Back => WIDTH + BACK_MARGIN - BACK_X,
        };
        (units * 10 / (self.font() * 6)) as usize
    }
}

const fn label(of: Labelled, side: Side, y: i32, points_to: Option<(i32, i32)>) -> Label {
    let x = match side {
        Side::Front => FRONT_X,
        Side::Back => BACK_X,
    };
    Label {
        of,
        side,
        at: (x, y),
        points_to,
    }
}

/// Every label, for a right knee: landmarks and the VMO on the front side, the other
/// structures on the back side, where the drawing leaves room.
pub const LABELS: &[Label] = &[
    label(Labelled::Front, Side::Front, 22, None),
    label(
        Labelled::Bone(Bone::ThighBone),
        Side::Front,
        60,
        Some((158, 56)),
    ),
    label(
        Labelled::Structure(Structure::Vmo),
        Side::Front,
        140,
        Some((112, 148)),
    ),
    label(
        Labelled::Bone(Bone::Kneecap),
        Side::Front,
        210,
        Some((96, 206)),
    ),
    label(Labelled::JointLine, Side::Front, 262, Some((122, 250))),
    label(
        Labelled::Bone(Bone::BonyBump),
        Side::Front,
        322,
        Some((120, 292)),
    ),
    label(
        Labelled::Bone(Bone::ShinBone),
        Side::Front,
        420,
        Some((156, 416)),
    ),
    label(
        Labelled::Structure(Structure::Adductors),
        Side::Back,
        96,
        Some((262, 90)),
    ),
    label(
        Labelled::Structure(Structure::Mcl),
        Side::Back,
        150,
        Some((196, 226)),
    ),
    label(Labelled::BackOfKnee, Side::Back, 234, Some((294, 244))),
    label(
        Labelled::Structure(Structure::MedialMeniscus),
        Side::Back,
        280,
        Some((220, 250)),
    ),
    label(
        Labelled::Structure(Structure::PesAnserine),
        Side::Back,
        342,
        Some((150, 294)),
    ),
];

/// The group a muscle's band belongs to in the picture, and chooses when tapped: the three
/// muscles that run down to the pes anserine belong to it (gracilis too, though it is also an
/// adductor), the others to the adductors.
pub const fn group_of(m: Muscle) -> Structure {
    match m {
        Muscle::Sartorius | Muscle::Gracilis | Muscle::Semitendinosus => Structure::PesAnserine,
        Muscle::AdductorMagnus | Muscle::AdductorLongus | Muscle::AdductorBrevis => {
            Structure::Adductors
        }
    }
}

/// Which knee the picture shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct View(pub Knee);

impl View {
    /// The picture for the patient's knee; the right knee before one is chosen.
    pub fn for_knee(knee: Option<Knee>) -> View {
        View(knee.unwrap_or(Knee::Right))
    }

    /// A left knee's picture is the mirror image of a right knee's.
    pub const fn mirrored(self) -> bool {
        matches!(self.0, Knee::Left)
    }

    /// Where an x of the right knee's picture lies in this view.
    pub const fn x(self, x: i32) -> i32 {
        if self.mirrored() {
            WIDTH - x
        } else {
            x
        }
    }

    /// The SVG `viewBox` (`min-x`, `width`): the drawing with the front's margin on the
    /// front's side and the back's margin on the back's.
    pub const fn view_box(self) -> (i32, i32) {
        let min_x = if self.mirrored() {
            -BACK_MARGIN
        } else {
            -FRONT_MARGIN
        };
        (min_x, WIDTH + FRONT_MARGIN + BACK_MARGIN)
    }

    /// Whether a label's text grows towards the drawing's outside edge from its `at` point
    /// (`false`: it ends there). Front labels end at their point in a right knee's picture.
    pub const fn text_starts_at(self, side: Side) -> bool {
        matches!(
            (side, self.mirrored()),
            (Side::Back, false) | (Side::Front, true)
        )
    }
}

/// How a step's picture shows the motion, drawn over the leg (points in picture units).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    /// The whole leg, nothing to show moving (getting into position).
    None,
    /// Strokes along the muscle, each an arrow from its first point to its last.
    Strokes(&'static [[(i32, i32); 2]]),
    /// Short strokes back and forth across the tendon (cross-fiber): arrows at both ends.
    Across(&'static [[(i32, i32); 2]]),
    /// Steady pressure on one spot.
    Hold((i32, i32)),
    /// Small circles on a spot, each centred on a point.
    Circles(&'static [(i32, i32)]),
    /// The foam roller rolling from one point to another (the first is the hip end).
    Roller((i32, i32), (i32, i32)),
    /// The roller resting on a tender spot.
    RollerPause((i32, i32)),
    /// A massage ball on each of its spots (the first is the main one).
    Ball(&'static [(i32, i32)]),
    /// The knee bending and straightening: the shin swings along this arc, both ways.
    Bend([(i32, i32); 4]),
}

/// What a step's picture shows: the structures it works on (none: the whole leg) and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepPicture {
    pub targets: &'static [Structure],
    pub overlay: Overlay,
}

impl StepPicture {
    /// What the step's picture labels: its targets, the front of the leg, the landmarks a step
    /// is placed by (the joint line for the pes anserine and the MCL, the bony bump for the pes
    /// anserine), and the back of the knee wherever hands work.
    pub fn labels(self) -> impl Iterator<Item = Labelled> {
        let has = move |s: Structure| self.targets.contains(&s);
        let measured = has(Structure::PesAnserine) || has(Structure::Mcl);
        self.targets
            .iter()
            .map(|&s| Labelled::Structure(s))
            .chain([Labelled::Front])
            .chain(measured.then_some(Labelled::JointLine))
            .chain(has(Structure::PesAnserine).then_some(Labelled::Bone(Bone::BonyBump)))
            .chain((!self.targets.is_empty()).then_some(Labelled::BackOfKnee))
    }
}

/// The picture of each step of the routine.
pub const fn step_picture(kind: StepKind) -> StepPicture {
    use Overlay::*;
    use Structure::*;
    let (targets, overlay): (&'static [Structure], Overlay) = match kind {
        StepKind::Positioning => (&[], None),
        // From the middle of the thigh down towards the knee, on the VMO and the adductors.
        StepKind::SoftTissueRelease => (
            &[Vmo, Adductors],
            Strokes(&[
                [(126, 76), (122, 150)],
                [(214, 40), (214, 150)],
                [(262, 24), (244, 140)],
            ]),
        ),
        StepKind::PesAnserineHold => (&[PesAnserine], Hold((156, 287))),
        StepKind::PesAnserineFriction => (
            &[PesAnserine],
            Across(&[[(146, 274), (146, 300)], [(166, 274), (166, 300)]]),
        ),
        // Above the joint line: clear of the meniscus and of the tendons over the MCL's lower part.
        StepKind::Mcl => (&[Mcl], Circles(&[(194, 228)])),
        // Down the inner thigh to just above the knee. The roller starts a hand's width below the
        // groin, above the top of the drawing (about 10 inches above the joint line), so the
        // arrow comes in from the top edge.
        StepKind::FoamRollerPass => (&[Vmo, Adductors], Roller((226, 22), (214, 168))),
        StepKind::FoamRollerPause => (&[Adductors], RollerPause((232, 104))),
        // On the inner thigh, or just below the knee on the pes anserine.
        StepKind::MassageBall => (&[Adductors, PesAnserine], Ball(&[(236, 116), (156, 287)])),
        StepKind::GentleMovement => (&[], Bend([(174, 398), (240, 420), (300, 380), (330, 325)])),
    };
    StepPicture { targets, overlay }
}

/// The three points of an arrowhead at `to`, pointing away from `from`.
pub fn arrowhead(from: (i32, i32), to: (i32, i32)) -> [(i32, i32); 3] {
    let (dx, dy) = ((to.0 - from.0) as f32, (to.1 - from.1) as f32);
    let length = (dx * dx + dy * dy).sqrt().max(1.0);
    let (ux, uy) = (dx / length, dy / length);
    let (size, half) = (12.0, 7.0);
    let back = (to.0 as f32 - ux * size, to.1 as f32 - uy * size);
    let point = |x: f32, y: f32| (x.round() as i32, y.round() as i32);
    [
        point(back.0 - uy * half, back.1 + ux * half),
        to,
        point(back.0 + uy * half, back.1 - ux * half),
    ]
}

/// The shapes of one part (a structure, muscle or bone).
pub fn shapes_of(part: Part) -> impl Iterator<Item = &'static Shape> {
    DRAWING.iter().filter(move |s| s.part == part)
}

/// The label of a structure, bone, the joint line or the front marker.
pub fn label_of(of: Labelled) -> Option<&'static Label> {
    LABELS.iter().find(|l| l.of == of)
}

/// Every point of a path, in order (its control points too).
pub fn points(d: &str) -> Vec<(i32, i32)> {
    let numbers: Vec<i32> = d
        .split(|c: char| c.is_ascii_alphabetic() || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().expect("path data holds integers only"))
        .collect();
    numbers.chunks(2).map(|p| (p[0], p[1])).collect()
}

/// A path's bounding box of points: `(min x, min y, max x, max y)`. It holds the whole shape,
/// since a curve never leaves the hull of its control points.
pub fn bounds(d: &str) -> (i32, i32, i32, i32) {
    points(d).iter().fold(
        (i32::MAX, i32::MAX, i32::MIN, i32::MIN),
        |(x0, y0, x1, y1), &(x, y)| (x0.min(x), y0.min(y), x1.max(x), y1.max(y)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_shape(part: Part) -> &'static Shape {
        let shapes: Vec<_> = shapes_of(part).collect();
        assert_eq!(shapes.len(), 1, "{part:?} must have exactly one shape");
        shapes[0]
    }

    fn box_of(part: Part) -> (i32, i32, i32, i32) {
        bounds(one_shape(part).d)
    }

    fn centre(part: Part) -> (i32, i32) {
        let (x0, y0, x1, y1) = box_of(part);
        ((x0 + x1) / 2, (y0 + y1) / 2)
    }

    #[test]
    fn every_structure_has_one_filled_shape_and_one_label() {
        for &s in Structure::ALL {
            assert_eq!(one_shape(Part::Structure(s)).band, None, "{s:?}");
            let labels = LABELS
                .iter()
                .filter(|l| l.of == Labelled::Structure(s))
                .count();
            assert_eq!(labels, 1, "{s:?} must have exactly one label");
        }
    }

    #[test]
    fn every_named_muscle_has_one_band_and_every_bone_one_shape_and_label() {
        for &m in Muscle::ALL {
            assert!(one_shape(Part::Muscle(m)).band.is_some(), "{m:?}");
        }
        for &b in Bone::ALL {
            one_shape(Part::Bone(b));
            assert!(label_of(Labelled::Bone(b)).is_some(), "{b:?}");
        }
        assert_eq!(
            DRAWING.len(),
            2 + Structure::ALL.len() + Muscle::ALL.len() + Bone::ALL.len()
        );
        assert_eq!(
            DRAWING[0].part,
            Part::Outline,
            "the outline lies under everything"
        );
        assert!(label_of(Labelled::JointLine).is_some());
        assert!(label_of(Labelled::Front).is_some());
        assert!(label_of(Labelled::BackOfKnee).is_some());
        assert_eq!(LABELS.len(), Structure::ALL.len() + Bone::ALL.len() + 3);
    }

    #[test]
    fn everything_lies_inside_the_picture_and_paths_are_absolute() {
        for shape in DRAWING {
            assert!(
                shape.d.chars().all(|c| "MLCZ0123456789 ".contains(c)),
                "{:?}: only absolute M, L, C, Z",
                shape.part
            );
            let (x0, y0, x1, y1) = bounds(shape.d);
            assert!(
                x0 >= 0 && y0 >= 0 && x1 <= WIDTH && y1 <= HEIGHT,
                "{shape:?}"
            );
        }
        for l in LABELS {
            assert!((0..WIDTH).contains(&l.at.0) && (0..HEIGHT).contains(&l.at.1));
        }
    }

    #[test]
    fn each_leader_line_points_into_what_its_label_names() {
        for l in LABELS {
            let part = match l.of {
                Labelled::Structure(s) => Part::Structure(s),
                Labelled::Bone(b) => Part::Bone(b),
                Labelled::BackOfKnee => Part::BackOfKnee,
                Labelled::JointLine => {
                    assert_eq!(l.points_to.map(|p| p.1), Some(JOINT_LINE_Y));
                    continue;
                }
                Labelled::Front => continue,
            };
            let (x, y) = l.points_to.expect("a leader line");
            // The leader starts beside the text, outside the leg.
            let (ox0, _, ox1, _) = box_of(Part::Outline);
            assert!(l.at.0 < ox0 || l.at.0 > ox1, "{:?} sits on the leg", l.of);
            let (x0, y0, x1, y1) = box_of(part);
            assert!(
                (x0..=x1).contains(&x) && (y0..=y1).contains(&y),
                "{:?} points outside it",
                l.of
            );
            // Front-side labels point at things in front, back-side ones at things behind.
            match l.side {
                Side::Front => assert!(x < (ox0 + ox1) / 2, "{:?}", l.of),
                Side::Back => assert!(x < l.at.0, "{:?}", l.of),
            }
        }
    }

    #[test]
    fn the_pes_anserine_is_one_to_two_inches_below_the_joint_line_towards_the_front() {
        let (inches_min, inches_max) = crate::content::PES_ANSERINE_INCHES_BELOW_JOINT_LINE;
        let (x, y) = centre(Part::Structure(Structure::PesAnserine));
        let below = y - JOINT_LINE_Y;
        assert!(
            (inches_min as i32 * UNITS_PER_INCH..=inches_max as i32 * UNITS_PER_INCH)
                .contains(&below),
            "{below} units below the joint line"
        );
        // In front of the shin bone's middle (the front is on the left of a right knee).
        let (sx0, _, sx1, _) = box_of(Part::Bone(Bone::ShinBone));
        assert!(
            x < (sx0 + sx1) / 2,
            "the insertion is not towards the front"
        );
        // Each of its three muscles ends inside it.
        let (px0, py0, px1, py1) = box_of(Part::Structure(Structure::PesAnserine));
        for &m in Structure::PesAnserine.muscles() {
            let &(ex, ey) = points(one_shape(Part::Muscle(m)).d).last().unwrap();
            assert!(
                (px0..=px1).contains(&ex) && (py0..=py1).contains(&ey),
                "{m:?}"
            );
        }
    }

    #[test]
    fn the_mcl_crosses_the_joint_line_and_its_lower_part_lies_under_the_tendons() {
        let (x0, y0, x1, y1) = box_of(Part::Structure(Structure::Mcl));
        assert!(y0 < JOINT_LINE_Y && y1 > JOINT_LINE_Y);
        // From the thigh bone to the shin bone.
        assert!(y0 < box_of(Part::Bone(Bone::ThighBone)).3);
        assert!(y1 > box_of(Part::Bone(Bone::ShinBone)).1);
        let at = |part| DRAWING.iter().position(|s| s.part == part).unwrap();
        let mcl = at(Part::Structure(Structure::Mcl));
        for &m in Structure::PesAnserine.muscles() {
            assert!(at(Part::Muscle(m)) > mcl, "{m:?} is drawn under the MCL");
            // The tendon crosses the MCL's lower half.
            let crosses = points(one_shape(Part::Muscle(m)).d)
                .windows(2)
                .any(|w| w[0].0 >= x0 && w[1].0 <= x1 && w[1].1 > JOINT_LINE_Y);
            assert!(crosses, "{m:?} does not cross the MCL below the joint line");
        }
        assert!(at(Part::Structure(Structure::PesAnserine)) > mcl);
    }

    #[test]
    fn the_meniscus_sits_on_the_joint_line_between_the_bones() {
        let (_, y0, _, y1) = box_of(Part::Structure(Structure::MedialMeniscus));
        assert!(y0 < JOINT_LINE_Y && y1 > JOINT_LINE_Y && y1 - y0 <= 16);
        assert!(box_of(Part::Bone(Bone::ThighBone)).3 <= JOINT_LINE_Y);
        assert!(box_of(Part::Bone(Bone::ShinBone)).1 >= JOINT_LINE_Y);
    }

    #[test]
    fn the_vmo_is_just_above_the_kneecap_and_in_front_of_the_adductors() {
        let (vx0, _, vx1, vy1) = box_of(Part::Structure(Structure::Vmo));
        let (kx0, ky0, kx1, _) = box_of(Part::Bone(Bone::Kneecap));
        assert!(
            vy1 <= ky0 + 4 && ky0 - vy1 <= UNITS_PER_INCH,
            "not just above"
        );
        assert!(vx0 < kx1 && vx1 > kx0, "not over the kneecap");
        let (ax, _) = centre(Part::Structure(Structure::Adductors));
        assert!(centre(Part::Structure(Structure::Vmo)).0 < ax);
    }

    #[test]
    fn every_muscle_band_belongs_to_a_group_it_is_in() {
        for &m in Muscle::ALL {
            assert!(group_of(m).muscles().contains(&m), "{m:?}");
        }
        // The MCL is about 1.5 inches above to 2.5 inches below the joint line, and ends under
        // the pes anserine.
        let (_, y0, _, y1) = box_of(Part::Structure(Structure::Mcl));
        assert!(
            JOINT_LINE_Y - y0 <= 2 * UNITS_PER_INCH,
            "the MCL starts too high"
        );
        assert!(
            y1 - JOINT_LINE_Y <= 3 * UNITS_PER_INCH,
            "the MCL ends too low"
        );
        let (_, _, _, py1) = box_of(Part::Structure(Structure::PesAnserine));
        assert!(y1 <= py1 + 4, "the MCL runs on past the pes anserine");
    }

    #[test]
    fn gracilis_is_drawn_once_though_it_belongs_to_two_groups() {
        assert!(Structure::Adductors.muscles().contains(&Muscle::Gracilis));
        assert!(Structure::PesAnserine.muscles().contains(&Muscle::Gracilis));
        assert_eq!(shapes_of(Part::Muscle(Muscle::Gracilis)).count(), 1);
        // The adductor muscles run inside the adductor area (the gracilis leaves it on its
        // way down to the shin).
        let (x0, _, x1, y1) = box_of(Part::Structure(Structure::Adductors));
        for &m in Structure::Adductors.muscles() {
            let (mx0, my0, mx1, _) = box_of(Part::Muscle(m));
            assert!(mx0 >= x0 - 8 && mx1 <= x1 + 8 && my0 < y1, "{m:?}");
        }
    }

    #[test]
    fn a_left_knee_is_the_mirror_image_and_the_right_knee_is_the_default() {
        assert_eq!(View::for_knee(None), View(Knee::Right));
        assert_eq!(View::for_knee(Some(Knee::Left)), View(Knee::Left));
        let (left, right) = (View(Knee::Left), View(Knee::Right));
        assert_eq!(right.x(100), 100);
        assert_eq!(left.x(100), WIDTH - 100);
        // Front labels end at their point on a right knee and start there on a left knee.
        assert!(!right.text_starts_at(Side::Front) && right.text_starts_at(Side::Back));
        assert!(left.text_starts_at(Side::Front) && !left.text_starts_at(Side::Back));
    }

    #[test]
    fn no_two_leader_lines_cross_and_the_margins_mirror() {
        // (That each label's words fit beside the drawing is the catalog's test: it wraps them.)
        // No two leader lines cross (each runs from beside its text's start to its point).
        let leaders: Vec<((i32, i32), (i32, i32))> = LABELS
            .iter()
            .filter_map(|l| l.points_to.map(|p| ((l.at.0, l.at.1 - 5), p)))
            .collect();
        for (i, &a) in leaders.iter().enumerate() {
            for &b in &leaders[i + 1..] {
                assert!(!segments_cross(a, b), "{a:?} crosses {b:?}");
            }
        }
        // A mirrored view's margins are the same, swapped.
        let (right, left) = (View(Knee::Right).view_box(), View(Knee::Left).view_box());
        assert_eq!(right.1, left.1);
        assert_eq!(-right.0, FRONT_MARGIN);
        assert_eq!(-left.0, BACK_MARGIN);
    }

    #[test]
    fn the_pes_anserine_is_level_with_the_bony_bump_below_the_kneecap() {
        let (bx0, by0, bx1, by1) = box_of(Part::Bone(Bone::BonyBump));
        let (px, _) = centre(Part::Structure(Structure::PesAnserine));
        let (_, py0, _, py1) = box_of(Part::Structure(Structure::PesAnserine));
        // Level: the bump's middle is within the pes anserine's height, and the spot is beside
        // it, further back (the bump is at the very front of the shin).
        assert!((py0..=py1).contains(&((by0 + by1) / 2)));
        assert!(bx1 < px, "the bump is not in front of the spot");
        // Below the kneecap and the joint line, its top within an inch and a half of the line,
        // at the shin's front.
        assert!(by0 > box_of(Part::Bone(Bone::Kneecap)).3 && by0 > JOINT_LINE_Y);
        assert!(by0 - JOINT_LINE_Y <= 3 * UNITS_PER_INCH / 2);
        let (sx0, _, _, _) = box_of(Part::Bone(Bone::ShinBone));
        assert!(bx0 < sx0, "the bump does not stand out of the shin's front");
        // Inside the leg's outline at its height (the outline's front edge there is about 104-112).
        assert!(bx0 >= 112);
    }

    #[test]
    fn the_back_of_the_knee_is_behind_the_bones_and_nothing_is_pressed_there() {
        let (x0, y0, x1, y1) = box_of(Part::BackOfKnee);
        assert!(
            y0 < JOINT_LINE_Y && y1 > JOINT_LINE_Y,
            "not across the joint line"
        );
        for b in [Bone::ThighBone, Bone::ShinBone] {
            assert!(box_of(Part::Bone(b)).2 < x0, "{b:?} reaches into it");
        }
        assert!(x1 <= box_of(Part::Outline).2);
        // No structure worked on lies in it, and no step's motion comes near it.
        let clear =
            |(x, y): (i32, i32)| !(x0 - 8..=x1 + 8).contains(&x) || !(y0 - 8..=y1 + 8).contains(&y);
        for &s in Structure::ALL {
            let (sx0, sy0, sx1, sy1) = box_of(Part::Structure(s));
            let overlaps = sx0 < x1 && sx1 > x0 && sy0 < y1 && sy1 > y0;
            assert!(!overlaps, "{s:?}");
        }
        for &kind in StepKind::ALL {
            let spots: Vec<(i32, i32)> = match step_picture(kind).overlay {
                Overlay::None | Overlay::Bend(_) => vec![],
                Overlay::Strokes(s) | Overlay::Across(s) => s.iter().flatten().copied().collect(),
                Overlay::Hold(p) | Overlay::RollerPause(p) => vec![p],
                Overlay::Circles(p) | Overlay::Ball(p) => p.to_vec(),
                Overlay::Roller(a, b) => vec![a, b],
            };
            assert!(spots.into_iter().all(clear), "{kind:?}");
        }
    }

    /// Whether two segments cross (touching at an end does not count).
    fn segments_cross(a: ((i32, i32), (i32, i32)), b: ((i32, i32), (i32, i32))) -> bool {
        let turn = |p: (i32, i32), q: (i32, i32), r: (i32, i32)| {
            ((q.0 - p.0) * (r.1 - p.1) - (q.1 - p.1) * (r.0 - p.0)).signum()
        };
        turn(a.0, a.1, b.0) * turn(a.0, a.1, b.1) < 0
            && turn(b.0, b.1, a.0) * turn(b.0, b.1, a.1) < 0
    }

    #[test]
    fn crossing_segments_are_found() {
        assert!(segments_cross(((0, 0), (10, 10)), ((0, 10), (10, 0))));
        assert!(!segments_cross(((0, 0), (10, 0)), ((0, 5), (10, 5))));
    }

    fn inside(part: Part, (x, y): (i32, i32), slack: i32) -> bool {
        let (x0, y0, x1, y1) = box_of(part);
        (x0 - slack..=x1 + slack).contains(&x) && (y0 - slack..=y1 + slack).contains(&y)
    }

    fn in_a_target(picture: &StepPicture, point: (i32, i32)) -> bool {
        picture
            .targets
            .iter()
            .any(|&s| inside(Part::Structure(s), point, 4))
    }

    #[test]
    fn every_step_shows_its_source_structures_or_the_whole_leg() {
        use crate::content::Technique;
        for &kind in StepKind::ALL {
            let picture = step_picture(kind);
            let expected: &[Structure] = match kind.technique() {
                None => &[],
                Some(Technique::SoftTissueRelease) => &[Structure::Vmo, Structure::Adductors],
                Some(Technique::PesAnserineFocus) => &[Structure::PesAnserine],
                Some(Technique::MclCaution) => &[Structure::Mcl],
                Some(Technique::FoamRollerOrBall) => match kind {
                    StepKind::FoamRollerPass => &[Structure::Vmo, Structure::Adductors],
                    StepKind::FoamRollerPause => &[Structure::Adductors],
                    _ => &[Structure::Adductors, Structure::PesAnserine],
                },
            };
            assert_eq!(picture.targets, expected, "{kind:?}");
            // A whole-leg view shows the position (nothing moves) or the knee's movement.
            if picture.targets.is_empty() {
                let whole = matches!(picture.overlay, Overlay::None | Overlay::Bend(_));
                assert!(whole, "{kind:?}");
            }
        }
        assert_eq!(step_picture(StepKind::Positioning).overlay, Overlay::None);
        // Each step placed by a landmark labels it; every massage step shows where never to press.
        for &kind in StepKind::ALL {
            let picture = step_picture(kind);
            let labels: Vec<Labelled> = picture.labels().collect();
            for &s in picture.targets {
                assert!(labels.contains(&Labelled::Structure(s)), "{kind:?}");
            }
            let pes = picture.targets.contains(&Structure::PesAnserine);
            assert_eq!(
                labels.contains(&Labelled::Bone(Bone::BonyBump)),
                pes,
                "{kind:?}"
            );
            assert_eq!(
                labels.contains(&Labelled::BackOfKnee),
                !picture.targets.is_empty(),
                "{kind:?}"
            );
            // A step that says to keep off the back of the knee shows where it is.
            if kind
                .keep_off()
                .contains(&crate::content::KeepOff::BackOfKnee)
            {
                assert!(labels.contains(&Labelled::BackOfKnee), "{kind:?}");
            }
            assert!(labels.iter().all(|&l| label_of(l).is_some()));
        }
        assert!(matches!(
            step_picture(StepKind::GentleMovement).overlay,
            Overlay::Bend(_)
        ));
    }

    #[test]
    fn each_motion_happens_on_its_target_as_the_source_describes_it() {
        for &kind in StepKind::ALL {
            let picture = step_picture(kind);
            match picture.overlay {
                Overlay::None | Overlay::Bend(_) => {}
                // Strokes run down the thigh, from the middle towards the knee.
                Overlay::Strokes(strokes) => {
                    for &[from, to] in strokes {
                        assert!(
                            in_a_target(&picture, from) && in_a_target(&picture, to),
                            "{kind:?}"
                        );
                        assert!(
                            to.1 - from.1 >= 3 * UNITS_PER_INCH,
                            "{kind:?}: not down the thigh"
                        );
                        assert!(
                            to.1 < box_of(Part::Bone(Bone::Kneecap)).1,
                            "{kind:?}: past the knee"
                        );
                    }
                }
                // Cross-fiber: across the tendons, which run from back to front at their
                // insertion, so up and down, and short.
                Overlay::Across(strokes) => {
                    for &[from, to] in strokes {
                        assert!(
                            in_a_target(&picture, from) && in_a_target(&picture, to),
                            "{kind:?}"
                        );
                        assert_eq!(from.0, to.0, "{kind:?}: not across");
                        assert!(
                            (to.1 - from.1).abs() <= 2 * UNITS_PER_INCH,
                            "{kind:?}: too long"
                        );
                    }
                }
                Overlay::Hold(spot) | Overlay::RollerPause(spot) => {
                    assert!(in_a_target(&picture, spot), "{kind:?}");
                }
                Overlay::Circles(spots) | Overlay::Ball(spots) => {
                    assert!(!spots.is_empty());
                    for &spot in spots {
                        assert!(in_a_target(&picture, spot), "{kind:?}");
                    }
                }
                // From the top of the picture (the roller comes down from higher up the thigh) to
                // just above the knee.
                Overlay::Roller(hip, knee) => {
                    // It starts at the top of the picture, the thigh's end towards the hip.
                    assert!(
                        hip.1 <= UNITS_PER_INCH && in_a_target(&picture, hip),
                        "{kind:?}"
                    );
                    let above_knee = box_of(Part::Bone(Bone::Kneecap)).1 - knee.1;
                    assert!((0..=UNITS_PER_INCH).contains(&above_knee), "{kind:?}");
                    assert!(in_a_target(&picture, knee), "{kind:?}");
                }
            }
        }
        // The MCL's circles (about 10 units round) stay above the meniscus and clear of the
        // tendons over the MCL's lower part.
        let (_, meniscus_top, _, _) = box_of(Part::Structure(Structure::MedialMeniscus));
        if let Overlay::Circles(spots) = step_picture(StepKind::Mcl).overlay {
            assert!(spots.iter().all(|&(_, y)| y + 10 < meniscus_top));
        } else {
            panic!("the MCL step draws circles");
        }
    }

    #[test]
    fn an_arrowhead_points_along_its_stroke() {
        let [a, tip, b] = arrowhead((100, 0), (100, 100));
        assert_eq!(tip, (100, 100));
        assert!(a.1 < 100 && b.1 < 100 && a.1 == b.1, "it opens backwards");
        assert!(a.0 != b.0);
        let [a, _, b] = arrowhead((0, 0), (100, 0));
        assert!(a.0 < 100 && b.0 < 100 && a.0 == b.0);
    }
}
