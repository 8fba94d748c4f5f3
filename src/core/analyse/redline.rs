//! Redline: a word-level diff of two texts (what changed between two readouts with the same
//! counterpart), by Myers' O((N+M)·D) algorithm with the edit distance D capped, so two huge,
//! unrelated texts cannot freeze the browser: past the cap the differing middle is reported
//! as one deletion and one insertion.
//!
//! The units compared are the shared tokenizer's words (a Chinese character is one), each
//! carrying the punctuation and spacing written after it; two units are equal when their
//! words' keys are, so a change of case, width or punctuation alone is not a change of words.
//! The ops keep the text as written: put end to end, they read as the texts do.

use super::words::Tokens;
use serde::Serialize;

/// Largest edit distance searched (memory grows with its square: about 4 MB at 1,000).
pub const MAX_EDITS: usize = 1000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OpKind {
    /// Words in both texts.
    Equal,
    /// Words only in the second text.
    Insert,
    /// Words only in the first text.
    Delete,
}

/// A run of words with the same fate, as written (with the spacing and punctuation after each
/// word, so runs put end to end read as the text: "China firmly ", "支持").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Op {
    pub kind: OpKind,
    pub text: String,
}

/// A unit of the redline: a word with what is written after it up to the next word.
#[derive(Debug, Clone)]
pub struct RedlineWord<'a> {
    /// The word's key (see [`Tokens::key`]): what is compared.
    pub key: String,
    /// The text as written, from the word to the next one (the first unit also holds what
    /// comes before the first word).
    pub text: &'a str,
}

impl PartialEq for RedlineWord<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

/// Splits a text into the units the redline compares (see [`RedlineWord`]).
pub fn redline_words(text: &str) -> Vec<RedlineWord<'_>> {
    let tokens = Tokens::of(text);
    let words = tokens.words();
    (0..words.len())
        .map(|i| {
            let from = if i == 0 { 0 } else { words[i].start };
            let to = words.get(i + 1).map_or(text.len(), |w| w.start);
            RedlineWord {
                key: tokens.key(i).to_string(),
                text: &text[from..to],
            }
        })
        .collect()
}

/// The edit script turning `a` into `b`, as runs of equal, deleted and inserted words.
pub fn redline<'a>(a: &[RedlineWord<'a>], b: &[RedlineWord<'a>]) -> Vec<Op> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a_rest, b_rest) = (&a[prefix..], &b[prefix..]);
    let suffix = a_rest
        .iter()
        .rev()
        .zip(b_rest.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let mid_a = &a_rest[..a_rest.len() - suffix];
    let mid_b = &b_rest[..b_rest.len() - suffix];
    let mut steps: Vec<(OpKind, &RedlineWord)> =
        a[..prefix].iter().map(|w| (OpKind::Equal, w)).collect();
    match myers(mid_a, mid_b) {
        Some(mid) => steps.extend(mid),
        None => {
            steps.extend(mid_a.iter().map(|w| (OpKind::Delete, w)));
            steps.extend(mid_b.iter().map(|w| (OpKind::Insert, w)));
        }
    }
    steps.extend(
        a_rest[a_rest.len() - suffix..]
            .iter()
            .map(|w| (OpKind::Equal, w)),
    );
    let mut ops: Vec<Op> = vec![];
    for (kind, w) in steps {
        match ops.last_mut() {
            Some(op) if op.kind == kind => op.text.push_str(w.text),
            _ => ops.push(Op {
                kind,
                text: w.text.to_string(),
            }),
        }
    }
    ops
}

/// Myers' greedy diff; `None` when the edit distance exceeds [`MAX_EDITS`].
fn myers<'w, 'a>(
    a: &'w [RedlineWord<'a>],
    b: &'w [RedlineWord<'a>],
) -> Option<Vec<(OpKind, &'w RedlineWord<'a>)>> {
    let (n, m) = (a.len() as i64, b.len() as i64);
    let max = (n + m).min(MAX_EDITS as i64);
    let off = max + 1;
    let mut v = vec![0i64; (2 * max + 3) as usize];
    // trace[d] holds v[-d..=d] as it was before step d.
    let mut trace: Vec<Vec<i64>> = vec![];
    let mut found = None;
    'outer: for d in 0..=max {
        trace.push(v[(off - d) as usize..=(off + d) as usize].to_vec());
        let mut k = -d;
        while k <= d {
            let i = (off + k) as usize;
            let mut x = if k == -d || (k != d && v[i - 1] < v[i + 1]) {
                v[i + 1]
            } else {
                v[i - 1] + 1
            };
            let mut y = x - k;
            while x < n && y < m && a[x as usize] == b[y as usize] {
                x += 1;
                y += 1;
            }
            v[i] = x;
            if x >= n && y >= m {
                found = Some(d);
                break 'outer;
            }
            k += 2;
        }
    }
    let dist = found?;
    let mut out = vec![];
    let (mut x, mut y) = (n, m);
    for d in (1..=dist).rev() {
        let prev = &trace[d as usize];
        let at = |k: i64| prev[(k + d) as usize];
        let k = x - y;
        let prev_k = if k == -d || (k != d && at(k - 1) < at(k + 1)) {
            k + 1
        } else {
            k - 1
        };
        let px = at(prev_k);
        let py = px - prev_k;
        while x > px && y > py {
            out.push((OpKind::Equal, &a[(x - 1) as usize]));
            x -= 1;
            y -= 1;
        }
        if x == px {
            out.push((OpKind::Insert, &b[py as usize]));
        } else {
            out.push((OpKind::Delete, &a[px as usize]));
        }
        x = px;
        y = py;
    }
    while x > 0 && y > 0 {
        out.push((OpKind::Equal, &a[(x - 1) as usize]));
        x -= 1;
        y -= 1;
    }
    out.reverse();
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(a: &str, b: &str) -> String {
        redline(&redline_words(a), &redline_words(b))
            .iter()
            .map(|op| match op.kind {
                OpKind::Equal => op.text.clone(),
                OpKind::Insert => format!("[+{}]", op.text),
                OpKind::Delete => format!("[-{}]", op.text),
            })
            .collect::<String>()
    }

    #[test]
    fn a_changed_word_shows_as_a_deletion_and_an_insertion() {
        assert_eq!(
            show(
                "China supports the ASEAN central role",
                "China firmly supports the central role"
            ),
            "China [+firmly ]supports the [-ASEAN ]central role"
        );
    }

    #[test]
    fn chinese_is_compared_character_by_character() {
        assert_eq!(
            show(
                "中方坚定支持东盟中心地位。",
                "中方支持东盟在区域合作中的中心地位。"
            ),
            "中方[-坚定]支持东盟[+在区域合作中的]中心地位。"
        );
    }

    #[test]
    fn case_width_and_punctuation_alone_are_not_changes_of_words() {
        assert_eq!(
            show("Peace, stability.", "peace stability!"),
            "Peace, stability."
        );
        assert_eq!(show("ＲＣＥＰ协定", "RCEP协定"), "ＲＣＥＰ协定");
    }

    #[test]
    fn identical_and_empty_texts_diff_cleanly() {
        assert_eq!(show("a b c", "a b c"), "a b c");
        assert_eq!(show("", "a b"), "[+a b]");
        assert_eq!(show("a b", ""), "[-a b]");
        assert!(redline(&[], &[]).is_empty());
    }

    #[test]
    fn applying_the_script_gives_back_both_texts() {
        let (ta, tb) = (
            "the quick brown fox jumps over the lazy dog again and again",
            "a quick red fox leaps over the dog again and once more",
        );
        let ops = redline(&redline_words(ta), &redline_words(tb));
        let side = |skip: OpKind| {
            ops.iter()
                .filter(|o| o.kind != skip)
                .map(|o| o.text.as_str())
                .collect::<String>()
        };
        // The words end to end, whatever the last one's spacing.
        assert_eq!(side(OpKind::Insert).trim_end(), ta);
        assert_eq!(side(OpKind::Delete).trim_end(), tb);
    }

    #[test]
    fn huge_unrelated_texts_fall_back_without_freezing() {
        let a: String = (0..20_000).map(|i| format!("a{i} ")).collect();
        let b: String = (0..20_000).map(|i| format!("b{i} ")).collect();
        let t = std::time::Instant::now();
        let ops = redline(&redline_words(&a), &redline_words(&b));
        assert_eq!(ops.len(), 2);
        assert!(t.elapsed().as_secs() < 5);
    }
}
