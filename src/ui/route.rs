//! Routes live in the URL fragment (`#/readout/ID`), not the path: a fragment works on any static
//! host with no rewrite rules, under any sub-path and from `file://`, and back/forward just work.

use leptos::prelude::*;

/// A view the app can show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The list of readouts.
    Home,
    /// One readout, by id.
    Readout { id: String },
    /// A fragment that names no view; kept so the page can say so.
    NotFound(String),
}

impl Route {
    /// Reads a `location.hash` value such as `#/readout/3fa2`.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#');
        let path = path.split('?').next().unwrap_or("");
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Home,
            ["readout", id] => Route::Readout {
                id: (*id).to_string(),
            },
            _ => Route::NotFound(path.to_string()),
        }
    }

    /// The `href` that leads to this route.
    pub fn href(&self) -> String {
        match self {
            Route::Home | Route::NotFound(_) => "#/".to_string(),
            Route::Readout { id } => format!("#/readout/{id}"),
        }
    }
}

/// The current route as a signal that follows `hashchange` (links, back, forward).
pub fn use_hash_route() -> ReadSignal<Route> {
    let current = || Route::from_hash(&window().location().hash().unwrap_or_default());
    let (route, set_route) = signal(current());
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(current());
        // A new view starts at its top, like a new page would.
        window().scroll_to_with_x_and_y(0.0, 0.0);
    });
    on_cleanup(move || handle.remove());
    route
}
