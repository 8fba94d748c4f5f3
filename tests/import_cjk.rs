//! Chinese legacy encodings on import: GBK/GB18030 and Big5 files read natively (through
//! `encoding_rs`, the native `LegacyDecoder`), told apart from each other and from
//! Windows-1252, in plain text, in HTML pages that declare their charset, and on the command
//! line. The bytes are made here by encoding texts written for these tests (fictional).

use readout_lens::core::import::{
    import_file, import_file_with, Encoding, FileFormat, Limits, NoLegacyDecoder,
};
use std::process::Command;

/// A fictional readout in simplified Chinese, written for these tests.
const SIMPLIFIED: &str = "甘书远同葡萄牙外长萨鲁通电话\n\n2021年3月3日，国务委员兼外长甘书远应约同葡萄牙外长萨鲁通电话。\n\n甘书远表示，中方坚持多边主义，愿同葡方推动两国关系发展。萨鲁说，葡方坚定奉行一个中国政策。\n";

/// The same kind of text in traditional characters (Big5 has no simplified forms).
const TRADITIONAL: &str = "甘書遠同葡萄牙外長薩魯通電話\n\n甘書遠表示，中方堅持多邊主義，願同葡方推動兩國關係發展。薩魯說，葡方堅定奉行一個中國政策。\n";

fn encode(enc: &'static encoding_rs::Encoding, text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = enc.encode(text);
    assert!(!unmappable, "the test text must fit the encoding");
    bytes.into_owned()
}

#[test]
fn a_gbk_text_file_is_read_as_chinese_with_a_note_to_check_it() {
    let bytes = encode(encoding_rs::GBK, SIMPLIFIED);
    assert!(std::str::from_utf8(&bytes).is_err());
    let file = import_file("readout.txt", &bytes, &Limits::default()).unwrap();
    assert_eq!(file.encoding, Encoding::Gb18030);
    assert_eq!(file.sources[0].text, SIMPLIFIED);
    assert!(file
        .note
        .unwrap()
        .contains("read as GB18030 (GBK) (Chinese)"));
}

#[test]
fn a_big5_text_file_is_read_as_traditional_chinese() {
    let bytes = encode(encoding_rs::BIG5, TRADITIONAL);
    let file = import_file("readout.txt", &bytes, &Limits::default()).unwrap();
    assert_eq!(file.encoding, Encoding::Big5);
    assert_eq!(file.sources[0].text, TRADITIONAL);
}

#[test]
fn gb18030_four_byte_characters_survive() {
    // 𠀀 (U+20000) is outside GBK: GB18030 writes it in four bytes.
    let text = format!("{SIMPLIFIED}附：𠀀。\n");
    let bytes = encode(encoding_rs::GB18030, &text);
    let file = import_file("readout.txt", &bytes, &Limits::default()).unwrap();
    assert_eq!(
        (file.encoding, file.sources[0].text.as_str()),
        (Encoding::Gb18030, text.as_str())
    );
}

#[test]
fn an_html_page_declaring_gb2312_is_read_without_a_guess() {
    let page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; \
                charset=gb2312\"><title>外交部</title></head><body><h1>甘书远同葡萄牙外长萨鲁通电话\
                </h1><p>2021年3月3日，甘书远同萨鲁通电话。</p></body></html>";
    let file = import_file(
        "page.htm",
        &encode(encoding_rs::GBK, page),
        &Limits::default(),
    )
    .unwrap();
    assert_eq!(
        (file.encoding, file.format, file.note),
        (Encoding::Gb18030, FileFormat::Html, None)
    );
    assert_eq!(
        file.sources[0].text,
        "甘书远同葡萄牙外长萨鲁通电话\n\n2021年3月3日，甘书远同萨鲁通电话。"
    );
}

#[test]
fn western_text_whose_accents_pair_up_stays_windows_1252() {
    // ä, ü, ß followed by letters look like double-byte pairs; as Chinese they are rare
    // characters, so the text is Western.
    let bytes = b"Die Au\xdfenminister trafen sich im Geb\xe4ude. M\xfcller und Sch\xe4fer sprachen \xfcber Handel.";
    let file = import_file("de.txt", bytes, &Limits::default()).unwrap();
    assert_eq!(file.encoding, Encoding::Windows1252);
    assert!(file.sources[0]
        .text
        .contains("Außenminister trafen sich im Gebäude. Müller"));
}

#[test]
fn without_a_decoder_a_gbk_file_says_what_it_probably_is() {
    let bytes = encode(encoding_rs::GBK, SIMPLIFIED);
    let file =
        import_file_with("readout.txt", &bytes, &Limits::default(), &NoLegacyDecoder).unwrap();
    assert_eq!(file.encoding, Encoding::Windows1252);
    assert!(file
        .note
        .unwrap()
        .contains("looks like Chinese in GBK or Big5"));
}

#[test]
fn the_command_line_reads_gbk_files_in_chinese_and_in_english() {
    // A Chinese readout, and an English one quoting Chinese (fictional, written for this
    // test), both saved as GBK.
    let english = "Minister Gan Shuyuan Holds Talks with Minister Saru\n\nOn March 3, 2021, \
                   Minister Gan Shuyuan held talks with Minister Saru. Both sides oppose the \
                   \u{201c}零和博弈\u{201d} of the past.\n";
    let dir = std::env::temp_dir().join(format!("readout-cjk-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (zh, en) = (dir.join("zh-gbk.txt"), dir.join("en-gbk.txt"));
    std::fs::write(&zh, encode(encoding_rs::GBK, SIMPLIFIED)).unwrap();
    std::fs::write(&en, encode(encoding_rs::GBK, english)).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_readout"))
        .arg("parse")
        .args([&zh, &en])
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json[0]["language"], "zh");
    let text = |i: usize| json[i]["text"].as_str().unwrap().to_string();
    assert!(text(0).contains("中方坚持多边主义"), "{}", text(0));
    assert_eq!(json[1]["language"], "en");
    // The cleaner straightens the quotes.
    assert!(
        text(1).contains("oppose the \"零和博弈\" of the past"),
        "{}",
        text(1)
    );
}
