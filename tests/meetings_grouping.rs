//! Grouping quality on synthetic meetings with the truth known (`meetings::synth`): pairs of
//! readouts put in one meeting that report one meeting (precision) and pairs reporting one
//! meeting that are put in one (recall). Printed with `--nocapture`; the corpus is built to be
//! hard: a quarter of the meetings have a second meeting the same day with another official
//! of the same country, a sixth are followed by the same two meeting again the next day, and
//! Chinese versions name foreign officials in transliterations only their office can match.

use readout_lens::core::meetings::group_meetings;
use readout_lens::core::meetings::synth::synthetic_meetings;

/// (pairs grouped together that are one meeting, pairs grouped together, pairs that are one
/// meeting).
fn pair_counts(n: usize, seed: u64) -> (usize, usize, usize) {
    let (readouts, truth) = synthetic_meetings(n, seed);
    let m = group_meetings(&readouts, &[]);
    let (mut right, mut grouped, mut real) = (0, 0, 0);
    for meeting in &m.meetings {
        for (k, &a) in meeting.readouts.iter().enumerate() {
            for &b in &meeting.readouts[k + 1..] {
                grouped += 1;
                right += usize::from(truth[a] == truth[b]);
            }
        }
    }
    let mut by_truth = vec![0usize; truth.last().map_or(0, |&t| t + 1)];
    for &t in &truth {
        by_truth[t] += 1;
    }
    for c in by_truth {
        real += c * c.saturating_sub(1) / 2;
    }
    (right, grouped, real)
}

#[test]
fn grouping_finds_the_synthetic_meetings() {
    println!("| readouts | pairs grouped | of them right | pairs in truth | precision | recall |");
    println!("| ---: | ---: | ---: | ---: | ---: | ---: |");
    for (n, seed) in [(1_000, 1), (10_000, 2)] {
        let (right, grouped, real) = pair_counts(n, seed);
        let precision = right as f64 / grouped.max(1) as f64;
        let recall = right as f64 / real.max(1) as f64;
        println!(
            "| {n} | {grouped} | {right} | {real} | {:.4} | {:.4} |",
            precision, recall
        );
        assert!(precision >= 0.99, "precision {precision}");
        assert!(recall >= 0.97, "recall {recall}");
    }
}

/// Written for the tests: fictional officials, in the house styles of the UK Prime Minister's
/// office (which names the Prime Minister by title only) and of the White House.
const UK_CALL: &str = "PM call with President Harlan of the United States: 3 March 2025\n\n\
    The Prime Minister spoke to President Dana Harlan of the United States this afternoon.\n\n\
    The leaders discussed the situation in Ukraine. The Prime Minister said that European \
    security depended on a lasting peace.\n\nThey agreed to stay in touch.\n";
const US_CALL: &str = "Readout of President Harlan's Call with Prime Minister Oswin Fairley of \
    the United Kingdom\n\nMarch 3, 2025\n\nPresident Dana Harlan spoke today with Prime Minister \
    Oswin Fairley of the United Kingdom. The leaders discussed the war in Ukraine and trade \
    between the two countries. President Harlan underscored the importance of burden sharing.\n";
const US_OTHER_CALL: &str = "Readout of Vice President Quell's Call with Foreign Secretary Ines \
    Dray of the United Kingdom\n\nMarch 3, 2025\n\nVice President Mara Quell spoke today with \
    Foreign Secretary Ines Dray of the United Kingdom. They discussed the war in Ukraine.\n";

#[test]
fn a_prime_minister_named_by_title_only_is_the_other_accounts_named_prime_minister() {
    use readout_lens::core::{parse, ParseOptions};
    let opts = ParseOptions::default();
    let readouts: Vec<_> = [("uk", UK_CALL), ("us", US_CALL), ("us-vp", US_OTHER_CALL)]
        .iter()
        .map(|(origin, text)| parse(text, origin, &opts))
        .collect();
    assert_eq!(readouts[0].participants[0].name, "Prime Minister");
    let m = group_meetings(&readouts, &[]);
    let origins: Vec<Vec<&str>> = m
        .meetings
        .iter()
        .map(|x| {
            x.readouts
                .iter()
                .map(|&r| readouts[r].origin.as_str())
                .collect()
        })
        .collect();
    // The two accounts of the leaders' call are one meeting; the Vice President's call with
    // the Foreign Secretary that day is another.
    assert_eq!(origins, vec![vec!["uk", "us"], vec!["us-vp"]]);

    // In the accounts comparison the Prime Minister is one person, shown by the name the other
    // account gives, whichever account comes first.
    use readout_lens::core::analyse::{CorpusAnalysis, Lexicon};
    use readout_lens::core::meetings::accounts_comparison;
    let lexicon = Lexicon::default_lexicon();
    let corpus = CorpusAnalysis::build(&readouts, &lexicon);
    for columns in [[0, 1], [1, 0]] {
        let c = accounts_comparison(&readouts, &corpus, &lexicon, &columns);
        let names: Vec<&str> = c.people.iter().map(|p| p.name.as_str()).collect();
        assert!(names.contains(&"Oswin Fairley"), "{names:?}");
        assert!(!names.contains(&"Prime Minister"), "{names:?}");
        assert_eq!(c.people.len(), 2, "{names:?}");
    }
}
