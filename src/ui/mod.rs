//! The Leptos app (wasm only). `app` wires the routes; `pages/` are routed views,
//! `components/` are pieces used by several pages; `state` holds the corpus in context.

mod app;
pub mod components;
pub mod dom;
pub mod download;
pub mod format;
mod idb;
pub mod importer;
pub mod linked;
pub mod pages;
pub mod panic;
pub mod persist;
pub mod state;
pub mod store;
pub mod text_decoder;
pub mod tick;

pub use app::App;

/// Sets the panic hook and mounts the app on `<body>`.
pub fn start() {
    panic::install();
    leptos::mount::mount_to_body(App);
    panic::diagnostic();
}
