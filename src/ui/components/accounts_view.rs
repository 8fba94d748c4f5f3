//! The accounts of one meeting side by side (`core::meetings::accounts`): the export buttons,
//! then the report of `core::meetings::report::accounts` (what the accounts disagree on, the
//! grid of topics by account, each speaker's share and the formulations of each side), put in
//! the page as a document tree (`ui::dom`).

use crate::core::meetings::accounts_comparison;
use crate::core::meetings::export::{accounts_csv, accounts_markdown};
use crate::core::meetings::report::accounts::accounts_report;
use crate::ui::components::{report_memo, ExportButtons, MeetingReport};
use crate::ui::dom::Dom;
use crate::ui::state::Corpus;
use leptos::prelude::*;
use std::sync::Arc;

/// The accounts comparison of the meeting that readout `id` belongs to.
#[component]
pub fn AccountsView(
    /// The id of one of the meeting's readouts.
    id: String,
) -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let report = report_memo(move || {
        let data = corpus.data.get();
        // The formulations of each side arrive after a load, in place.
        corpus.formulations_found.track();
        let columns = data
            .meetings
            .find(&data.readouts, &id)
            .and_then(|m| data.meetings.meetings.get(m))
            .map(|m| m.account_columns(&data.readouts))
            .unwrap_or_default();
        MeetingReport::Accounts(Arc::new(accounts_comparison(
            &data.readouts,
            &data.analysis,
            &data.lexicon,
            &columns,
        )))
    });
    let make = move |ext: &'static str| {
        let data = corpus.data.get_untracked();
        report.with_untracked(|r| match (r.accounts(), ext) {
            (None, _) => String::new(),
            (Some(cmp), "md") => accounts_markdown(cmp, &data.readouts),
            (Some(cmp), _) => accounts_csv(cmp, &data.readouts),
        })
    };
    let page = move || {
        let data = corpus.data.get();
        Dom(report.with(|r| {
            r.accounts()
                .map(|cmp| accounts_report(&data.readouts, cmp))
                .unwrap_or_default()
        }))
    };

    view! {
        <div class="accounts-view" data-testid="accounts-view">
            <div class="compare-controls">
                <ExportButtons stem="accounts" make=Callback::new(make) no_json=true />
            </div>
            {page}
        </div>
    }
}
