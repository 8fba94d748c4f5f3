//! `readout analyze` and `readout compare` as a user runs them.

#[path = "support/cli.rs"]
mod cli;
use cli::readout as readout_text;

const VN: &str = "data/readouts/2020-10-27-vietnam-nguyen-quoc-dung.txt";
const ROK: &str = "data/readouts/2020-11-09-republic-of-korea-kim-gunn.txt";

/// `readout ARGS` with its standard output read as JSON (`Null` when it is not).
fn readout(args: &[&str]) -> (i32, serde_json::Value, String) {
    let (code, out, err) = readout_text(args);
    let json = serde_json::from_str(&out).unwrap_or(serde_json::Value::Null);
    (code, json, err)
}

#[test]
fn analyze_prints_topics_and_positions_per_readout() {
    let (code, json, err) = readout(&["analyze", VN, ROK]);
    assert_eq!(code, 0, "{err}");
    let rs = json.as_array().expect("array");
    assert_eq!(rs.len(), 2);
    assert_eq!(rs[0]["publisher"], "China");
    let topics: Vec<&str> = rs[1]["topics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t.as_str())
        .collect();
    assert!(topics.contains(&"indo-pacific-strategy"), "{topics:?}");
    let pos = rs[0]["positions"].as_array().unwrap();
    assert!(pos
        .iter()
        .any(|p| p["topic_id"] == "unilateralism" && p["stance"] == "opposes"));
    let s = &rs[0]["sentences"][0];
    for key in ["sentence", "speaker", "speaker_name", "text", "topics"] {
        assert!(s.get(key).is_some(), "{key}");
    }
}

#[test]
fn compare_prints_rows_columns_and_shared_formulations() {
    let (code, json, err) = readout(&["compare", VN, ROK]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json["columns"].as_array().unwrap().len(), 2);
    assert_eq!(json["columns"][0]["publisher"], "China");
    let quad = json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["topic_id"] == "indo-pacific-strategy")
        .unwrap();
    assert_eq!(quad["silent"], serde_json::json!([0]));
    assert!(json["shared_formulations"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["text"] == "zero-sum game"));
}

#[test]
fn compare_with_a_speaker_shows_one_official() {
    let (code, json, err) = readout(&["compare", "--speaker", "Luo Zhaohui", VN, ROK]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json["mode"]["kind"], "same_speaker");
    for row in json["rows"].as_array().unwrap() {
        for cell in row["cells"].as_array().unwrap() {
            for sp in cell.as_array().unwrap() {
                assert_eq!(sp["speaker_name"], "Luo Zhaohui");
            }
        }
    }
}

#[test]
fn compare_needs_two_files() {
    let (code, _, err) = readout(&["compare", VN]);
    assert_eq!(code, 2);
    assert!(err.contains("at least two"), "{err}");
}

#[test]
fn unreadable_and_binary_files_fail_with_a_message() {
    let dir = std::env::temp_dir().join(format!("readout-analyse-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bin = dir.join("image.png");
    std::fs::write(&bin, [0x89, b'P', b'N', b'G', 0, 0, 1]).unwrap();
    let bin = bin.to_str().unwrap();
    let (code, json, err) = readout(&["analyze", VN, bin, "no/such/file.txt"]);
    assert_ne!(code, 0);
    assert!(
        err.contains("is a binary file") && err.contains("no/such/file.txt"),
        "{err}"
    );
    assert_eq!(
        json.as_array().map(|a| a.len()),
        Some(1),
        "the readable file is still analysed"
    );
    let (code, _, err) = readout(&["compare", VN, bin]);
    assert_ne!(code, 0);
    assert!(err.contains("fewer than two"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_custom_lexicon_is_used_and_its_errors_are_reported() {
    let dir = std::env::temp_dir().join(format!("readout-analyse-lex-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.txt");
    std::fs::write(&good, "[vaccines]\nlabel = Vaccines\ncue = vaccin*\n").unwrap();
    let bad = dir.join("bad.txt");
    std::fs::write(
        &bad,
        "[vaccines]\nlabel = Vaccines\ncue = vaccine\nflavour = x\n",
    )
    .unwrap();
    let (code, json, err) = readout(&["analyze", "--lexicon", good.to_str().unwrap(), ROK]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json[0]["topics"], serde_json::json!(["vaccines"]));
    let (code, _, err) = readout(&["analyze", "--lexicon", bad.to_str().unwrap(), ROK]);
    assert_eq!(code, 2);
    assert!(
        err.contains("line 4 (topic vaccines): unknown key `flavour`"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn compare_format_markdown_prints_a_table_to_paste() {
    let (code, md, err) = readout_text(&["compare", "--format", "markdown", VN, ROK]);
    assert_eq!(code, 0, "{err}");
    assert!(
        md.contains("| Topic | 2020-10-27 Vietnam | 2020-11-09 Republic of Korea |"),
        "{md}"
    );
    assert!(md
        .lines()
        .any(|l| l.starts_with("| US Indo-Pacific strategy and the Quad | *not mentioned* |")));
    assert!(md.contains("## Shared formulations"));
    assert!(md.lines().any(
        |l| l.starts_with("- 2020-10-27: ") && l.contains("(published by China) — Luo Zhaohui")
    ));
}

#[test]
fn compare_format_csv_prints_one_record_per_position_with_crlf() {
    let (code, csv, err) = readout_text(&["compare", "--format=csv", VN, ROK]);
    assert_eq!(code, 0, "{err}");
    assert!(csv.starts_with(
        "topic_id,topic,meeting_date,meeting_title,meeting_publisher,speaker,stance,sentence\r\n"
    ));
    assert!(csv.contains("indo-pacific-strategy,US Indo-Pacific strategy and the Quad,2020-10-27,"));
    assert!(csv.ends_with("\r\n"));
}

#[test]
fn compare_format_json_is_the_default_and_adds_the_quoted_sentences() {
    let (code, json, err) = readout(&["compare", "--format", "json", VN, ROK]);
    assert_eq!(code, 0, "{err}");
    let (_, default, _) = readout(&["compare", VN, ROK]);
    assert_eq!(json, default);
    let quotes = json["quotes"].as_array().expect("quotes");
    assert!(quotes
        .iter()
        .all(|q| q["text"].as_str().is_some_and(|t| !t.is_empty())));
}

#[test]
fn compare_rejects_an_unknown_format() {
    let (code, _, err) = readout(&["compare", "--format", "xlsx", VN, ROK]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown format \"xlsx\""), "{err}");
    let (code, _, err) = readout(&["compare", VN, ROK, "--format"]);
    assert_eq!(code, 2);
    assert!(err.contains("--format needs a value"), "{err}");
}
