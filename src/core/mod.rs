//! The core: model, parser stages, analysis and the corpus. Plain Rust, no browser crates, so
//! it is tested, fuzzed and benchmarked natively and runs unchanged in the browser.

pub mod analyse;
pub mod bundled;
pub mod collection;
pub mod explore;
pub mod import;
pub mod meetings;
pub mod model;
pub mod parse;
pub mod pipeline;
pub mod sort;
pub mod synth;
pub mod text;

pub use model::*;
pub use parse::{parse, ParseOptions};
