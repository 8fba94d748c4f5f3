//! Stances: how a speaker stands on a topic in one sentence, read from the verbs around it.
//!
//! The stance set is deliberately small:
//!
//! | stance | read from (examples) |
//! | --- | --- |
//! | `supports` | supports, upholds, adheres to, promotes, deepens, should, calls for, hopes |
//! | `opposes` | opposes, against, rejects, prevents, "instead of hyping up", and any negated support ("does not support", "will never allow") |
//! | `concerned` | concerned, concern over, worried, deteriorating, recession, disturbance |
//! | `commits` | is ready to, is willing to, will, agreed to, committed to, and a positive verb governed by one of those |
//! | `welcomes` | welcomes, congratulates, pleased |
//! | `appreciates` | appreciates, thanks, speaks highly of, highly values, commends |
//! | `neutral` | the topic is mentioned, discussed or described without a stance verb |
//!
//! Rule: the stance of a topic mention is set by the nearest stance cue before it in the same
//! clause (a clause ends at ";", ":" or a dash). A negator ("not", "never", "no") up to three
//! words before a cue turns support, commitment, welcome or appreciation into `opposes`. A
//! positive verb with a commitment marker earlier in the clause ("is ready to ... deepen")
//! reads as `commits`. With no cue before it, a concern cue after the mention ("the pandemic
//! has come back strongly") makes it `concerned`; otherwise the mention is `neutral`.

use super::lang::{en, zh};
use super::phrases::{PhraseMatch, PhraseSet};
use super::words::{Tokens, Word};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// A speaker's stance on a topic in one sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    Supports,
    Opposes,
    Concerned,
    Commits,
    Welcomes,
    Appreciates,
    Neutral,
}

impl Stance {
    pub const ALL: [Stance; 7] = [
        Stance::Supports,
        Stance::Opposes,
        Stance::Concerned,
        Stance::Commits,
        Stance::Welcomes,
        Stance::Appreciates,
        Stance::Neutral,
    ];

    /// The serialised name, e.g. "supports".
    pub fn name(self) -> &'static str {
        match self {
            Stance::Supports => "supports",
            Stance::Opposes => "opposes",
            Stance::Concerned => "concerned",
            Stance::Commits => "commits",
            Stance::Welcomes => "welcomes",
            Stance::Appreciates => "appreciates",
            Stance::Neutral => "neutral",
        }
    }

    pub fn from_name(s: &str) -> Option<Stance> {
        Stance::ALL.into_iter().find(|st| st.name() == s)
    }
}

/// What a stance cue does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    /// Explicit support ("supports", "upholds"); under a commitment marker it commits.
    Support,
    /// A positive action verb ("promote", "deepen"): supports, or commits under a marker.
    Action,
    /// "should", "hopes", "calls for": supports, and shields what follows from a marker.
    Modal,
    Oppose,
    /// What the speaker says the other side's act does wrong ("违反", "损害"): opposes the
    /// mention before it (its subject: "出口管制严重违反市场规则") as well as after it.
    Criticise,
    Concern,
    Commit,
    Welcome,
    Appreciate,
    Neutral,
    Negator,
    /// Hides a shorter cue without setting a stance itself ("fight against" is not "against").
    Transparent,
}

/// Every language's stance cues (`super::lang`), one list: a phrase's tag in [`cue_set`] is the
/// index of its entry here, and [`cue_of`] reads the cue back from the same entry, so there is
/// no second list to keep in step. Scripts never collide, so all tables apply to every readout
/// (a Chinese readout quoting English, or the reverse, is read with both).
fn cue_entries() -> impl Iterator<Item = &'static (Cue, &'static str)> {
    en::STANCE_CUES.iter().chain(zh::STANCE_CUES)
}

/// The cue of each entry of [`cue_entries`], by tag.
fn cue_kinds() -> &'static [Cue] {
    static KINDS: OnceLock<Vec<Cue>> = OnceLock::new();
    KINDS.get_or_init(|| cue_entries().map(|(cue, _)| *cue).collect())
}

/// The compiled stance cues (built once).
pub(crate) fn cue_set() -> &'static PhraseSet {
    static SET: OnceLock<PhraseSet> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = PhraseSet::default();
        for (entry, (_, phrases)) in cue_entries().enumerate() {
            for p in phrases.split(';').map(str::trim).filter(|p| !p.is_empty()) {
                // The table is a constant checked by the tests below, so a bad entry is a bug
                // caught before release; skipping it keeps the app running meanwhile.
                let _ = set.add(p, entry as u32);
            }
        }
        set
    })
}

/// Stance cues of a sentence, longest first where they overlap ("fight against" hides
/// "against"), in word order.
pub(crate) fn find_cues(tokens: &Tokens, out: &mut Vec<PhraseMatch>) {
    out.clear();
    cue_set().find_into(tokens, out);
    if out.len() > 1 {
        let all = std::mem::take(out);
        for m in &all {
            let hidden = all.iter().any(|o| {
                o != m
                    && o.first <= m.first
                    && o.end >= m.end
                    && (o.end - o.first) > (m.end - m.first)
            });
            if !hidden {
                out.push(*m);
            }
        }
    }
}

/// The cue of a match: its tag is the index of its entry in [`cue_entries`].
fn cue_of(m: &PhraseMatch) -> Cue {
    cue_kinds()
        .get(m.tag as usize)
        .copied()
        .unwrap_or(Cue::Transparent)
}

/// The stance of a topic mention covering words `[first, end)`, given the sentence's cues.
pub(crate) fn stance_at(words: &[Word], cues: &[PhraseMatch], first: usize, end: usize) -> Stance {
    let clause = words[first].clause;
    let same_clause = |m: &PhraseMatch| words[m.first].clause == clause;
    let negated = |m: &PhraseMatch| {
        cues.iter().any(|n| {
            cue_of(n) == Cue::Negator && n.end <= m.first && m.first - n.end <= 3 && same_clause(n)
        })
    };
    // Cues before the mention, nearest first, skipping negators (they only modify).
    let before: Vec<&PhraseMatch> = cues
        .iter()
        .filter(|m| {
            m.end <= first
                && same_clause(m)
                && !matches!(cue_of(m), Cue::Negator | Cue::Transparent)
        })
        .rev()
        .collect();
    // A neutral verb ("discussed", "exchanged views on") sets no stance of its own: what the
    // clause says after the mention still can ("... and shared serious concerns").
    if let Some(&nearest) = before
        .first()
        .filter(|m| cue_of(m) != Cue::Neutral || negated(m))
    {
        let kind = cue_of(nearest);
        if negated(nearest) {
            return match kind {
                Cue::Oppose | Cue::Criticise => Stance::Supports,
                Cue::Concern | Cue::Neutral => Stance::Neutral,
                _ => Stance::Opposes,
            };
        }
        return match kind {
            Cue::Oppose | Cue::Criticise => Stance::Opposes,
            Cue::Concern => Stance::Concerned,
            // "welcomed China's pledge to ...": the welcome governs the commitment.
            Cue::Commit => match before.get(1).map(|m| cue_of(m)) {
                Some(Cue::Welcome) => Stance::Welcomes,
                Some(Cue::Appreciate) => Stance::Appreciates,
                _ => Stance::Commits,
            },
            Cue::Welcome => Stance::Welcomes,
            Cue::Appreciate => Stance::Appreciates,
            Cue::Neutral => Stance::Neutral,
            Cue::Modal => Stance::Supports,
            Cue::Support | Cue::Action => {
                // A verb in a list ("is ready to remove X, resolve Y and deepen Z") is governed
                // by the list's head: look back through sibling verbs for a commitment,
                // appreciation or welcome marker.
                for m in &before[1..] {
                    match cue_of(m) {
                        Cue::Support | Cue::Action | Cue::Oppose | Cue::Criticise => continue,
                        Cue::Commit if !negated(m) => return Stance::Commits,
                        Cue::Appreciate if !negated(m) => return Stance::Appreciates,
                        Cue::Welcome if !negated(m) => return Stance::Welcomes,
                        _ => break,
                    }
                }
                Stance::Supports
            }
            Cue::Negator | Cue::Transparent => Stance::Neutral,
        };
    }
    let after = cues.iter().find(|m| {
        m.first >= end && same_clause(m) && !matches!(cue_of(m), Cue::Negator | Cue::Transparent)
    });
    match after.map(cue_of) {
        Some(Cue::Concern) => Stance::Concerned,
        // "disputes ... should be settled peacefully": the mention is what should be done.
        Some(Cue::Modal) if before.is_empty() => Stance::Supports,
        // "出口管制严重违反市场规则": the mention is what the speaker criticises.
        Some(Cue::Criticise) if before.is_empty() => Stance::Opposes,
        _ => Stance::Neutral,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stance of the phrase `topic` inside `sentence`.
    fn stance(sentence: &str, topic: &str) -> Stance {
        let tokens = Tokens::of(sentence);
        let words = tokens.words();
        let at = sentence.find(topic).expect("topic in sentence");
        let first = words.iter().position(|w| w.start >= at).unwrap();
        let end = words
            .iter()
            .position(|w| w.start >= at + topic.len())
            .unwrap_or(words.len());
        let mut cues = vec![];
        find_cues(&tokens, &mut cues);
        stance_at(words, &cues, first, end)
    }

    #[test]
    fn every_cue_phrase_compiles() {
        for (_, phrases) in cue_entries() {
            for p in phrases.split(';').map(str::trim) {
                PhraseSet::default()
                    .add(p, 0)
                    .unwrap_or_else(|e| panic!("{p:?}: {e:?}"));
            }
        }
    }

    #[test]
    fn every_cue_phrase_reads_back_as_the_cue_of_its_own_entry() {
        for (cue, phrases) in cue_entries() {
            for p in phrases.split(';').map(str::trim) {
                // The first alternative of every word: "support/supports" reads "support".
                let text: Vec<&str> = p
                    .split(' ')
                    .map(|w| w.split('/').next().unwrap_or(w))
                    .collect();
                let text = text.join(" ");
                let tokens = Tokens::of(&text);
                let mut found = vec![];
                find_cues(&tokens, &mut found);
                let whole: Vec<Cue> = found
                    .iter()
                    .filter(|m| m.first == 0 && m.end == tokens.len())
                    .map(cue_of)
                    .collect();
                // A phrase listed twice under one cue is harmless; under two, ambiguous.
                assert!(
                    !whole.is_empty() && whole.iter().all(|c| c == cue),
                    "{text:?}: {whole:?}, not {cue:?}"
                );
            }
        }
    }

    #[test]
    fn each_verb_in_a_list_governs_its_own_object() {
        let s = "China upholds multilateralism, opposes unilateralism and bullying practice, and works to prevent the Cold War mentality.";
        assert_eq!(stance(s, "multilateralism"), Stance::Supports);
        assert_eq!(stance(s, "unilateralism"), Stance::Opposes);
        assert_eq!(stance(s, "Cold War"), Stance::Opposes);
    }

    #[test]
    fn against_inside_a_noun_phrase_is_no_stance_of_the_speaker() {
        let discussed =
            "The Secretary and the Foreign Minister also discussed Russia's war against Ukraine.";
        assert_eq!(stance(discussed, "Ukraine"), Stance::Neutral);
        let condemned = "The two ministers condemned the violence against civilians in Gaza.";
        assert_eq!(stance(condemned, "Gaza"), Stance::Opposes);
        let opposes = "China opposes unilateral sanctions against Iran.";
        assert_eq!(stance(opposes, "Iran"), Stance::Opposes);
        // "against" alone still opposes.
        assert_eq!(
            stance("China stands against hegemonism.", "hegemonism"),
            Stance::Opposes
        );
    }

    #[test]
    fn negated_support_reads_as_opposition() {
        assert_eq!(
            stance("China does not support unilateral sanctions.", "unilateral"),
            Stance::Opposes
        );
        assert_eq!(
            stance(
                "China will never allow anyone to separate Taiwan.",
                "Taiwan"
            ),
            Stance::Opposes
        );
    }

    #[test]
    fn instead_of_hyping_up_an_issue_opposes_it() {
        let s = "Instead of hyping up issues such as the South China Sea issue, all parties should focus on development.";
        assert_eq!(stance(s, "South China Sea"), Stance::Opposes);
    }

    #[test]
    fn a_positive_verb_under_ready_to_is_a_commitment() {
        let s = "The ROK is ready to work closely with China to deepen regional cooperation in the field of public health.";
        assert_eq!(stance(s, "public health"), Stance::Commits);
        assert_eq!(
            stance(
                "Both sides should deepen cooperation on public health.",
                "public health"
            ),
            Stance::Supports
        );
    }

    #[test]
    fn welcome_appreciate_and_concern_are_read_from_their_verbs() {
        assert_eq!(
            stance(
                "China welcomes the Lao side's part in the Belt and Road.",
                "Belt and Road"
            ),
            Stance::Welcomes
        );
        assert_eq!(
            stance(
                "Kim Gunn spoke highly of bilateral relations.",
                "bilateral relations"
            ),
            Stance::Appreciates
        );
        assert_eq!(
            stance("The EU is concerned about Hong Kong.", "Hong Kong"),
            Stance::Concerned
        );
        assert_eq!(
            stance("The pandemic has come back strongly.", "pandemic"),
            Stance::Concerned
        );
    }

    #[test]
    fn a_fight_against_a_disease_is_not_opposition_to_cooperation_on_it() {
        assert_eq!(
            stance("They will step up the fight against COVID-19.", "COVID-19"),
            Stance::Commits
        );
        assert_eq!(
            stance("The two sides exchanged views on Ukraine.", "Ukraine"),
            Stance::Neutral
        );
    }

    #[test]
    fn a_colon_ends_the_reach_of_a_commitment() {
        let s = "China is willing to help: first, facilitate the joint fight against COVID-19.";
        assert_eq!(stance(s, "COVID-19"), Stance::Supports);
    }

    #[test]
    fn a_neutral_verb_leaves_the_stance_to_what_follows_the_mention() {
        let s = "The two ministers exchanged views on North Korea and shared serious concerns.";
        assert_eq!(stance(s, "North Korea"), Stance::Concerned);
        let s = "FM Hoa stressed that disputes in the East Sea should be settled peacefully.";
        assert_eq!(stance(s, "East Sea"), Stance::Supports);
        assert_eq!(
            stance("They discussed the Red Sea.", "Red Sea"),
            Stance::Neutral
        );
    }

    #[test]
    fn chinese_stances_are_read_from_the_chinese_table() {
        let s = "中方支持多边主义，反对单边主义。";
        assert_eq!(stance(s, "多边主义"), Stance::Supports);
        assert_eq!(stance(s, "单边主义"), Stance::Opposes);
        // What the other side's act does wrong: its subject is criticised.
        let s = "美方的出口管制严重违反市场规则，损害中方正当权益。";
        assert_eq!(stance(s, "出口管制"), Stance::Opposes);
        assert_eq!(stance("中方从不干涉别国内政。", "内政"), Stance::Supports);
        assert_eq!(
            stance("中方愿同越方深化南海合作。", "南海"),
            Stance::Commits
        );
        assert_eq!(
            stance("双方就乌克兰局势交换了意见。", "乌克兰"),
            Stance::Neutral
        );
        assert_eq!(
            stance("中方对中东局势持续紧张深表关切。", "中东"),
            Stance::Concerned
        );
        assert_eq!(
            stance("中方欢迎ＲＣＥＰ生效。", "ＲＣＥＰ"),
            Stance::Welcomes
        );
        assert_eq!(
            stance("越方感谢中方抗疫援助。", "抗疫"),
            Stance::Appreciates
        );
    }

    #[test]
    fn chinese_negation_reads_the_word_it_belongs_to() {
        assert_eq!(stance("中方不支持单边制裁。", "单边"), Stance::Opposes);
        assert_eq!(
            stance("域外国家不应炒作南海问题。", "南海"),
            Stance::Opposes
        );
        // 不 inside a longer word negates nothing.
        assert_eq!(
            stance("中方不断深化同东盟的合作。", "东盟"),
            Stance::Supports
        );
        assert_eq!(
            stance("越方坚定不移支持一个中国原则。", "一个中国"),
            Stance::Supports
        );
        // 应 inside 供应链 is not "should".
        assert_eq!(stance("产业链供应链保持稳定。", "供应链"), Stance::Neutral);
    }

    #[test]
    fn stance_names_round_trip() {
        for s in Stance::ALL {
            assert_eq!(Stance::from_name(s.name()), Some(s));
            assert_eq!(
                serde_json::to_string(&s).unwrap(),
                format!("\"{}\"", s.name())
            );
        }
    }
}
