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
    // Whole SVG units: integers format without the float-printing code (about 8 KB of wasm).
    let max = counts.iter().copied().max().unwrap_or(0).max(1);
    let (h, bar, gap) = (18_usize, 5_usize, 2_usize);
    let width = (counts.len() * (bar + gap)).saturating_sub(gap).max(bar);
    let bars = counts
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let x = i * (bar + gap);
            let bh = if c == 0 {
                1
            } else {
                (c * (h - 2)).div_ceil(max).max(3)
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
