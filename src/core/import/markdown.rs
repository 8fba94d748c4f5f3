//! Markdown -> plain text for the parser.
//!
//! Takes Markdown source; gives the same lines with the markup taken away: heading marks,
//! block quotes, bullet markers, rules, code fences, reference definitions, emphasis and
//! strikethrough marks, backticks, and link syntax (`[text](url)` and `![alt](url)` keep their
//! text, `<https://...>` its address). Numbered list markers stay: "1." may be a point the
//! parser should see. Raw HTML in the Markdown is left as text (it is never rendered as HTML).
//! Linear time and no memory per byte: the bracket and parenthesis look-ups reuse their last
//! answer (see `Next`), so a 20 MB line of brackets is one pass.

/// Strips Markdown syntax, keeping one line per source line (blank lines stay blank).
pub fn markdown_to_text(md: &str) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(md.len());
    let mut fence: Option<&str> = None;
    for raw in md.lines() {
        let line = raw.trim_end();
        let body = line.trim_start();
        if let Some(marker) = fence {
            if body.starts_with(marker) {
                fence = None;
            } else {
                out.extend_from_slice(line.as_bytes());
                out.push(b'\n');
            }
            continue;
        }
        if body.starts_with("```") || body.starts_with("~~~") {
            fence = Some(&body[..3]);
            continue;
        }
        if is_rule(body) || is_reference_definition(body) {
            out.push(b'\n');
            continue;
        }
        inline(block_content(body).as_bytes(), &mut out);
        out.push(b'\n');
    }
    // Only ASCII marker bytes were removed, so the output is still UTF-8.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The line without its block quote, heading and bullet markers.
fn block_content(mut line: &str) -> &str {
    while let Some(rest) = line.strip_prefix('>') {
        line = rest.trim_start();
    }
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes)
        && line[hashes..]
            .chars()
            .next()
            .is_none_or(char::is_whitespace)
    {
        let heading = line[hashes..].trim();
        // A closing run of '#' after a space is part of the syntax.
        let closing = heading.trim_end_matches('#');
        return if closing.is_empty() || closing.ends_with(' ') {
            closing.trim_end()
        } else {
            heading
        };
    }
    for bullet in ["- ", "* ", "+ "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            let rest = rest.trim_start();
            return ["[ ] ", "[x] ", "[X] "]
                .iter()
                .find_map(|task| rest.strip_prefix(task))
                .unwrap_or(rest);
        }
    }
    line
}

/// `---`, `***`, `___` (three or more, spaces allowed) and setext underlines `===`.
fn is_rule(line: &str) -> bool {
    let marks: Vec<u8> = line.bytes().filter(|b| *b != b' ').collect();
    marks.len() >= 3
        && (marks.iter().all(|&b| b == b'-')
            || marks.iter().all(|&b| b == b'*')
            || marks.iter().all(|&b| b == b'_')
            || marks.iter().all(|&b| b == b'='))
}

/// `[label]: https://...`
fn is_reference_definition(line: &str) -> bool {
    line.starts_with('[')
        && line
            .find("]:")
            .is_some_and(|i| !line[1..i].contains(']') && !line[i + 2..].trim().is_empty())
}

/// Inline markup of one line, written to `out`.
fn inline(b: &[u8], out: &mut Vec<u8>) {
    let mut seek = Seek::default();
    // Open links: where their text ends and where the link syntax after it ends.
    let mut jumps: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if let Some(&(at, to)) = jumps.last() {
            // `>=`: an escaped `\]` may step over the closing bracket.
            if i >= at {
                jumps.pop();
                i = to;
                continue;
            }
        }
        let c = b[i];
        match c {
            b'\\' if b.get(i + 1).is_some_and(u8::is_ascii_punctuation) => {
                out.push(b[i + 1]);
                i += 2;
            }
            b'`' => i += 1,
            b'!' if b.get(i + 1) == Some(&b'[') && link_end(b, i + 1, &mut seek).is_some() => {
                i += 1;
            }
            b'[' => match link_end(b, i, &mut seek) {
                Some(jump) if jumps.last().is_none_or(|&(at, _)| jump.0 < at) => {
                    jumps.push(jump);
                    i += 1;
                }
                _ => {
                    out.push(c);
                    i += 1;
                }
            },
            b'<' => match autolink(b, i) {
                Some(end) => {
                    out.extend_from_slice(&b[i + 1..end]);
                    i = end + 1;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            },
            b'*' | b'_' | b'~' => {
                let run = b[i..].iter().take_while(|&&x| x == c).count();
                if is_emphasis(b, i, run, c) {
                    i += run;
                } else {
                    out.extend_from_slice(&b[i..i + run]);
                    i += run;
                }
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
}

/// Finds the next byte of a kind at or after a position. The positions asked grow, so the last
/// answer is reused while it lies ahead and a new search starts where the last one ended:
/// every byte of the line is scanned at most once per finder, whatever the brackets.
#[derive(Default)]
struct Next {
    /// (searched from, result) of the last search.
    last: Option<(usize, Option<usize>)>,
}

impl Next {
    fn find(&mut self, b: &[u8], byte: u8, at: usize) -> Option<usize> {
        if let Some((from, found)) = self.last {
            if at >= from {
                match found {
                    None => return None,
                    Some(f) if f >= at => return Some(f),
                    Some(_) => {}
                }
            }
        }
        let found = b.get(at..)?.iter().position(|&c| c == byte).map(|p| at + p);
        self.last = Some((at, found));
        found
    }
}

/// One finder per kind of question asked by [`link_end`], so each is asked growing positions.
#[derive(Default)]
struct Seek {
    close: Next,
    reference: Next,
    paren: Next,
}

/// For `[` at `i`: (index of the closing `]`, index after the link's target) when this is a
/// link: `[text](target)`, `[text][ref]` or `[text][]`.
fn link_end(b: &[u8], i: usize, seek: &mut Seek) -> Option<(usize, usize)> {
    let close = seek.close.find(b, b']', i + 1)?;
    match b.get(close + 1) {
        Some(b'(') => {
            let end = seek.paren.find(b, b')', close + 2)?;
            Some((close, end + 1))
        }
        Some(b'[') => {
            let end = seek.reference.find(b, b']', close + 2)?;
            Some((close, end + 1))
        }
        _ => None,
    }
}

/// For `<` at `i`: the index of the `>` of `<https://...>`, `<http://...>` or `<mailto:...>`.
fn autolink(b: &[u8], i: usize) -> Option<usize> {
    let rest = &b[i + 1..];
    let scheme = [&b"https://"[..], b"http://", b"mailto:"]
        .iter()
        .any(|s| rest.len() >= s.len() && rest[..s.len()].eq_ignore_ascii_case(s));
    if !scheme {
        return None;
    }
    let len = rest
        .iter()
        .position(|&c| c == b'>' || c.is_ascii_whitespace() || c == b'<')?;
    (rest[len] == b'>').then_some(i + 1 + len)
}

/// Whether a run of `*`, `_` or `~` is emphasis markup rather than text: it must touch a word
/// on one side, `_` must not sit inside a word (snake_case), and `~` needs two.
fn is_emphasis(b: &[u8], i: usize, run: usize, c: u8) -> bool {
    let before = i.checked_sub(1).map(|p| b[p]);
    let after = b.get(i + run).copied();
    let space = |x: Option<u8>| x.is_none_or(|x| x.is_ascii_whitespace());
    let word = |x: Option<u8>| x.is_some_and(|x| x.is_ascii_alphanumeric() || x >= 0x80);
    if space(before) && space(after) {
        return false;
    }
    match c {
        b'_' => !(word(before) && word(after)),
        b'~' => run >= 2,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_quotes_bullets_and_rules_lose_their_marks() {
        let md = "# Minister A Meets Minister B #\n\n> Quoted line\n- item one\n* item two\n\n---\n\n1. First point";
        assert_eq!(
            markdown_to_text(md),
            "Minister A Meets Minister B\n\nQuoted line\nitem one\nitem two\n\n\n\n1. First point\n"
        );
    }

    #[test]
    fn emphasis_code_and_links_keep_only_their_text() {
        assert_eq!(
            markdown_to_text("**Both** sides _agreed_ to `meet` [again](https://example.org/a \"t\") ~~not~~ ![map](m.png)."),
            "Both sides agreed to meet again not map.\n"
        );
        assert_eq!(
            markdown_to_text("See [the readout][1].\n[1]: https://example.org"),
            "See the readout.\n\n"
        );
        assert_eq!(
            markdown_to_text("Source: <https://example.org/x>"),
            "Source: https://example.org/x\n"
        );
    }

    #[test]
    fn text_that_only_looks_like_markup_stays() {
        assert_eq!(
            markdown_to_text("snake_case_name, 2 * 3, [not a link], a < b, \\*literal\\*"),
            "snake_case_name, 2 * 3, [not a link], a < b, *literal*\n"
        );
    }

    #[test]
    fn fenced_code_is_kept_without_its_fences() {
        assert_eq!(
            markdown_to_text("```text\nkept *as is*\n```\nafter"),
            "kept *as is*\nafter\n"
        );
    }

    #[test]
    fn a_link_text_with_no_closing_parenthesis_after_it_is_text() {
        // Found by tests/import_fuzz.rs: the missing ')' overflowed an index.
        assert_eq!(markdown_to_text("[a](b"), "[a](b\n");
        assert_eq!(markdown_to_text("x [a][b"), "x [a][b\n");
    }

    #[test]
    fn runs_of_brackets_stay_linear_and_intact() {
        let s = "[".repeat(10_000) + &"(".repeat(10_000);
        assert_eq!(markdown_to_text(&s).len(), 20_001);
        // Megabytes on one line: one pass, no table per byte (a quadratic scan would not end).
        let s = "[a][".repeat(500_000) + &"x](".repeat(500_000);
        let out = markdown_to_text(&s);
        assert!(out.starts_with("a[a[a") && out.ends_with("x](x](\n"));
        let s = "[a](b".repeat(400_000);
        assert_eq!(markdown_to_text(&s), s + "\n");
    }
}
