//! Readout Lens: diplomatic meeting readouts parsed into who said what, on which issue, when.
//!
//! `core` is plain Rust (no browser crates) and runs natively and in wasm; `ui` is the Leptos
//! app and only exists in the wasm build.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod ui;
