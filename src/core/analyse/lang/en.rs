//! English tables of the analysis.

/// Words a recurring phrase (a formulation) may neither start nor end with: "the zero-sum
/// game" is found as "zero-sum game".
pub(crate) const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "with", "by", "at", "as", "from",
    "into", "that", "this", "these", "those", "is", "are", "was", "were", "be", "been", "being",
    "it", "its", "their", "his", "her", "our", "which", "who", "such", "also", "has", "have",
    "had", "will", "would", "should", "can", "could", "s", "said", "so", "than", "other", "all",
    "any", "some", "more", "both", "two", "they", "we", "he", "she", "not", "but", "among",
    "others", "well", "very",
];
