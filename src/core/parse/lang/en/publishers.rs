//! What each government's English readouts carry: their ministry's lines, their page chrome.
//!
//! Takes nothing, gives [`PUBLISHERS`]. Pure data.

use crate::core::parse::lang::Publisher;

pub(super) static PUBLISHERS: &[Publisher] = &[Publisher {
    country: "China",
    chrome_lines: &[
        "ministry of foreign affairs of the people's republic of china",
        "ministry of foreign affairs, the people's republic of china",
    ],
}];
