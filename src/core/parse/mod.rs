//! Raw readout text -> [`Readout`], in stages.
//!
//! ```text
//!  raw text -> clean -> segment -> header -> attribute -> points -> Readout
//! ```
//! Each stage is a private module that says at its top what it takes and gives; the words of
//! the language (reporting verbs, months, countries, page chrome...) are tables in [`lang`], so
//! the stages hold no English. Every function is total: any input, however broken, gives a
//! `Readout` and never a panic, in time linear in its length.

mod attribute;
mod clean;
mod date;
pub mod export;
mod header;
pub mod lang;
mod lead;
mod people;
mod points;
mod roles;
mod scan;
mod segment;
mod zh;

use crate::core::hant;
use crate::core::model::*;
use lang::{en::EN, zh::ZH, Lang};
use std::borrow::Cow;

/// Settings of the parser that are not facts about one readout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseOptions {
    /// The publisher to assume when the text does not tell (the user's setting at import, or
    /// `--publisher`): a canonical country name. Its own officials get this country.
    pub publisher: Option<String>,
    /// The publisher the user stated for this readout (a correction): it wins over whatever
    /// the text tells, and its own officials take its country.
    pub publisher_correction: Option<String>,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            publisher: Some("China".to_string()),
            publisher_correction: None,
        }
    }
}

/// Share of Han characters among the letters of a text above which it is Chinese. A Chinese
/// readout quoting English names stays far above it; an English one quoting 提法 far below.
const HAN_SHARE: f32 = 0.3;

/// The language of `text`: Chinese when Han characters make up a large share of its letters
/// (the first 64 KB are enough to tell), else English.
pub fn detect_language(text: &str) -> Language {
    let head = scan::prefix(text, 64 * 1024);
    // Every readout is asked, and most English ones are all ASCII: no Han character, whatever
    // the letters. Otherwise ASCII letters are counted byte by byte, other characters decoded.
    if head.is_ascii() {
        return Language::English;
    }
    // A text without a Han character is English whatever its letters: most English readouts
    // outside ASCII hold curly quotes, dashes and accented names, none of them led by the
    // bytes that lead a Han character. Those are looked for eight bytes at a time; only a text
    // that has one has its letters counted.
    if !scan::may_hold_han(head.as_bytes()) {
        return Language::English;
    }
    let mut letters = head.bytes().filter(u8::is_ascii_alphabetic).count() as u32;
    let mut han = 0u32;
    for c in head.chars().filter(|c| !c.is_ascii()) {
        if is_han(c) {
            han += 1;
            letters += 1;
        } else if is_letter(c) {
            letters += 1;
        }
    }
    if letters > 0 && han as f32 > HAN_SHARE * letters as f32 {
        Language::Chinese
    } else {
        Language::English
    }
}

/// CJK unified ideographs (with extension A and the compatibility block).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// `c.is_alphabetic()`, with ASCII and the punctuation of every Chinese sentence (，。、“”：
/// （）…) told without the Unicode tables: a Chinese text asks for each of its characters.
pub fn is_letter(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphabetic(),
        '\u{2010}'..='\u{2027}'
        | '\u{3000}'..='\u{3004}'
        | '\u{3008}'..='\u{3020}'
        | '\u{FF01}'..='\u{FF0F}'
        | '\u{FF1A}'..='\u{FF20}' => false,
        _ => c.is_alphabetic(),
    }
}

/// The tables for a language.
pub fn lang_of(language: Language) -> &'static Lang {
    match language {
        Language::English => &EN,
        Language::Chinese => &ZH,
    }
}

/// Parses one readout with the tables of its language (told by [`detect_language`]). Never
/// panics, whatever the input.
pub fn parse(text: &str, origin: &str, opts: &ParseOptions) -> Readout {
    let language = detect_language(text);
    parse_as(text, origin, opts, language, language)
}

/// Parses one readout as written in `language` (a user's correction of the language). The id
/// stays the one [`parse`] gives, whatever the language: corrections are kept by it.
pub fn parse_in(text: &str, origin: &str, opts: &ParseOptions, language: Language) -> Readout {
    parse_as(text, origin, opts, language, detect_language(text))
}

/// Parses as `language` a text whose language was told as `detected` (each told once: the
/// count of Han characters reads the whole text).
fn parse_as(
    text: &str,
    origin: &str,
    opts: &ParseOptions,
    language: Language,
    detected: Language,
) -> Readout {
    let mut r = parse_lang(text, origin, opts, lang_of(language), language);
    if language != detected {
        r.id = readout_id(text);
    }
    r
}

/// The [`Readout::id`] `text` would get from [`parse`], at the cost of the cleaning stage only
/// (duplicate checks on import need the identity, not the parse).
pub fn readout_id(text: &str) -> String {
    id_of(&clean::clean(text, lang_of(detect_language(text))).text)
}

/// The hash in 16 lowercase hex digits, as `format!("{:016x}")` writes it (without the
/// formatter's machinery: every parse asks once).
fn id_of(cleaned: &str) -> String {
    let h = scan::fnv1a64(cleaned);
    let digit = |k: u32| char::from_digit(((h >> (4 * k)) & 0xf) as u32, 16).unwrap_or('0');
    (0..16).rev().map(digit).collect()
}

/// Parses one readout with the tables of `lang`.
pub fn parse_with(text: &str, origin: &str, opts: &ParseOptions, lang: &Lang) -> Readout {
    parse_lang(text, origin, opts, lang, detect_language(text))
}

/// The stages in the order they run, from the cleaned text to the readout: kept in one function
/// (over 80 lines) so the pipeline reads top to bottom.
fn parse_lang(
    text: &str,
    origin: &str,
    opts: &ParseOptions,
    lang: &Lang,
    language: Language,
) -> Readout {
    let cleaned = clean::clean(text, lang);
    let shown = cleaned.text;
    // Traditional characters are read as their simplified forms (the tables' wording); the
    // folded text has the offsets of the text as written, so every span holds for both.
    let folded = hant::fold_str(&shown);
    let text: &str = &folded;
    let front = header::front(text, &cleaned.paragraphs, lang);

    // Sized once: a readout's sentences take 60 bytes or more each.
    let mut paragraphs = Vec::with_capacity(cleaned.paragraphs.len());
    let mut spans = Vec::with_capacity(16);
    let mut sentences: Vec<(Span, usize)> = Vec::with_capacity(text.len() / 60 + 1);
    for (i, &p) in cleaned.paragraphs.iter().enumerate() {
        if front.skip.get(i).copied().unwrap_or(false) {
            continue;
        }
        spans.clear();
        (lang.script.sentences)(text, p, lang, &mut spans);
        sentences.extend(spans.iter().map(|&s| (s, paragraphs.len())));
        paragraphs.push(p);
    }

    let body_start = paragraphs.first().map_or(text.len(), |p: &Span| p.start);
    // The text's words, split once: the header's publisher reads the body's, each cue its
    // sentence's (a script with its own stages reads none).
    let words = lang.script.stages.is_none().then(|| lang.words(text));
    let input = header::Input {
        headline: front.headline.map(|h| h.of(text)),
        date_line: front.date,
        dateline: front.dateline,
        first: sentences.iter().take(4).map(|s| s.0.of(text)).collect(),
        body: &text[body_start..],
        body_words: words.as_deref().map(|w| (w, body_start)),
        clues: &cleaned.clues,
    };
    let head = header::header(input, opts, lang);
    // "SEOUL, April 9 (Yonhap) --", "HÀ NỘI —": the place line that opens the body is no part
    // of its first sentence (the header has read its date from it); the page shows it before.
    if let (Some(w), Some(first)) = (words.as_deref(), sentences.first_mut()) {
        first.0.start = lead::after_place_line(first.0, w, lang);
    }
    let mut people = attribute::People::new(
        &head.participants,
        head.genders.clone(),
        head.publisher.as_deref(),
    );
    let attr = attribute::attribute(
        text,
        &sentences,
        words.as_deref(),
        &mut people,
        &head.narration,
        lang,
    );
    let points = points::points(text, &sentences, &attr, lang);
    let (mut title, mut participants) = (head.title, head.participants);
    if let Cow::Owned(folded) = &folded {
        shown_forms(
            &mut title,
            head.title_derived,
            &mut participants,
            &shown,
            folded,
        );
    }
    Readout {
        id: id_of(&shown),
        language,
        publisher: head.publisher,
        publisher_assumed: head.publisher_assumed,
        title,
        title_derived: head.title_derived,
        date: head.date,
        format: head.format,
        participants,
        paragraphs,
        sentences: sentences
            .iter()
            .zip(&attr)
            .map(|(&(span, paragraph), a)| Sentence {
                span,
                paragraph,
                speaker: a.speaker,
            })
            .collect(),
        points,
        text: shown,
        origin: origin.to_string(),
        corrected: Vec::new(),
    }
}

/// Names, roles and the title as the text writes them, for a text read through its folded
/// form (traditional characters): each is found in the folded text and given back from the
/// same bytes of the text as written. A derived title is the parser's own words: they take
/// their traditional forms, and the names in it their forms as written.
fn shown_forms(
    title: &mut String,
    derived: bool,
    participants: &mut [Participant],
    shown: &str,
    folded: &str,
) {
    let written = |s: &str| hant::shown_form(s, shown, folded);
    if derived && folded.find(title.trim_end_matches('…')).is_none() {
        let mut pieces: Vec<(String, String)> = Vec::new();
        for p in participants.iter() {
            for s in [&p.name, &p.role].into_iter().filter(|s| !s.is_empty()) {
                pieces.push((s.clone(), written(s)));
            }
        }
        *title = in_traditional(title, &pieces);
    } else {
        let cut = title.trim_end_matches('…').len();
        let ellipsis = title[cut..].to_string();
        *title = written(&title[..cut]) + &ellipsis;
    }
    for p in participants.iter_mut() {
        p.name = written(&p.name);
        p.role = written(&p.role);
    }
}

/// `s` with each of `pieces` (folded form, form as written) replaced, longest first at each
/// position, and every other character in its traditional form.
fn in_traditional(s: &str, pieces: &[(String, String)]) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        let piece = pieces
            .iter()
            .filter(|p| rest.starts_with(p.0.as_str()))
            .max_by_key(|p| p.0.len());
        match piece {
            Some((from, to)) => {
                out.push_str(to);
                rest = &rest[from.len()..];
            }
            None => {
                out.push(hant::to_traditional(c));
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_id_is_a_stable_hash_of_the_cleaned_text() {
        let a = parse("Luo met Kim.", "a", &ParseOptions::default());
        let b = parse("  Luo met Kim.\r\n\r\nPrint", "b", &ParseOptions::default());
        assert_eq!(a.id, b.id);
        assert_eq!(a.id.len(), 16);
        assert_eq!(readout_id("  Luo met Kim.\r\n\r\nPrint"), a.id);
    }

    #[test]
    fn the_language_is_told_by_the_share_of_han_characters() {
        assert_eq!(detect_language("Luo met Kim."), Language::English);
        assert_eq!(detect_language(""), Language::English);
        assert_eq!(
            detect_language("2021年3月3日，国务委员兼外长王明同挪威外交大臣Ingrid Solvang通电话。"),
            Language::Chinese
        );
        assert_eq!(
            detect_language("Both sides oppose the \"零和博弈\" of the past, said Luo Zhaohui."),
            Language::English
        );
    }

    #[test]
    fn a_chinese_readout_is_read_with_the_chinese_tables_and_tells_its_publisher() {
        let text = "2021年3月3日，国务委员兼外长田墨白应约同挪威外交大臣索尔旺通电话。\n\n索尔旺表示，挪方愿意合作。";
        let opts = ParseOptions {
            publisher: Some("United States".into()),
            publisher_correction: None,
        };
        let r = parse(text, "zh", &opts);
        assert_eq!(r.language, Language::Chinese);
        assert_eq!(r.publisher.as_deref(), Some("China"));
        assert!(!r.publisher_assumed);
        assert_eq!(r.participants[0].country.as_deref(), Some("China"));
        assert_eq!(r.sentences[1].speaker, Speaker::Person(1));
    }

    #[test]
    fn a_corrected_language_picks_the_tables_and_keeps_the_id() {
        // Mostly Latin script, so detected as English; the user says it is Chinese.
        let text = "Readout (draft, pinyin notes): 田墨白表示，“好”。";
        let as_detected = parse(text, "x", &ParseOptions::default());
        let corrected = parse_in(text, "x", &ParseOptions::default(), Language::Chinese);
        assert_eq!(as_detected.language, Language::English);
        assert_eq!(corrected.language, Language::Chinese);
        assert_eq!(corrected.id, as_detected.id);
        assert!(
            corrected.text.contains('“'),
            "Chinese keeps its curly quotes"
        );
    }

    #[test]
    fn a_traditional_readout_parses_as_its_simplified_twin_and_shows_as_written() {
        let simplified = "2021年3月3日，外交部长田墨白应约同挪威外交大臣索尔旺通电话。\n\n索尔旺表示，挪方愿同中方加强合作。\n\n双方同意保持沟通。";
        let traditional = "2021年3月3日，外交部長田墨白應約同挪威外交大臣索爾旺通電話。\n\n索爾旺表示，挪方願同中方加強合作。\n\n雙方同意保持溝通。";
        let opts = ParseOptions::default();
        let (s, t) = (
            parse(simplified, "s", &opts),
            parse(traditional, "t", &opts),
        );
        assert_eq!(t.text, traditional, "the text is shown as written");
        assert_eq!((t.date, t.format), (s.date, s.format));
        let spans = |r: &Readout| {
            r.sentences
                .iter()
                .map(|x| (x.span, x.speaker))
                .collect::<Vec<_>>()
        };
        assert_eq!(spans(&t), spans(&s), "same sentences, same speakers");
        let who = |r: &Readout| {
            r.participants
                .iter()
                .map(|p| (p.name.clone(), p.role.clone(), p.country.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            who(&t),
            vec![
                ("田墨白".into(), "外交部長".into(), Some("China".into())),
                ("索爾旺".into(), "外交大臣".into(), Some("Norway".into())),
            ]
        );
        assert_eq!(s.title, "田墨白同挪威外交大臣索尔旺通电话");
        assert_eq!(
            t.title, "田墨白同挪威外交大臣索爾旺通電話",
            "derived in traditional"
        );
        assert_ne!(t.id, s.id, "the id hashes the text as written");
    }

    #[test]
    fn is_letter_agrees_with_the_unicode_tables() {
        let ranges = [0..0x250, 0x2000..0x2100, 0x3000..0x3100, 0xFE00..0x10000];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn empty_input_gives_an_empty_readout() {
        let r = parse("", "x", &ParseOptions::default());
        assert!(r.sentences.is_empty() && r.participants.is_empty() && r.date.is_none());
    }
}
