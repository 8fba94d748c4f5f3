//! Stage 2 for Han text: a paragraph -> its sentences.
//!
//! Takes the cleaned text and one paragraph span; gives the spans of its sentences, in order,
//! covering every non-space byte. A sentence ends at `。`, `！` or `？` (with the closing quotes
//! and brackets after it), at `；` when the next piece opens a point ("；二是…"), and at an
//! ASCII `.`, `!` or `?` that follows a Han character (copies that replaced the full-width
//! stops). Linear in the paragraph.

use super::super::lang::{en::EN, zh::HAN, Lang};
use super::{char_before, is_han, mostly_han, trim_start};
use crate::core::case;
use crate::core::model::Span;

/// Characters that close a quote or bracket and stay with the sentence they end.
const CLOSERS: &[char] = &[
    '”', '’', '」', '』', '）', ')', '】', '》', '。', '！', '？', '!', '?',
];

/// The sentences hook of the Han script: a paragraph in Han script by the rules above, one in
/// Latin script (an English paragraph in a Chinese readout) by the Latin segmenter.
pub(in crate::core::parse) fn sentences(text: &str, para: Span, _: &Lang, out: &mut Vec<Span>) {
    if mostly_han(para.of(text)) {
        han(text, para, out);
    } else {
        super::super::segment::latin(text, para, &EN, out);
    }
}

/// The sentences of a paragraph in Han script.
pub(in crate::core::parse) fn han(text: &str, para: Span, out: &mut Vec<Span>) {
    let Some(p) = text.get(para.start..para.end) else {
        return;
    };
    let b = p.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        // Every character that can end a sentence is ASCII or starts with byte E3 (。) or EF
        // (！？；): the Han characters between them (E4..E9) are passed over a byte at a time,
        // without being decoded.
        if !matches!(b[i], 0xE3 | 0xEF | b'.' | b'!' | b'?' | b';') {
            i += 1;
            continue;
        }
        let Some(c) = p[i..].chars().next() else {
            break;
        };
        let after = i + c.len_utf8();
        let ends = match c {
            '。' | '！' | '？' => true,
            '；' | ';' => opens_point(&p[after..]),
            '.' | '!' | '?' => {
                let rest = trim_start(&p[after..]);
                char_before(p, i).is_some_and(is_han)
                    && rest
                        .chars()
                        .next()
                        .is_none_or(|n| is_han(n) || n == '“' || case::is_upper(n))
            }
            _ => false,
        };
        if !ends {
            i = after;
            continue;
        }
        let mut end = after;
        for (j, n) in p[after..].char_indices() {
            let j = after + j;
            let closes_quote = n == '"' && p[start..j].matches('"').count() % 2 == 1;
            if !CLOSERS.contains(&n) && !closes_quote {
                break;
            }
            end = j + n.len_utf8();
        }
        push(out, para.start, p, start, end);
        start = end;
        i = end;
    }
    push(out, para.start, p, start, p.len());
}

/// True when `rest` (after a `；`) opens an enumerated point: "二是", "第三，", "其次".
fn opens_point(rest: &str) -> bool {
    let rest = trim_start(rest);
    HAN.ordinal_at(rest).is_some() || rest.starts_with(HAN.last_ordinal)
}

/// Pushes `p[start..end]` trimmed of spaces, as a span of the whole text.
fn push(out: &mut Vec<Span>, base: usize, p: &str, start: usize, end: usize) {
    let piece = &p[start..end];
    let trimmed = piece.trim_start_matches(char::is_whitespace);
    let lead = piece.len() - trimmed.len();
    let trimmed = trimmed.trim_end_matches(char::is_whitespace);
    if !trimmed.is_empty() {
        let s = base + start + lead;
        out.push(Span::new(s, s + trimmed.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(p: &str) -> Vec<&str> {
        let mut out = vec![];
        han(p, Span::new(0, p.len()), &mut out);
        out.iter().map(|s| s.of(p)).collect()
    }

    #[test]
    fn sentences_end_at_full_width_stops_with_their_closing_quotes() {
        assert_eq!(
            split("田墨白表示，“好。”索尔旺说：好！双方同意？是"),
            vec!["田墨白表示，“好。”", "索尔旺说：好！", "双方同意？", "是"]
        );
    }

    #[test]
    fn a_semicolon_ends_a_sentence_only_before_the_next_point() {
        assert_eq!(
            split("中方提议：一是贸易；二是能源；最后，人文。甲；乙。"),
            vec![
                "中方提议：一是贸易；",
                "二是能源；",
                "最后，人文。",
                "甲；乙。"
            ]
        );
    }

    #[test]
    fn ascii_stops_after_han_end_sentences_but_not_decimals_or_initials() {
        assert_eq!(
            split("增长2.5个百分点. 罗致远说. Antony J. Blinken表示,好."),
            vec!["增长2.5个百分点.", "罗致远说.", "Antony J. Blinken表示,好."]
        );
    }

    #[test]
    fn spans_cover_the_paragraph_inside_a_larger_text() {
        let text = "标题\n\n甲说。 乙说。";
        let mut out = vec![];
        han(text, Span::new(8, text.len()), &mut out);
        let got: Vec<&str> = out.iter().map(|s| s.of(text)).collect();
        assert_eq!(got, vec!["甲说。", "乙说。"]);
    }
}
