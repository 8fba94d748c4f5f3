//! The head of the corrections form: title, language, date (empty for none) and format.

use crate::core::correct::CorrectionsDraft;
use crate::core::{Language, MeetingFormat};
use crate::ui::format::language_name;
use leptos::prelude::*;

/// Title, language, date and format inputs that edit `draft`.
#[component]
pub fn HeaderFields(
    /// The form's values.
    draft: RwSignal<CorrectionsDraft>,
) -> impl IntoView {
    let languages = Language::ALL
        .iter()
        .map(|l| view! { <option value=l.code()>{language_name(*l)}</option> })
        .collect_view();
    let formats = MeetingFormat::ALL
        .iter()
        .map(|f| view! { <option value=f.slug()>{f.label()}</option> })
        .collect_view();
    view! {
        <label>"Title"
            <input type="text" prop:value=move || draft.with(|d| d.title.clone())
                on:input:target=move |ev| draft.update(|d| d.title = ev.target().value()) />
        </label>
        <label>"Language"
            <select data-testid="correct-language" aria-describedby="correct-language-hint"
                prop:value=move || draft.with(|d| d.language.clone())
                on:change:target=move |ev| draft.update(|d| d.language = ev.target().value())>
                {languages}
            </select>
        </label>
        <p class="hint" id="correct-language-hint">"The text is read with this language's rules (sentences, names, speakers). Saved, the readout is read again."</p>
        // The date's hint stays under the date when the pair stacks on a phone.
        <div class="field-pair">
            <div>
                <label>"Date"
                    <input type="date" data-testid="correct-date" aria-describedby="correct-date-hint"
                        prop:value=move || draft.with(|d| d.date.clone())
                        on:input:target=move |ev| draft.update(|d| d.date = ev.target().value()) />
                </label>
                <p class="hint" id="correct-date-hint">"A date left empty says the readout has none."</p>
            </div>
            <label>"Format"
                <select prop:value=move || draft.with(|d| d.format.clone())
                    on:change:target=move |ev| draft.update(|d| d.format = ev.target().value())>
                    <option value="">"not stated"</option>
                    {formats}
                </select>
            </label>
        </div>
    }
}
