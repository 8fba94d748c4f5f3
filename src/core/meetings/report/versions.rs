//! The versions view's report: one publisher's two language versions of a meeting's readout,
//! aligned sentence by sentence ([`crate::core::meetings::versions`]). Above the table, the
//! counts, the topics present in one version only and the lists of points whose count differs;
//! then a row per aligned group, every sentence with no counterpart marked ("only in the
//! Chinese version"). Each sentence number links to the sentence in its readout.

use crate::core::analyse::Lexicon;
use crate::core::doc::Doc;
use crate::core::explore::{MeetingView, Route};
use crate::core::meetings::export::language_name;
use crate::core::meetings::versions::PointList;
use crate::core::meetings::Versions;
use crate::core::model::Readout;
use std::ops::Range;

/// The versions view below its buttons: the summary and the table, or why there is none.
pub fn versions_report(readouts: &[Readout], lexicon: &Lexicon, v: Option<&Versions>) -> Doc {
    let mut d = Doc::new();
    match v {
        None => {
            d.leaf("p", "empty", "No publisher issued this meeting's readout in two languages. Import its other language version to align them sentence by sentence.");
        }
        Some(v) => {
            summary(&mut d, readouts, lexicon, v);
            table(&mut d, readouts, v);
        }
    }
    d
}

/// Whose versions are shown, when more than one publisher issued two (`publishers`, the one
/// shown `current`, `None` for the first): a link per publisher; `id` names the meeting.
pub fn versions_picker(publishers: &[Option<String>], current: Option<&str>, id: &str) -> Doc {
    let mut d = Doc::new();
    if publishers.len() < 2 {
        return d;
    }
    d.el("nav", "version-accounts")
        .attr("aria-label", "Whose versions")
        .text("Versions of: ");
    for (k, p) in publishers.iter().enumerate() {
        let selected = current == p.as_deref() || (k == 0 && current.is_none());
        let route = Route::Meeting {
            id: id.to_string(),
            view: MeetingView::Versions,
            account: p.clone(),
        };
        d.open("a")
            .href(route)
            .attr("aria-current", if selected { "true" } else { "false" })
            .text(p.as_deref().unwrap_or("Unknown publisher"))
            .close();
    }
    d.close();
    d
}

/// The counts, the topics of one version only and the point lists that differ.
fn summary(d: &mut Doc, readouts: &[Readout], lexicon: &Lexicon, v: &Versions) {
    let (a, b) = (&readouts[v.a], &readouts[v.b]);
    let only = |r: &Readout, n: usize| {
        let s = if n == 1 { "sentence" } else { "sentences" };
        format!("{n} {s} only in the {} version", language_name(r.language))
    };
    let counts = format!(
        " · {} · {}",
        only(a, v.only_in_a().len()),
        only(b, v.only_in_b().len())
    );
    d.el("div", "compare-summary")
        .attr("data-testid", "versions-summary")
        .open("p")
        .leaf(
            "strong",
            "",
            &format!("{} sentence pairs", v.pairs().count()),
        )
        .text(&counts)
        .close()
        .open("ul");
    for (r, ids) in [(a, &v.topics_only_a), (b, &v.topics_only_b)] {
        if ids.is_empty() {
            continue;
        }
        let labels: Vec<&str> = ids
            .iter()
            .map(|id| {
                lexicon
                    .topic_index(id)
                    .map_or(id.as_str(), |t| lexicon.topics[t].label.as_str())
            })
            .collect();
        let lead = format!("Topics only in the {} version: ", language_name(r.language));
        d.open("li")
            .leaf("strong", "", &lead)
            .text(&labels.join(", "))
            .close();
    }
    let side = |r: &Readout, l: Option<&PointList>| match l {
        Some(l) => format!(
            "{} points in the {} version ({})",
            l.count,
            language_name(r.language),
            r.speaker_name(l.speaker)
        ),
        None => format!("none in the {} version", language_name(r.language)),
    };
    for p in &v.points {
        let text = format!(
            "A list of points: {}; {}.",
            side(a, p.a.as_ref()),
            side(b, p.b.as_ref())
        );
        d.open("li")
            .attr("data-testid", "points-differ")
            .text(&text)
            .close();
    }
    d.close().close();
}

/// "1 English sentence for 2 Chinese", or "2 English sentences for 2 Chinese" where the two
/// versions put the boundary between them in different places.
pub fn merged_note(na: usize, la: &str, nb: usize, lb: &str) -> String {
    let s = if na == 1 { "sentence" } else { "sentences" };
    format!("{na} {la} {s} for {nb} {lb}")
}

/// One version's cell of a row: its sentences, each with its number linked to it in the
/// readout, or that the version has none there.
fn side(d: &mut Doc, r: &Readout, range: &Range<usize>, lang: &str) {
    if range.is_empty() {
        d.el("td", "missing")
            .attr("data-label", lang)
            .text(&format!("Not in the {lang} version"))
            .close();
        return;
    }
    d.open("td")
        .attr("lang", r.language.code())
        .attr("data-label", lang);
    for s in range.clone() {
        let route = Route::Readout {
            id: r.id.clone(),
            sentence: Some(s),
        };
        d.el("span", "aligned-sentence")
            .el("a", "sn")
            .href(route)
            .attr("title", "Open this sentence in the readout")
            .text(&(s + 1).to_string())
            .close()
            .text(" ")
            .text(r.sentence_text(s))
            .close();
    }
    d.close();
}

/// The aligned table.
fn table(d: &mut Doc, readouts: &[Readout], v: &Versions) {
    let (a, b) = (&readouts[v.a], &readouts[v.b]);
    let (la, lb) = (language_name(a.language), language_name(b.language));
    // The head of a version's column ends with its readout's title, linked.
    let title = |d: &mut Doc, r: &Readout| {
        let route = Route::Readout {
            id: r.id.clone(),
            sentence: None,
        };
        d.open("a").href(route).text(&r.title).close();
    };
    d.el("div", "compare-scroll")
        .el("table", "versions-table")
        .attr("data-testid", "versions-table")
        .open("thead")
        .open("tr")
        .open("th")
        .attr("scope", "col")
        .text(la)
        .text(" · ");
    title(d, a);
    d.close()
        .open("th")
        .attr("scope", "col")
        .attr("lang", b.language.code())
        .text(lb)
        .text(" · ");
    title(d, b);
    d.close()
        .open("th")
        .attr("scope", "col")
        .attr("class", "row-note")
        .text("Note")
        .close()
        .close()
        .close()
        .open("tbody");
    for bead in &v.rows {
        let (class, note) = match (bead.a.is_empty(), bead.b.is_empty()) {
            (false, true) => ("only-one", format!("Only in the {la} version")),
            (true, false) => ("only-one", format!("Only in the {lb} version")),
            _ if bead.regroups() => ("merged", merged_note(bead.a.len(), la, bead.b.len(), lb)),
            _ => ("", String::new()),
        };
        let testid = if class == "only-one" {
            "unmatched-row"
        } else {
            "aligned-row"
        };
        d.el("tr", class).attr("data-testid", testid);
        side(d, a, &bead.a, la);
        side(d, b, &bead.b, lb);
        d.leaf("td", "row-note", &note).close();
    }
    d.close().close().close();
}
