//! Precision and recall of topic assignment, and stance accuracy, on three hand-labelled sets
//! (labels written before the lexicon was tuned on them; lines marked H are held out of tuning
//! and reported separately):
//! - `tests/labelled/sentences.txt`: English, mostly in the Chinese ministry's style (issue 2);
//! - `tests/labelled/publishers.txt`: English in other governments' styles (US, UK, Japan,
//!   Russia, Korea, Viet Nam), for the topics they raise (issue 15);
//! - `tests/labelled/sentences-zh.txt`: Chinese, in the Chinese ministry's style (issue 16).
//!
//! `cargo test --test analyse_labelled -- --nocapture` prints every figure.
//! `LABELLED_SHOW_MISSES=1` also lists the tuning-split errors (never the held-out ones, so they
//! cannot leak into tuning).
//!
//! Figures for the English set (126 sentences: 84 tuning, 42 held out; topic labels 112 and 57):
//! - before any tuning (first run of the first lexicon, tuning split): precision 0.982,
//!   recall 0.982, stance accuracy 0.864;
//! - after tuning on the tuning split: precision 1.000, recall 1.000, stance accuracy 0.955;
//! - held out, looked at once after tuning ended: precision 0.982, recall 0.965, stance
//!   accuracy 0.982.
//!
//! The figures of the other two sets, before and after their tuning, are in the README.

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

const ENGLISH: &str = include_str!("labelled/sentences.txt");
const PUBLISHERS: &str = include_str!("labelled/publishers.txt");
const CHINESE: &str = include_str!("labelled/sentences-zh.txt");

fn load() -> Vec<Labelled> {
    parse(ENGLISH)
}

fn parse(src: &str) -> Vec<Labelled> {
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
fn the_labelled_sets_are_large_enough_and_a_quarter_is_held_out() {
    for (src, min) in [(ENGLISH, 80), (PUBLISHERS, 60), (CHINESE, 80)] {
        let set = parse(src);
        let held = set.iter().filter(|l| l.held_out).count();
        assert!(set.len() >= min, "{} sentences", set.len());
        assert!(held * 4 >= set.len(), "{held} held out of {}", set.len());
        let lex = Lexicon::default_lexicon();
        for l in &set {
            for t in l.expected.keys() {
                assert!(lex.topic_index(t).is_some(), "label uses unknown topic {t}");
            }
        }
    }
}

/// Scores the tuning and held-out splits of a set, printing both.
fn splits(name: &str, src: &str) -> (Score, Score) {
    let lex = Lexicon::default_lexicon();
    let show = std::env::var_os("LABELLED_SHOW_MISSES").is_some();
    let (held, tuning): (Vec<Labelled>, Vec<Labelled>) =
        parse(src).into_iter().partition(|l| l.held_out);
    let t = score(&tuning, &lex, show);
    let h = score(&held, &lex, false);
    report(&format!("{name}, tuning"), &t);
    report(&format!("{name}, held-out"), &h);
    (t, h)
}

#[test]
fn other_governments_topics_are_found_in_their_own_wording() {
    let (t, h) = splits("other governments (English)", PUBLISHERS);
    assert!(t.recall() >= 0.9, "recall {:.3}", t.recall());
    assert!(t.precision() >= 0.9, "precision {:.3}", t.precision());
    assert!(
        t.stance_accuracy() >= 0.8,
        "stance {:.3}",
        t.stance_accuracy()
    );
    // Floors for the held-out part, as for the English set.
    assert!(h.recall() >= 0.7, "held-out recall {:.3}", h.recall());
    assert!(
        h.precision() >= 0.75,
        "held-out precision {:.3}",
        h.precision()
    );
}

#[test]
fn chinese_topics_and_stances_meet_the_targets() {
    let (t, h) = splits("Chinese", CHINESE);
    assert!(t.precision() >= 0.9, "precision {:.3}", t.precision());
    assert!(t.recall() >= 0.9, "recall {:.3}", t.recall());
    assert!(
        t.stance_accuracy() >= 0.85,
        "stance {:.3}",
        t.stance_accuracy()
    );
    assert!(
        h.precision() >= 0.75,
        "held-out precision {:.3}",
        h.precision()
    );
    assert!(h.recall() >= 0.7, "held-out recall {:.3}", h.recall());
    assert!(
        h.stance_accuracy() >= 0.65,
        "held-out stance {:.3}",
        h.stance_accuracy()
    );
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
