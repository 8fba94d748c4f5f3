//! The head of a readout page: date, format, language, publisher and origin, the title (marked
//! with its language, for the fonts), and a *corrected* mark beside each field corrected by hand.

use crate::core::{CorrectedField, Readout};
use crate::ui::format::{human_date, language_name, published_by};
use leptos::prelude::*;

/// The *corrected* mark, when `field` of `readout` was corrected by hand.
pub fn corrected_mark(readout: &Readout, field: CorrectedField) -> Option<impl IntoView> {
    readout.corrected.contains(&field).then(|| {
        view! { <span class="corrected-mark" data-testid="corrected-mark" title="Corrected by hand; the text stays as published">"corrected"</span> }
    })
}

/// The header of `readout`'s page.
#[component]
pub fn ReadoutHeader(
    /// The readout shown.
    readout: Readout,
) -> impl IntoView {
    let mark = |field| corrected_mark(&readout, field);
    let date = readout
        .date
        .map(|d| view! { <time datetime=d.to_string()>{human_date(d)}</time> }.into_any())
        .unwrap_or_else(|| view! { <span class="undated">"Undated"</span> }.into_any());
    let format = readout
        .format
        .map(|f| view! { <span class="chip format">{f.label()}</span> });
    // Plainly, and saying so when the text did not tell it.
    let publisher = match readout.publisher_assumed {
        true => format!(
            "{} (not stated in the text: the setting at import)",
            published_by(&readout)
        ),
        false => published_by(&readout),
    };
    let language = readout.language;
    let derived = readout.title_derived.then(|| {
        view! { <p class="note">"The text has no headline: this title was derived from its first sentence."</p> }
    });
    view! {
        <header class="readout-header">
            <div class="card-meta">
                {date} {mark(CorrectedField::Date)} {format} {mark(CorrectedField::Format)}
                <span class="chip language" data-testid="readout-language" title="Language of the text">{language_name(language)}</span>
                {mark(CorrectedField::Language)}
                <span class="readout-publisher" data-testid="readout-publisher">{publisher}</span>
                {mark(CorrectedField::Publisher)}
                <span class="origin">{readout.origin.clone()}</span>
            </div>
            <h1 lang=language.code()>{readout.title.clone()} {mark(CorrectedField::Title)}</h1>
            {derived}
        </header>
    }
}
