//! One publisher's two language versions of a meeting's readout, aligned sentence by sentence
//! (`core::meetings::versions`): which publisher's versions (when several have two), the export
//! buttons, then the report of `core::meetings::report::versions` (the counts, the topics and
//! point lists that differ, a row per aligned group), put in the page as a document tree
//! (`ui::dom`).

use crate::core::meetings::compare_versions;
use crate::core::meetings::export::{versions_csv, versions_markdown};
use crate::core::meetings::report::versions::{versions_picker, versions_report};
use crate::ui::components::{report_memo, ExportButtons, MeetingReport};
use crate::ui::dom::Dom;
use crate::ui::state::Corpus;
use leptos::prelude::*;
use std::sync::Arc;

/// The versions alignment of the meeting readout `id` belongs to, for `account`'s versions
/// (the first publisher with versions when `None` or unknown).
#[component]
pub fn VersionsView(
    /// The id of one of the meeting's readouts.
    id: String,
    /// The publisher whose versions to align.
    #[prop(into)]
    account: Signal<Option<String>>,
) -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let meeting_id = id.clone();
    // The accounts with versions, and the alignment of the pair of readouts shown.
    let report = report_memo(move || {
        let data = corpus.data.get();
        let Some(m) = data
            .meetings
            .find(&data.readouts, &meeting_id)
            .and_then(|m| data.meetings.meetings.get(m))
        else {
            return MeetingReport::Versions(Vec::new(), None);
        };
        let versions = m.versions(&data.readouts);
        let publishers: Vec<Option<String>> = versions
            .iter()
            .map(|a| a.publisher.map(String::from))
            .collect();
        let wanted = account.get();
        let pick = versions
            .iter()
            .find(|a| wanted.is_some() && a.publisher == wanted.as_deref())
            .or(versions.first())
            .and_then(|a| Some((*a.readouts.first()?, *a.readouts.get(1)?)));
        let aligned = pick.map(|(a, b)| {
            let (readouts, analyses) = (&data.readouts, &data.analysis.analyses);
            Arc::new(compare_versions(readouts, analyses, &data.lexicon, a, b))
        });
        MeetingReport::Versions(publishers, aligned)
    });
    let make = move |ext: &'static str| {
        let data = corpus.data.get_untracked();
        report.with_untracked(|r| match (r.versions().1, ext) {
            (None, _) => String::new(),
            (Some(v), "md") => versions_markdown(v, &data.readouts, &data.lexicon),
            (Some(v), _) => versions_csv(v, &data.readouts),
        })
    };
    let picker = move || {
        let current = account.get();
        report.with(|r| Dom(versions_picker(r.versions().0, current.as_deref(), &id)))
    };
    let page = move || {
        let data = corpus.data.get();
        report.with(|r| {
            Dom(versions_report(
                &data.readouts,
                &data.lexicon,
                r.versions().1,
            ))
        })
    };

    view! {
        <div class="versions-view" data-testid="versions-view">
            <div class="compare-controls">
                {picker}
                <ExportButtons stem="versions" make=Callback::new(make) no_json=true />
            </div>
            {page}
        </div>
    }
}
