//! One publisher's two language versions of a meeting's readout, aligned sentence by sentence
//! (`core::meetings::versions`): which publisher's versions (when several have two), the export
//! buttons, then the report of `core::meetings::report::versions` (the counts, the topics and
//! point lists that differ, a row per aligned group), put in the page as a document tree
//! (`ui::dom`).

use crate::core::meetings::compare_versions;
use crate::core::meetings::export::{versions_csv, versions_markdown};
use crate::core::meetings::report::versions::{versions_picker, versions_report};
use crate::ui::components::ExportButtons;
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
    // The accounts with versions, and the pair of readouts shown.
    let choice = Memo::new(move |_| {
        let data = corpus.data.get();
        let Some(m) = data
            .meetings
            .find(&data.readouts, &meeting_id)
            .and_then(|m| data.meetings.meetings.get(m))
        else {
            return (Vec::new(), None);
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
        (publishers, pick)
    });
    // Shared, not compared (as the accounts view's comparison).
    let versions = Memo::new_with_compare(
        move |_| {
            let data = corpus.data.get();
            choice.with(|(_, pick)| {
                pick.map(|(a, b)| {
                    let (readouts, analyses) = (&data.readouts, &data.analysis.analyses);
                    Arc::new(compare_versions(readouts, analyses, &data.lexicon, a, b))
                })
            })
        },
        |_, _| true,
    );
    let make = move |ext: &'static str| {
        let data = corpus.data.get_untracked();
        let Some(v) = versions.get_untracked() else {
            return String::new();
        };
        match ext {
            "md" => versions_markdown(&v, &data.readouts, &data.lexicon),
            _ => versions_csv(&v, &data.readouts),
        }
    };
    let picker = move || {
        let current = account.get();
        choice.with(|(publishers, _)| Dom(versions_picker(publishers, current.as_deref(), &id)))
    };
    let report = move || {
        let data = corpus.data.get();
        let v = versions.get();
        Dom(versions_report(&data.readouts, &data.lexicon, v.as_deref()))
    };

    view! {
        <div class="versions-view" data-testid="versions-view">
            <div class="compare-controls">
                {picker}
                <ExportButtons stem="versions" make=Callback::new(make) no_json=true />
            </div>
            {report}
        </div>
    }
}
