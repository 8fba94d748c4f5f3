//! Point markers in Chinese, for the points stage: a sentence -> where its points start.
//!
//! Takes one sentence; gives the byte offset and value of each marker in it: "一是", "二是"
//! (also "一要"), "第一，", "首先，", "其次，", "再次，", at the start of the sentence or after
//! `：`, `；` or `，`. "最后，" is given the value 0: the points stage makes it the point after
//! the one before it. The stage keeps only runs that count 1, 2, 3..., so a lone "首先，" or
//! "第一，" is not a point.

use super::super::lang::zh::HAN;
use super::{starts_with_any, trim_start};

/// What must follow "第一" or "首先" for it to mark a point (not "第一次", "首先要" aside).
const AFTER_ORDINAL: &[&str] = &["，", ",", "、", "是", "要", "：", ":"];

pub(in crate::core::parse) fn markers(s: &str, out: &mut Vec<(usize, u32)>) {
    let lead = s.len()
        - s.trim_start_matches(['“', '"', '「', ' ', '\u{3000}'])
            .len();
    let after_marks = s
        .char_indices()
        .filter(|&(_, c)| matches!(c, '：' | '；' | '，' | ':' | ';' | ','))
        .map(|(i, c)| i + c.len_utf8());
    for at in std::iter::once(lead).chain(after_marks) {
        let rest = trim_start(&s[at..]);
        let at = s.len() - rest.len();
        if let Some(n) = marker(rest) {
            out.push((at, n));
        }
    }
}

/// The goes-on hook: a paragraph that is the next point ("二是…") or follows a paragraph that
/// ended in "：" keeps the speaker of the paragraph before.
pub(in crate::core::parse) fn goes_on(previous: &str, s: &str) -> bool {
    previous.ends_with(['：', ':']) || opens_point(s)
}

/// True when `s` opens with a point marker ("二是…", "第三，…").
pub(in crate::core::parse) fn opens_point(s: &str) -> bool {
    marker(trim_start(s.trim_start_matches(['“', '"']))).is_some()
}

/// The value of the marker `rest` opens with (0 for "最后").
fn marker(rest: &str) -> Option<u32> {
    if let Some(after) = rest.strip_prefix(HAN.last_ordinal) {
        return starts_with_any(after, AFTER_ORDINAL).map(|_| 0);
    }
    let (n, len) = HAN.ordinal_at(rest)?;
    let word = &rest[..len];
    // "一是", "一要" carry their own verb; "第一", "首先" need a pause or a verb after them.
    let free = word.ends_with('是') || word.ends_with('要');
    (free || starts_with_any(&rest[len..], AFTER_ORDINAL).is_some()).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Vec<(String, u32)> {
        let mut out = vec![];
        markers(s, &mut out);
        out.into_iter()
            .map(|(at, n)| (s[at..].chars().take(2).collect(), n))
            .collect()
    }

    #[test]
    fn markers_open_the_sentence_or_follow_a_colon_or_semicolon() {
        assert_eq!(
            found("中方提议：一是贸易；二是能源，三是人文。"),
            vec![("一是".into(), 1), ("二是".into(), 2), ("三是".into(), 3)]
        );
        assert_eq!(found("第二，推动复工复产。"), vec![("第二".into(), 2)]);
        assert_eq!(found("最后，加强协调。"), vec![("最后".into(), 0)]);
    }

    #[test]
    fn words_that_only_look_like_markers_are_not_points() {
        assert!(found("第一次会晤取得成功。").is_empty());
        assert!(found("最后阶段的谈判很关键。").is_empty());
        assert!(found("统一是大势所趋。").is_empty());
        assert!(found("这是双方首先关注的问题。").is_empty());
    }
}
