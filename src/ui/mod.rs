//! The Leptos app (wasm only). `app` wires the routes; `pages/` are routed views,
//! `components/` are pieces used by several pages; `state` holds the corpus in context.

mod app;
pub mod components;
pub mod format;
pub mod linked;
pub mod pages;
pub mod state;

pub use app::App;

/// Sets the panic hook and mounts the app on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
