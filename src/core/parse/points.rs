//! Stage 5, points: attributed sentences -> enumerated points.
//!
//! Takes the cleaned text, the sentences, their attributions and a [`Lang`]; gives the
//! [`Point`]s. A marker is an ordinal word with a comma at the start of a sentence or after `:`
//! or `;` ("First, ...", "...: first, firm up confidence; second, ..."), or "The first priority
//! is ..." at the start of a sentence. Only runs that count 1, 2, 3... within one paragraph are
//! points, so a lone "First, I thank you" is not. A point runs to the next marker; the last one
//! runs on through the paragraph until a sentence names a speaker. A script with its own stage
//! hooks (Chinese: "一是", "第二，", "首先，", "最后，") finds its markers with them; its runs may
//! go on into the next paragraph, and a run inside one sentence ends with the sentence.

use super::attribute::Attribution;
use super::lang::Lang;
use super::scan;
use crate::core::model::{Point, Span};

#[derive(Debug, Clone, Copy)]
struct Marker {
    at: usize,
    ordinal: u32,
    sentence: usize,
}

pub(super) fn points(
    text: &str,
    sentences: &[(Span, usize)],
    attr: &[Attribution],
    lang: &Lang,
) -> Vec<Point> {
    let mut markers = Vec::new();
    let mut found = Vec::new();
    let stages = lang.script.stages;
    for (i, &(span, _)) in sentences.iter().enumerate() {
        match stages {
            Some(st) => {
                found.clear();
                (st.markers)(span.of(text), &mut found);
                markers.extend(found.iter().map(|&(at, ordinal)| Marker {
                    at: span.start + at,
                    ordinal,
                    sentence: i,
                }));
            }
            None => find_markers(text, span, i, lang, &mut markers),
        }
    }
    let mut out = Vec::new();
    let mut run: Vec<Marker> = Vec::new();
    for mut m in markers {
        // 0 is "the last" ("最后"): the point after the one before it.
        if m.ordinal == 0 {
            m.ordinal = run.last().map_or(0, |l| l.ordinal + 1);
        }
        let follows = run.last().is_some_and(|l| {
            m.ordinal == l.ordinal + 1 && continues_run(sentences, l, &m, stages.is_some())
        });
        if !follows {
            emit(&run, Some(&m), text, sentences, attr, lang, &mut out);
            run.clear();
        }
        if follows || m.ordinal == 1 {
            run.push(m);
        }
    }
    emit(&run, None, text, sentences, attr, lang, &mut out);
    out
}

/// True when marker `m` can follow `l` in a run: in the same paragraph, or, in a script with
/// its own stages (Chinese, where each point may be a paragraph), at the start of the next.
fn continues_run(sentences: &[(Span, usize)], l: &Marker, m: &Marker, by_paragraph: bool) -> bool {
    let (lp, (span, mp)) = (sentences[l.sentence].1, sentences[m.sentence]);
    let opens_paragraph = m.sentence == 0 || sentences[m.sentence - 1].1 != mp;
    lp == mp || (by_paragraph && mp == lp + 1 && opens_paragraph && m.at <= span.start + 3)
}

fn find_markers(text: &str, span: Span, i: usize, lang: &Lang, out: &mut Vec<Marker>) {
    let s = span.of(text);
    let lead = s.len() - scan::trim_start_marks(s, b"\"'").len();
    let mut marker_at = |at: usize| {
        if let Some(ordinal) = ordinal_at(&s[at..], at == lead, lang) {
            out.push(Marker {
                at: span.start + at,
                ordinal,
                sentence: i,
            });
        }
    };
    marker_at(lead);
    // Then after each ": " or "; ", found by a byte scan (most sentences have neither).
    let b = s.as_bytes();
    let mut k = scan::next_of(b, 0, [b':', b';']);
    while k < b.len() {
        if b.get(k + 1) == Some(&b' ') {
            marker_at(k + 2);
        }
        k = scan::next_of(b, k + 1, [b':', b';']);
    }
}

/// The ordinal of a marker that opens `rest`: "First," "second, ..." or, at the start of a
/// sentence (`opens`), "The first priority is".
fn ordinal_at(rest: &str, opens: bool, lang: &Lang) -> Option<u32> {
    // Only the first word is read for most starts: a colon-heavy text stays cheap (a short
    // byte scan; a search for the space would set up a searcher for every sentence).
    let first = &rest[..rest.bytes().position(|b| b == b' ').unwrap_or(rest.len())];
    match lang.ordinal(scan::trim_end_marks(first, b",")) {
        Some(n) if first.ends_with(',') => Some(n),
        Some(n)
            if rest
                .get(first.len()..)
                .is_some_and(|r| lang.ordinal_tails.iter().any(|t| r.starts_with(t))) =>
        {
            Some(n)
        }
        // "The first priority is", only at the start of a sentence: five words, on the stack
        // (most sentences open with an article).
        None if opens && lang.is_article(first) => {
            // The second word is asked first: the other three are read only after an ordinal.
            let mut words = scan::words(rest).map(|w| w.1);
            let n = words.nth(1).and_then(|x| lang.ordinal(x))?;
            words
                .take(3)
                .any(|x| lang.ordinal_copulas.contains(x))
                .then_some(n)
        }
        _ => None,
    }
}

/// Turns a run of markers counting from 1 into points. The last point stops at `next`, the
/// marker after the run (before its sentence, or at it within the same sentence: "third, c:
/// first, a"): runs never overlap, so the stage and its output stay linear.
fn emit(
    run: &[Marker],
    next: Option<&Marker>,
    text: &str,
    sentences: &[(Span, usize)],
    attr: &[Attribution],
    lang: &Lang,
    out: &mut Vec<Point>,
) {
    if run.len() < 2 {
        return;
    }
    let limit = next.map_or(usize::MAX, |n| n.sentence);
    for (j, m) in run.iter().enumerate() {
        let after = run.get(j + 1).or(next.filter(|n| n.sentence == m.sentence));
        let end = match after {
            Some(next) if next.sentence == m.sentence => next.at,
            Some(next) => sentences[next.sentence - 1].0.end,
            // "一是…，二是…。": a run inside one sentence ends with it, in Chinese.
            None if lang.script.stages.is_some() && j > 0 && run[j - 1].sentence == m.sentence => {
                sentences[m.sentence].0.end
            }
            None => {
                let para = sentences[m.sentence].1;
                let mut k = m.sentence;
                while sentences
                    .get(k + 1)
                    .is_some_and(|s| s.1 == para && !attr[k + 1].cue && k + 1 < limit)
                {
                    k += 1;
                }
                sentences[k].0.end
            }
        };
        let piece = text.get(m.at..end).unwrap_or("");
        let mut trimmed = piece.trim_end().trim_end_matches([';', ',']);
        for t in lang.point_trailing {
            trimmed = trimmed.trim_end_matches(t);
        }
        let trimmed = trimmed.trim_end();
        out.push(Point {
            speaker: attr[m.sentence].speaker,
            ordinal: m.ordinal,
            span: Span::new(m.at, m.at + trimmed.len()),
            sentence: m.sentence,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::Speaker;
    use crate::core::parse::lang::en::EN;

    fn run(sents: &[&str]) -> Vec<(u32, String)> {
        let text = sents.join(" ");
        let mut spans = vec![];
        let mut at = 0;
        for s in sents {
            spans.push((Span::new(at, at + s.len()), 0));
            at += s.len() + 1;
        }
        let attr = vec![
            Attribution {
                speaker: Speaker::Person(0),
                cue: false
            };
            sents.len()
        ];
        points(&text, &spans, &attr, &EN)
            .into_iter()
            .map(|p| (p.ordinal, p.span.of(&text).to_string()))
            .collect()
    }

    #[test]
    fn ordinals_inside_one_sentence_are_points() {
        let got =
            run(&["He proposed: first, firm up confidence; second, deepen trade; third, talk."]);
        let want = [
            (1, "first, firm up confidence"),
            (2, "second, deepen trade"),
            (3, "third, talk."),
        ];
        assert_eq!(got, want.map(|(n, s)| (n, s.to_string())));
    }

    #[test]
    fn a_run_ends_where_the_next_run_starts_in_the_same_sentence() {
        let got = run(&["first, a; second, b; third, c: first, d; second, e"]);
        let texts: Vec<&str> = got.iter().map(|p| p.1.as_str()).collect();
        assert_eq!(
            texts,
            [
                "first, a",
                "second, b",
                "third, c:",
                "first, d",
                "second, e"
            ]
        );
    }

    #[test]
    fn the_first_priority_is_a_point() {
        let got = run(&[
            "The first priority is trade.",
            "It matters.",
            "The second priority is health.",
        ]);
        assert_eq!(
            got[0],
            (1, "The first priority is trade. It matters.".to_string())
        );
        assert_eq!(got[1].0, 2);
    }

    #[test]
    fn a_lone_first_is_not_a_point() {
        assert!(run(&["First, I thank you.", "Third, nothing."]).is_empty());
    }
}
