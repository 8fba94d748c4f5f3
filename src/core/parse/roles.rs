//! Titles compared by meaning, used by the header (one person named twice) and attribute (a
//! role subject such as "The Secretary" or "the Foreign Minister") stages.
//!
//! Takes a title as written and a [`Lang`]; gives its key: the lowercase words that carry
//! meaning, synonyms folded ("FM" = "foreign minister", "External" = "foreign"), noise dropped
//! ("Affairs", "of", "H.E."). "Minister for Foreign Affairs" and "Foreign Minister" share the
//! key {foreign, minister}; "The Secretary" is within "Secretary of State".

use super::lang::Lang;
use super::scan;
use crate::core::case;

/// The key of a title: sorted, deduplicated lowercase words.
pub(super) fn key(title: &str, lang: &Lang) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in title.split([' ', ',']).filter(|w| !w.is_empty()) {
        if lang.role_noise.iter().any(|n| scan::eq_ignore_case(n, w)) {
            continue;
        }
        match lang.role_synonyms.iter().find(|(s, _)| *s == w) {
            Some((_, meaning)) => out.extend(meaning.split(' ').map(str::to_string)),
            None => out.push(case::lowercase(w)),
        }
    }
    // A title has a few words: sorted in place by insertion (the standard sort would link one
    // more copy of its code into the wasm for `String`).
    for i in 1..out.len() {
        let mut j = i;
        while j > 0 && out[j - 1] > out[j] {
            out.swap(j - 1, j);
            j -= 1;
        }
    }
    out.dedup();
    out
}

/// The keys of a title: the whole title's, then, when it joins offices with "and" ("Prime
/// Minister and Defense Minister"), each office's.
pub(super) fn office_keys(title: &str, lang: &Lang) -> Vec<Vec<String>> {
    let mut keys = vec![key(title, lang)];
    let and = lang.and_word;
    // Told by a byte scan for the joiner before any split (most titles hold one office).
    let joined = !and.is_empty()
        && title
            .match_indices(and)
            .any(|(i, _)| title[..i].ends_with(' ') && title[i + and.len()..].starts_with(' '));
    if joined {
        let sep = [" ", and, " "].concat();
        keys.extend(title.split(sep.as_str()).map(|office| key(office, lang)));
    }
    keys
}

/// How well a subject's key names a title's key: `Some(extra words of the title)` when every
/// word of the subject is in the title (fewer extra words is a closer match), else `None`.
pub(super) fn fit(subject: &[String], title: &[String]) -> Option<usize> {
    (!subject.is_empty() && subject.iter().all(|w| title.contains(w)))
        .then(|| title.len() - subject.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse::lang::en::EN;

    fn k(s: &str) -> Vec<String> {
        key(s, &EN)
    }

    #[test]
    fn the_same_title_in_other_words_has_the_same_key() {
        assert_eq!(k("Minister for Foreign Affairs"), k("Foreign Minister"));
        assert_eq!(k("FM"), k("Foreign Minister"));
        assert_eq!(k("Deputy PM"), k("Deputy Prime Minister"));
    }

    #[test]
    fn a_shorter_title_fits_the_closest_longer_one() {
        let secretary = k("The Secretary");
        assert_eq!(fit(&secretary, &k("Secretary of State")), Some(1));
        assert_eq!(
            fit(&secretary, &k("Cabinet Secretary for Foreign Affairs")),
            Some(2)
        );
        assert_eq!(fit(&k("Foreign Minister"), &k("Secretary of State")), None);
    }

    #[test]
    fn a_title_of_two_offices_fits_each_office_exactly() {
        let keys = office_keys("Prime Minister and Defense Minister", &EN);
        let pm = k("The Prime Minister");
        let best = keys.iter().filter_map(|t| fit(&pm, t)).min();
        assert_eq!(best, Some(0));
        assert_eq!(office_keys("Secretary of State", &EN).len(), 1);
    }
}
