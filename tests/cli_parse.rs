//! `readout parse FILE...` run as a user would: JSON array in input order, clear errors, files
//! read as the app imports them (HTML, UTF-16, collections; empty and oversize files refused).

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

/// The JSON array of a run that succeeded (its stderr otherwise).
fn json_ok(out: &std::process::Output) -> Vec<serde_json::Value> {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    json(out)
}

#[test]
fn parse_prints_one_object_per_file_in_input_order() {
    let out = readout(&["parse", KIM, DUNG]);
    let all = json_ok(&out);
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
        err.contains("image.png is a binary file (PNG image), not text"),
        "{err}"
    );
    let all = json(&out);
    assert_eq!(all.len(), 2);
    assert_eq!(all[0]["date"], "2020-10-27");
    assert_eq!(all[1]["date"], "2020-11-09");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn the_home_country_option_is_the_publisher_when_the_text_does_not_tell() {
    let dir = scratch("home-country");
    let untold = dir.join("untold.txt");
    std::fs::write(
        &untold,
        "Minister Ada Vale met Minister Tomas Brell of Norway.\n",
    )
    .unwrap();
    let out = readout(&[
        "parse",
        "--home-country",
        "Exampleland",
        untold.to_str().unwrap(),
        KIM,
    ]);
    assert!(out.status.success());
    let all = json(&out);
    assert_eq!(all[0]["participants"][0]["country"], "Exampleland");
    assert_eq!(all[0]["publisher_assumed"], true);
    // The seed's page tells its publisher: the option does not override the text.
    assert_eq!(all[1]["publisher"], "China");
    assert_eq!(all[1]["participants"][0]["country"], "China");
    // --publisher is the option's name now, and takes the parser's name for a country.
    let out = readout(&["parse", "--publisher", "japan", untold.to_str().unwrap()]);
    assert!(out.status.success());
    let all = json(&out);
    assert_eq!(all[0]["publisher"], "Japan");
    assert_eq!(all[0]["participants"][0]["country"], "Japan");
    assert_eq!(all[0]["participants"][1]["country"], "Norway");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn parse_and_analyze_read_the_options_alike() {
    // Both forms, for both subcommands: one option parser serves every subcommand. The text
    // does not tell its publisher, so the option gives it.
    let dir = scratch("options-alike");
    let untold = dir.join("untold.txt");
    std::fs::write(
        &untold,
        "Minister Ada Vale met Minister Tomas Brell of Norway.\n",
    )
    .unwrap();
    let parsed = readout(&[
        "parse",
        "--home-country=Exampleland",
        untold.to_str().unwrap(),
    ]);
    assert!(parsed.status.success());
    assert_eq!(
        json(&parsed)[0]["participants"][0]["country"],
        "Exampleland"
    );
    let _ = std::fs::remove_dir_all(dir);
    for form in [
        &["--home-country=Exampleland"][..],
        &["--home-country", "Exampleland"],
    ] {
        let mut args = vec!["analyze"];
        args.extend(form);
        args.push(KIM);
        let out = readout(&args);
        assert!(
            out.status.success(),
            "{form:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // An option no subcommand has is refused by each, not read as a file name.
    for cmd in ["parse", "analyze"] {
        let out = readout(&[cmd, "--home-contry", "Exampleland", KIM]);
        assert_eq!(out.status.code(), Some(2), "{cmd}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            format!("readout {cmd}: unknown option --home-contry (see readout --help)\n")
        );
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn parse_without_files_is_a_usage_error() {
    let out = readout(&["parse"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!out.stderr.is_empty());
}

/// A fresh folder for one test's files (fictional content written by the tests).
fn scratch(test: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("readout-cli-{test}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn an_html_page_is_parsed_from_its_text_without_scripts_or_menus() {
    let dir = scratch("html");
    let page = dir.join("meeting.html");
    // A page written for this test; the names are fictional.
    std::fs::write(
        &page,
        "<!DOCTYPE html><html><head><title>Site</title><script>alert('x')</script></head>\
         <body><nav>Home | News</nav><main><h1>Minister Ana Example Holds Talks with Minister \
         Bo Sample of Samplestan</h1><p>On 3 March 2021, Minister Ana Example held talks with \
         Minister Bo Sample of Samplestan.</p><p>Bo Sample said that the two countries \
         should <b>deepen</b> trade.</p></main><footer>Copyright</footer></body></html>",
    )
    .unwrap();
    let out = readout(&["parse", page.to_str().unwrap()]);
    let all = json_ok(&out);
    assert_eq!(
        all[0]["title"],
        "Minister Ana Example Holds Talks with Minister Bo Sample of Samplestan"
    );
    assert_eq!(all[0]["date"], "2021-03-03");
    assert_eq!(all[0]["origin"], "meeting.html");
    let text = all[0]["text"].as_str().unwrap();
    assert!(
        !text.contains("alert") && !text.contains("Home | News") && !text.contains("Copyright"),
        "{text}"
    );
    assert!(text.contains("should deepen trade."), "{text}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_utf16_file_and_a_collection_are_read_like_the_app_reads_them() {
    let dir = scratch("utf16");
    let utf16 = dir.join("windows.txt");
    let mut bytes = vec![0xFF, 0xFE];
    let text = std::fs::read_to_string(DUNG).unwrap();
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(&utf16, bytes).unwrap();
    let collection = dir.join("everything.json");
    std::fs::write(
        &collection,
        serde_json::json!({
            "format": "readout-lens-collection",
            "version": 1,
            "readouts": [{
                "name": "fictional.txt",
                "text": "Minister Ana Example met Minister Bo Sample.\n\nThey agreed.",
                "corrections": { "date": "2021-03-03" }
            }]
        })
        .to_string(),
    )
    .unwrap();
    let out = readout(&[
        "parse",
        utf16.to_str().unwrap(),
        collection.to_str().unwrap(),
    ]);
    let all = json_ok(&out);
    assert_eq!(all.len(), 2);
    assert_eq!(all[0]["date"], "2020-10-27");
    assert_eq!(all[0]["participants"][1]["name"], "Nguyen Quoc Dung");
    assert_eq!(all[1]["origin"], "fictional.txt");
    assert_eq!(
        all[1]["date"], "2021-03-03",
        "the collection's corrections apply"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn empty_oversize_and_newer_collection_files_get_a_clear_message() {
    let dir = scratch("refused");
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    // A sparse 21 MB file: refused from its size, before it is read.
    let big = dir.join("big.txt");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(21 * 1024 * 1024)
        .unwrap();
    let newer = dir.join("newer.json");
    std::fs::write(
        &newer,
        r#"{"format":"readout-lens-collection","version":7,"readouts":[]}"#,
    )
    .unwrap();
    let paths = [&empty, &big, &newer].map(|p| p.to_str().unwrap().to_string());
    let out = readout(&["parse", &paths[0], &paths[1], DUNG, &paths[2]]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("{} is empty", paths[0])), "{err}");
    assert!(
        err.contains(&format!("{} is 21 MB; the limit is 20 MB", paths[1])),
        "{err}"
    );
    assert!(
        err.contains("was made by a newer version of Readout Lens (collection version 7)"),
        "{err}"
    );
    assert_eq!(json(&out).len(), 1);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_reader_that_stops_early_gets_no_panic_and_no_message() {
    use std::process::Stdio;
    // `readout parse ... | head -1`: the reader goes away before the output is written. The
    // output (about 14 KB a readout) must be more than a pipe holds (64 KB on Linux): a smaller
    // one could be written whole before the reader goes, and the run would then succeed.
    let files: Vec<&str> = [KIM, DUNG].iter().copied().cycle().take(16).collect();
    let mut child = Command::new(env!("CARGO_BIN_EXE_readout"))
        .arg("parse")
        .args(&files)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the readout binary runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("the run ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("Broken pipe"), "{stderr}");
    assert!(!out.status.success(), "the output was not all written");
}
