//! The anatomy picture of the inner knee: an inline SVG drawn from `knee_core::anatomy`, for
//! the right or the left knee (mirrored). Each structure (its shape and its label) is one
//! focusable control; choosing it shows its name and a plain explanation below the picture.
//! The Learn section lists the same content as text too.

use knee_core::anatomy::{
    group_of, label_of, Bone, Label, Labelled, Part, TextSize, View, DRAWING, HEIGHT, JOINT_LINE_Y,
    LABELS,
};
use knee_core::catalog::label_lines;
use knee_core::content::Structure;
use knee_core::screening::Knee;
use knee_core::{TextId, Ui};
use yew::prelude::*;

use super::{use_text, Text};

#[derive(Properties, PartialEq)]
pub struct AnatomyProps {
    /// The knee the patient chose, if any: the picture shows that one first.
    pub knee: Option<Knee>,
}

/// A structure's name in the page's attributes ("structure.pes-anserine" is "pes-anserine").
pub fn structure_slug(s: Structure) -> &'static str {
    s.id().strip_prefix("structure.").unwrap_or(s.id())
}

/// The dashed joint line across the knee, for the view (decorative: the label names it).
pub(super) fn joint_line(view: View) -> Html {
    let (x1, x2) = (view.x(90).to_string(), view.x(312).to_string());
    let y = JOINT_LINE_Y.to_string();
    html! { <line class="joint-line" {x1} y1={y.clone()} {x2} y2={y} aria-hidden="true" /> }
}

pub(super) const MIRROR: &str = "matrix(-1 0 0 1 480 0)";

pub(super) fn mirror(view: View) -> Option<&'static str> {
    view.mirrored().then_some(MIRROR)
}

/// A label's lines and leader line, placed for the view, at its size (`label_lines`).
pub(super) fn label(t: Text, view: View, label: &Label, size: TextSize) -> Html {
    let (x, y) = (view.x(label.at.0), label.at.1);
    let starts = view.text_starts_at(label.side);
    let anchor = if starts { "start" } else { "end" };
    let lines = label_lines(t.lang(), label.of, size.room(label.side));
    let line = |i: usize, words: &str| {
        let words = match label.of {
            Labelled::Front if starts => format!("{words} \u{2192}"),
            Labelled::Front => format!("\u{2190} {words}"),
            _ => words.to_owned(),
        };
        let dy = if i == 0 { 0 } else { size.line_height() };
        html! { <tspan x={x.to_string()} dy={dy.to_string()}>{ words }</tspan> }
    };
    let leader = label.points_to.map(|(px, py)| {
        let from = if starts { x - 6 } else { x + 6 };
        html! {
            <line class="leader" x1={from.to_string()} y1={(y - 5).to_string()}
                x2={view.x(px).to_string()} y2={py.to_string()} aria-hidden="true" />
        }
    });
    let class = classes!(
        "label",
        matches!(label.of, Labelled::Front).then_some("label-front")
    );
    html! {
        <>
            { for leader }
            <text {class} x={x.to_string()} y={y.to_string()} text-anchor={anchor}
                font-size={size.font().to_string()}>
                { for lines.iter().enumerate().map(|(i, words)| line(i, words)) }
            </text>
        </>
    }
}

/// The picture's `viewBox`, for the view.
pub(super) fn view_box(view: View) -> String {
    let (min_x, width) = view.view_box();
    format!("{min_x} 0 {width} {HEIGHT}")
}

#[component]
pub fn Anatomy(props: &AnatomyProps) -> Html {
    let t = use_text();
    let view = use_state(|| View::for_knee(props.knee));
    let chosen = use_state(|| None::<Structure>);
    let view_now = *view;
    let transform = mirror(view_now);

    let choose = |s: Structure| {
        let chosen = chosen.clone();
        move || chosen.set(if *chosen == Some(s) { None } else { Some(s) })
    };

    let shapes = DRAWING.iter().map(|shape| match shape.part {
        Part::Outline => html! { <path class="outline" d={shape.d} transform={transform} /> },
        Part::BackOfKnee => html! { <path class="no-press" d={shape.d} transform={transform} /> },
        Part::Bone(b) => html! {
            <path class={classes!("bone", (b == Bone::Kneecap).then_some("kneecap"))}
                d={shape.d} transform={transform} data-bone={b.name()} />
        },
        // A tap on a muscle's band chooses its group (pointer only: the group's own control is
        // the one in the tab order). The pes anserine's three are coloured as its tendons.
        Part::Muscle(m) => {
            let group = group_of(m);
            let onclick = {
                let choose = choose(group);
                Callback::from(move |_: MouseEvent| choose())
            };
            let class = classes!(
                "muscle",
                (group == Structure::PesAnserine).then_some("muscle-tendon")
            );
            html! {
                <path {class} d={shape.d} transform={transform}
                    stroke-width={shape.band.unwrap_or(10).to_string()} data-muscle={m.id()} {onclick}>
                    <title>{ t.get(TextId::Muscle(m)) }</title>
                </path>
            }
        }
        Part::Structure(s) => {
            let onclick = {
                let choose = choose(s);
                Callback::from(move |_: MouseEvent| choose())
            };
            let onkeydown = {
                let choose = choose(s);
                Callback::from(move |e: KeyboardEvent| {
                    if e.key() == "Enter" || e.key() == " " {
                        e.prevent_default();
                        choose();
                    }
                })
            };
            let pressed = if *chosen == Some(s) { "true" } else { "false" };
            html! {
                <g class="part"
                    role="button" tabindex="0" aria-pressed={pressed}
                    aria-label={t.get(TextId::StructureName(s))} data-structure={structure_slug(s)}
                    {onclick} {onkeydown}>
                    <path class="shape" d={shape.d} transform={transform} />
                    { for label_of(Labelled::Structure(s)).map(|l| label(t, view_now, l, TextSize::Learn)) }
                </g>
            }
        }
    });
    let landmarks = LABELS
        .iter()
        .filter(|l| !matches!(l.of, Labelled::Structure(_)))
        .map(|l| label(t, view_now, l, TextSize::Learn));

    let switch = [Knee::Right, Knee::Left].map(|knee| {
        let view = view.clone();
        let onclick = Callback::from(move |_: MouseEvent| view.set(View(knee)));
        let pressed = if view_now.0 == knee { "true" } else { "false" };
        html! {
            <button type="button" class="button toggle" aria-pressed={pressed} {onclick}>
                { t.get(TextId::Choice(knee.choice())) }
            </button>
        }
    });

    let detail = match *chosen {
        Some(s) => html! {
            <>
                <strong class="anatomy-name">{ t.get(TextId::StructureName(s)) }</strong>
                { " " }
                <span>{ t.get(TextId::StructureAbout(s)) }</span>
            </>
        },
        None => html! { { t.get(Ui::AnatomyHint) } },
    };
    let picture_label = format!(
        "{}. {}",
        t.get(TextId::Choice(view_now.0.choice())),
        t.get(Ui::AnatomyPicture)
    );

    html! {
        <figure class="anatomy">
            <div class="anatomy-switch" role="group" aria-label={t.get(Ui::AnatomyViewLabel)}>
                <span class="anatomy-switch-label" aria-hidden="true">{ t.get(Ui::AnatomyViewLabel) }</span>
                { for switch }
            </div>
            <svg class="leg anatomy-picture" viewBox={view_box(view_now)}
                role="group" aria-label={picture_label}>
                { for shapes }
                { joint_line(view_now) }
                { for landmarks }
            </svg>
            <figcaption class="anatomy-detail" aria-live="polite">{ detail }</figcaption>
        </figure>
    }
}
