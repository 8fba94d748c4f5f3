//! File import end to end: encodings, refused files, Markdown, collections, duplicates at scale
//! and the warnings an imported readout gets.
//!
//! Files are built by these tests: encoded copies of the bundled seed texts (real, unchanged),
//! fictional texts written for the tests, and the clearly synthetic corpus of `core::synth`.

use readout_lens::core::collection::{Collection, Source, SourceKind};
use readout_lens::core::import::{
    import_file, merge, merge_parsed, warnings, Encoding, FileFormat, ImportError, Limits,
    ParseWarning,
};
use readout_lens::core::synth::synthetic_corpus;
use readout_lens::core::{parse, ParseOptions};

const DUNG: &str = include_str!("../data/readouts/2020-10-27-vietnam-nguyen-quoc-dung.txt");

fn import(name: &str, bytes: &[u8]) -> Result<Vec<Source>, ImportError> {
    import_file(name, bytes, &Limits::default())
        .map(|f| f.sources)
        .map_err(|p| p.error)
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        out.extend(if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    out
}

#[test]
fn utf16_files_with_a_byte_order_mark_read_like_the_utf8_seed() {
    let opts = ParseOptions::default();
    let want = parse(DUNG, "dung.txt", &opts);
    for (big_endian, encoding) in [(false, Encoding::Utf16Le), (true, Encoding::Utf16Be)] {
        let file = import_file("dung.txt", &utf16(DUNG, big_endian), &Limits::default()).unwrap();
        assert_eq!(file.encoding, encoding);
        assert_eq!(file.note, None);
        assert_eq!(file.sources[0].text, DUNG);
        assert_eq!(file.sources[0].readout(&opts).id, want.id);
    }
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend(DUNG.as_bytes());
    let file = import_file("dung.txt", &bom, &Limits::default()).unwrap();
    assert_eq!(
        (file.encoding, file.sources[0].text.as_str()),
        (Encoding::Utf8Bom, DUNG)
    );
}

#[test]
fn a_windows_1252_file_is_read_with_a_note_to_check_it() {
    // Fictional text with the curly quotes and accents a legacy editor writes as single bytes.
    let bytes = b"Minister Jos\xe9 Ex\xe1mple met Minister Bo Sample.\n\nBoth sides called \
                  it \x93productive\x94 \x96 and agreed to meet again.";
    let file = import_file("legacy.txt", bytes, &Limits::default()).unwrap();
    assert_eq!(file.encoding, Encoding::Windows1252);
    assert!(file.note.as_deref().unwrap().contains("Windows-1252"));
    let text = &file.sources[0].text;
    assert!(text.starts_with("Minister José Exámple met"), "{text}");
    assert!(
        text.contains("\u{201C}productive\u{201D} \u{2013} and"),
        "{text}"
    );
}

#[test]
fn refused_files_say_why_in_a_sentence_naming_the_file() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    let cases: [(&str, &[u8], &str); 5] = [
        (
            "photo.png",
            png,
            "photo.png is a binary file (PNG image), not text",
        ),
        ("empty.txt", b"", "empty.txt is empty"),
        ("blank.md", b"\n  \n", "blank.md is empty"),
        (
            "report.docx",
            b"PK\x03\x04\x14\0\x06\0",
            "report.docx is a binary file (ZIP archive or Office document), not text",
        ),
        (
            "data.bin",
            b"abc\0\0\0def",
            "data.bin is a binary file, not text",
        ),
    ];
    for (name, bytes, want) in cases {
        let problem = import_file(name, bytes, &Limits::default()).unwrap_err();
        assert_eq!(problem.to_string(), want);
    }
    let small = Limits {
        max_bytes: 1024 * 1024,
    };
    let big = vec![b'a'; 1024 * 1024 + 200_000];
    let problem = import_file("big.txt", &big, &small).unwrap_err();
    assert_eq!(problem.to_string(), "big.txt is 1.2 MB; the limit is 1 MB");
    assert_eq!(
        small.check_size(5_000_000),
        Err(ImportError::TooLarge {
            bytes: 5_000_000,
            limit: 1024 * 1024
        })
    );
}

#[test]
fn a_markdown_readout_parses_without_its_markup() {
    // Written for this test; the officials are fictional.
    let md = "# Minister Ana Example Holds Talks with Minister Bo Sample\n\n\
              *3 March 2021*\n\n\
              On 3 March 2021, Minister **Ana Example** held talks with Minister Bo Sample of \
              [Samplestan](https://example.org/samplestan).\n\n\
              > Ana Example said that the two sides should _expand_ trade.\n";
    let file = import_file("talks.md", md.as_bytes(), &Limits::default()).unwrap();
    assert_eq!(file.format, FileFormat::Markdown);
    let r = file.sources[0].readout(&ParseOptions::default());
    assert_eq!(
        r.title,
        "Minister Ana Example Holds Talks with Minister Bo Sample"
    );
    assert_eq!(r.date.map(|d| d.to_string()).as_deref(), Some("2021-03-03"));
    assert!(r
        .text
        .contains("Ana Example said that the two sides should expand trade."));
    assert!(!r.text.contains(['*', '#', '[', '>']), "{}", r.text);
    // Nothing in this text tells who published it: the warning says the setting is used.
    assert_eq!(warnings(&r), vec![ParseWarning::PublisherAssumed]);
}

#[test]
fn an_exported_collection_imports_with_its_corrections_and_newer_ones_are_refused() {
    let mut corrected = Source::bundled("dung.txt", DUNG);
    corrected.corrections.title = Some("Corrected title".into());
    let json = serde_json::to_vec(&Collection::new(vec![corrected])).unwrap();
    let file = import_file("everything.json", &json, &Limits::default()).unwrap();
    assert_eq!(file.format, FileFormat::Collection);
    assert_eq!(file.sources[0].kind, SourceKind::Imported);
    assert_eq!(
        file.sources[0].readout(&ParseOptions::default()).title,
        "Corrected title"
    );

    let newer = br#"{"format":"readout-lens-collection","version":3,"readouts":[]}"#;
    assert_eq!(
        import_file("new.json", newer, &Limits::default())
            .unwrap_err()
            .to_string(),
        "new.json was made by a newer version of Readout Lens (collection version 3); this \
         version reads versions 1 to 2"
    );
    let other = br#"{"name": "something else"}"#;
    assert_eq!(
        import("other.json", other),
        Err(ImportError::NotACollection)
    );
    let broken = import("broken.json", b"{\"format\": \"readout-lens-collection\",").unwrap_err();
    assert!(
        broken.to_string().starts_with("is not valid JSON: EOF"),
        "{broken}"
    );
}

#[test]
fn thousands_of_sources_merge_with_every_duplicate_found() {
    let opts = ParseOptions::default();
    let texts = synthetic_corpus(4_000, 7);
    let source = |i: usize, name: String| Source {
        name,
        text: texts[i].clone(),
        kind: SourceKind::Imported,
        added: 0,
        publisher: None,
        corrections: Default::default(),
    };
    // 3,000 present; 2,000 incoming of which 1,000 are already present (with other page chrome
    // around them) and 100 appear twice in the import.
    let existing: Vec<Source> = (0..3_000).map(|i| source(i, format!("p{i}.txt"))).collect();
    let mut incoming: Vec<Source> = (2_000..4_000)
        .map(|i| {
            let mut s = source(i, format!("in{i}.html"));
            s.text = format!("Home > News\n\n{}\n\nPrint\n", s.text);
            s
        })
        .collect();
    incoming.extend((3_000..3_100).map(|i| source(i, format!("again{i}.txt"))));
    let report = merge(&existing, incoming.clone(), &opts);
    assert_eq!(report.added.len(), 1_000);
    assert_eq!(report.duplicates.len(), 1_100);
    let first = &report.duplicates[0];
    assert_eq!(
        (first.file.as_str(), first.present.as_str()),
        ("in2000.html", "p2000.txt")
    );
    assert_eq!(first.title, parse(&texts[2000], "", &opts).title);
    let again = report.duplicates.last().unwrap();
    assert_eq!(
        (again.file.as_str(), again.present.as_str()),
        ("again3099.txt", "in3099.html")
    );

    // With the parsed readouts at hand the outcome is the same.
    let readouts: Vec<_> = existing.iter().map(|s| s.readout(&opts)).collect();
    assert_eq!(merge_parsed(&existing, &readouts, incoming, &opts), report);

    let mut all = existing;
    report.apply(&mut all);
    assert_eq!(all.len(), 4_000);
}

#[test]
fn an_imported_text_without_date_or_speakers_is_flagged() {
    // Fictional text with no date, no headline and nobody named.
    let file = import_file(
        "notes.txt",
        b"Trade and climate were discussed at length.",
        &Limits::default(),
    )
    .unwrap();
    let r = file.sources[0].readout(&ParseOptions::default());
    let w = warnings(&r);
    assert_eq!(
        w,
        vec![
            ParseWarning::NoDate,
            ParseWarning::NoParticipants,
            ParseWarning::PublisherAssumed,
            ParseWarning::TitleDerived
        ]
    );
    assert_eq!(
        w.iter().filter(|w| w.is_essential()).count(),
        2,
        "no date and no speakers are essential"
    );
    let seed = parse(DUNG, "dung.txt", &ParseOptions::default());
    // The seed has no headline; its date is in the first sentence. Its publisher is China,
    // told by the text or taken from the setting (then the warning says so).
    assert_eq!(seed.publisher.as_deref(), Some("China"));
    let mut expected = vec![ParseWarning::TitleDerived];
    if seed.publisher_assumed {
        expected.insert(0, ParseWarning::PublisherAssumed);
    }
    assert_eq!(warnings(&seed), expected);
}

#[test]
fn a_collection_file_keeps_each_readouts_published_by_setting_and_publisher_correction() {
    // Written for this test: nothing in the text says which government issued it.
    let text = "Minister Ada Vale met Minister Tomas Brell of Norway on 2 June 2023.\n\n\
                Ada Vale said that fisheries cooperation matters.\n";
    let v2 = serde_json::json!({
        "format": "readout-lens-collection",
        "version": 2,
        "readouts": [
            { "name": "set.txt", "text": text, "kind": "imported", "publisher": "Denmark" },
            { "name": "corrected.txt", "text": text.replace("Ada", "Eva"), "publisher": "Denmark",
              "corrections": { "publisher": "Iceland" } },
        ],
    });
    let sources = import("v2.json", v2.to_string().as_bytes()).unwrap();
    assert_eq!(sources[0].publisher.as_deref(), Some("Denmark"));
    let r = sources[0].readout(&ParseOptions::default());
    assert_eq!(
        (r.publisher.as_deref(), r.publisher_assumed),
        (Some("Denmark"), true)
    );
    assert_eq!(r.participants[0].country.as_deref(), Some("Denmark"));
    assert_eq!(warnings(&r)[0], ParseWarning::PublisherAssumed);
    let r = sources[1].readout(&ParseOptions::default());
    assert_eq!(
        (r.publisher.as_deref(), r.publisher_assumed),
        (Some("Iceland"), false)
    );
    assert_eq!(r.participants[0].country.as_deref(), Some("Iceland"));
    // Written back, both survive; a version 1 file has neither and takes the default.
    let again = serde_json::to_string(&Collection::new(sources.clone())).unwrap();
    assert_eq!(import("again.json", again.as_bytes()).unwrap(), sources);
    let v1 = serde_json::json!({
        "format": "readout-lens-collection",
        "version": 1,
        "readouts": [{ "name": "old.txt", "text": text }],
    });
    let old = import("v1.json", v1.to_string().as_bytes()).unwrap();
    assert_eq!(old[0].publisher, None);
    let r = old[0].readout(&ParseOptions::default());
    assert_eq!(r.publisher.as_deref(), Some("China"));
}
