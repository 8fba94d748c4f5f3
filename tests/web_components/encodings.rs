//! Component tests of the browser's side of the encoding seam: Chinese files in GBK and Big5
//! read through the browser's own `TextDecoder`. The sentences are fictional, written for
//! these tests, and were encoded natively.

use super::*;

/// Bytes of a hex string (the GBK and Big5 test files below were encoded natively).
fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

/// A fictional sentence written for these tests, "甘书远表示，中方坚持多边主义，愿同葡方推动两国关系
/// 发展。", in GBK; and "甘書遠表示，中方堅持多邊主義。" in Big5.
const GBK_SENTENCE: &str = "b8cacae9d4b6b1edcabea3acd6d0b7bdbce1b3d6b6e0b1dfd6f7d2e5a3acd4b8cdacc6cfb7bdcdc6b6afc1bdb9fab9d8cfb5b7a2d5b9a1a3";
const BIG5_SENTENCE: &str = "a5ccaed1bbb7aaeda5dca141a4a4a4e8b0edabf9a668c3e4a544b871a143";

#[wasm_bindgen_test]
fn the_browsers_text_decoder_reads_gbk_and_big5_for_the_core() {
    use readout_lens::core::import::{import_file_with, Encoding, Limits};
    use readout_lens::ui::text_decoder::BrowserDecoder;
    let gbk = import_file_with(
        "gbk.txt",
        &hex(GBK_SENTENCE),
        &Limits::default(),
        &BrowserDecoder,
    )
    .unwrap();
    assert_eq!(gbk.encoding, Encoding::Gb18030);
    assert_eq!(
        gbk.sources[0].text,
        "甘书远表示，中方坚持多边主义，愿同葡方推动两国关系发展。"
    );
    let big5 = import_file_with(
        "big5.txt",
        &hex(BIG5_SENTENCE),
        &Limits::default(),
        &BrowserDecoder,
    )
    .unwrap();
    assert_eq!(
        (big5.encoding, big5.sources[0].text.as_str()),
        (Encoding::Big5, "甘書遠表示，中方堅持多邊主義。")
    );
}

#[wasm_bindgen_test]
async fn a_gbk_file_dropped_on_the_importer_is_added_as_chinese_with_a_note() {
    use readout_lens::ui::importer::Importer;
    with_executor();
    let corpus = Corpus::bundled();
    let importer = Importer::new(corpus);
    let bytes = js_sys::Uint8Array::from(hex(GBK_SENTENCE).as_slice());
    let parts = js_sys::Array::of1(&bytes);
    let file = web_sys::File::new_with_u8_array_sequence(&parts, "gbk.txt").unwrap();
    importer.files(vec![file]);
    while importer.busy() || corpus.loading() {
        pause(10).await;
    }
    let outcome = importer.outcome.get_untracked().unwrap();
    assert_eq!(outcome.added.len(), 1, "{outcome:?}");
    assert!(outcome.notes[0].reason.contains("GB18030"), "{outcome:?}");
    let data = corpus.data.get_untracked();
    assert!(data
        .readouts
        .iter()
        .any(|r| r.text.contains("中方坚持多边主义")));
}
