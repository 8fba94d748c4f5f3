//! Hand-built readouts for tests (unit tests here and fixture tests in `tests/`), so the
//! analysis can be tested without depending on the parser.

use crate::core::model::{Date, Participant, Readout, Sentence, Span, Speaker};

/// A readout whose sentences are `pairs`, one paragraph each, between "Luo Zhaohui" (China,
/// `Person(0)`) and "Kim Gunn" (Republic of Korea, `Person(1)`), undated.
pub fn readout_from(pairs: &[(Speaker, &str)]) -> Readout {
    readout_with(
        "test",
        None,
        &[("Luo Zhaohui", "China"), ("Kim Gunn", "Republic of Korea")],
        pairs,
    )
}

/// A readout with its own id, date and participants `(name, country)`, published by China.
pub fn readout_with(
    id: &str,
    date: Option<Date>,
    participants: &[(&str, &str)],
    pairs: &[(Speaker, &str)],
) -> Readout {
    let mut text = String::new();
    let mut sentences = Vec::new();
    let mut paragraphs = Vec::new();
    for (i, (speaker, s)) in pairs.iter().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        let start = text.len();
        text.push_str(s);
        let span = Span::new(start, text.len());
        paragraphs.push(span);
        sentences.push(Sentence {
            span,
            paragraph: i,
            speaker: *speaker,
        });
    }
    Readout {
        id: id.to_string(),
        language: Default::default(),
        publisher: Some("China".to_string()),
        publisher_assumed: false,
        title: format!("Readout {id}"),
        title_derived: false,
        date,
        format: None,
        participants: participants
            .iter()
            .map(|(name, country)| Participant {
                name: name.to_string(),
                role: String::new(),
                country: Some(country.to_string()),
            })
            .collect(),
        text,
        paragraphs,
        sentences,
        points: vec![],
        origin: format!("{id}.txt"),
        corrected: Vec::new(),
    }
}

/// A tiny RFC 4180 reader for checking CSV exports: records of fields, quotes undoubled, CRLF
/// line ends; panics on a bare line end or an unterminated field.
pub fn read_csv(text: &str) -> Vec<Vec<String>> {
    let (mut records, mut record, mut field) = (vec![], vec![], String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF outside quotes");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, '\n') => panic!("bare LF outside quotes"),
            (false, c) => field.push(c),
        }
    }
    assert!(
        !quoted && field.is_empty() && record.is_empty(),
        "unterminated"
    );
    records
}
