//! Correcting a readout by hand: title, date, format, participants with their countries, and the
//! speaker of any sentence. Corrections are kept apart from the text (which stays as published):
//! only what differs from the parser's result is recorded, so undoing a change by hand removes
//! the correction. Saving rebuilds the corpus; the store keeps the corrections.

use crate::core::collection::Corrections;
use crate::core::{parse, Date, MeetingFormat, Participant, Readout, Speaker};
use crate::ui::state::{Corpus, Data};
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

/// One participant row of the form: name, role, country.
#[derive(Clone, Default, PartialEq)]
struct Row {
    name: String,
    role: String,
    country: String,
}

impl Row {
    fn of(p: &Participant) -> Row {
        Row {
            name: p.name.clone(),
            role: p.role.clone(),
            country: p.country.clone().unwrap_or_default(),
        }
    }

    fn participant(&self) -> Option<Participant> {
        let name = self.name.trim();
        (!name.is_empty()).then(|| Participant {
            name: name.to_string(),
            role: self.role.trim().to_string(),
            country: Some(self.country.trim().to_string()).filter(|c| !c.is_empty()),
        })
    }
}

/// A speaker as a form value: "p3", "joint", "narration".
fn speaker_value(s: Speaker) -> String {
    match s {
        Speaker::Person(i) => format!("p{i}"),
        Speaker::Joint => "joint".into(),
        Speaker::Narration => "narration".into(),
    }
}

fn speaker_from(value: &str) -> Option<Speaker> {
    match value {
        "joint" => Some(Speaker::Joint),
        "narration" => Some(Speaker::Narration),
        v => v.strip_prefix('p')?.parse().ok().map(Speaker::Person),
    }
}

/// The first words of a sentence for a menu.
fn short(text: &str) -> String {
    let cut: String = text.chars().take(70).collect();
    if cut.len() < text.len() {
        format!("{cut}…")
    } else {
        cut
    }
}

/// Corrections that turn `base` (as parsed) into what the form says.
fn corrections_from(
    base: &Readout,
    title: &str,
    date: &str,
    format: &str,
    rows: &[Row],
    speakers: &BTreeMap<usize, Speaker>,
) -> Result<Corrections, String> {
    let title = title.trim();
    let date = match date.trim() {
        "" => None,
        d => Some(Date::parse_iso(d).ok_or_else(|| format!("“{d}” is not a date (YYYY-MM-DD)."))?),
    };
    let participants: Vec<Participant> = rows.iter().filter_map(Row::participant).collect();
    Ok(Corrections {
        title: (!title.is_empty() && title != base.title).then(|| title.to_string()),
        // An emptied date field says the readout has none.
        no_date: date.is_none() && base.date.is_some(),
        date: date.filter(|d| Some(*d) != base.date),
        format: MeetingFormat::from_slug(format).filter(|f| Some(*f) != base.format),
        participants: (participants != base.participants).then_some(participants),
        speakers: speakers
            .iter()
            .filter(|(&i, &s)| base.sentences.get(i).is_some_and(|b| b.speaker != s))
            .map(|(&i, &s)| (i, s))
            .collect(),
        ..Corrections::default()
    })
}

/// The corrections form of the readout at `index`.
#[component]
pub fn CorrectionsForm(
    /// The analysed corpus.
    data: Arc<Data>,
    /// Position of the readout in `data.readouts`.
    index: usize,
    /// The selected sentence (`?s=`), preselected for a speaker change.
    #[prop(into)]
    target: Signal<Option<usize>>,
    /// Whether the form is unfolded; owned by the page so it stays open across the rebuild that
    /// saving causes.
    open: RwSignal<bool>,
    /// The last save's outcome, owned by the page for the same reason.
    message: RwSignal<String>,
) -> impl IntoView {
    let corpus = expect_context::<Corpus>();
    let source = data.sources[index].clone();
    let current = data.readouts[index].clone();
    // The readout as the parser saw it: corrections are recorded against this.
    let base = Arc::new(parse(&source.text, &source.name, &data.options));

    let title = RwSignal::new(current.title.clone());
    let date = RwSignal::new(current.date.map(|d| d.to_string()).unwrap_or_default());
    let format = RwSignal::new(
        current
            .format
            .map(|f| f.slug().to_string())
            .unwrap_or_default(),
    );
    let rows = RwSignal::new(current.participants.iter().map(Row::of).collect::<Vec<_>>());
    let speakers = RwSignal::new(
        current
            .sentences
            .iter()
            .enumerate()
            .map(|(i, s)| (i, s.speaker))
            .collect::<BTreeMap<usize, Speaker>>(),
    );
    let sentence = RwSignal::new(target.get_untracked().unwrap_or(0));
    Effect::new(move |_| {
        if let Some(i) = target.get() {
            sentence.set(i);
        }
    });

    let save = {
        let base = base.clone();
        let source = source.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let result = rows.with_untracked(|rows| {
                speakers.with_untracked(|sp| {
                    corrections_from(
                        &base,
                        &title.get_untracked(),
                        &date.get_untracked(),
                        &format.get_untracked(),
                        rows,
                        sp,
                    )
                })
            });
            match result {
                Err(e) => message.set(e),
                Ok(corrections) => {
                    let mut sources = corpus.sources();
                    if let Some(s) = sources
                        .iter_mut()
                        .find(|s| s.text == source.text && s.name == source.name)
                    {
                        s.corrections = corrections;
                    }
                    corpus.set_sources(sources);
                    message.set("Saved.".into());
                }
            }
        }
    };
    let undo_all = {
        let source = source.clone();
        move |_| {
            let mut sources = corpus.sources();
            if let Some(s) = sources
                .iter_mut()
                .find(|s| s.text == source.text && s.name == source.name)
            {
                s.corrections = Corrections::default();
            }
            corpus.set_sources(sources);
        }
    };

    let participant_rows = move || {
        let n = rows.with(Vec::len);
        (0..n)
            .map(|i| {
                let field = move |get: fn(&Row) -> &String, set: fn(&mut Row, String)| {
                    (
                        move || rows.with(|r| r.get(i).map(|r| get(r).clone()).unwrap_or_default()),
                        move |v: String| rows.update(|r| if let Some(r) = r.get_mut(i) { set(r, v) }),
                    )
                };
                let (name, set_name) = field(|r| &r.name, |r, v| r.name = v);
                let (role, set_role) = field(|r| &r.role, |r, v| r.role = v);
                let (country, set_country) = field(|r| &r.country, |r, v| r.country = v);
                let n1 = i + 1;
                view! {
                    <fieldset class="participant-row" data-testid="participant-row">
                        <legend>{format!("Participant {n1}")}</legend>
                        <label>"Name"<input type="text" prop:value=name on:input:target=move |ev| set_name(ev.target().value()) /></label>
                        <label>"Role"<input type="text" prop:value=role on:input:target=move |ev| set_role(ev.target().value()) /></label>
                        <label>"Country"<input type="text" prop:value=country on:input:target=move |ev| set_country(ev.target().value()) /></label>
                        <button type="button" class="link-button" aria-label=format!("Remove participant {n1}")
                            on:click=move |_| rows.update(|r| { if i < r.len() { r.remove(i); } })>
                            "Remove"
                        </button>
                    </fieldset>
                }
            })
            .collect_view()
    };

    let sentence_options = current
        .sentences
        .iter()
        .enumerate()
        .map(|(i, _)| {
            let label = format!("{}. {}", i + 1, short(current.sentence_text(i)));
            view! { <option value=i.to_string()>{label}</option> }
        })
        .collect_view();
    let speaker_options = move || {
        let mut options: Vec<(String, String)> = rows.with(|r| {
            r.iter()
                .enumerate()
                .map(|(i, row)| {
                    (
                        format!("p{i}"),
                        if row.name.trim().is_empty() {
                            format!("Participant {}", i + 1)
                        } else {
                            row.name.clone()
                        },
                    )
                })
                .collect()
        });
        options.push(("joint".into(), "Both sides".into()));
        options.push(("narration".into(), "Narration".into()));
        let chosen = speakers.with(|s| {
            s.get(&sentence.get())
                .copied()
                .map(speaker_value)
                .unwrap_or_default()
        });
        options
            .into_iter()
            .map(|(value, label)| {
                let selected = value == chosen;
                view! { <option value=value selected=selected>{label}</option> }
            })
            .collect_view()
    };
    let chosen_speaker = move || {
        speakers.with(|s| {
            s.get(&sentence.get())
                .copied()
                .map(speaker_value)
                .unwrap_or_default()
        })
    };
    let has_corrections = !source.corrections.is_empty();
    let formats = MeetingFormat::ALL
        .iter()
        .map(|f| view! { <option value=f.slug()>{f.label()}</option> })
        .collect_view();

    view! {
        <details
            class="corrections"
            data-testid="corrections"
            prop:open=move || open.get()
            on:toggle:target=move |ev| open.set(ev.target().open())
        >
            <summary>"Correct this readout"</summary>
            <form class="corrections-form" on:submit=save>
                <p class="hint">"The text stays as published; corrections are kept beside it and travel with exports."</p>
                <label>"Title"
                    <input type="text" prop:value=move || title.get() on:input:target=move |ev| title.set(ev.target().value()) />
                </label>
                <div class="field-pair">
                    <label>"Date"
                        <input type="date" data-testid="correct-date" aria-describedby="correct-date-hint" prop:value=move || date.get() on:input:target=move |ev| date.set(ev.target().value()) />
                    </label>
                    <label>"Format"
                        <select prop:value=move || format.get() on:change:target=move |ev| format.set(ev.target().value())>
                            <option value="">"not stated"</option>
                            {formats}
                        </select>
                    </label>
                </div>
                <p class="hint" id="correct-date-hint">"A date left empty says the readout has none."</p>
                <h3>"Participants"</h3>
                {participant_rows}
                <button type="button" class="link-button" on:click=move |_| rows.update(|r| r.push(Row::default()))>
                    "Add a participant"
                </button>
                <h3>"Speaker of a sentence"</h3>
                <div class="field-pair">
                    <label>"Sentence"
                        <select data-testid="correct-sentence" prop:value=move || sentence.get().to_string()
                            on:change:target=move |ev| { if let Ok(i) = ev.target().value().parse() { sentence.set(i) } }>
                            {sentence_options}
                        </select>
                    </label>
                    <label>"Speaker"
                        <select data-testid="correct-speaker" prop:value=chosen_speaker
                            on:change:target=move |ev| {
                                if let Some(s) = speaker_from(&ev.target().value()) {
                                    let i = sentence.get_untracked();
                                    speakers.update(|m| { m.insert(i, s); });
                                }
                            }>
                            {speaker_options}
                        </select>
                    </label>
                </div>
                <div class="form-actions">
                    <button type="submit" class="primary">"Save corrections"</button>
                    <Show when=move || has_corrections>
                        <button type="button" on:click=undo_all.clone()>"Undo all corrections"</button>
                    </Show>
                    <span role="status" data-testid="corrections-status">{move || message.get()}</span>
                </div>
            </form>
        </details>
    }
}
