//! The browser's own `TextDecoder` as the core's [`LegacyDecoder`]: Chinese files saved as
//! GBK/GB18030 or Big5 are read with the browser's tables, so the page carries none (they are
//! hundreds of kilobytes). The core tells which encoding it is (`core::import`); this only
//! decodes.

use crate::core::import::LegacyDecoder;

/// Decodes with `new TextDecoder(label).decode(bytes)`.
pub struct BrowserDecoder;

impl LegacyDecoder for BrowserDecoder {
    fn decode(&self, label: &str, bytes: &[u8]) -> Option<String> {
        let decoder = web_sys::TextDecoder::new_with_label(label).ok()?;
        decoder.decode_with_u8_array(bytes).ok()
    }
}
