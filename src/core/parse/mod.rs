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

use crate::core::model::*;
use lang::{en::EN, zh::ZH, Lang};

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
    let (mut han, mut letters) = (0u32, 0u32);
    for c in scan::prefix(text, 64 * 1024).chars() {
        if is_han(c) {
            han += 1;
            letters += 1;
        } else if c.is_alphabetic() {
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

fn id_of(cleaned: &str) -> String {
    format!("{:016x}", scan::fnv1a64(cleaned))
}

/// Parses one readout with the tables of `lang`.
pub fn parse_with(text: &str, origin: &str, opts: &ParseOptions, lang: &Lang) -> Readout {
    parse_lang(text, origin, opts, lang, detect_language(text))
}

fn parse_lang(
    text: &str,
    origin: &str,
    opts: &ParseOptions,
    lang: &Lang,
    language: Language,
) -> Readout {
    let cleaned = clean::clean(text, lang);
    let text = cleaned.text;
    let front = header::front(&text, &cleaned.paragraphs, lang);

    let mut paragraphs = Vec::new();
    let mut spans = Vec::new();
    let mut sentences: Vec<(Span, usize)> = Vec::new();
    for (i, &p) in cleaned.paragraphs.iter().enumerate() {
        if front.skip.get(i).copied().unwrap_or(false) {
            continue;
        }
        spans.clear();
        (lang.script.sentences)(&text, p, lang, &mut spans);
        sentences.extend(spans.iter().map(|&s| (s, paragraphs.len())));
        paragraphs.push(p);
    }

    let body_start = paragraphs.first().map_or(text.len(), |p: &Span| p.start);
    let input = header::Input {
        headline: front.headline.map(|h| h.of(&text)),
        date_line: front.date,
        dateline: front.dateline,
        first: sentences.iter().take(4).map(|s| s.0.of(&text)).collect(),
        body: &text[body_start..],
        clues: &cleaned.clues,
    };
    let head = header::header(input, opts, lang);
    let mut people = attribute::People::new(
        &head.participants,
        head.genders.clone(),
        head.publisher.as_deref(),
        lang,
    );
    let attr = attribute::attribute(&text, &sentences, &mut people, &head.narration, lang);
    let points = points::points(&text, &sentences, &attr, lang);
    Readout {
        id: id_of(&text),
        language,
        publisher: head.publisher,
        publisher_assumed: head.publisher_assumed,
        title: head.title,
        title_derived: head.title_derived,
        date: head.date,
        format: head.format,
        participants: head.participants,
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
        text,
        origin: origin.to_string(),
        corrected: Vec::new(),
    }
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
    fn empty_input_gives_an_empty_readout() {
        let r = parse("", "x", &ParseOptions::default());
        assert!(r.sentences.is_empty() && r.participants.is_empty() && r.date.is_none());
    }
}
