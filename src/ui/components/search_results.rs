//! Sentences that match the search, with the words found highlighted, their speaker and meeting.

use crate::core::explore::{Route, SearchResults as Results};
use crate::ui::format::{date_label, route_href};
use crate::ui::state::{speaker_class, Corpus};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Hits each "List more" adds (the page lists this many at first too).
pub const PAGE: usize = 50;

/// The matching sentences of a search.
#[component]
pub fn SearchResults(
    /// Hits from the search index (ranges are relative to each sentence).
    results: Results,
    /// Lists more hits, when there are more than are listed.
    more: Callback<()>,
    /// The hit to put keyboard focus on once drawn: the first one "List more" added, so a
    /// keyboard user goes on reading where the list grew.
    focus: Option<usize>,
) -> impl IntoView {
    let list = NodeRef::<leptos::html::Ol>::new();
    Effect::new(move |_| {
        let (Some(i), Some(ol)) = (focus, list.get()) else {
            return;
        };
        if let Ok(Some(li)) = ol.query_selector(&format!(":scope > li:nth-child({})", i + 1)) {
            if let Ok(li) = li.dyn_into::<web_sys::HtmlElement>() {
                let _ = li.focus();
            }
        }
    });
    let data = expect_context::<Corpus>().data.get_untracked();
    let total = results.total;
    let shown = results.hits.len();
    let items = results
        .hits
        .into_iter()
        .filter_map(|hit| {
            let readout = data.readouts.get(hit.readout)?;
            let sentence = readout.sentences.get(hit.sentence)?;
            let text = sentence.span.of(&readout.text);
            let mut pieces = Vec::new();
            let mut at = 0;
            for r in &hit.ranges {
                let (Some(before), Some(found)) = (text.get(at..r.start), text.get(r.start..r.end)) else {
                    continue;
                };
                pieces.push(before.to_string().into_any());
                pieces.push(view! { <mark>{found.to_string()}</mark> }.into_any());
                at = r.end;
            }
            pieces.push(text.get(at..).unwrap_or("").to_string().into_any());
            let href = route_href(Route::Readout { id: readout.id.clone(), sentence: Some(hit.sentence) });
            let swatch = format!("swatch {}", speaker_class(readout, sentence.speaker));
            let date = date_label(readout.date);
            Some(view! {
                <li class="hit" data-testid="search-hit" tabindex="-1">
                    <p class="hit-text">{pieces}</p>
                    <p class="hit-meta">
                        <span class=swatch aria-hidden="true"></span>
                        <span class="hit-speaker">{readout.speaker_name(sentence.speaker).to_string()}</span>
                        " · " <a href=href>{readout.title.clone()}</a> " · " {date}
                    </p>
                </li>
            })
        })
        .collect_view();
    let heading = match total {
        0 => "No sentence matches the search".to_string(),
        1 => "1 sentence matches".to_string(),
        n if n > shown => format!("{n} sentences match; the first {shown} are listed"),
        n => format!("{n} sentences match"),
    };

    view! {
        <section class="search-results" aria-live="polite">
            <h2 data-testid="search-heading">{heading}</h2>
            <ol class="hits" node_ref=list>{items}</ol>
            {(total > shown).then(|| view! {
                <button type="button" class="link-button hits-more" data-testid="search-more" on:click=move |_| more.run(())>
                    {format!("List {} more of the {} left", (total - shown).min(PAGE), total - shown)}
                </button>
            })}
        </section>
    }
}
