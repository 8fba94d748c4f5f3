//! Chinese legacy encodings: telling GB18030 (which reads GBK and GB2312) and Big5 from the
//! bytes, and reading them through the caller's [`LegacyDecoder`].
//!
//! Takes bytes that are not UTF-8; gives the decoded text, or `None` when they are not Chinese
//! in a legacy encoding (then the caller reads them as Windows-1252). In order:
//! 1. an HTML page's declared charset (`<meta charset="gbk">`, `content="...; charset=big5"`,
//!    an XML declaration) settles it;
//! 2. otherwise the bytes must pair up as double-byte text (a lead byte 0x81-0xFE and a trail
//!    byte, or GB18030's four-byte sequences) with almost no stray high bytes;
//! 3. then each encoding reads them, and the one whose text holds common Chinese characters
//!    ([`COMMON`], simplified and traditional) wins: Windows-1252 text that happens to pair up
//!    ("Gebäude") reads as rare characters in both and is left alone. GB2312 bytes are valid
//!    Big5 and the reverse, so validity alone cannot tell them apart.

use super::decode::{windows_1252, Decoded, Encoding, LegacyDecoder};

/// How many leading bytes are scanned for a charset declaration and for byte pairs.
const SNIFF: usize = 64 * 1024;

/// Common characters of Chinese text, simplified and traditional forms: a fifth or more of the
/// Han characters of real text are among them, and almost none of a wrong decoding's.
const COMMON: &str = "的一是不了在人有我他中大上和要就出也能而子得下自之年方作外主部其本前但因只日\
者意力它民第公此工使情明性知全三又正高由很最重物手向文政美相合同加月法行以可多所然家成事生地到好小\
国们这会为来说时发经过动对关与问题将长进实现义区双议应际务开两个华总东达统\
國們這會為來說時發經過動對關與問題將長進實現義區雙議應際務開兩個華總東達統";

/// The encoding an HTML or XML head declares, if it is one of the two.
fn declared(bytes: &[u8]) -> Option<Encoding> {
    let head = &bytes[..bytes.len().min(2048)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(at) =
        find(&lower[from..], b"charset").or_else(|| find(&lower[from..], b"encoding"))
    {
        let rest = &lower[from + at..];
        let value: Vec<u8> = rest
            .iter()
            .skip_while(|b| b.is_ascii_alphabetic())
            .skip_while(|b| matches!(b, b' ' | b'=' | b'"' | b'\''))
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'))
            .copied()
            .collect();
        match value.as_slice() {
            b"gb2312" | b"gbk" | b"gb18030" | b"x-gbk" | b"cp936" | b"euc-cn" | b"csgb2312"
            | b"chinese" => return Some(Encoding::Gb18030),
            b"big5" | b"big5-hkscs" | b"x-x-big5" | b"cn-big5" | b"csbig5" => {
                return Some(Encoding::Big5)
            }
            _ => from += at + 1,
        }
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Whether the high bytes pair up as double-byte (or GB18030 four-byte) characters.
fn pairs_up(bytes: &[u8]) -> bool {
    let b = &bytes[..bytes.len().min(SNIFF)];
    let (mut pairs, mut stray, mut i) = (0usize, 0usize, 0);
    let digit = |x: u8| x.is_ascii_digit();
    let lead = |x: u8| (0x81..=0xFE).contains(&x);
    while i < b.len() {
        let x = b[i];
        if x < 0x80 {
            i += 1;
        } else if lead(x) && i + 3 < b.len() && digit(b[i + 1]) && lead(b[i + 2]) && digit(b[i + 3])
        {
            pairs += 1;
            i += 4;
        } else if lead(x)
            && b.get(i + 1)
                .is_some_and(|&t| matches!(t, 0x40..=0x7E | 0x80..=0xFE))
        {
            pairs += 1;
            i += 2;
        } else {
            stray += 1;
            i += 1;
        }
    }
    pairs >= 2 && stray * 20 <= pairs
}

/// (common characters, Han characters, replacement characters) of a decoded text.
fn score(text: &str) -> (usize, usize, usize) {
    let (mut common, mut han, mut bad) = (0, 0, 0);
    for c in text.chars() {
        if c == '\u{FFFD}' {
            bad += 1;
        } else if crate::core::analyse::words::is_han(c) {
            han += 1;
            if COMMON.contains(c) {
                common += 1;
            }
        }
    }
    (common, han, bad)
}

/// The text of `bytes` when they are Chinese in a legacy encoding (see the module header).
pub(super) fn legacy_cjk(bytes: &[u8], decoder: &dyn LegacyDecoder) -> Option<Decoded> {
    if let Some(enc) = declared(bytes) {
        let label = enc.whatwg_label()?;
        return Some(match decoder.decode(label, bytes) {
            Some(text) => Decoded {
                text,
                encoding: enc,
                note: None,
            },
            None => unreadable(bytes, "declares itself as"),
        });
    }
    if !pairs_up(bytes) {
        return None;
    }
    let mut best: Option<(i64, Encoding, String)> = None;
    let mut asked = false;
    for enc in [Encoding::Gb18030, Encoding::Big5] {
        let Some(text) = enc.whatwg_label().and_then(|l| decoder.decode(l, bytes)) else {
            continue;
        };
        asked = true;
        let (common, han, bad) = score(&text);
        let readable = han >= 2 && common * 5 >= han && bad * 20 <= han;
        let points = common as i64 - 4 * bad as i64;
        if readable && best.as_ref().is_none_or(|b| points > b.0) {
            best = Some((points, enc, text));
        }
    }
    match best {
        Some((_, enc, text)) => Some(Decoded {
            text,
            encoding: enc,
            note: Some(format!(
                "was not UTF-8; read as {} (Chinese) from its bytes: check the text",
                enc.label()
            )),
        }),
        // Without a decoder that reads them, say what the bytes look like.
        None if !asked => Some(unreadable(bytes, "looks like")),
        None => None,
    }
}

/// Windows-1252, with a note that the file is Chinese this build could not read.
fn unreadable(bytes: &[u8], how: &str) -> Decoded {
    Decoded {
        text: bytes.iter().map(|&b| windows_1252(b)).collect(),
        encoding: Encoding::Windows1252,
        note: Some(format!(
            "{how} Chinese in GBK or Big5, which could not be decoded here; read as \
             Windows-1252: save it as UTF-8 and import it again"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_declared_charset_is_found_in_meta_tags_and_xml_declarations() {
        let meta =
            b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB2312\">";
        assert_eq!(declared(meta), Some(Encoding::Gb18030));
        assert_eq!(declared(b"<meta charset='big5'>"), Some(Encoding::Big5));
        assert_eq!(
            declared(b"<?xml version=\"1.0\" encoding=\"GBK\"?>"),
            Some(Encoding::Gb18030)
        );
        assert_eq!(
            declared(b"<meta charset=\"utf-8\"><p>charset=gbk"),
            Some(Encoding::Gb18030)
        );
        assert_eq!(declared(b"<meta charset=\"windows-1252\">"), None);
        assert_eq!(declared(b"plain text about a charset"), None);
    }

    #[test]
    fn double_byte_text_pairs_up_and_western_text_mostly_does_not() {
        // 中国 in GBK, then in Big5.
        assert!(pairs_up(b"\xD6\xD0\xB9\xFA ok"));
        assert!(pairs_up(b"\xA4\xA4\xB0\xEA ok"));
        // Café, naïve: stray high bytes.
        assert!(!pairs_up(b"Caf\xE9, na\xEFve \xE9t\xE9"));
        assert!(!pairs_up(b"one \xE9"));
    }

    #[test]
    fn common_characters_are_counted_in_both_scripts() {
        assert_eq!(score("中国的發展\u{FFFD}x"), (4, 5, 1));
    }

    #[test]
    fn without_a_decoder_the_note_says_what_the_file_probably_is() {
        struct None_;
        impl LegacyDecoder for None_ {
            fn decode(&self, _: &str, _: &[u8]) -> Option<String> {
                None
            }
        }
        let d = legacy_cjk(b"\xD6\xD0\xB9\xFA\xB5\xC4", &None_).unwrap();
        assert_eq!(d.encoding, Encoding::Windows1252);
        assert!(d
            .note
            .unwrap()
            .contains("looks like Chinese in GBK or Big5"));
    }
}
