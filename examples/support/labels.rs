//! Labelled readouts and their scoring, shared by the accuracy test (`tests/parse_styles.rs`)
//! and the scorer for folders of labelled readouts (`examples/score_labels.rs`). The `.labels`
//! format is described in tests/fixtures/styles/README.md.

use readout_lens::core::{Readout, Speaker};
use std::path::Path;

pub struct Labels {
    pub publisher: Option<String>,
    pub date: Option<String>,
    pub format: Option<String>,
    pub participants: Vec<(String, String, Option<String>)>,
    /// (speaker: a participant's name, "joint" or "narration"; opening words)
    pub sentences: Vec<(String, String)>,
}

pub fn none_or(v: &str) -> Option<String> {
    (v != "none").then(|| v.to_string())
}

pub fn read_labels(path: &Path) -> Labels {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let mut l = Labels {
        publisher: None,
        date: None,
        format: None,
        participants: vec![],
        sentences: vec![],
    };
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let (key, value) = line.split_once(": ").unwrap_or_else(|| panic!("{line:?}"));
        let value = value.trim();
        match key {
            "publisher" => l.publisher = none_or(value),
            "date" => l.date = none_or(value),
            "format" => l.format = none_or(value),
            "participant" => {
                let f: Vec<&str> = value.split(" | ").collect();
                assert_eq!(f.len(), 3, "{line:?}");
                l.participants
                    .push((f[0].into(), f[1].into(), none_or(f[2])));
            }
            speaker => l.sentences.push((speaker.into(), value.into())),
        }
    }
    l
}

/// Right and total, per measure.
#[derive(Default, Clone, Copy)]
pub struct Score {
    pub right: usize,
    pub total: usize,
}

impl Score {
    pub fn add(&mut self, right: bool) {
        self.total += 1;
        self.right += usize::from(right);
    }

    pub fn ratio(self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.right as f64 / self.total as f64
        }
    }
}

#[derive(Default)]
pub struct Scores {
    pub dates: Score,
    pub formats: Score,
    pub participants: Score,
    pub countries: Score,
    pub publishers: Score,
    pub sentences: Score,
}

pub fn speaker_name(r: &Readout, s: Speaker) -> String {
    match s {
        Speaker::Person(i) => r.participants.get(i).map_or("?".into(), |p| p.name.clone()),
        Speaker::Joint => "joint".into(),
        Speaker::Narration => "narration".into(),
    }
}

/// Where `opening` stands in a sentence: at its start, or after a paragraph number, a bullet
/// or a place line (within the first 40 bytes).
pub fn opens_with(sentence: &str, opening: &str) -> bool {
    // The parser's text has straight quotation marks where the page had curly ones; a label
    // copied from the page has the page's.
    let fold = |t: &str| t.replace(['‘', '’'], "'").replace(['“', '”'], "\"");
    fold(sentence)
        .find(&fold(opening))
        .is_some_and(|at| at <= 40)
}

/// Scores one readout against its labels; misses are described in `misses`.
pub fn score(r: &Readout, l: &Labels, s: &mut Scores, misses: &mut Vec<String>) {
    let iso = r.date.map(|d| d.to_string());
    s.dates.add(iso == l.date);
    if iso != l.date {
        misses.push(format!("date {iso:?}, want {:?}", l.date));
    }
    let format = r.format.map(|f| f.slug().to_string());
    s.formats.add(format == l.format);
    if format != l.format {
        misses.push(format!("format {format:?}, want {:?}", l.format));
    }
    s.publishers.add(r.publisher == l.publisher);
    if r.publisher != l.publisher {
        misses.push(format!(
            "publisher {:?}, want {:?}",
            r.publisher, l.publisher
        ));
    }
    for (name, _, country) in &l.participants {
        let found = r.participants.iter().find(|p| &p.name == name);
        s.participants.add(found.is_some());
        let got = found.and_then(|p| p.country.clone());
        s.countries.add(found.is_some() && &got == country);
        match found {
            None => misses.push(format!("participant {name:?} missing")),
            Some(_) if &got != country => {
                misses.push(format!("country of {name:?}: {got:?}, want {country:?}"))
            }
            _ => {}
        }
    }
    for p in &r.participants {
        if !l.participants.iter().any(|(n, _, _)| n == &p.name) {
            s.participants.add(false);
            misses.push(format!("extra participant {:?} ({:?})", p.name, p.role));
        }
    }
    score_sentences(r, l, &mut s.sentences, misses);
}

pub fn score_sentences(r: &Readout, l: &Labels, s: &mut Score, misses: &mut Vec<String>) {
    let mut next = 0;
    for (speaker, opening) in &l.sentences {
        let found = (next..r.sentences.len()).find(|&i| opens_with(r.sentence_text(i), opening));
        let Some(i) = found else {
            s.add(false);
            misses.push(format!("no sentence opens {opening:?}"));
            continue;
        };
        for k in next..i {
            s.add(false);
            misses.push(format!("extra sentence {:?}", r.sentence_text(k)));
        }
        let got = speaker_name(r, r.sentences[i].speaker);
        s.add(&got == speaker);
        if &got != speaker {
            misses.push(format!("{opening:?}: {got}, want {speaker}"));
        }
        next = i + 1;
    }
    for k in next..r.sentences.len() {
        s.add(false);
        misses.push(format!("extra sentence {:?}", r.sentence_text(k)));
    }
}

impl Scores {
    /// Each measure with its name, in the order the table prints them.
    pub fn measures(&self) -> [(&'static str, Score); 6] {
        [
            ("dates", self.dates),
            ("formats", self.formats),
            ("participants", self.participants),
            ("countries", self.countries),
            ("publishers", self.publishers),
            ("sentence speakers", self.sentences),
        ]
    }
}

pub fn print_table(name: &str, s: &Scores, n: usize) {
    println!("{name} ({n} readouts):");
    for (what, sc) in s.measures() {
        println!(
            "  {what:<18} {:>4}/{:<4} {:.3}",
            sc.right,
            sc.total,
            sc.ratio()
        );
    }
}
