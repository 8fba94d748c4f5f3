//! Byte-level pieces of the HTML scanner (`html.rs`): where a tag ends, where a raw-text
//! element's end tag is, substring search, and the decoding of a raw string (the title). Each
//! function looks at every byte it passes once, which keeps the scanner linear.

use super::entities;

/// The lower-case name of the tag whose name starts at `at`, and the index after its `>` (the
/// end of the input when it never closes). Quoted attribute values may hold `>`.
pub(super) fn tag_end(b: &[u8], at: usize) -> (String, usize) {
    let name_len = b[at..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b':'))
        .count();
    // Names we act on are short; a long one is kept as unknown without copying it.
    let name = if name_len <= 16 {
        String::from_utf8_lossy(&b[at..at + name_len]).to_ascii_lowercase()
    } else {
        String::new()
    };
    let mut i = at + name_len;
    let mut after_eq = false;
    while i < b.len() {
        match b[i] {
            b'>' => return (name, i + 1),
            b'=' => after_eq = true,
            q @ (b'"' | b'\'') if after_eq => match b[i + 1..].iter().position(|&c| c == q) {
                Some(close) => {
                    i += close + 1;
                    after_eq = false;
                }
                None => return (name, b.len()),
            },
            c if c.is_ascii_whitespace() => {}
            _ => after_eq = false,
        }
        i += 1;
    }
    (name, b.len())
}

/// Index of `</name` (any case, followed by a delimiter) at or after `from`.
pub(super) fn find_end_tag(b: &[u8], mut from: usize, name: &str) -> Option<usize> {
    while let Some(at) = find(b, from, b"</") {
        let after = at + 2 + name.len();
        if b.len() >= after
            && b[at + 2..after].eq_ignore_ascii_case(name.as_bytes())
            && b.get(after)
                .is_none_or(|c| c.is_ascii_whitespace() || matches!(c, b'>' | b'/'))
        {
            return Some(at);
        }
        from = at + 2;
    }
    None
}

/// Index of `needle` in `b` at or after `from`.
pub(super) fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let hay = b.get(from..)?;
    let first = needle[0];
    let mut i = 0;
    while let Some(p) = hay[i..].iter().position(|&c| c == first) {
        let at = i + p;
        if hay[at..].starts_with(needle) {
            return Some(from + at);
        }
        i = at + 1;
    }
    None
}

/// Entities of a raw string decoded (for the title).
pub(super) fn decode(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        match entities::reference(&rest[amp..]) {
            Some((c, used)) => {
                out.push(c);
                rest = &rest[amp + used..];
            }
            None => {
                out.push('&');
                rest = &rest[amp + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Runs of whitespace as one space, trimmed.
pub(super) fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_ends_at_the_first_unquoted_angle_bracket() {
        assert_eq!(tag_end(b"<P class='a>b'>x", 1), ("p".to_string(), 15));
        assert_eq!(tag_end(b"<a href=\"x", 1), ("a".to_string(), 10));
    }

    #[test]
    fn end_tags_are_found_in_any_case_and_only_whole() {
        let b = b"x</scripts></SCRIPT >";
        assert_eq!(find_end_tag(b, 0, "script"), Some(11));
        assert_eq!(find_end_tag(b"</scrip", 0, "script"), None);
    }

    #[test]
    fn titles_are_decoded_and_collapsed() {
        assert_eq!(collapse(&decode(" A &amp;\n  B &bogus; ")), "A & B &bogus;");
    }
}
