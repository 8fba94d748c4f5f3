//! Chinese names in pinyin ("Fan Yunshu", "Ma Zhaoxu"): a surname of the Chinese surnames'
//! table, then a given name of one to three pinyin syllables. The parser's last clue to a
//! host's country when the text gives none (a Chinese ministry's readout names its own
//! official without "Chinese" or "of China").

use super::wordmap::WordMap;
use crate::core::meetings::people::tables::SURNAMES;
use std::sync::OnceLock;

/// Initials, the two-letter ones first (so "zh" is read before "z").
const INITIALS: [&str; 24] = [
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r",
    "z", "c", "s", "y", "w", "",
];

/// Finals, the longer ones first.
const FINALS: [&str; 33] = [
    "iang", "iong", "uang", "ang", "eng", "ing", "ong", "ian", "iao", "uai", "uan", "ai", "ei",
    "ao", "ou", "an", "en", "in", "un", "ia", "ie", "iu", "ua", "uo", "ui", "ue", "er", "a", "o",
    "e", "i", "u", "v",
];

/// The syllables a given name may take.
const GIVEN_SYLLABLES: usize = 3;

/// Whether `name` is a surname and a given name in pinyin (two words, as the text writes them).
pub fn is_pinyin_name(name: &str) -> bool {
    let mut words = name.split(' ');
    let (Some(surname), Some(given), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    if !surname.is_ascii() || !given.is_ascii() || surnames().get(surname).is_none() {
        return false;
    }
    syllables(&given.to_ascii_lowercase(), 0)
}

/// The surnames' pinyin, ignoring ASCII case (indexed once from the table, as the
/// [`super::Lang`] tables are).
fn surnames() -> &'static WordMap<()> {
    static INDEX: OnceLock<WordMap<()>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let pinyin = SURNAMES
            .iter()
            .filter_map(|e| e.split_once(' ').map(|(_, p)| (p, ())));
        WordMap::new(pinyin, true)
    })
}

/// Whether `w` is one to [`GIVEN_SYLLABLES`] pinyin syllables (`n` read so far).
fn syllables(w: &str, n: usize) -> bool {
    if w.is_empty() {
        return n > 0;
    }
    if n == GIVEN_SYLLABLES {
        return false;
    }
    INITIALS.iter().filter(|i| w.starts_with(*i)).any(|i| {
        let rest = &w[i.len()..];
        FINALS
            .iter()
            .filter(|f| rest.starts_with(*f))
            .any(|f| syllables(&rest[f.len()..], n + 1))
    })
}

#[cfg(test)]
mod tests {
    use super::is_pinyin_name;

    #[test]
    fn chinese_names_in_pinyin_are_told_from_others() {
        for name in [
            "Fan Yunshu",
            "Ma Zhaoxu",
            "Wang Yi",
            "Xie Feng",
            "Zhang Jun",
        ] {
            assert!(is_pinyin_name(name), "{name}");
        }
        for name in [
            "Ri Chol-bom",
            "Kim Gunn",
            "Kang Kyung-wha",
            "Antony Blinken",
            "Pham Minh Chinh",
            "Hayashi Yoshimasa",
            "Wang",
            "Wang Yi Jr",
            "Li Nguyễn",
        ] {
            assert!(!is_pinyin_name(name), "{name}");
        }
    }
}
