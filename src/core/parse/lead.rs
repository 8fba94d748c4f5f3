//! What may stand before the subject of a sentence and is not part of it, used by the header
//! and attribute stages: a paragraph number ("1.", "(2)"), a bullet ("°", "o", "-"), a place
//! line ("HÀ NỘI —", "Hanoi (VNA) –", "BEIJING, Feb. 25 (Xinhua) --").
//!
//! Takes the words of a sentence (bare of nothing) and a [`Lang`]; gives how many of them to
//! skip. Structure, not meaning: numbered paragraphs are not enumerated points.

use super::lang::Lang;
use super::scan;

/// Words a place line may take before its dash.
const PLACE_WORDS: usize = 8;

/// How many words at the start of `w` are structure or a place line.
pub(super) fn skip(w: &[&str], lang: &Lang) -> usize {
    let mut i = 0;
    while w.get(i).is_some_and(|t| is_marker(t)) && i < 2 {
        i += 1;
    }
    i + place_line(&w[i..], lang)
}

/// "1.", "2)", "(3)", "°", "o", "-", "•", "*", "a)": a paragraph number or a bullet.
pub(super) fn is_marker(t: &str) -> bool {
    // Every bullet is three bytes or fewer and every number closes with "." or ")": most words
    // are neither (every sentence is asked).
    if t.len() > 3 && !t.ends_with(['.', ')']) {
        return false;
    }
    if matches!(t, "°" | "o" | "-" | "•" | "*" | "–" | "—" | "·" | "▪" | "■") {
        return true;
    }
    let inner = t
        .strip_prefix('(')
        .unwrap_or(t)
        .trim_end_matches(['.', ')']);
    let closed = t.ends_with('.') || t.ends_with(')');
    closed
        && !inner.is_empty()
        && inner.len() <= 3
        && (inner.bytes().all(|b| b.is_ascii_digit())
            || (inner.len() == 1 && inner.bytes().all(|b| b.is_ascii_lowercase())))
}

/// The words of a place line ending in a dash, or 0: every word before the dash is
/// capitalised, a number, a month or in brackets ("(VNA)").
fn place_line(w: &[&str], lang: &Lang) -> usize {
    let is_dash = |t: &&str| {
        t.len() <= 3 && !t.starts_with(char::is_alphanumeric) && lang.place_dashes.contains(t)
    };
    let Some(dash) = w.iter().take(PLACE_WORDS).position(is_dash) else {
        return 0;
    };
    let placelike = |t: &&str| {
        let b = scan::bare(t);
        t.starts_with('(')
            || scan::is_capitalised(b)
            || b.bytes().all(|c| c.is_ascii_digit())
            || lang.month(b).is_some()
    };
    if dash > 0 && w[..dash].iter().all(placelike) {
        dash + 1
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse::lang::en::EN;

    fn skipped(s: &str) -> usize {
        let w: Vec<&str> = s.split(' ').collect();
        skip(&w, &EN)
    }

    #[test]
    fn numbers_bullets_and_place_lines_are_skipped() {
        assert_eq!(skipped("1. Minister Kuroda stated"), 1);
        assert_eq!(skipped("° The two sides agreed"), 1);
        assert_eq!(skipped("(2) Regarding China, the ministers"), 1);
        assert_eq!(skipped("HÀ NỘI — Foreign Minister Khôi met"), 3);
        assert_eq!(skipped("Hanoi (VNA) – Minister Dat held"), 3);
        assert_eq!(skipped("BEIJING, Feb. 25 (Xinhua) -- Wang met"), 5);
    }

    #[test]
    fn a_dash_inside_a_sentence_is_no_place_line() {
        assert_eq!(skipped("The two sides - both ministers - agreed"), 0);
        assert_eq!(skipped("Luo said so."), 0);
        assert_eq!(skipped("2.5 percent growth"), 0);
    }
}
