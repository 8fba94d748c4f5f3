//! Precision and recall of topic assignment, and stance accuracy, on the hand-labelled set in
//! `tests/labelled/sentences.txt` (labels written before the lexicon was tuned; lines marked H
//! are held out of tuning and reported separately).
//!
//! `LABELLED_SHOW_MISSES=1 cargo test --test analyse_labelled -- --nocapture` lists the
//! tuning-split errors (never the held-out ones, so they cannot leak into tuning).
//!
//! Figures (126 sentences: 84 tuning, 42 held out; topic labels 112 and 57):
//! - before any tuning (first run of the first lexicon, tuning split): precision 0.982,
//!   recall 0.982, stance accuracy 0.864;
//! - after tuning on the tuning split: precision 1.000, recall 1.000, stance accuracy 0.955;
//! - held out, looked at once after tuning ended: precision 0.982, recall 0.965, stance
//!   accuracy 0.982.

use readout_lens::core::analyse::testing::readout_from;
use readout_lens::core::analyse::{analyse_readout, Lexicon, Stance};
use readout_lens::core::Speaker;
use std::collections::BTreeMap;

struct Labelled {
    held_out: bool,
    source: String,
    expected: BTreeMap<String, Stance>,
    sentence: String,
}

fn load() -> Vec<Labelled> {
    let src = include_str!("labelled/sentences.txt");
    let mut out = vec![];
    for (n, line) in src.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.splitn(4, '|').collect();
        assert_eq!(f.len(), 4, "line {}: four fields", n + 1);
        let held_out = match f[0] {
            "H" => true,
            "T" => false,
            other => panic!("line {}: split {other:?}", n + 1),
        };
        let mut expected = BTreeMap::new();
        if f[2] != "-" {
            for pair in f[2].split_whitespace() {
                let (t, s) = pair
                    .split_once('=')
                    .unwrap_or_else(|| panic!("line {}: {pair}", n + 1));
                let st =
                    Stance::from_name(s).unwrap_or_else(|| panic!("line {}: stance {s}", n + 1));
                expected.insert(t.to_string(), st);
            }
        }
        out.push(Labelled {
            held_out,
            source: f[1].to_string(),
            expected,
            sentence: f[3].to_string(),
        });
    }
    out
}

#[derive(Default, Debug)]
struct Score {
    sentences: usize,
    true_pos: usize,
    false_pos: usize,
    false_neg: usize,
    stance_right: usize,
}

impl Score {
    fn precision(&self) -> f64 {
        self.true_pos as f64 / (self.true_pos + self.false_pos).max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.true_pos as f64 / (self.true_pos + self.false_neg).max(1) as f64
    }
    fn stance_accuracy(&self) -> f64 {
        self.stance_right as f64 / self.true_pos.max(1) as f64
    }
}

fn score(set: &[Labelled], lex: &Lexicon, show: bool) -> Score {
    let mut sc = Score::default();
    for l in set {
        sc.sentences += 1;
        let r = readout_from(&[(Speaker::Person(0), &l.sentence)]);
        let a = analyse_readout(&r, lex);
        let got: BTreeMap<String, Stance> = a.sentence_topics[0]
            .iter()
            .map(|h| (lex.topics[h.topic].id.clone(), h.stance))
            .collect();
        let mut notes = vec![];
        for (t, st) in &got {
            match l.expected.get(t) {
                Some(want) => {
                    sc.true_pos += 1;
                    if want == st {
                        sc.stance_right += 1;
                    } else {
                        notes.push(format!(
                            "stance {t}: got {} want {}",
                            st.name(),
                            want.name()
                        ));
                    }
                }
                None => {
                    sc.false_pos += 1;
                    notes.push(format!("extra {t}"));
                }
            }
        }
        for t in l.expected.keys().filter(|t| !got.contains_key(*t)) {
            sc.false_neg += 1;
            notes.push(format!("missed {t}"));
        }
        if show && !notes.is_empty() {
            println!("[{}] {}\n    {}", l.source, l.sentence, notes.join("; "));
        }
    }
    sc
}

fn report(name: &str, s: &Score) {
    println!(
        "{name}: {} sentences, {} topic labels; precision {:.3}, recall {:.3}, stance accuracy {:.3}",
        s.sentences,
        s.true_pos + s.false_neg,
        s.precision(),
        s.recall(),
        s.stance_accuracy()
    );
}

#[test]
fn the_labelled_set_is_large_enough_and_a_quarter_is_held_out() {
    let set = load();
    let held = set.iter().filter(|l| l.held_out).count();
    assert!(set.len() >= 80, "{} sentences", set.len());
    assert!(held * 4 >= set.len(), "{held} held out of {}", set.len());
    let lex = Lexicon::default_lexicon();
    for l in &set {
        for t in l.expected.keys() {
            assert!(lex.topic_index(t).is_some(), "label uses unknown topic {t}");
        }
    }
}

#[test]
fn topics_and_stances_meet_the_targets_on_the_tuning_split() {
    let set = load();
    let lex = Lexicon::default_lexicon();
    let show = std::env::var_os("LABELLED_SHOW_MISSES").is_some();
    let tuning: Vec<Labelled> = set.into_iter().filter(|l| !l.held_out).collect();
    let s = score(&tuning, &lex, show);
    report("tuning", &s);
    assert!(s.precision() >= 0.9, "precision {:.3}", s.precision());
    assert!(s.recall() >= 0.9, "recall {:.3}", s.recall());
    assert!(
        s.stance_accuracy() >= 0.85,
        "stance accuracy {:.3}",
        s.stance_accuracy()
    );
}

#[test]
fn held_out_figures_stay_above_a_floor() {
    let set = load();
    let lex = Lexicon::default_lexicon();
    let held: Vec<Labelled> = set.into_iter().filter(|l| l.held_out).collect();
    let s = score(&held, &lex, false);
    report("held-out", &s);
    // A floor, not the target: these sentences were never used for tuning, so a drop from the
    // tuning figures is expected; falling below this means the lexicon is overfitted.
    assert!(s.precision() >= 0.75, "precision {:.3}", s.precision());
    assert!(s.recall() >= 0.7, "recall {:.3}", s.recall());
    assert!(
        s.stance_accuracy() >= 0.65,
        "stance accuracy {:.3}",
        s.stance_accuracy()
    );
}
