//! Chinese readouts written for the tests (tests/fixtures/zh/README.md), each checked field by
//! field and sentence by sentence against the `.expect` file written with it. The readouts in
//! `tuning/` must parse exactly right; those in `held-out/` were written before any tuning and
//! are only measured: the test prints the accuracy of both parts, per field and for sentences.
//! Those in `traditional/` are in traditional characters (one of them read from Big5 bytes) and
//! must parse exactly right, with names and titles shown as written.
//! `ZH_DETAILS=1` also prints every wrong answer.

use readout_lens::core::import::{decode, Encoding};
use readout_lens::core::{parse, ParseOptions, Readout, Speaker};
use std::fmt::Write;
use std::path::Path;

/// What a `.expect` file says.
#[derive(Default)]
struct Expect {
    title: String,
    derived: bool,
    date: Option<String>,
    format: Option<String>,
    people: Vec<[String; 3]>,
    /// (speaker, how the sentence starts): the speaker is a name, "joint" or "-".
    sentences: Vec<(String, String)>,
    /// (ordinal, speaker, how the point starts).
    points: Vec<(u32, String, String)>,
}

fn read_expect(text: &str) -> Expect {
    let mut e = Expect::default();
    let mut section = "";
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if let Some((key, value)) = line.split_once(": ").filter(|_| section.is_empty()) {
            let value = value.trim().to_string();
            match key {
                "title" => e.title = value,
                "derived" => e.derived = value == "yes",
                "date" => e.date = (value != "none").then_some(value),
                "format" => e.format = (value != "none").then_some(value),
                _ => panic!("unknown key {key}"),
            }
            continue;
        }
        if line.ends_with(':') {
            section = line.trim_end_matches(':');
            continue;
        }
        let cells: Vec<String> = line.split(" | ").map(|c| c.trim().to_string()).collect();
        match (section, cells.as_slice()) {
            ("people", [name, role, country]) => {
                e.people.push([name.clone(), role.clone(), country.clone()])
            }
            ("sentences", [speaker, start]) => e.sentences.push((speaker.clone(), start.clone())),
            ("points", [n, speaker, start]) => {
                e.points
                    .push((n.parse().expect("ordinal"), speaker.clone(), start.clone()))
            }
            _ => panic!("bad line in section {section:?}: {line}"),
        }
    }
    e
}

/// Right and total answers of one kind.
#[derive(Default, Clone, Copy)]
struct Score {
    right: usize,
    total: usize,
}

impl Score {
    fn add(&mut self, ok: bool) -> bool {
        self.right += usize::from(ok);
        self.total += 1;
        ok
    }
    fn rate(self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.right as f64 / self.total as f64
        }
    }
}

const KINDS: [&str; 9] = [
    "title",
    "derived",
    "date",
    "format",
    "names",
    "roles",
    "countries",
    "points",
    "sentences",
];

/// Scores per kind (indexed like [`KINDS`]) and the wrong answers, described.
#[derive(Default)]
struct Tally {
    scores: [Score; 9],
    wrong: Vec<String>,
}

impl Tally {
    fn check(&mut self, file: &str, kind: usize, ok: bool, what: impl FnOnce() -> String) {
        if !self.scores[kind].add(ok) {
            self.wrong
                .push(format!("{file}: {}: {}", KINDS[kind], what()));
        }
    }

    fn fields(&self) -> Score {
        let mut s = Score::default();
        for k in &self.scores[..8] {
            s.right += k.right;
            s.total += k.total;
        }
        s
    }
}

fn speaker_label(r: &Readout, s: Speaker) -> String {
    match s {
        Speaker::Person(i) => r.participants.get(i).map_or("?".into(), |p| p.name.clone()),
        Speaker::Joint => "joint".into(),
        Speaker::Narration => "-".into(),
    }
}

fn score(file: &str, r: &Readout, e: &Expect, t: &mut Tally) {
    t.check(file, 0, r.title == e.title, || format!("{:?}", r.title));
    t.check(file, 1, r.title_derived == e.derived, || {
        format!("{}", r.title_derived)
    });
    let date = r.date.map(|d| d.to_string());
    t.check(file, 2, date == e.date, || format!("{date:?}"));
    let format = r.format.map(|f| f.slug().to_string());
    t.check(file, 3, format == e.format, || format!("{format:?}"));
    // Participants are compared in order; a missing or extra one is a wrong name.
    for i in 0..e.people.len().max(r.participants.len()) {
        let got = r.participants.get(i);
        let want = e.people.get(i);
        let name = got.map(|p| p.name.as_str());
        t.check(file, 4, name == want.map(|w| w[0].as_str()), || {
            format!("#{i} {name:?}")
        });
        // A participant the parser missed has its role and country wrong too.
        if let Some(w) = want {
            let role = got.map(|p| p.role.as_str());
            t.check(file, 5, role == Some(w[1].as_str()), || {
                format!("#{i} {role:?}")
            });
            let c = got.and_then(|p| p.country.as_deref());
            t.check(file, 6, c == Some(w[2].as_str()), || format!("#{i} {c:?}"));
        }
    }
    for i in 0..e.points.len().max(r.points.len()) {
        let got = r.points.get(i).map(|p| {
            (
                p.ordinal,
                speaker_label(r, p.speaker),
                p.span.of(&r.text).to_string(),
            )
        });
        let ok = match (&got, e.points.get(i)) {
            (Some(g), Some(w)) => g.0 == w.0 && g.1 == w.1 && g.2.starts_with(&w.2),
            _ => false,
        };
        t.check(file, 7, ok, || format!("#{i} {got:?}"));
    }
    // Each expected sentence is looked for, in order, among the parsed ones by how it starts;
    // sentences the parser found beyond the expected ones count as wrong too.
    let mut next = 0;
    for (want_speaker, start) in &e.sentences {
        let found = (next..r.sentences.len()).find(|&i| r.sentence_text(i).starts_with(start));
        let got = found.map(|i| speaker_label(r, r.sentences[i].speaker));
        t.check(file, 8, got.as_ref() == Some(want_speaker), || {
            format!("{start:?}: {got:?}, not {want_speaker:?}")
        });
        if let Some(i) = found {
            next = i + 1;
        }
    }
    for _ in e.sentences.len()..r.sentences.len() {
        t.check(file, 8, false, || "a sentence too many".into());
    }
}

fn run(part: &str) -> Tally {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/zh")
        .join(part);
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".txt") || n.ends_with(".big5"))
        .collect();
    names.sort();
    let mut tally = Tally::default();
    for name in &names {
        let text = read_fixture(&dir.join(name));
        let stem = name.trim_end_matches(".txt").trim_end_matches(".big5");
        let expect = std::fs::read_to_string(dir.join(format!("{stem}.expect")))
            .unwrap_or_else(|e| panic!("{name}: no .expect: {e}"));
        let r = parse(&text, name, &ParseOptions::default());
        score(name, &r, &read_expect(&expect), &mut tally);
    }
    tally
}

/// A fixture's text: UTF-8, or a `.big5` file's bytes read the way an import reads them (the
/// encoding must be told from the bytes alone).
fn read_fixture(path: &Path) -> String {
    let bytes = std::fs::read(path).expect("fixture");
    if path.extension().is_some_and(|e| e == "big5") {
        assert!(
            std::str::from_utf8(&bytes).is_err(),
            "a Big5 file is not UTF-8"
        );
        let decoded = decode(&bytes).expect("decoded");
        assert_eq!(decoded.encoding, Encoding::Big5, "{}", path.display());
        return decoded.text;
    }
    String::from_utf8(bytes).expect("UTF-8 fixture")
}

fn table(parts: &[(&str, &Tally)]) -> String {
    let mut out = String::from("| field |");
    for (name, _) in parts {
        write!(out, " {name} |").unwrap();
    }
    out.push_str("\n| --- |");
    out.push_str(&" --- |".repeat(parts.len()));
    let rows = KINDS
        .iter()
        .enumerate()
        .map(|(k, kind)| (kind.to_string(), k));
    for (kind, k) in rows.chain([("all fields".to_string(), usize::MAX)]) {
        write!(out, "\n| {kind} |").unwrap();
        for (_, t) in parts {
            let s = if k == usize::MAX {
                t.fields()
            } else {
                t.scores[k]
            };
            write!(out, " {:.3} ({}/{}) |", s.rate(), s.right, s.total).unwrap();
        }
    }
    out
}

#[test]
fn chinese_readouts_parse_field_by_field_and_sentence_by_sentence() {
    let tuning = run("tuning");
    let held = run("held-out");
    let traditional = run("traditional");
    eprintln!(
        "Chinese fixtures, accuracy:\n{}",
        table(&[
            ("tuning", &tuning),
            ("held out", &held),
            ("traditional", &traditional)
        ])
    );
    if std::env::var_os("ZH_DETAILS").is_some() {
        eprintln!("held out, wrong:\n{}", held.wrong.join("\n"));
    }
    // Traditional characters are read through their simplified forms: every answer as right
    // as for the simplified readouts, and every name shown as written.
    assert!(
        traditional.wrong.is_empty(),
        "traditional fixtures, wrong:\n{}",
        traditional.wrong.join("\n")
    );
    assert!(traditional.scores[8].total >= 20, "traditional sentences");
    assert!(
        tuning.wrong.is_empty(),
        "tuning fixtures, wrong:\n{}",
        tuning.wrong.join("\n")
    );
    // Held-out readouts are measured, not tuned on; this floor catches a collapse.
    assert!(held.fields().rate() >= 0.85, "held-out fields fell");
    assert!(held.scores[8].rate() >= 0.85, "held-out sentences fell");
}
