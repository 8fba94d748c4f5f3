//! The static parts of the meeting page and of the links to a meeting elsewhere: the page's
//! date, heading and tabs, the page of a meeting not found, the list of a meeting's reports on
//! its timeline card, and the note on a readout's page naming the other reports of its meeting.

use super::capitalised;
use crate::core::doc::Doc;
use crate::core::explore::{MeetingView, Route};
use crate::core::meetings::Meeting;
use crate::core::model::{date_label, Readout};

/// "Phone call · China · United States": the format and the countries taking part.
pub fn meeting_heading(m: &Meeting, readouts: &[Readout]) -> String {
    let mut countries: Vec<&str> = Vec::new();
    let mut format = None;
    for &r in &m.readouts {
        let x = &readouts[r];
        format = format.or(x.format);
        for c in x
            .publisher
            .iter()
            .map(String::as_str)
            .chain(x.participants.iter().filter_map(|p| p.country.as_deref()))
        {
            if !countries.contains(&c) {
                countries.push(c);
            }
        }
    }
    let mut parts: Vec<String> = Vec::new();
    if let Some(f) = format {
        parts.push(capitalised(f.label()));
    }
    parts.extend(countries.iter().map(|c| c.to_string()));
    if parts.is_empty() {
        parts.push("Meeting".into());
    }
    parts.join(" · ")
}

/// The link to view `view` of the meeting named by readout `id`.
fn meeting_route(id: &str, view: MeetingView) -> Route {
    Route::Meeting {
        id: id.to_string(),
        view,
        account: None,
    }
}

/// The meeting page above its view: the date (and whether the user grouped it), the heading
/// and a tab per view, the one shown (`current`) marked; `id` names the meeting in links.
pub fn meeting_header(m: &Meeting, readouts: &[Readout], current: MeetingView, id: &str) -> Doc {
    let accounts = m.accounts(readouts).len();
    let tabs = [
        (
            MeetingView::Readouts,
            format!("Readouts ({})", m.readouts.len()),
            true,
        ),
        (
            MeetingView::Accounts,
            format!("Accounts ({accounts})"),
            accounts >= 2,
        ),
        (
            MeetingView::Versions,
            "Versions".into(),
            !m.versions(readouts).is_empty(),
        ),
    ];
    let mut d = Doc::new();
    d.el("p", "meeting-date")
        .leaf("time", "", &date_label(m.date(readouts)));
    if m.corrected {
        d.leaf("span", "chip corrected", "grouped by hand");
    }
    d.close()
        .open("h1")
        .attr("id", "meeting-heading")
        .text(&meeting_heading(m, readouts))
        .close()
        .el("nav", "meeting-tabs")
        .attr("aria-label", "Meeting views");
    for (view, label, enabled) in tabs {
        if enabled {
            let here = if view == current { "page" } else { "false" };
            d.open("a")
                .href(meeting_route(id, view))
                .attr("aria-current", here)
                .text(&label)
                .close();
        } else {
            d.el("span", "tab-off")
                .attr("title", "Nothing to show for this meeting")
                .text(&label)
                .close();
        }
    }
    d.close();
    d
}

/// The page for a meeting id no loaded readout has.
pub fn meeting_not_found(id: &str) -> Doc {
    let mut d = Doc::new();
    d.el("section", "page")
        .leaf("h1", "", "Meeting not found")
        .open("p")
        .text("No readout with the id ")
        .leaf("code", "", id)
        .text(" is loaded.")
        .close()
        .open("p")
        .open("a")
        .href(Route::Timeline)
        .text("See all meetings")
        .close()
        .close()
        .close();
    d
}

/// On a timeline card, the reports of meeting `m` by publisher and language, each a link, with
/// links to its accounts and versions views (`id` names the meeting).
pub fn card_reports(m: &Meeting, readouts: &[Readout], id: &str) -> Doc {
    let accounts = m.accounts(readouts);
    let mut d = Doc::new();
    d.el("div", "meeting-reports")
        .attr("data-testid", "meeting-reports")
        .el("a", "reports-count")
        .href(meeting_route(id, MeetingView::Readouts))
        .text(&format!("{} reports", m.readouts.len()))
        .close()
        .open("ul")
        .attr("aria-label", "Reports of this meeting");
    for a in &accounts {
        let publisher = a.publisher.unwrap_or("Unknown publisher");
        d.open("li")
            .leaf("span", "report-publisher", &format!("{publisher}: "));
        for (k, &r) in a.readouts.iter().enumerate() {
            let x = &readouts[r];
            let route = Route::Readout {
                id: x.id.clone(),
                sentence: None,
            };
            if k > 0 {
                d.text(" · ");
            }
            d.open("a")
                .href(route)
                .attr("lang", x.language.code())
                .attr("title", &x.title)
                .text(x.language.label())
                .close();
        }
        d.close();
    }
    d.close();
    if accounts.len() > 1 {
        d.el("a", "compare-link")
            .href(meeting_route(id, MeetingView::Accounts))
            .attr("title", "The accounts of this meeting side by side")
            .text("Accounts")
            .close();
    }
    if !m.versions(readouts).is_empty() {
        d.el("a", "compare-link")
            .href(meeting_route(id, MeetingView::Versions))
            .attr(
                "title",
                "The language versions aligned sentence by sentence",
            )
            .text("Versions")
            .close();
    }
    d.close();
    d
}

/// On the page of readout `index`, the other reports of its meeting (`m`): the accounts by
/// other publishers and the versions in other languages, with links to the meeting, its
/// accounts compared and its versions aligned.
pub fn meeting_note(m: &Meeting, readouts: &[Readout], index: usize) -> Doc {
    let id = readouts[index].id.as_str();
    let accounts = m.accounts(readouts);
    let names: Vec<String> = accounts
        .iter()
        .map(|a| {
            let langs: Vec<&str> = a
                .readouts
                .iter()
                .map(|&r| readouts[r].language.label())
                .collect();
            let publisher = a.publisher.unwrap_or("Unknown publisher");
            format!("{publisher} ({})", langs.join(", "))
        })
        .collect();
    let mut d = Doc::new();
    d.el("p", "meeting-note")
        .attr("data-testid", "meeting-note")
        .open("a")
        .href(meeting_route(id, MeetingView::Readouts))
        .text(&format!(
            "One of {} reports of this meeting",
            m.readouts.len()
        ))
        .close()
        .text(&format!(": {}", names.join(" · ")));
    if accounts.len() >= 2 {
        d.text(" · ")
            .open("a")
            .href(meeting_route(id, MeetingView::Accounts))
            .text("Compare the accounts")
            .close();
    }
    if !m.versions(readouts).is_empty() {
        d.text(" · ")
            .open("a")
            .href(meeting_route(id, MeetingView::Versions))
            .text("Align the versions")
            .close();
    }
    d.close();
    d
}
