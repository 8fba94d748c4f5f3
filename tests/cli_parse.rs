//! `readout parse FILE...` run as a user would: JSON array in input order, clear errors.

use std::process::Command;

fn readout(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the readout binary runs")
}

const KIM: &str = "data/readouts/2020-11-09-republic-of-korea-kim-gunn.txt";
const DUNG: &str = "data/readouts/2020-10-27-vietnam-nguyen-quoc-dung.txt";

fn json(out: &std::process::Output) -> Vec<serde_json::Value> {
    serde_json::from_slice(&out.stdout).expect("stdout is a JSON array")
}

#[test]
fn parse_prints_one_object_per_file_in_input_order() {
    let out = readout(&["parse", KIM, DUNG]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let all = json(&out);
    assert_eq!(all.len(), 2);
    assert_eq!(all[0]["date"], "2020-11-09");
    assert_eq!(all[1]["date"], "2020-10-27");
    assert_eq!(all[0]["format"], "video-conference");
    assert_eq!(all[1]["participants"][1]["name"], "Nguyen Quoc Dung");
    assert_eq!(all[1]["participants"][1]["country"], "Vietnam");
    assert_eq!(
        all[1]["participants"][1]["role"],
        "Deputy Minister of Foreign Affairs and Head of ASEAN SOM"
    );
    assert_eq!(all[0]["sentences"][1]["speaker"], "joint");
    assert_eq!(
        all[0]["sentences"][1]["text"],
        "Both sides exchanged views on the preparations for the East Asian leaders' meetings on cooperation."
    );
    assert!(all[0]["points"][0]["text"]
        .as_str()
        .is_some_and(|t| t.starts_with("The first priority is")));
    assert_eq!(all[0]["sentences"][2]["speaker"]["person"], 0);
    assert_eq!(all[0]["points"].as_array().map(Vec::len), Some(4));
    for key in [
        "id",
        "title",
        "title_derived",
        "text",
        "paragraphs",
        "origin",
    ] {
        assert!(all[0].get(key).is_some(), "missing {key}");
    }
    assert_eq!(
        all[0]["origin"],
        "2020-11-09-republic-of-korea-kim-gunn.txt"
    );
}

#[test]
fn a_missing_file_and_a_binary_file_fail_while_the_others_are_printed() {
    let dir = std::env::temp_dir().join(format!("readout-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let binary = dir.join("image.png");
    std::fs::write(&binary, [0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0xff]).unwrap();
    let binary = binary.to_str().unwrap();
    let out = readout(&["parse", "no/such/file.txt", DUNG, binary, KIM]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no/such/file.txt"), "{err}");
    assert!(
        err.contains("image.png") && err.contains("not a text file"),
        "{err}"
    );
    let all = json(&out);
    assert_eq!(all.len(), 2);
    assert_eq!(all[0]["date"], "2020-10-27");
    assert_eq!(all[1]["date"], "2020-11-09");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn the_home_country_option_changes_the_hosts_country() {
    let out = readout(&["parse", "--home-country", "Exampleland", KIM]);
    assert!(out.status.success());
    assert_eq!(json(&out)[0]["participants"][0]["country"], "Exampleland");
}

#[test]
fn parse_without_files_is_a_usage_error() {
    let out = readout(&["parse"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!out.stderr.is_empty());
}
