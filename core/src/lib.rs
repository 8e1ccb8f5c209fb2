//! The pure core of the knee care widget.
//!
//! Everything a patient's safety depends on lives here, as plain Rust that runs under
//! `cargo test` on any machine: the message catalog now; the content, the screening rules,
//! the routine planner and the timer as they arrive. It must never import yew, web-sys,
//! js-sys, wasm-bindgen or gloo, and it never reads a clock: callers pass the time in.

pub mod catalog;

pub use catalog::{text, Lang, Msg};
