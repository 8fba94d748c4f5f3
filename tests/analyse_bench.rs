//! Analysis throughput on the synthetic corpus (`src/core/synth.rs`). Ignored by default:
//! `cargo test --release --test analyse_bench -- --ignored --nocapture`
//! (`BENCH_READOUTS` sets the corpus size, default 10,000; `BENCH_LANG=zh` or `mixed` the
//! language of `core::synth::corpus_of`, default `en`). Figures go to BENCHMARKS.md.

use readout_lens::core::analyse::{
    analyse_readout, compare, find_formulations, CorpusAnalysis, Lexicon, Mode,
};
use readout_lens::core::{parse, synth::corpus_of, ParseOptions};
#[path = "support/cpu_time.rs"]
mod cpu_time;
mod support;

use support::{bench_readouts, best_of};

#[test]
#[ignore = "benchmark: run with --release --ignored --nocapture"]
fn analysis_of_the_synthetic_corpus() {
    let n: usize = bench_readouts();
    let lang = std::env::var("BENCH_LANG").unwrap_or_else(|_| "en".into());
    let texts = corpus_of(&lang, n, 42).expect("BENCH_LANG: en, zh or mixed");
    let mb = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    let opts = ParseOptions::default();
    let lex = Lexicon::default_lexicon();
    let (t_parse, readouts) = best_of(3, || {
        texts
            .iter()
            .map(|t| parse(t, "synthetic", &opts))
            .collect::<Vec<_>>()
    });
    let sentences: usize = readouts.iter().map(|r| r.sentences.len()).sum();
    let (t_topics, positions) = best_of(3, || {
        readouts
            .iter()
            .map(|r| analyse_readout(r, &lex).positions.len())
            .sum::<usize>()
    });
    let (t_form, forms) = best_of(3, || find_formulations(&readouts));
    // The thread's CPU time too: on a loaded machine wall time counts the waits for a core.
    let cpu_form = (0..3)
        .filter_map(|_| {
            let start = cpu_time::thread_cpu_time()?;
            std::hint::black_box(find_formulations(&readouts));
            Some(cpu_time::thread_cpu_time()? - start)
        })
        .min();
    let (t_corpus, corpus) = best_of(3, || CorpusAnalysis::build(&readouts, &lex));
    let cols: Vec<usize> = (0..n.min(10)).collect();
    let (t_cmp, cmp) = best_of(3, || {
        compare(&readouts, &corpus, &lex, &cols, &Mode::AllSpeakers)
    });
    println!("analysis bench: {n} synthetic readouts ({lang}), {mb:.2} MB, {sentences} sentences (best of 3, this machine)");
    println!("  parse                         {:>8.3} s", t_parse);
    println!(
        "  topics + stances + positions  {:>8.3} s  ({positions} positions)",
        t_topics
    );
    println!(
        "  parse + topics/positions      {:>8.3} s",
        t_parse + t_topics
    );
    println!(
        "  formulations                  {:>8.3} s  ({} formulations, {} uses)",
        t_form,
        forms.len(),
        forms.iter().map(|f| f.uses.len()).sum::<usize>()
    );
    if let Some(cpu) = cpu_form {
        println!(
            "  formulations, thread CPU time {:>8.3} s",
            cpu.as_secs_f64()
        );
    }
    println!("  corpus analysis (both above)  {:>8.3} s", t_corpus);
    println!(
        "  compare 10 readouts           {:>8.3} s  ({} rows)",
        t_cmp,
        cmp.rows.len()
    );
    assert_eq!(corpus.analyses.len(), n);
}
