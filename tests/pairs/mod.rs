//! The written versions corpus (`tests/fixtures/versions/`, format in its README): pairs of a
//! Chinese readout and its English version with the gold alignment, read into readouts built by
//! hand (sentences as written) or by the parser, and the gold beads in sentence indices.

#![allow(dead_code)]

use readout_lens::core::model::{Language, Participant, Readout, Sentence, Span, Speaker};
use readout_lens::core::{parse, ParseOptions};
use std::ops::Range;

pub const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/versions");

/// One bead of the gold alignment.
pub struct GoldBead {
    pub zh: String,
    pub en: String,
    pub paragraph: usize,
}

pub struct Pair {
    pub name: String,
    pub held_out: bool,
    pub header: Vec<(String, String)>,
    pub beads: Vec<GoldBead>,
}

fn people(spec: &str) -> Vec<Participant> {
    spec.split(';')
        .filter(|p| !p.trim().is_empty())
        .map(|p| {
            let f: Vec<&str> = p.split('/').map(str::trim).collect();
            Participant {
                name: f[0].to_string(),
                role: f.get(1).unwrap_or(&"").to_string(),
                country: f.get(2).map(|c| c.to_string()),
            }
        })
        .collect()
}

impl Pair {
    pub fn get(&self, key: &str) -> &str {
        self.header
            .iter()
            .find(|(k, _)| k == key)
            .map_or("", |(_, v)| v.as_str())
    }

    fn side(&self, lang: Language) -> (&str, &str, Vec<Vec<&str>>) {
        let (title, date) = match lang {
            Language::Chinese => (self.get("title-zh"), self.get("date-zh")),
            Language::English => (self.get("title-en"), self.get("date-en")),
        };
        let mut paragraphs: Vec<Vec<&str>> = Vec::new();
        for b in &self.beads {
            if paragraphs.len() <= b.paragraph {
                paragraphs.resize(b.paragraph + 1, Vec::new());
            }
            let s = match lang {
                Language::Chinese => b.zh.as_str(),
                Language::English => b.en.as_str(),
            };
            if !s.is_empty() {
                paragraphs[b.paragraph].push(s);
            }
        }
        paragraphs.retain(|p| !p.is_empty());
        (title, date, paragraphs)
    }

    /// The readout text of one version: headline, date line, paragraphs.
    pub fn text(&self, lang: Language) -> String {
        let (title, date, paragraphs) = self.side(lang);
        let sep = if lang == Language::Chinese { "" } else { " " };
        let mut out = format!("{title}\n");
        if !date.is_empty() {
            out.push_str(date);
            out.push('\n');
        }
        for p in paragraphs {
            out.push('\n');
            out.push_str(&p.join(sep));
            out.push('\n');
        }
        out
    }

    /// One version as a readout built by hand: the sentences as written (split at 。！？ or at
    /// ". " before a capital), no speakers, no points; the participants of the header.
    pub fn hand_readout(&self, lang: Language) -> Readout {
        let (title, _, _) = self.side(lang);
        let (people_key, code) = match lang {
            Language::Chinese => ("people-zh", "zh"),
            Language::English => ("people-en", "en"),
        };
        let mut text = String::new();
        let (mut paragraphs, mut sentences) = (Vec::new(), Vec::new());
        let mut last_paragraph = None;
        for b in &self.beads {
            let s = if lang == Language::Chinese {
                &b.zh
            } else {
                &b.en
            };
            if s.is_empty() {
                continue;
            }
            if last_paragraph != Some(b.paragraph) {
                if !text.is_empty() {
                    text.push_str("\n\n");
                }
                paragraphs.push(Span::new(text.len(), text.len()));
                last_paragraph = Some(b.paragraph);
            } else if lang == Language::English {
                text.push(' ');
            }
            for piece in split_sentences(s, lang) {
                let start = text.len();
                text.push_str(piece);
                sentences.push(Sentence {
                    span: Span::new(start, text.len()),
                    paragraph: paragraphs.len() - 1,
                    speaker: Speaker::Narration,
                });
                if lang == Language::English && !s.ends_with(piece) {
                    text.push(' ');
                }
            }
            paragraphs.last_mut().unwrap().end = text.len();
        }
        let date = self
            .get("date-en")
            .replace('/', "-")
            .get(..10)
            .and_then(readout_lens::core::Date::parse_iso);
        Readout {
            id: format!("{}-{code}", self.name),
            language: lang,
            publisher: Some("China".into()),
            publisher_assumed: false,
            title: title.to_string(),
            title_derived: false,
            date,
            format: None,
            participants: people(self.get(people_key)),
            text,
            paragraphs,
            sentences,
            points: vec![],
            origin: format!("{}-{code}.txt", self.name),
            corrected: vec![],
        }
    }

    /// One version parsed from its text, as an import would.
    pub fn parsed_readout(&self, lang: Language) -> Readout {
        let code = if lang == Language::Chinese {
            "zh"
        } else {
            "en"
        };
        parse(
            &self.text(lang),
            &format!("{}-{code}.txt", self.name),
            &ParseOptions::default(),
        )
    }

    /// The gold bead of each sentence of `r` (a version of this pair): the bead whose text
    /// holds the sentence. `None` for a sentence no bead holds (the parser cut differently).
    pub fn bead_of(&self, r: &Readout, lang: Language) -> Vec<Option<usize>> {
        // The parser's cleaning makes curly quotes straight.
        let norm = |s: &str| s.replace(['“', '”'], "\"").replace(['‘', '’'], "'");
        (0..r.sentences.len())
            .map(|i| {
                let s = norm(r.sentence_text(i).trim());
                self.beads.iter().position(|b| {
                    let t = if lang == Language::Chinese {
                        &b.zh
                    } else {
                        &b.en
                    };
                    !s.is_empty() && norm(t).contains(&s)
                })
            })
            .collect()
    }

    /// The gold beads in sentence indices of `zh` and `en`, or `None` when a sentence of either
    /// is not inside one bead, or a bead's sentences are not contiguous.
    pub fn gold(&self, zh: &Readout, en: &Readout) -> Option<Vec<(Range<usize>, Range<usize>)>> {
        let (bz, be) = (
            self.bead_of(zh, Language::Chinese),
            self.bead_of(en, Language::English),
        );
        if bz.iter().chain(&be).any(Option::is_none) {
            return None;
        }
        let range = |of: &[Option<usize>], k: usize, from: usize| {
            let start = of.iter().position(|&b| b == Some(k)).unwrap_or(from);
            let len = of.iter().filter(|&&b| b == Some(k)).count();
            start..start + len
        };
        let (mut z, mut e) = (0, 0);
        let mut out = Vec::new();
        for k in 0..self.beads.len() {
            let (rz, re) = (range(&bz, k, z), range(&be, k, e));
            if rz.start != z || re.start != e {
                return None;
            }
            z = rz.end;
            e = re.end;
            out.push((rz, re));
        }
        Some(out)
    }
}

/// Sentences of one side of a bead as written: Chinese ends at 。！？ (and a closing quote
/// after it), English at ". " before a capital or a quote, abbreviations such as "U.S." kept.
pub fn split_sentences(s: &str, lang: Language) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let end = i + c.len_utf8();
        let ends = match lang {
            Language::Chinese => {
                "。！？".contains(c) && !chars.get(k + 1).is_some_and(|&(_, n)| "”’」".contains(n))
                    || "”’」".contains(c) && k > 0 && "。！？".contains(chars[k - 1].1)
            }
            Language::English => {
                let next_cap = s[end..]
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(|n: char| n.is_uppercase() || n == '"'));
                let abbrev = ["U.S", "Mr", "Ms", "Dr", "St"]
                    .iter()
                    .any(|a| s[..i].ends_with(a));
                ".?!".contains(c) && next_cap && !abbrev
            }
        };
        if ends {
            out.push(s[start..end].trim());
            start = end;
        }
    }
    if !s[start..].trim().is_empty() {
        out.push(s[start..].trim());
    }
    out
}

/// Every pair of the corpus, in file name order.
pub fn load_pairs() -> Vec<Pair> {
    let mut files: Vec<_> = std::fs::read_dir(DIR)
        .expect("the versions corpus")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).expect("a pair file");
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let (mut header, mut beads) = (Vec::new(), Vec::new());
            let (mut in_header, mut paragraph, mut blank) = (true, 0, false);
            for line in text.lines() {
                if line.starts_with('#') {
                    continue;
                }
                if line.trim().is_empty() {
                    if !in_header && !beads.is_empty() {
                        blank = true;
                    }
                    in_header = false;
                    continue;
                }
                if in_header {
                    let (k, v) = line.split_once(':').expect("key: value");
                    header.push((k.trim().to_string(), v.trim().to_string()));
                    continue;
                }
                if blank {
                    paragraph += 1;
                    blank = false;
                }
                let (zh, en) = line.split_once('‖').expect("a bead line: zh ‖ en");
                beads.push(GoldBead {
                    zh: zh.trim().to_string(),
                    en: en.trim().to_string(),
                    paragraph,
                });
            }
            let held_out = header.iter().any(|(k, v)| k == "split" && v == "held-out");
            Pair {
                name,
                held_out,
                header,
                beads,
            }
        })
        .collect()
}
