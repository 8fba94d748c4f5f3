//! Exports of the two comparisons of a meeting: Markdown (a table an analyst pastes into a
//! report), CSV (RFC 4180, safe in a spreadsheet) and JSON (the model, with the quoted
//! sentences), written the way `analyse::export` writes the topic comparison.
//!
//! - `accounts.rs`: the accounts comparison ([`AccountsComparison`](super::AccountsComparison)).
//! - `versions.rs`: the versions alignment ([`Versions`](super::Versions)).

mod accounts;
mod versions;

pub use accounts::{accounts_csv, accounts_json, accounts_markdown};
pub use versions::{
    versions_csv, versions_export, versions_json, versions_markdown, VersionsExport,
};

use crate::core::model::{Language, Readout};

/// How an export names a language in English prose: "only in the Chinese version".
pub fn language_name(language: Language) -> &'static str {
    match language {
        Language::English => "English",
        Language::Chinese => "Chinese",
    }
}

/// How an export names an account: its publisher, or its title when it has none.
pub fn account_name(r: &Readout) -> String {
    r.publisher.clone().unwrap_or_else(|| r.title.clone())
}
