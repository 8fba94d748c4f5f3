//! How each step's cost grows with the corpus: `cargo bench --bench scale`.
//!
//! Runs import (decode, HTML extraction, collection file, duplicate merge), the steps of the
//! app's `Data::build` that run natively (parse, sort, topics and positions, formulations,
//! search index) and the views' queries (searches, filters and facets, matrix, timeline,
//! compare) over the first 100, 1,000 and 10,000 readouts of the synthetic corpus
//! (`core::synth`, seed 42), and prints a table with the growth factor per 10x. Linear work
//! grows about 10x; a step near 100x would be quadratic. `SCALE_SIZES=100,1000` picks other
//! sizes. Each figure is the best of several runs (at least 5, or as many as fit in 0.5 s, up
//! to 30), and of `SCALE_ROUNDS` (default 2) passes over all sizes: on a shared machine a load
//! spike during one pass does not then read as growth.

use readout_lens::core::analyse::{
    analyse_readout, compare, find_formulations, CorpusAnalysis, Lexicon, Mode,
};
use readout_lens::core::collection::{Collection, Source};
use readout_lens::core::explore::{
    timeline_in, topic_matrix_in, Catalog, Dataset, Filter, Query, SearchIndex,
};
use readout_lens::core::import::{import_file, merge, merge_parsed, parse_collection, Limits};
use readout_lens::core::synth::synthetic_corpus;
use readout_lens::core::{ParseOptions, Readout};
use std::hint::black_box;

#[path = "support/best.rs"]
mod best;
use best::best;

/// A page made up around a synthetic text: head, script, menu, one `<p>` per line, footer.
fn page(text: &str) -> String {
    let body: String = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("<p>{}</p>\n", l.replace('&', "&amp;").replace('<', "&lt;")))
        .collect();
    format!(
        "<!DOCTYPE html><html><head><title>Synthetic</title><style>p{{margin:0}}</style>\
         <script>var menu = '<p>x</p>';</script></head><body><nav><a href=\"/\">Home</a> &gt; \
         News</nav><main>\n{body}</main><footer>Synthetic page &copy;</footer></body></html>"
    )
}

struct Row {
    step: &'static str,
    secs: Vec<f64>,
    note: String,
}

fn main() {
    let sizes: Vec<usize> = std::env::var("SCALE_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![100, 1_000, 10_000]);
    let max = sizes.iter().copied().max().unwrap_or(0);
    let texts = synthetic_corpus(max, 42);
    let pages: Vec<String> = texts.iter().map(|t| page(t)).collect();
    let mut rows: Vec<Row> = Vec::new();
    let rounds: usize = std::env::var("SCALE_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(2);
    for round in 0..rounds.max(1) {
        for (k, &n) in sizes.iter().enumerate() {
            let mut record = |step, secs, note| keep_best(&mut rows, k, step, secs, note);
            measure(n, round, &texts[..n], &pages[..n], &mut record);
        }
    }
    print_table(&sizes, &rows);
}

/// Records `secs` for `step` at size index `k`: the best over rounds, the last round's note.
fn keep_best(rows: &mut Vec<Row>, k: usize, step: &'static str, secs: f64, note: String) {
    match rows.iter_mut().find(|r| r.step == step) {
        Some(r) if r.secs.len() > k => r.secs[k] = r.secs[k].min(secs),
        Some(r) => r.secs.push(secs),
        None => rows.push(Row {
            step,
            secs: vec![secs],
            note: String::new(),
        }),
    }
    if let Some(r) = rows.iter_mut().find(|r| r.step == step) {
        r.note = note;
    }
}

/// Every step at one corpus size.
fn measure(
    n: usize,
    round: usize,
    texts: &[String],
    pages: &[String],
    record: &mut impl FnMut(&'static str, f64, String),
) {
    let opts = ParseOptions::default();
    let lexicon = Lexicon::default_lexicon();
    let limits = Limits::default();
    let mb = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    let html_mb = pages.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    eprintln!(
        "scale: round {}, {n} readouts ({mb:.2} MB of text)...",
        round + 1
    );

    // Import.
    let files: Vec<(String, &[u8])> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| (format!("r{i}.txt"), t.as_bytes()))
        .collect();
    let mut sources: Vec<Source> = Vec::new();
    let t = best(|| {
        sources = files
            .iter()
            .flat_map(|(name, bytes)| import_file(name, bytes, &limits).unwrap().sources)
            .collect();
    });
    record("import .txt (decode)", t, format!("{:.0} MB/s", mb / t));
    let t = best(|| {
        for (i, p) in pages.iter().enumerate() {
            black_box(import_file(&format!("r{i}.html"), p.as_bytes(), &limits).unwrap());
        }
    });
    record(
        "import .html (extract text)",
        t,
        format!("{:.0} MB/s of HTML", html_mb / t),
    );
    let json = serde_json::to_vec(&Collection::new(sources.clone())).unwrap();
    let t = best(|| {
        black_box(serde_json::to_vec(&Collection::new(black_box(&sources).clone())).unwrap());
    });
    record(
        "collection export (JSON)",
        t,
        format!("{:.1} MB file", json.len() as f64 / 1e6),
    );
    let t = best(|| {
        black_box(parse_collection(&json).unwrap());
    });
    record("collection import (parse + checks)", t, String::new());
    // Half the incoming readouts are already present.
    let (present, _) = sources.split_at(n / 2);
    let t = best(|| {
        black_box(merge(present, sources.clone(), &opts));
    });
    let report = merge(present, sources.clone(), &opts);
    record(
        "merge N into N/2 (ids by cleaning)",
        t,
        format!(
            "{} added, {} duplicates",
            report.added.len(),
            report.duplicates.len()
        ),
    );

    // Data::build, natively.
    let mut readouts: Vec<Readout> = Vec::new();
    let t = best(|| {
        readouts = sources.iter().map(|s| s.readout(&opts)).collect();
    });
    let sentences: usize = readouts.iter().map(|r| r.sentences.len()).sum();
    record(
        "parse",
        t,
        format!("{:.0} MB/s, {sentences} sentences", mb / t),
    );
    let present_readouts = &readouts[..n / 2];
    let t = best(|| {
        black_box(merge_parsed(
            present,
            present_readouts,
            sources.clone(),
            &opts,
        ));
    });
    record("merge N into N/2 (ids known)", t, String::new());
    let t = best(|| {
        let mut r = readouts.clone();
        r.sort_by(|a, b| {
            (a.date.is_none(), a.date, &a.title).cmp(&(b.date.is_none(), b.date, &b.title))
        });
        black_box(r);
    });
    record("sort by date (with a clone)", t, String::new());
    let t = best(|| {
        for r in &readouts {
            black_box(analyse_readout(r, &lexicon));
        }
    });
    record("topics, stances, positions", t, String::new());
    let mut forms = Vec::new();
    let t = best(|| forms = find_formulations(&readouts));
    let uses: usize = forms.iter().map(|f| f.uses.len()).sum();
    record(
        "formulations",
        t,
        format!("{} formulations, {uses} uses", forms.len()),
    );
    let mut corpus = CorpusAnalysis::build(&readouts[..0], &lexicon);
    let t = best(|| corpus = CorpusAnalysis::build(&readouts, &lexicon));
    record(
        "CorpusAnalysis::build (analysis + formulations)",
        t,
        String::new(),
    );
    let mut index = SearchIndex::build(&readouts[..0]);
    let t = best(|| index = SearchIndex::build(&readouts));
    record(
        "SearchIndex::build",
        t,
        format!("{} terms", index.term_count()),
    );

    // Views.
    let data = Dataset::new(&readouts, &corpus.analyses, &lexicon);
    for (step, q) in [
        ("search: one word", "cooperation"),
        ("search: two words", "dialogue differences"),
        ("search: prefix", "coop"),
        ("search: phrase", "\"two sides should keep\""),
        ("search: common phrase", "\"the two countries should\""),
    ] {
        let mut total = 0;
        let t = best(|| total = index.search(&readouts, q, 100).total);
        record(step, t, format!("{q}: {total} sentences"));
    }
    let common = Query::parse("\"the two countries should\"");
    let mut found = 0;
    let t = best(|| found = index.matches(&common).len());
    record(
        "SearchIndex::matches (common phrase, once per query in the page)",
        t,
        format!("{found} sentences"),
    );
    let f = Filter {
        countries: vec!["Vietnam".into()],
        query: "dialogue".into(),
        ..Filter::default()
    };
    let mut kept = 0;
    let t = best(|| kept = f.apply(&data, &index).len());
    record(
        "Filter::apply (country + query)",
        t,
        format!("{kept} readouts"),
    );
    let t = best(|| {
        black_box(f.facets(&data, &index));
    });
    record("Filter::facets (country + query)", t, String::new());
    // What the page does per filter change: the catalog and the query's matches are kept.
    let mut catalog = Catalog::new(&data);
    let t = best(|| catalog = Catalog::new(&data));
    record("Catalog::new (once per load)", t, String::new());
    let matches = f.query_matches(&index);
    let t = best(|| {
        black_box(f.apply_in(&catalog, &data, matches.as_ref()));
    });
    record(
        "Filter::apply_in (catalog, query searched)",
        t,
        String::new(),
    );
    let t = best(|| {
        black_box(f.facets_in(&catalog, &data, matches.as_ref()));
    });
    record(
        "Filter::facets_in (catalog, query searched)",
        t,
        String::new(),
    );
    let all = data.all();
    let t = best(|| {
        black_box(topic_matrix_in(&catalog, &data, &all));
    });
    record(
        "topic matrix, all readouts (catalog made)",
        t,
        String::new(),
    );
    let t = best(|| {
        black_box(timeline_in(&catalog, &data, &all, 3));
    });
    record("timeline, all readouts (catalog made)", t, String::new());
    let cols = [0, n / 2, n - 1];
    let mut rows_out = 0;
    let t = best(|| {
        rows_out = compare(&readouts, &corpus, &lexicon, &cols, &Mode::AllSpeakers)
            .rows
            .len()
    });
    record("compare 3 readouts", t, format!("{rows_out} rows"));
}

fn print_table(sizes: &[usize], rows: &[Row]) {
    let fmt_time = |s: f64| {
        if s >= 1.0 {
            format!("{s:.2} s")
        } else if s >= 1e-3 {
            format!("{:.2} ms", s * 1e3)
        } else {
            format!("{:.1} µs", s * 1e6)
        }
    };
    let mut header = String::from("| step |");
    let mut rule = String::from("| --- |");
    for n in sizes {
        header.push_str(&format!(" {n} |"));
        rule.push_str(" ---: |");
    }
    for w in sizes.windows(2) {
        header.push_str(&format!(" x ({}→{}) |", w[0], w[1]));
        rule.push_str(" ---: |");
    }
    header.push_str(&format!(" at {} |", sizes.last().unwrap_or(&0)));
    rule.push_str(" --- |");
    println!("{header}\n{rule}");
    for r in rows {
        let mut line = format!("| {} |", r.step);
        for s in &r.secs {
            line.push_str(&format!(" {} |", fmt_time(*s)));
        }
        for w in r.secs.windows(2) {
            line.push_str(&format!(" {:.1} |", w[1] / w[0]));
        }
        line.push_str(&format!(" {} |", r.note));
        println!("{line}");
    }
}
