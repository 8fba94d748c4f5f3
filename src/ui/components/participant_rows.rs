//! The participants part of the corrections form: a row (name, role, country) per participant,
//! each removable, and a button to add one.

use crate::core::correct::{CorrectionsDraft, ParticipantRow};
use leptos::prelude::*;

/// The rows of `draft.participants`, editable in place.
#[component]
pub fn ParticipantRows(
    /// The form's values; the rows edit its participants.
    draft: RwSignal<CorrectionsDraft>,
) -> impl IntoView {
    // Rows are drawn again only when one is added or removed, not on every keystroke.
    let count = Memo::new(move |_| draft.with(|d| d.participants.len()));
    let rows = move || {
        (0..count.get())
            .map(|i| {
                let field = move |get: fn(&ParticipantRow) -> &String,
                                  set: fn(&mut ParticipantRow, String)| {
                    (
                        move || {
                            draft.with(|d| d.participants.get(i).map(|r| get(r).clone()))
                                .unwrap_or_default()
                        },
                        move |v: String| {
                            draft.update(|d| {
                                if let Some(r) = d.participants.get_mut(i) {
                                    set(r, v)
                                }
                            })
                        },
                    )
                };
                let (name, set_name) = field(|r| &r.name, |r, v| r.name = v);
                let (role, set_role) = field(|r| &r.role, |r, v| r.role = v);
                let (country, set_country) = field(|r| &r.country, |r, v| r.country = v);
                let remove = move |_| {
                    draft.update(|d| {
                        if i < d.participants.len() {
                            d.participants.remove(i);
                        }
                    })
                };
                let n1 = i + 1;
                view! {
                    <fieldset class="participant-row" data-testid="participant-row">
                        <legend>{format!("Participant {n1}")}</legend>
                        <label>"Name"<input type="text" prop:value=name on:input:target=move |ev| set_name(ev.target().value()) /></label>
                        <label>"Role"<input type="text" prop:value=role on:input:target=move |ev| set_role(ev.target().value()) /></label>
                        <label>"Country"<input type="text" prop:value=country on:input:target=move |ev| set_country(ev.target().value()) /></label>
                        <button type="button" class="link-button" aria-label=format!("Remove participant {n1}") on:click=remove>
                            "Remove"
                        </button>
                    </fieldset>
                }
            })
            .collect_view()
    };
    let add = move |_| draft.update(|d| d.participants.push(ParticipantRow::default()));
    view! {
        {rows}
        <button type="button" class="link-button" on:click=add>"Add a participant"</button>
    }
}
