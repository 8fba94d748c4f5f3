//! Routed views.

mod compare;
mod formulations;
mod readout;
mod timeline;

pub use compare::ComparePage;
pub use formulations::FormulationsPage;
pub use readout::ReadoutPage;
pub use timeline::TimelinePage;
