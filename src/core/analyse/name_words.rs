//! The words of a readout's participants' names, found in its sentences, so that formulations
//! leave them out: "Wang Ming said that China" recurs in every readout of Wang Ming's calls,
//! but it says who spoke, not how a side puts things.
//!
//! Takes a readout's participants; gives, for a word of a tokenized sentence, how many words
//! of a name start there. A Latin word is a name word when it is written with a capital and
//! its key is a word of a participant's name ("Carter" alone, as "Carter said" has it); Han
//! characters only as a participant's whole name (王明), since a single character (王) is part
//! of many other words.

use super::words::{Script, Tokens};

/// The name words of one readout (buffers reused from readout to readout).
#[derive(Debug, Default)]
pub(crate) struct NameWords {
    /// Keys of the Latin words of the names.
    latin: Vec<String>,
    /// Each Han name as its characters' codes, one after another; `han_ends` closes each.
    han: Vec<u32>,
    han_ends: Vec<usize>,
}

impl NameWords {
    /// Takes a readout's participants' names, replacing those of the readout before; `tokens`
    /// is the caller's buffer, tokenized anew for each name.
    pub(crate) fn set<'a>(
        &mut self,
        names: impl IntoIterator<Item = &'a str>,
        tokens: &mut Tokens,
    ) {
        self.latin.clear();
        self.han.clear();
        self.han_ends.clear();
        for name in names {
            tokens.tokenize(name);
            let words = tokens.words();
            for (i, w) in words.iter().enumerate() {
                match w.script {
                    Script::Han => {
                        self.han.push(w.code);
                        if words.get(i + 1).is_none_or(|n| n.script != Script::Han) {
                            self.han_ends.push(self.han.len());
                        }
                    }
                    _ => {
                        let key = tokens.key(i);
                        // Two letters at least: an initial ("J.") is also a word of the text.
                        if key.len() > 1 && !self.latin.iter().any(|k| k == key) {
                            self.latin.push(key.to_string());
                        }
                    }
                }
            }
        }
    }

    /// How many words of a name start at word `i` of `tokens` (tokenized from `text`): 0 when
    /// none does.
    pub(crate) fn len_at(&self, tokens: &Tokens, text: &str, i: usize) -> usize {
        let words = tokens.words();
        let w = &words[i];
        if w.script == Script::Han {
            let mut from = 0;
            for &end in &self.han_ends {
                let name = &self.han[from..end];
                from = end;
                let matches = words.len() - i >= name.len()
                    && words[i..i + name.len()]
                        .iter()
                        .zip(name)
                        .all(|(w, &c)| w.code == c);
                if matches {
                    return name.len();
                }
            }
            return 0;
        }
        let capital = text[w.start..]
            .chars()
            .next()
            .is_some_and(crate::core::case::is_upper);
        usize::from(capital && self.latin.iter().any(|k| k == tokens.key(i)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(of: &[&str]) -> NameWords {
        let mut names = NameWords::default();
        names.set(of.iter().copied(), &mut Tokens::default());
        names
    }

    /// The name words of `text`, as (first word, words).
    fn found(names: &NameWords, text: &str) -> Vec<(usize, usize)> {
        let tokens = Tokens::of(text);
        (0..tokens.len())
            .map(|i| (i, names.len_at(&tokens, text, i)))
            .filter(|&(_, n)| n > 0)
            .collect()
    }

    #[test]
    fn a_participants_capitalised_name_words_are_found_alone_or_together() {
        let names = names(&["Wang Ming", "John A. Carter"]);
        assert_eq!(
            found(&names, "Wang Ming said that China and Carter agreed."),
            [(0, 1), (1, 1), (6, 1)]
        );
        // Lower case is another word; an initial is no name word.
        assert_eq!(found(&names, "A carter came to a wang."), []);
    }

    #[test]
    fn a_han_name_is_found_only_whole() {
        let names = names(&["王明"]);
        assert_eq!(found(&names, "王明说，中方愿同美方"), [(0, 2)]);
        assert_eq!(found(&names, "王国和明天"), []);
    }
}
