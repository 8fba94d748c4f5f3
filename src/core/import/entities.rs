//! HTML character references: `&amp;`, `&#8217;`, `&#x201C;` -> the character.
//!
//! Takes the text at an `&`; gives the character and how many bytes the reference used. The
//! named table holds what readout pages use (Latin-1, typographic punctuation, a few symbols),
//! not all 2,231 HTML names: an unknown name stays as written, which is what a reader would
//! want from a typo anyway. Every scan is bounded, so a run of `&` stays linear.

/// Longest name looked up; longer runs are not a reference.
const MAX_NAME: usize = 32;

/// The character `s` (which starts with `&`) refers to and the bytes used, or `None` when it is a
/// plain ampersand.
pub(super) fn reference(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        return numeric(b);
    }
    let name_len = b[1..]
        .iter()
        .take(MAX_NAME + 1)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if name_len == 0 || name_len > MAX_NAME {
        return None;
    }
    let name = &s[1..1 + name_len];
    if b.get(1 + name_len) == Some(&b';') {
        return named(name).map(|c| (c, name_len + 2));
    }
    // The few references browsers also accept without the semicolon.
    ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]
        .iter()
        .find(|legacy| name.starts_with(*legacy))
        .and_then(|legacy| named(legacy).map(|c| (c, legacy.len() + 1)))
}

/// `&#8217;` or `&#x2019;`, semicolon optional. Out-of-range, NUL and surrogate values give
/// U+FFFD; 0x80-0x9F give the Windows-1252 character, as browsers do.
fn numeric(b: &[u8]) -> Option<(char, usize)> {
    let hex = matches!(b.get(2), Some(b'x' | b'X'));
    let start = if hex { 3 } else { 2 };
    let radix = if hex { 16 } else { 10 };
    let digits = b[start..]
        .iter()
        .take(9)
        .take_while(|c| c.is_ascii_digit() || (hex && c.is_ascii_hexdigit()))
        .count();
    if digits == 0 {
        return None;
    }
    let text = std::str::from_utf8(&b[start..start + digits]).ok()?;
    let value = u32::from_str_radix(text, radix).unwrap_or(u32::MAX);
    let mut used = start + digits;
    if b.get(used) == Some(&b';') {
        used += 1;
    }
    let c = match value {
        // As browsers do (HTML's numeric character reference rules): the Windows-1252 character.
        0x80..=0x9F => super::decode::windows_1252(value as u8),
        0 => '\u{FFFD}',
        v => char::from_u32(v).unwrap_or('\u{FFFD}'),
    };
    Some((c, used))
}

// A table more than a function: one arm per entity name, long because the list is.
fn named(name: &str) -> Option<char> {
    let c = match name {
        "amp" | "AMP" => '&',
        "lt" | "LT" => '<',
        "gt" | "GT" => '>',
        "quot" | "QUOT" => '"',
        "apos" => '\'',
        "nbsp" => '\u{A0}',
        "ensp" => '\u{2002}',
        "emsp" => '\u{2003}',
        "thinsp" => '\u{2009}',
        "zwsp" | "ZeroWidthSpace" => '\u{200B}',
        "zwnj" => '\u{200C}',
        "zwj" => '\u{200D}',
        "shy" => '\u{AD}',
        "ndash" => '\u{2013}',
        "mdash" => '\u{2014}',
        "minus" => '\u{2212}',
        "lsquo" => '\u{2018}',
        "rsquo" => '\u{2019}',
        "sbquo" => '\u{201A}',
        "ldquo" => '\u{201C}',
        "rdquo" => '\u{201D}',
        "bdquo" => '\u{201E}',
        "laquo" => '\u{AB}',
        "raquo" => '\u{BB}',
        "lsaquo" => '\u{2039}',
        "rsaquo" => '\u{203A}',
        "hellip" => '\u{2026}',
        "bull" => '\u{2022}',
        "middot" => '\u{B7}',
        "prime" => '\u{2032}',
        "Prime" => '\u{2033}',
        "dagger" => '\u{2020}',
        "Dagger" => '\u{2021}',
        "sect" => '\u{A7}',
        "para" => '\u{B6}',
        "copy" => '\u{A9}',
        "reg" => '\u{AE}',
        "trade" => '\u{2122}',
        "deg" => '\u{B0}',
        "plusmn" => '\u{B1}',
        "times" => '\u{D7}',
        "divide" => '\u{F7}',
        "frac12" => '\u{BD}',
        "frac14" => '\u{BC}',
        "frac34" => '\u{BE}',
        "sup1" => '\u{B9}',
        "sup2" => '\u{B2}',
        "sup3" => '\u{B3}',
        "ordf" => '\u{AA}',
        "ordm" => '\u{BA}',
        "micro" => '\u{B5}',
        "cent" => '\u{A2}',
        "pound" => '\u{A3}',
        "euro" => '\u{20AC}',
        "yen" => '\u{A5}',
        "curren" => '\u{A4}',
        "iexcl" => '\u{A1}',
        "iquest" => '\u{BF}',
        "brvbar" => '\u{A6}',
        "uml" => '\u{A8}',
        "acute" => '\u{B4}',
        "cedil" => '\u{B8}',
        "macr" => '\u{AF}',
        "not" => '\u{AC}',
        "szlig" => '\u{DF}',
        "AElig" => '\u{C6}',
        "aelig" => '\u{E6}',
        "OElig" => '\u{152}',
        "oelig" => '\u{153}',
        "Oslash" => '\u{D8}',
        "oslash" => '\u{F8}',
        "ETH" => '\u{D0}',
        "eth" => '\u{F0}',
        "THORN" => '\u{DE}',
        "thorn" => '\u{FE}',
        "Scaron" => '\u{160}',
        "scaron" => '\u{161}',
        "Zcaron" => '\u{17D}',
        "zcaron" => '\u{17E}',
        "Yuml" => '\u{178}',
        "yuml" => '\u{FF}',
        "fnof" => '\u{192}',
        "circ" => '\u{2C6}',
        "tilde" => '\u{2DC}',
        _ => return accented(name),
    };
    Some(c)
}

/// `Eacute`, `uuml`, `ccedil`, `atilde`... : a letter and a diacritic name.
fn accented(name: &str) -> Option<char> {
    let (letter, mark) = name.split_at(1.min(name.len()));
    let l = letter.chars().next()?;
    // Each row: the diacritic, then the base letters it applies to and their characters.
    const TABLE: &[(&str, &str, &str)] = &[
        ("grave", "AEIOUaeiou", "ÀÈÌÒÙàèìòù"),
        ("acute", "AEIOUYaeiouy", "ÁÉÍÓÚÝáéíóúý"),
        ("circ", "AEIOUaeiou", "ÂÊÎÔÛâêîôû"),
        ("tilde", "ANOano", "ÃÑÕãñõ"),
        ("uml", "AEIOUaeiouy", "ÄËÏÖÜäëïöüÿ"),
        ("ring", "Aa", "Åå"),
        ("cedil", "Cc", "Çç"),
    ];
    let (_, bases, chars) = TABLE.iter().find(|(m, _, _)| *m == mark)?;
    let i = bases.chars().position(|b| b == l)?;
    chars.chars().nth(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_numeric_and_hex_references_decode() {
        assert_eq!(reference("&amp;x"), Some(('&', 5)));
        assert_eq!(reference("&rsquo;s"), Some(('\u{2019}', 7)));
        assert_eq!(reference("&#8220;"), Some(('\u{201C}', 7)));
        assert_eq!(reference("&#x201d;"), Some(('\u{201D}', 8)));
        assert_eq!(reference("&eacute;"), Some(('é', 8)));
        assert_eq!(reference("&Uuml;"), Some(('Ü', 6)));
        assert_eq!(reference("&ccedil;"), Some(('ç', 8)));
    }

    #[test]
    fn bad_values_become_the_replacement_character() {
        assert_eq!(reference("&#0;"), Some(('\u{FFFD}', 4)));
        assert_eq!(reference("&#xD800;"), Some(('\u{FFFD}', 8)));
        assert_eq!(reference("&#99999999999;"), Some(('\u{FFFD}', 11)));
        assert_eq!(reference("&#150;"), Some(('\u{2013}', 6)));
    }

    #[test]
    fn plain_ampersands_and_unknown_names_stay_as_written() {
        assert_eq!(reference("& "), None);
        assert_eq!(reference("&unknownname;"), None);
        assert_eq!(reference("&#;"), None);
        assert_eq!(reference("&ampx"), Some(('&', 4)));
        assert_eq!(reference(&format!("&{};", "a".repeat(40))), None);
    }
}
