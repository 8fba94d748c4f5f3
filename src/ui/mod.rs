//! The Leptos app (wasm only).
