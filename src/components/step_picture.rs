//! A routine step's picture: the leg (right or left) with the step's target structures
//! highlighted and the motion drawn over it (`knee_core::anatomy::step_picture`). Decorative
//! for screen readers: the step's text already says where and how. The motion moves by CSS and
//! stands still under `prefers-reduced-motion`; in print it is black on white.

use knee_core::anatomy::{
    arrowhead, group_of, label_of, step_picture, Overlay, Part, TextSize, View, DRAWING, HEIGHT,
};
use knee_core::content::Structure;
use knee_core::screening::Knee;
use knee_core::step::StepKind;
use yew::prelude::*;

use super::anatomy::{joint_line, label, mirror, structure_slug, view_box};
use super::use_text;

#[derive(Properties, PartialEq)]
pub struct StepFigureProps {
    pub kind: StepKind,
    pub knee: Knee,
    /// A thumbnail (the overview and its print-out): no labels.
    #[prop_or_default]
    pub small: bool,
    /// A height in CSS pixels, to fit a phone's screen (`use_fitted_picture`); its width follows.
    #[prop_or_default]
    pub height: Option<u32>,
}

/// The leg's own width on a thumbnail (the drawing's outline spans about 86-330).
const SMALL_LEFT: i32 = 80;
const SMALL_WIDTH: i32 = 260;

fn points(points: &[(i32, i32)]) -> String {
    let mut d = String::new();
    for (i, (x, y)) in points.iter().enumerate() {
        d.push_str(if i == 0 { "M" } else { " L" });
        d.push_str(&format!("{x} {y}"));
    }
    d
}

/// An arrow from `from` to `to`; with `both`, an arrowhead at each end.
fn arrow(from: (i32, i32), to: (i32, i32), both: bool) -> Html {
    let tail = both.then(|| html! { <path class="arrowhead" d={points(&arrowhead(to, from))} /> });
    html! {
        <>
            <path class="stroke" d={points(&[from, to])} />
            <path class="arrowhead" d={points(&arrowhead(from, to))} />
            { for tail }
        </>
    }
}

fn circle(class: &'static str, (x, y): (i32, i32), r: i32) -> Html {
    html! { <circle {class} cx={x.to_string()} cy={y.to_string()} r={r.to_string()} /> }
}

/// The foam roller: a capsule across the thigh, centred on `at`.
fn roller((x, y): (i32, i32)) -> Html {
    html! {
        <rect class="roller" x={(x - 62).to_string()} y={(y - 11).to_string()}
            width="124" height="22" rx="11" />
    }
}

fn overlay(overlay: Overlay) -> Html {
    match overlay {
        Overlay::None => html! {},
        Overlay::Strokes(strokes) => strokes.iter().map(|&[a, b]| arrow(a, b, false)).collect(),
        Overlay::Across(strokes) => strokes.iter().map(|&[a, b]| arrow(a, b, true)).collect(),
        Overlay::Hold(spot) => html! {
            <>{ circle("hold-ring", spot, 14) }{ circle("hold-dot", spot, 5) }</>
        },
        Overlay::Circles(spots) => spots
            .iter()
            .map(|&(x, y)| {
                // A circle with a gap and an arrowhead: the way round.
                html! {
                    <g class="circling">
                        <path class="stroke" d={format!("M{} {} C{} {} {} {} {} {} C{} {} {} {} {} {}",
                            x + 9, y, x + 9, y + 12, x - 9, y + 12, x - 9, y,
                            x - 9, y - 12, x + 7, y - 12, x + 9, y - 4)} />
                        <path class="arrowhead" d={points(&arrowhead((x + 6, y - 10), (x + 9, y - 3)))} />
                    </g>
                }
            })
            .collect(),
        Overlay::Roller(hip, knee) => html! {
            <>
                { arrow(hip, knee, false) }
                <g class="rolling">{ roller(hip) }</g>
            </>
        },
        Overlay::RollerPause(spot) => html! {
            <>{ roller(spot) }{ circle("hold-ring", spot, 16) }</>
        },
        Overlay::Ball(spots) => spots
            .iter()
            .enumerate()
            .map(|(i, &spot)| circle(if i == 0 { "ball" } else { "ball ball-other" }, spot, 13))
            .collect(),
        Overlay::Bend(arc) => {
            let [a, b, c, d] = arc;
            html! {
                <g class="bending">
                    <path class="stroke" d={format!("M{} {} C{} {} {} {} {} {}", a.0, a.1, b.0, b.1, c.0, c.1, d.0, d.1)} />
                    <path class="arrowhead" d={points(&arrowhead(c, d))} />
                    <path class="arrowhead" d={points(&arrowhead(b, a))} />
                </g>
            }
        }
    }
}

#[component]
pub fn StepFigure(props: &StepFigureProps) -> Html {
    let t = use_text();
    let view = View(props.knee);
    let transform = mirror(view);
    let picture = step_picture(props.kind);
    let targeted = |part: Part| matches!(part, Part::Structure(s) if picture.targets.contains(&s));

    let shapes = DRAWING.iter().map(|shape| {
        let class = match shape.part {
            Part::Outline => classes!("outline"),
            Part::BackOfKnee => classes!("no-press"),
            Part::Bone(_) => classes!("bone"),
            // A band whose group is not worked on stays in the background.
            Part::Muscle(m) => classes!(
                "muscle",
                (group_of(m) == Structure::PesAnserine).then_some("muscle-tendon"),
                (!picture.targets.contains(&group_of(m))).then_some("is-dim")
            ),
            Part::Structure(_) => classes!("shape", targeted(shape.part).then_some("is-target")),
        };
        let structure = match shape.part {
            Part::Structure(s) => Some(structure_slug(s)),
            _ => None,
        };
        let width = shape.band.map(|w| w.to_string());
        let path =
            html! { <path {class} d={shape.d} transform={transform} stroke-width={width} /> };
        // A structure in a group named for it, as in the Learn picture (the colours follow it).
        match structure {
            Some(slug) => html! { <g data-structure={slug}>{ path }</g> },
            None => path,
        }
    });
    let labels = (!props.small).then(|| {
        picture
            .labels()
            .filter_map(label_of)
            .map(|l| label(t, view, l, TextSize::Step))
            .collect::<Html>()
    });
    // A thumbnail shows the leg only, without the labels' margins.
    let view_box = if props.small {
        format!(
            "{} 0 {SMALL_WIDTH} {HEIGHT}",
            view.x(SMALL_LEFT).min(view.x(SMALL_LEFT + SMALL_WIDTH))
        )
    } else {
        view_box(view)
    };
    let kind = props.kind.name();

    html! {
        <svg class={classes!("leg", "step-picture", props.small.then_some("step-picture-small"))}
            viewBox={view_box} height={props.height.map(|h| h.to_string())}
            aria-hidden="true" focusable="false" data-step={kind}>
            { for shapes }
            { joint_line(view) }
            { for labels }
            <g class="overlay" transform={transform}>{ overlay(picture.overlay) }</g>
        </svg>
    }
}
