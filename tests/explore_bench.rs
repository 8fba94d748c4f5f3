//! Search index and explore views on the synthetic corpus (`src/core/synth.rs`). Ignored by
//! default: `cargo test --release --test explore_bench -- --ignored --nocapture`
//! (`BENCH_READOUTS` sets the corpus size; default 10,000). Figures go to BENCHMARKS.md.

use readout_lens::core::analyse::{analyse_readout, find_formulations, CorpusAnalysis, Lexicon};
use readout_lens::core::explore::{
    timeline_in, topic_matrix_in, Catalog, Dataset, Filter, HanTerms, Query, SearchIndex, ViewState,
};
use readout_lens::core::synth::synthetic_readouts;
mod support;
#[path = "support/zh.rs"]
mod zh;

use std::hint::black_box;
use support::{bench_readouts, best_of};

#[test]
#[ignore = "benchmark: run with --release --ignored --nocapture"]
fn search_and_views_on_the_synthetic_corpus() {
    let n: usize = bench_readouts();
    let readouts = synthetic_readouts(n, 42);
    let lexicon = Lexicon::default_lexicon();
    let corpus = CorpusAnalysis::build(&readouts, &lexicon);
    let data = Dataset::new(&readouts, &corpus.analyses, &lexicon);

    let (t_build, index) = best_of(3, || SearchIndex::build(&readouts));
    println!(
        "explore bench: {n} synthetic readouts, {} sentences, {} terms (best of 3 builds, 5 queries; this machine)",
        index.sentence_count(),
        index.term_count()
    );
    println!(
        "  index build                        {:>9.1} ms",
        t_build * 1e3
    );
    for q in [
        "vietnam",
        "cooperation",
        "dialogue differences",
        "\"the two countries should\"",
        "\"two sides should keep\"",
        "people-to-people",
        "coop",
        "c",
        "maritime coop",
        "nosuchword",
    ] {
        let (t, res) = best_of(5, || index.search(&readouts, q, 100));
        println!(
            "  search {:<28} {:>9.2} ms  ({} sentences)",
            format!("{q:?}"),
            t * 1e3,
            res.total
        );
    }
    for q in ["\"the two countries should\"", "\"two sides should keep\""] {
        let query = Query::parse(q);
        let (t, m) = best_of(5, || index.matches(&query));
        println!(
            "  matches {:<27} {:>9.2} ms  ({} sentences; once per query in the page)",
            format!("{q:?}"),
            t * 1e3,
            m.len()
        );
    }
    // What the page does per change: the catalog is made once per load, and the query's
    // matches once per query.
    let (t_catalog, catalog) = best_of(5, || Catalog::new(&data));
    println!(
        "  catalog (once per load)            {:>9.2} ms  ({} countries, {} speakers)",
        t_catalog * 1e3,
        catalog.countries.len(),
        catalog.speakers.len()
    );
    let f = Filter {
        countries: vec!["Vietnam".into()],
        query: "dialogue".into(),
        ..Filter::default()
    };
    let matches = f.query_matches(&index);
    let (t_apply, kept) = best_of(5, || f.apply_in(&catalog, &data, matches.as_ref()));
    println!(
        "  filter apply (country + query)     {:>9.2} ms  ({} readouts)",
        t_apply * 1e3,
        kept.len()
    );
    let (t_facets, _) = best_of(5, || f.facets_in(&catalog, &data, matches.as_ref()));
    println!(
        "  facets (country + query)           {:>9.2} ms",
        t_facets * 1e3
    );
    let all = data.all();
    let (t_matrix, m) = best_of(5, || topic_matrix_in(&catalog, &data, &all));
    println!(
        "  topic matrix, all readouts         {:>9.2} ms  ({} rows)",
        t_matrix * 1e3,
        m.rows.len()
    );
    let (t_tl, tl) = best_of(5, || timeline_in(&catalog, &data, &all, 3));
    println!(
        "  timeline, all readouts             {:>9.2} ms  ({} groups)",
        t_tl * 1e3,
        tl.groups.len()
    );
    let frag = "#/readout/x?s=3&country=Viet%20Nam&q=%22zero-sum%22&from=2020-01-01";
    let (t_url, _) = best_of(5, || ViewState::from_fragment(frag).to_fragment());
    println!(
        "  URL state decode + encode          {:>9.4} ms",
        t_url * 1e3
    );
    black_box(Query::parse("x"));
}

/// Chinese search: the same synthetic Chinese corpus indexed with single characters and with
/// character bigrams (`HanTerms`), the index sizes and the time of each query, and whether the
/// two give the same sentences (they must: both are exact). Figures go to BENCHMARKS.md,
/// "Search in Chinese".
#[test]
#[ignore = "benchmark: run with --release --ignored --nocapture"]
fn chinese_search_with_characters_and_with_bigrams() {
    let n: usize = bench_readouts();
    let readouts = zh::chinese_readouts(n, 42);
    let text: usize = readouts.iter().map(|r| r.text.len()).sum();
    println!(
        "Chinese search bench: {n} synthetic Chinese readouts, {:.2} MB of text (best of 3 builds, 5 queries; this machine)",
        text as f64 / 1e6
    );
    let queries = [
        "南海",
        "合作",
        "海",
        "人类命运共同体",
        "\"双方同意\"",
        "多边主义 数字经济",
        "一带一路",
        "RCEP",
        "南海合作",
    ];
    let mut totals: Vec<Vec<usize>> = vec![];
    for han in [HanTerms::Characters, HanTerms::Bigrams] {
        let (t_build, index) = best_of(3, || SearchIndex::build_with(&readouts, han));
        println!(
            "  {han:?}: build {:.1} ms, {} terms, {} postings, {:.1} MB on the heap, {} sentences",
            t_build * 1e3,
            index.term_count(),
            index.posting_count(),
            index.heap_bytes() as f64 / 1e6,
            index.sentence_count()
        );
        let mut row = vec![];
        for q in queries {
            let (t, res) = best_of(5, || index.search(&readouts, q, 100));
            println!(
                "    search {:<24} {:>9.2} ms  ({} sentences)",
                format!("{q:?}"),
                t * 1e3,
                res.total
            );
            row.push(res.total);
        }
        totals.push(row);
    }
    println!(
        "  same sentences found both ways: {}",
        totals.windows(2).all(|w| w[0] == w[1])
    );
    let lexicon = Lexicon::default_lexicon();
    let (t_topics, positions) = best_of(3, || {
        readouts
            .iter()
            .map(|r| analyse_readout(r, &lexicon).positions.len())
            .sum::<usize>()
    });
    println!(
        "  topics, stances, positions         {:>9.1} ms  ({positions} positions)",
        t_topics * 1e3
    );
    let (t_f, fs) = best_of(3, || find_formulations(&readouts));
    println!(
        "  formulations                       {:>9.1} ms  ({} formulations, {} uses; first: {})",
        t_f * 1e3,
        fs.len(),
        fs.iter().map(|f| f.uses.len()).sum::<usize>(),
        fs.first().map_or("", |f| f.text.as_str())
    );
}
