//! Bytes of a file -> text, or why it is not text.
//!
//! Takes the raw bytes; gives [`Decoded`]: the text, the encoding it was read as and, when the
//! reading involved a guess, a note for the user. Order of the checks:
//! 1. empty;
//! 2. a byte-order mark (UTF-8, UTF-16 LE/BE) settles the encoding;
//! 3. magic numbers of common binary formats (PDF, ZIP/Office, images, archives, executables)
//!    name what the file is;
//! 4. UTF-16 without a mark is recognised by its NUL bytes at every other position (Windows
//!    tools write it);
//! 5. any other NUL, or many control characters, means binary;
//! 6. valid UTF-8 is taken as is;
//! 7. otherwise, a Chinese legacy encoding (GB18030, which reads GBK and GB2312, or Big5) when
//!    an HTML page declares one, or when the bytes pair up as double-byte Chinese text and one
//!    of the two reads as common Chinese characters (see [`legacy_cjk`]);
//! 8. otherwise the text is read as Windows-1252 with a note, or, when it also holds valid
//!    UTF-8 sequences, as UTF-8 with the bad bytes replaced (see [`decode`]).
//!
//! The seam for Chinese: the core tells which encoding it is and asks a [`LegacyDecoder`] the
//! caller passes in to turn the bytes into text. The core carries no decoding tables (they are
//! hundreds of kilobytes): in the browser the page passes one backed by the browser's own
//! `TextDecoder`, natively [`NativeDecoder`] (the `encoding_rs` crate, which the wasm build
//! does not link) is the default.

use super::cjk::legacy_cjk;
use super::ImportError;

/// How many leading bytes the binary checks look at: enough to tell, cheap on 20 MB.
pub(super) const SNIFF: usize = 8192;

/// The encoding a file was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// UTF-8 that starts with a byte-order mark (dropped from the text).
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    /// Not valid UTF-8 and no UTF-8 sequences in it: a legacy Western text (see [`decode`]).
    Windows1252,
    /// Mostly UTF-8 with a few invalid bytes, each replaced by U+FFFD.
    Utf8Lossy,
    /// Simplified Chinese legacy encodings: GB18030, a superset of GBK and GB2312.
    Gb18030,
    /// Traditional Chinese legacy encoding.
    Big5,
}

impl Encoding {
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 (with byte-order mark)",
            Encoding::Utf16Le => "UTF-16 LE",
            Encoding::Utf16Be => "UTF-16 BE",
            Encoding::Windows1252 => "Windows-1252",
            Encoding::Utf8Lossy => "UTF-8 (with invalid bytes replaced)",
            Encoding::Gb18030 => "GB18030 (GBK)",
            Encoding::Big5 => "Big5",
        }
    }

    /// The WHATWG label a [`LegacyDecoder`] is asked for (`TextDecoder` and `encoding_rs`
    /// both know it), for the two encodings the core cannot read itself.
    pub fn whatwg_label(self) -> Option<&'static str> {
        match self {
            Encoding::Gb18030 => Some("gb18030"),
            Encoding::Big5 => Some("big5"),
            _ => None,
        }
    }
}

/// Turns bytes of a legacy encoding the core does not read itself into text.
pub trait LegacyDecoder {
    /// The text of `bytes` in the encoding named by `label` ("gb18030" or "big5", WHATWG
    /// labels), malformed sequences replaced by U+FFFD; `None` when this decoder cannot.
    fn decode(&self, label: &str, bytes: &[u8]) -> Option<String>;
}

/// A decoder that reads no legacy encoding: Chinese legacy files are then read as
/// Windows-1252, with a note saying what they probably are.
pub struct NoLegacyDecoder;

impl LegacyDecoder for NoLegacyDecoder {
    fn decode(&self, _: &str, _: &[u8]) -> Option<String> {
        None
    }
}

/// The native decoder, backed by `encoding_rs` (not linked into the browser build: the page
/// passes the browser's `TextDecoder` instead).
#[cfg(not(target_arch = "wasm32"))]
pub struct NativeDecoder;

#[cfg(not(target_arch = "wasm32"))]
impl LegacyDecoder for NativeDecoder {
    fn decode(&self, label: &str, bytes: &[u8]) -> Option<String> {
        let enc = encoding_rs::Encoding::for_label(label.as_bytes())?;
        let (text, _) = enc.decode_without_bom_handling(bytes);
        Some(text.into_owned())
    }
}

/// The decoder [`decode`] uses: [`NativeDecoder`] natively, none in wasm (the page passes its
/// own to [`decode_with`]).
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn default_decoder() -> &'static dyn LegacyDecoder {
    &NativeDecoder
}

#[cfg(target_arch = "wasm32")]
pub(super) fn default_decoder() -> &'static dyn LegacyDecoder {
    &NoLegacyDecoder
}

/// A file's text and how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: Encoding,
    /// Set when the reading involved a guess the user should check, e.g. "was not valid UTF-8;
    /// read as Windows-1252 ...".
    pub note: Option<String>,
}

/// Reads `bytes` as text. Never panics; linear in the length.
///
/// Invalid UTF-8 that is otherwise text is not refused: readouts saved by older Windows tools
/// are Windows-1252 (a superset of Latin-1 whose 0x80-0x9F bytes are the curly quotes and dashes
/// readouts are full of), and refusing them would leave the user nothing to do. Reading them as
/// Windows-1252 keeps every letter right when the guess is right and only garbles accented
/// letters when it is wrong, so the UI shows the note. When the bytes also hold valid multi-byte
/// UTF-8 sequences the file is UTF-8 with a few damaged bytes (a truncated copy, a stray byte):
/// those are replaced by U+FFFD and the rest is kept. Chinese legacy encodings are read with the
/// platform's default decoder (see [`decode_with`]).
pub fn decode(bytes: &[u8]) -> Result<Decoded, ImportError> {
    decode_with(bytes, default_decoder())
}

/// [`decode`], reading Chinese legacy encodings with `legacy`.
pub fn decode_with(bytes: &[u8], legacy: &dyn LegacyDecoder) -> Result<Decoded, ImportError> {
    if bytes.is_empty() {
        return Err(ImportError::Empty);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest, Encoding::Utf8Bom, legacy);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok(utf16(rest, u16::from_le_bytes, Encoding::Utf16Le, None));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok(utf16(rest, u16::from_be_bytes, Encoding::Utf16Be, None));
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(ImportError::Binary(Some(kind)));
    }
    let head = &bytes[..bytes.len().min(SNIFF)];
    if let Some(le) = utf16_without_bom(head) {
        let note = Some("had no byte-order mark; read as UTF-16 from its layout".to_string());
        return Ok(if le {
            utf16(bytes, u16::from_le_bytes, Encoding::Utf16Le, note)
        } else {
            utf16(bytes, u16::from_be_bytes, Encoding::Utf16Be, note)
        });
    }
    if looks_binary(head) {
        return Err(ImportError::Binary(None));
    }
    utf8(bytes, Encoding::Utf8, legacy)
}

fn utf8(bytes: &[u8], encoding: Encoding, cjk: &dyn LegacyDecoder) -> Result<Decoded, ImportError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: text.to_string(),
            encoding,
            note: None,
        }),
        Err(_) => Ok(legacy_cjk(bytes, cjk).unwrap_or_else(|| legacy(bytes))),
    }
}

/// Invalid UTF-8: Windows-1252, or UTF-8 with replacements when real UTF-8 sequences are there.
fn legacy(bytes: &[u8]) -> Decoded {
    let (valid, invalid) = count_utf8_sequences(bytes);
    if valid > 0 && valid >= invalid {
        return Decoded {
            text: String::from_utf8_lossy(bytes).into_owned(),
            encoding: Encoding::Utf8Lossy,
            note: Some(format!(
                "had {invalid} invalid UTF-8 byte sequence{}; replaced by \u{FFFD}",
                if invalid == 1 { "" } else { "s" }
            )),
        };
    }
    Decoded {
        text: bytes.iter().map(|&b| windows_1252(b)).collect(),
        encoding: Encoding::Windows1252,
        note: Some(
            "was not valid UTF-8; read as Windows-1252 (Western European): check accented letters"
                .to_string(),
        ),
    }
}

/// Valid multi-byte UTF-8 sequences and invalid byte sequences in `bytes`.
fn count_utf8_sequences(mut bytes: &[u8]) -> (usize, usize) {
    let (mut valid, mut invalid) = (0, 0);
    loop {
        match std::str::from_utf8(bytes) {
            Ok(s) => return (valid + s.bytes().filter(|&b| b >= 0xC0).count(), invalid),
            Err(e) => {
                let (good, rest) = bytes.split_at(e.valid_up_to());
                valid += good.iter().filter(|&&b| b >= 0xC0).count();
                invalid += 1;
                let skip = e.error_len().unwrap_or(rest.len()).max(1);
                bytes = &rest[skip.min(rest.len())..];
            }
        }
    }
}

/// One Windows-1252 byte as a char (the WHATWG mapping: the five unassigned bytes map to the C1
/// controls of the same value, which the parser drops). HTML's numeric references `&#128;` to
/// `&#159;` read the same (`entities`).
pub(super) fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '\u{20AC}', '\u{81}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}',
        '\u{2021}', '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{8D}',
        '\u{017D}', '\u{8F}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}',
        '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}',
        '\u{9D}', '\u{017E}', '\u{0178}',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// UTF-16 code units (after the mark) to text; unpaired surrogates become U+FFFD with a note.
fn utf16(
    bytes: &[u8],
    unit: fn([u8; 2]) -> u16,
    encoding: Encoding,
    mut note: Option<String>,
) -> Decoded {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut bad = 0usize;
    for c in char::decode_utf16(units) {
        text.push(c.unwrap_or_else(|_| {
            bad += 1;
            '\u{FFFD}'
        }));
    }
    if bytes.len() % 2 == 1 {
        bad += 1;
        text.push('\u{FFFD}');
    }
    if bad > 0 {
        let more = format!("had {bad} invalid UTF-16 code unit(s); replaced by \u{FFFD}");
        note = Some(match note {
            Some(n) => format!("{n}; {more}"),
            None => more,
        });
    }
    Decoded {
        text,
        encoding,
        note,
    }
}

/// `Some(true)` for UTF-16 LE without a mark, `Some(false)` for BE: mostly-ASCII text has a NUL
/// in every other byte, on the odd positions for LE and the even ones for BE.
fn utf16_without_bom(head: &[u8]) -> Option<bool> {
    let pairs = head.len() / 2;
    if pairs < 2 {
        return None;
    }
    let zero_at = |parity: usize| {
        head.iter()
            .skip(parity)
            .step_by(2)
            .take(pairs)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zero_at(0), zero_at(1));
    // 90% on one side and almost none on the other: any binary format fails this.
    if odd * 10 >= pairs * 9 && even * 50 <= pairs {
        Some(true)
    } else if even * 10 >= pairs * 9 && odd * 50 <= pairs {
        Some(false)
    } else {
        None
    }
}

/// NUL bytes never occur in text; more than one control character in ten is not text either.
fn looks_binary(head: &[u8]) -> bool {
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    controls * 10 > head.len()
}

/// What a binary file is, from its first bytes.
pub(super) fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF-", "PDF"),
        (b"PK\x03\x04", "ZIP archive or Office document"),
        (b"PK\x05\x06", "ZIP archive"),
        (b"\x89PNG", "PNG image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"GIF87a", "GIF image"),
        (b"GIF89a", "GIF image"),
        (
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
            "old Word or Excel document",
        ),
        (b"{\\rtf", "RTF document"),
        (b"\x1F\x8B", "gzip archive"),
        (b"7z\xBC\xAF\x27\x1C", "7-Zip archive"),
        (b"Rar!\x1A\x07", "RAR archive"),
        (b"\x7FELF", "program"),
        (b"MZ\x90\x00", "Windows program"),
        (b"\x00asm", "WebAssembly module"),
        (b"SQLite format 3\x00", "SQLite database"),
        (b"ID3", "MP3 audio"),
        (b"II*\x00", "TIFF image"),
        (b"MM\x00*", "TIFF image"),
        (b"\x28\xB5\x2F\xFD", "Zstandard archive"),
    ];
    if bytes.len() >= 12 && &bytes[..4] == b"RIFF" {
        return match &bytes[8..12] {
            b"WEBP" => Some("WebP image"),
            b"WAVE" => Some("WAV audio"),
            b"AVI " => Some("AVI video"),
            _ => Some("RIFF media file"),
        };
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return Some("MP4 or HEIC media file");
    }
    MAGIC
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|&(_, kind)| kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(s: &str, bom: bool) -> Vec<u8> {
        let mut out = if bom { vec![0xFF, 0xFE] } else { vec![] };
        out.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
        out
    }

    #[test]
    fn plain_utf8_is_taken_as_is() {
        let d = decode("Minister Émile said \u{201C}yes\u{201D}.".as_bytes()).unwrap();
        assert_eq!(d.text, "Minister Émile said \u{201C}yes\u{201D}.");
        assert_eq!((d.encoding, d.note), (Encoding::Utf8, None));
    }

    #[test]
    fn a_utf8_byte_order_mark_is_dropped() {
        let d = decode(b"\xEF\xBB\xBFHello").unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("Hello", Encoding::Utf8Bom));
    }

    #[test]
    fn utf16_without_a_mark_is_recognised_by_its_nul_bytes() {
        let d = decode(&utf16le("Both sides agreed to meet again.", false)).unwrap();
        assert_eq!(d.text, "Both sides agreed to meet again.");
        assert_eq!(d.encoding, Encoding::Utf16Le);
        assert!(d.note.unwrap().contains("no byte-order mark"));
    }

    #[test]
    fn an_unpaired_surrogate_in_utf16_is_replaced_and_noted() {
        let mut bytes = utf16le("ab", true);
        bytes.extend(0xD800u16.to_le_bytes());
        bytes.extend(utf16le("c", false));
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, "ab\u{FFFD}c");
        assert!(d.note.unwrap().contains("1 invalid UTF-16"));
    }

    #[test]
    fn a_dangling_odd_byte_of_utf16_is_replaced_and_noted() {
        // Found by the mutation check: dropping the replacement for the odd byte went unseen.
        let mut bytes = utf16le("ab", true);
        bytes.push(b'c');
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, "ab\u{FFFD}");
        assert_eq!(d.encoding, Encoding::Utf16Le);
        assert_eq!(
            d.note.as_deref(),
            Some("had 1 invalid UTF-16 code unit(s); replaced by \u{FFFD}")
        );
    }

    #[test]
    fn windows_1252_quotes_and_accents_are_read_with_a_note() {
        let d = decode(b"\x93Caf\xe9\x94 \x96 done").unwrap();
        assert_eq!(d.text, "\u{201C}Café\u{201D} \u{2013} done");
        assert_eq!(d.encoding, Encoding::Windows1252);
        assert!(d.note.unwrap().contains("Windows-1252"));
    }

    #[test]
    fn mostly_utf8_with_a_stray_byte_keeps_the_utf8() {
        let mut bytes = "Café, naïve \u{2014} ".as_bytes().to_vec();
        bytes.push(0xFF);
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, Encoding::Utf8Lossy);
        assert_eq!(d.text, "Café, naïve \u{2014} \u{FFFD}");
        assert!(d.note.unwrap().contains("1 invalid UTF-8 byte sequence;"));
    }

    #[test]
    fn binary_formats_are_named() {
        let cases: [(&[u8], &str); 5] = [
            (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
            (
                b"PK\x03\x04\x14\x00\x06\x00",
                "ZIP archive or Office document",
            ),
            (b"\xFF\xD8\xFF\xE0\x00\x10JFIF", "JPEG image"),
            (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "WebP image"),
            (b"{\\rtf1\\ansi", "RTF document"),
        ];
        for (bytes, kind) in cases {
            assert_eq!(decode(bytes), Err(ImportError::Binary(Some(kind))));
        }
    }

    #[test]
    fn nul_bytes_or_many_control_characters_mean_binary() {
        assert_eq!(decode(b"abc\0def"), Err(ImportError::Binary(None)));
        assert_eq!(
            decode(b"\x01\x02\x03\x04abcdef"),
            Err(ImportError::Binary(None))
        );
        // Tabs, newlines and a form feed are text.
        assert!(decode(b"a\tb\r\nc\x0cd").is_ok());
    }

    #[test]
    fn nothing_is_empty() {
        assert_eq!(decode(b""), Err(ImportError::Empty));
    }
}
