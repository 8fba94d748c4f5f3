//! A tiny inline bar chart.

use leptos::prelude::*;

/// Bars of `counts`, left to right, scaled to the largest; an empty slot keeps a baseline tick.
#[component]
pub fn Sparkline(
    /// One value per bar, oldest first.
    counts: Vec<usize>,
    /// What the chart shows, for screen readers and the tooltip.
    label: String,
) -> impl IntoView {
    let max = counts.iter().copied().max().unwrap_or(0).max(1);
    let (h, bar, gap) = (18.0_f64, 5.0_f64, 2.0_f64);
    let width = (counts.len() as f64 * (bar + gap) - gap).max(bar);
    let bars = counts
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let x = i as f64 * (bar + gap);
            let bh = if c == 0 {
                1.0
            } else {
                (c as f64 / max as f64 * (h - 2.0)).max(3.0)
            };
            let class = if c == 0 { "spark-empty" } else { "spark-bar" };
            view! { <rect class=class x=x y=h - bh width=bar height=bh rx="1"></rect> }
        })
        .collect_view();

    let title = label.clone();
    view! {
        <svg
            class="sparkline"
            role="img"
            aria-label=label
            width=width
            height=h
            viewBox=format!("0 0 {width} {h}")
        >
            <title>{title}</title>
            {bars}
        </svg>
    }
}
