//! Routed views.

mod home;
mod not_found;
mod readout;

pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use readout::ReadoutPage;
