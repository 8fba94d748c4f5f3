//! Raw readout text to a [`Readout`]. (Temporary minimal version; the staged parser replaces it.)

use crate::core::model::*;

/// Settings of the parser that are not facts about one readout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseOptions {
    /// Country of the ministry that publishes the readouts: its own officials get this country.
    pub home_country: String,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            home_country: "China".to_string(),
        }
    }
}

/// Parses one readout. Never panics, whatever the input.
pub fn parse(text: &str, origin: &str, _opts: &ParseOptions) -> Readout {
    let title = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim()
        .to_string();
    Readout {
        id: format!("{:x}", text.len()),
        title,
        title_derived: false,
        date: None,
        format: None,
        participants: vec![],
        text: text.to_string(),
        paragraphs: vec![],
        sentences: vec![],
        points: vec![],
        origin: origin.to_string(),
    }
}
