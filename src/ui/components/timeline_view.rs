//! Meetings along a time axis: grouped by month, with the gaps between them shown, undated
//! meetings in their own group at the end.

use crate::core::explore::{GroupKey, Timeline};
use crate::core::model::MONTH_NAMES;
use crate::ui::components::MeetingCard;
use leptos::prelude::*;

/// "13 days later", "4 months later".
fn gap_label(days: i64) -> String {
    match days {
        0 => "same day".to_string(),
        1 => "1 day later".to_string(),
        2..=60 => format!("{days} days later"),
        61..=730 => format!("{} months later", days / 30),
        _ => format!("{} years later", days / 365),
    }
}

/// The timeline of the meetings in `timeline`, oldest first.
#[component]
pub fn TimelineView(
    /// Groups of meetings by month (from `core::explore::timeline`).
    #[prop(into)]
    timeline: Signal<Timeline>,
) -> impl IntoView {
    let groups = move || {
        timeline
            .get()
            .groups
            .into_iter()
            .map(|group| {
                let heading = match group.key {
                    GroupKey::Month { year, month } => {
                        let name = MONTH_NAMES
                            .get(usize::from(month).saturating_sub(1))
                            .unwrap_or(&"");
                        format!("{name} {year}")
                    }
                    GroupKey::Undated => "Undated: no date in the text".to_string(),
                };
                let entries = group
                    .entries
                    .into_iter()
                    .map(|entry| {
                        let gap = entry.gap_days.map(
                            |d| view! { <li class="gap" aria-hidden="true">{gap_label(d)}</li> },
                        );
                        view! { {gap} <li class="entry"><MeetingCard entry=entry /></li> }
                    })
                    .collect_view();
                view! {
                    <section class="month">
                        <h2 class="month-heading">{heading}</h2>
                        <ol class="entries">{entries}</ol>
                    </section>
                }
            })
            .collect_view()
    };

    view! { <div class="timeline" data-testid="timeline">{groups}</div> }
}

#[cfg(test)]
mod tests {
    use super::gap_label;

    #[test]
    fn gaps_read_in_days_then_months_then_years() {
        assert_eq!(gap_label(13), "13 days later");
        assert_eq!(gap_label(90), "3 months later");
        assert_eq!(gap_label(800), "2 years later");
    }
}
