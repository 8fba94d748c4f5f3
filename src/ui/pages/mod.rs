//! Routed views.

mod compare;
mod formulations;
mod library;
mod meeting;
mod readout;
mod timeline;

pub use compare::ComparePage;
pub use formulations::FormulationsPage;
pub use library::{LibraryPage, EXPORT_NAME};
pub use meeting::MeetingPage;
pub use readout::ReadoutPage;
pub use timeline::TimelinePage;
