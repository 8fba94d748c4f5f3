//! A deterministic synthetic corpus for benchmarks and tests: readouts in the shapes the parser
//! handles (headline or not, date line or date in the opening sentence, web-page chrome, five
//! formats, two or three parties, surnames, pronouns, joint sentences, enumerated points).
//!
//! Every text is obviously synthetic: the officials are invented from syllables, and each text
//! ends with a line saying it was generated. Countries are real so that country names and
//! adjectives are exercised. [`chinese_corpus`] gives the same in Chinese, [`mixed_corpus`]
//! both languages in turn.

mod zh;

/// `n` synthetic readouts from `seed`; the same arguments always give the same texts.
pub fn synthetic_corpus(n: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    (0..n).map(|i| readout(i, &mut rng)).collect()
}

/// `n` synthetic readouts in Chinese (see `synth/zh.rs`), deterministic from `seed`.
pub fn chinese_corpus(n: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    (0..n).map(|i| zh::readout(i, &mut rng)).collect()
}

/// `n` synthetic readouts, English and Chinese in turn (English first).
pub fn mixed_corpus(n: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    (0..n)
        .map(|i| match i % 2 {
            0 => readout(i, &mut rng),
            _ => zh::readout(i, &mut rng),
        })
        .collect()
}

/// The synthetic corpus of one kind: "en" (the default), "zh" or "mixed".
pub fn corpus_of(kind: &str, n: usize, seed: u64) -> Option<Vec<String>> {
    match kind {
        "en" => Some(synthetic_corpus(n, seed)),
        "zh" => Some(chinese_corpus(n, seed)),
        "mixed" => Some(mixed_corpus(n, seed)),
        _ => None,
    }
}

/// The `n` readouts of [`synthetic_corpus`], parsed with the default options.
pub fn synthetic_readouts(n: usize, seed: u64) -> Vec<crate::core::Readout> {
    let opts = crate::core::ParseOptions::default();
    synthetic_corpus(n, seed)
        .iter()
        .map(|t| crate::core::parse(t, "synthetic", &opts))
        .collect()
}

/// xorshift64*: a tiny deterministic generator for synthetic text and the parser's fuzz tests
/// (no `rand` dependency). The state must not be 0.
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const SYLLABLES: &[&str] = &[
    "Zor", "Vel", "Quin", "Tav", "Mor", "Lix", "Bren", "Sul", "Dar", "Nox", "Pell", "Rin",
];
/// (country, adjective)
const COUNTRIES: &[(&str, &str)] = &[
    ("Vietnam", "Vietnamese"),
    ("Portugal", "Portuguese"),
    ("the Philippines", "Philippine"),
    ("Norway", "Norwegian"),
    ("Kenya", "Kenyan"),
    ("Chile", "Chilean"),
    ("Germany", "German"),
    ("Japan", "Japanese"),
    ("the Republic of Korea", "ROK"),
    ("Brazil", "Brazilian"),
];
const ROLES: &[&str] = &[
    "Foreign Minister",
    "Vice Foreign Minister",
    "Deputy Foreign Minister",
    "Assistant Foreign Minister",
    "State Secretary",
];
/// (phrase in the opening sentence, phrase in a headline)
const FORMATS: &[(&str, &str)] = &[
    (
        "held a video conference with",
        "Holds a Video Conference with",
    ),
    ("held a video meeting with", "Holds a Video Meeting with"),
    ("had a phone call with", "Has a Phone Call with"),
    ("held talks with", "Holds Talks with"),
    ("met with", "Meets with"),
];
const TOPICS: &[&str] = &[
    "trade and investment",
    "climate change",
    "public health",
    "regional security",
    "people-to-people exchanges",
    "the digital economy",
    "maritime cooperation",
    "food security",
];
const VERBS: &[&str] = &[
    "said",
    "stressed",
    "noted",
    "pointed out",
    "expressed the hope",
];

fn name(rng: &mut Rng) -> String {
    let s = |rng: &mut Rng| {
        format!(
            "{}{}",
            rng.pick(SYLLABLES),
            rng.pick(SYLLABLES).to_ascii_lowercase()
        )
    };
    format!("{} {}", s(rng), s(rng))
}

// Long on purpose: the order of the random draws fixes every synthetic corpus that tests and
// benchmarks rely on, and one function keeps that order in one place, top to bottom.
fn readout(i: usize, rng: &mut Rng) -> String {
    let (year, month, day) = (2015 + rng.below(10), 1 + rng.below(12), 1 + rng.below(28));
    let host = name(rng);
    let host_role = rng.pick(ROLES);
    let guests: Vec<(String, &str, (&str, &str))> = (0..1 + rng.below(2))
        .map(|_| {
            let c = COUNTRIES[rng.below(COUNTRIES.len())];
            (name(rng), rng.pick(ROLES), c)
        })
        .collect();
    let (phrase, headline_phrase) = FORMATS[rng.below(FORMATS.len())];
    let shape = rng.below(4);
    let mut t = String::with_capacity(2048);
    if shape == 0 {
        t.push_str("English | Français | Español\nHome > News > Activities\nShare\n\n");
    }
    let guest_list = |adjective: bool| {
        guests
            .iter()
            .map(|(n, r, (c, adj))| match adjective {
                true => format!("{adj} {r} {n}"),
                false => format!("{r} {n} of {c}"),
            })
            .collect::<Vec<_>>()
            .join(" and ")
    };
    if shape != 3 {
        t.push_str(&format!(
            "{host_role} {host} {headline_phrase} {}\n\n",
            guest_list(false)
        ));
        t.push_str(&format!("{year}-{month:02}-{day:02}\n\n"));
    }
    let when = match shape {
        1 => format!(
            "On the afternoon of {} {day}, {year}, ",
            crate::core::model::MONTH_NAMES[month - 1]
        ),
        2 => String::new(),
        _ => format!(
            "On {} {day}, {year}, ",
            crate::core::model::MONTH_NAMES[month - 1]
        ),
    };
    let adjective = rng.below(2) == 0;
    t.push_str(&format!(
        "{when}{host_role} {host} {phrase} {}. ",
        guest_list(adjective)
    ));
    t.push_str(&format!(
        "Both sides exchanged views on {}.\n\n",
        rng.pick(TOPICS)
    ));
    let surname = host.split(' ').next().unwrap_or("");
    for p in 0..2 + rng.below(3) {
        let who = if p == 0 { host.as_str() } else { surname };
        t.push_str(&format!(
            "{who} {} that the two countries should deepen cooperation on {}. ",
            rng.pick(VERBS),
            rng.pick(TOPICS)
        ));
        t.push_str("He added that dialogue is the right way to handle differences. ");
        if p == 1 {
            t.push_str(&format!(
                "First, strengthen {}. Second, expand {}; third, support {}. ",
                rng.pick(TOPICS),
                rng.pick(TOPICS),
                rng.pick(TOPICS)
            ));
        }
        t.push_str(
            "The U.S. side was not mentioned, and No. 1 priority stays 2.5 times higher.\n\n",
        );
    }
    for (n, _, _) in &guests {
        t.push_str(&format!(
            "{n} spoke highly of the cooperation on {}. She said the two sides should keep in close touch.\n\n",
            rng.pick(TOPICS)
        ));
    }
    t.push_str("The two sides agreed to maintain communication.\n\n");
    t.push_str(&format!(
        "Synthetic readout no. {i}, generated for benchmarks and tests.\n"
    ));
    if shape == 0 {
        t.push_str("\nSuggest to a friend\nPrint\nCopyright © Synthetic Ministry\n");
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_corpus() {
        assert_eq!(synthetic_corpus(20, 7), synthetic_corpus(20, 7));
        assert_ne!(synthetic_corpus(5, 7), synthetic_corpus(5, 8));
    }

    #[test]
    fn every_synthetic_readout_says_it_is_synthetic_and_parses_with_a_date() {
        let opts = crate::core::ParseOptions::default();
        for (i, t) in synthetic_corpus(200, 1).iter().enumerate() {
            assert!(t.contains("Synthetic readout no."));
            let r = crate::core::parse(t, "synth", &opts);
            assert!(r.participants.len() >= 2, "{i}: {t}");
            assert!(r.format.is_some() && r.date.is_some(), "{i}");
            assert!(r.points.len() >= 3, "{i}: {t}");
        }
    }
}
