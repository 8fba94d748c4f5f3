//! `readout meetings`, `readout versions` and `readout compare` on the accounts of one meeting,
//! as a user runs them on the meetings fixtures (`tests/fixtures/meetings/`, written for the
//! tests).

use serde_json::Value;
#[path = "support/cli.rs"]
mod cli;
use cli::readout;

const DIR: &str = "tests/fixtures/meetings";
const ZH: &str = "2021-03-04-china-zh-wang-ming-john-carter.txt";
const EN: &str = "2021-03-04-china-en-wang-ming-john-carter.txt";
const US: &str = "2021-03-03-united-states-john-carter-wang-ming.txt";
const TALKS_ZH: &str = "2021-03-04-china-zh-wang-ming-carlos-mendes.txt";
const TALKS_EN: &str = "2021-03-04-china-en-wang-ming-carlos-mendes.txt";
const HALE: &str = "2021-03-04-china-zh-wang-ming-ruth-hale.txt";

fn path(name: &str) -> String {
    format!("{DIR}/{name}")
}

fn json(args: &[&str]) -> Value {
    let (code, out, err) = readout(args);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).expect("JSON")
}

/// The origins of each meeting's readouts.
fn origins(meetings: &Value) -> Vec<Vec<String>> {
    meetings
        .as_array()
        .expect("an array of meetings")
        .iter()
        .map(|m| {
            m["readouts"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["origin"].as_str().unwrap().to_string())
                .collect()
        })
        .collect()
}

#[test]
fn meetings_puts_every_readout_in_one_meeting_with_its_publisher_and_language() {
    let files: Vec<String> = [ZH, EN, US, TALKS_ZH, TALKS_EN, HALE].map(path).to_vec();
    let args: Vec<&str> = ["meetings"]
        .into_iter()
        .chain(files.iter().map(String::as_str))
        .collect();
    let out = json(&args);
    let mut seen: Vec<String> = origins(&out).concat();
    seen.sort();
    let mut want: Vec<String> = [ZH, EN, US, TALKS_ZH, TALKS_EN, HALE]
        .map(String::from)
        .to_vec();
    want.sort();
    assert_eq!(seen, want, "every input in exactly one meeting");
    for m in out.as_array().unwrap() {
        for r in m["readouts"].as_array().unwrap() {
            for key in ["origin", "publisher", "language", "id"] {
                assert!(r.get(key).is_some(), "{key} in {r}");
            }
        }
    }
    let zh = out
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|m| m["readouts"].as_array().unwrap())
        .find(|r| r["origin"] == ZH)
        .unwrap();
    assert_eq!(
        (zh["language"].as_str(), zh["publisher"].as_str()),
        (Some("zh"), Some("China"))
    );
}

#[test]
fn a_collections_meeting_labels_join_two_meetings() {
    let text = |f: &str| {
        std::fs::read_to_string(format!("{}/{DIR}/{f}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    };
    let source = |f: &str| {
        serde_json::json!({
            "name": f, "text": text(f), "kind": "imported",
            "corrections": { "meeting": "joined-by-hand" }
        })
    };
    let collection = serde_json::json!({
        "format": "readout-lens-collection", "version": 2,
        "readouts": [source(EN), source(TALKS_EN)]
    });
    let file = std::env::temp_dir().join(format!("meetings-cli-{}.json", std::process::id()));
    std::fs::write(&file, collection.to_string()).unwrap();
    let out = json(&["meetings", file.to_str().unwrap()]);
    std::fs::remove_file(&file).ok();
    assert_eq!(origins(&out), [vec![EN.to_string(), TALKS_EN.to_string()]]);
    assert_eq!(out[0]["corrected"], true);
    // Without the labels the rules keep them apart: another counterpart and another format.
    let apart = json(&["meetings", &path(EN), &path(TALKS_EN)]);
    assert_eq!(origins(&apart).len(), 2);
}

#[test]
fn versions_prints_aligned_pairs_and_each_versions_unmatched_sentences() {
    let out = json(&["versions", &path(ZH), &path(EN)]);
    assert_eq!(out["readouts"][0]["language"], "zh");
    assert_eq!(out["readouts"][1]["language"], "en");
    let pairs = out["pairs"].as_array().unwrap();
    assert!(!pairs.is_empty());
    for p in pairs {
        assert!(!p["a"].as_array().unwrap().is_empty() && !p["b"].as_array().unwrap().is_empty());
        assert!(p["a_text"].as_str().is_some() && p["b_text"].as_str().is_some());
    }
    let unmatched = out["readouts"][0]["unmatched"].as_array().unwrap();
    assert!(
        unmatched.iter().any(|s| s["text"]
            .as_str()
            .unwrap()
            .contains("任何以台制华的图谋都注定失败。")),
        "{unmatched:?}"
    );
    let (code, md, err) = readout(&["versions", "--format", "markdown", &path(ZH), &path(EN)]);
    assert_eq!(code, 0, "{err}");
    assert!(md.contains("| # | Chinese | English | Note |"), "{md}");
    assert!(md.contains("only in the Chinese version"), "{md}");
    let (code, _, err) = readout(&["versions", &path(ZH)]);
    assert_eq!(code, 2);
    assert!(err.contains("exactly two"), "{err}");
}

#[test]
fn compare_on_one_meetings_accounts_gives_the_accounts_comparison() {
    let out = json(&["compare", &path(EN), &path(US)]);
    assert_eq!(origins(&json(&["meetings", &path(EN), &path(US)])).len(), 1);
    assert_eq!(out["accounts"][0]["publisher"], "China");
    assert_eq!(out["accounts"][1]["publisher"], "United States");
    let taiwan = out["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["topic_id"] == "taiwan")
        .expect("a Taiwan row");
    assert_eq!(taiwan["silent"], serde_json::json!([1]));
    assert_eq!(out["unreported"][0]["topic_id"], "taiwan");
    let (code, md, err) = readout(&["compare", "--format", "markdown", &path(EN), &path(US)]);
    assert_eq!(code, 0, "{err}");
    assert!(md.contains("# Accounts of one meeting"), "{md}");
    assert!(md.contains("*not mentioned*"), "{md}");
    let (code, csv, _) = readout(&["compare", "--format", "csv", &path(EN), &path(US)]);
    assert_eq!(code, 0);
    assert!(csv.starts_with(
        "topic_id,topic,account,language,speaker,speaker_country,stance,sentence\r\n"
    ));
    assert!(
        csv.contains("taiwan,Taiwan,United States,en,,,not mentioned,"),
        "{csv}"
    );
}
