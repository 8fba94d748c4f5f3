//! What the accounts view and the versions view compute from the corpus, held by memos of one
//! type, [`MeetingReport`]: each type a `Memo` holds is its own copy of the reactive graph's
//! code in the wasm (one memo type less took 0.7 KB gzip off the app, BENCHMARKS.md "Issue
//! 17's share, third pass"). Each view computes its report once, for its page and its exports.

use crate::core::meetings::{AccountsComparison, Versions};
use leptos::prelude::*;
use std::sync::Arc;

/// A meeting view's computed report.
pub enum MeetingReport {
    /// The accounts comparison of a meeting.
    Accounts(Arc<AccountsComparison>),
    /// The publishers that issued two language versions, and the alignment of the pair shown.
    Versions(Vec<Option<String>>, Option<Arc<Versions>>),
}

impl MeetingReport {
    /// The accounts comparison, for the accounts view.
    pub fn accounts(&self) -> Option<&AccountsComparison> {
        match self {
            MeetingReport::Accounts(c) => Some(c),
            MeetingReport::Versions(..) => None,
        }
    }

    /// The publishers with versions and the alignment shown, for the versions view.
    pub fn versions(&self) -> (&[Option<String>], Option<&Versions>) {
        match self {
            MeetingReport::Versions(publishers, v) => (publishers, v.as_deref()),
            MeetingReport::Accounts(_) => (&[], None),
        }
    }
}

/// A memo of the report `compute` makes. Shared, not compared: a new report comes only from
/// new data, and comparing (or cloning) a whole comparison would be code for nothing.
pub fn report_memo(
    compute: impl Fn() -> MeetingReport + Send + Sync + 'static,
) -> Memo<MeetingReport> {
    Memo::new_with_compare(move |_| compute(), |_, _| true)
}
