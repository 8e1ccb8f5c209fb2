//! The pure core of the knee care widget.
//!
//! Everything a patient's safety depends on lives here, as plain Rust that runs under
//! `cargo test` on any machine: the message catalog, the content, the screening rules, the
//! routine planner and the timer. It must never import yew, web-sys,
//! js-sys, wasm-bindgen or gloo, and it never reads a clock: callers pass the time in.

/// Declares an enum with `ALL`, every variant in declaration order: generated, so a variant
/// can never be missing from a list that tests walk.
macro_rules! listed {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($(#[$vmeta:meta])* $variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        $vis enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The variant's name as written ("PesAnserineHold"): for markup hooks such as
            /// `data-step`, without the `Debug` formatting machinery in the wasm.
            pub const fn name(self) -> &'static str {
                match self { $($name::$variant => stringify!($variant)),+ }
            }
        }
    };
}

pub mod anatomy;
pub mod calendar;
pub mod catalog;
pub mod content;
pub mod draft;
pub mod embed;
pub mod idle;
pub mod json;
pub mod plan;
pub mod prescription;
pub mod progress;
pub mod qr;
pub mod review;
pub mod screening;
pub mod step;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
pub mod timer;

pub use catalog::{
    duration_words, fill, minutes_words, range_words, step_words, text, Lang, TextId, Ui, UiGroup,
};
