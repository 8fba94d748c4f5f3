//! The core: model, parser stages, analysis and the corpus. Plain Rust, no browser crates, so
//! it is tested, fuzzed and benchmarked natively and runs unchanged in the browser.

pub mod analyse;
pub mod bundled;
pub mod case;
pub mod collection;
pub mod correct;
pub mod doc;
pub mod explore;
pub mod hant;
pub mod import;
pub mod meetings;
pub mod model;
pub mod packed;
pub mod parse;
pub mod pipeline;
pub mod sort;
/// Test and benchmark support, not API: hidden from the documentation rather than behind a
/// feature. The crate is not published (`publish = false`); its only users are its own
/// binaries, tests, benches and examples, and a feature would have to be named by every one of
/// them (a `required-features` on each bench and example, `--features` on every test command,
/// the README's `cargo run --example synth`) for no gain: the app never calls it, so the
/// release build drops it. `#[doc(hidden)]` is Rust's usual mark for "public for our own
/// targets, not for you".
#[doc(hidden)]
pub mod synth;
pub mod text;

pub use model::*;
pub use parse::{parse, ParseOptions};
