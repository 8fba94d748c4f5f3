//! The words of each language that the analysis needs, as data: the stages hold none.
//!
//! A language adds a module here with its tables: words a recurring phrase may not start or
//! end with (formulations), and its stance cues. Topic cues live in `data/topics.txt`, under
//! topic ids shared by every language. Tables of all languages are used together: a Chinese
//! readout quoting an English phrase, or the reverse, is read with both.

pub(crate) mod en;
pub(crate) mod zh;
