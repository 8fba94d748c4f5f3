//! Chinese: the [`ZH`] language of the parser, for readouts in Han script.
//!
//! Takes nothing, gives [`ZH`]: the Han script's hooks (sentences end at `。！？`; the stages'
//! own Chinese readings in `parse::zh`, since no spaces or capitals mark words) and the
//! tables of [`HAN`] (titles, countries, verbs, chrome, date forms, formats, ordinals). The
//! word-based tables of [`Lang`] borrow English ones where a Chinese page may carry English
//! (a language bar, a numeric date line); the rest are empty, their stages' rules being
//! replaced by the hooks.

mod countries;
mod tables;

pub use tables::{Han, Prefixes, ZhCountry, HAN};

use super::en::EN;
use super::{Lang, Phrasing, Script, Stages, Words};
use crate::core::packed::words;
use crate::core::parse::{scan, zh};

fn words<'a>(s: &'a str, out: &mut Vec<scan::Word<'a>>) {
    out.clear();
    out.extend(scan::words(s));
}

/// The hooks of the stages for Han text.
static STAGES: Stages = Stages {
    is_chrome: zh::chrome::is_chrome,
    ends_article: zh::chrome::ends_article,
    trim_line: zh::chrome::without_end_credit,
    continues: zh::chrome::continues,
    date_line: zh::date::line,
    dateline: zh::date::dateline,
    opening_date: zh::date::opening_date,
    parties: zh::people::parties,
    derive_title: zh::people::derive_title,
    home: Some("China"),
    cue: zh::cue::find_cue,
    goes_on: zh::points::goes_on,
    markers: zh::points::markers,
};

// One item per line would make the tables unreadably long.
#[rustfmt::skip]
pub static ZH: Lang = Lang {
    script: Script {
        sentences: zh::segment::sentences,
        words,
        is_name_word: |_, _| false,
        is_plain_word: |_| false,
        joiner: "",
        is_own_letter: crate::core::parse::is_han,
        stages: Some(&STAGES),
    },
    phrasing: Phrasing {
        titles: &[],
        title_default: "{hosts}会见{guests}",
        of_country: "{country}{name}",
        of_country_article: "{country}{name}",
        list_separator: "、",
        list_last: "和",
    },
    months: EN.months,
    weekdays: EN.weekdays,
    day_suffix_chars: &[],
    time_words: EN.time_words,
    time_zone_prefixes: EN.time_zone_prefixes,
    chrome_lines: EN.chrome_lines,
    chrome_prefixes: EN.chrome_prefixes,
    chrome_endings: EN.chrome_endings,
    image_words: EN.image_words,
    // A Chinese page's own hook ends its article ("相关新闻").
    article_endings: Words::EMPTY,
    stance_nouns: Words::EMPTY,
    thanks_links: Words::EMPTY,
    discussion_verbs: Words::EMPTY,
    auxiliaries: Words::EMPTY,
    discussion_nouns: Words::EMPTY,
    pair_label_endings: EN.pair_label_endings,
    caption_credits: EN.caption_credits,
    caption_marks: EN.caption_marks,
    principal_links: Words::EMPTY,
    weekday_links: Words::EMPTY,
    ago_words: Words::EMPTY,
    reader_words: Words::EMPTY,
    list_intros: Words::EMPTY,
    join_verbs: Words::EMPTY,
    join_objects: Words::EMPTY,
    glued_openings: Words::EMPTY,
    language_names: EN.language_names,
    date_line_prefixes: EN.date_line_prefixes,
    republished_notices: EN.republished_notices,
    byline_prefixes: EN.byline_prefixes,
    plural_endings: Words::EMPTY,
    abbreviations: EN.abbreviations,
    closing_abbreviations: EN.closing_abbreviations,
    formats: &[],
    weak_formats: &[],
    series_words: Words::EMPTY,
    verbal_formats: Words::EMPTY,
    meeting_verbs: Words::EMPTY,
    visit_verbs: Words::EMPTY,
    opening_clause_words: Words::EMPTY,
    guest_links: Words::EMPTY,
    occasion_links: Words::EMPTY,
    meeting_possessives: Words::EMPTY,
    pinyin_country: None,
    head_links: Words::EMPTY,
    by_word: "",
    group_articles: Words::EMPTY,
    topic_links: Words::EMPTY,
    hosting_links: Words::EMPTY,
    hosting_nouns: Words::EMPTY,
    posted_titles: Words::EMPTY,
    role_words: Words::EMPTY,
    connectors: Words::EMPTY,
    and_word: "和",
    of_word: "",
    articles: Words::EMPTY,
    title_trailing: Words::EMPTY,
    place_prepositions: Words::EMPTY,
    title_links: Words::EMPTY,
    institutions: &[],
    lead_ins: Words::EMPTY,
    reporting_verbs: Words::EMPTY,
    verb_prefixes: Words::EMPTY,
    adverbs: Words::EMPTY,
    adverb_endings: Words::EMPTY,
    passive_auxiliaries: Words::EMPTY,
    impersonal_openings: Words::EMPTY,
    impersonal_links: Words::EMPTY,
    agent_links: Words::EMPTY,
    joint_subjects: Words::EMPTY,
    pronouns: Words::EMPTY,
    side_words: Words::EMPTY,
    ordinals: &[],
    ordinal_tails: Words::EMPTY,
    ordinal_copulas: Words::EMPTY,
    point_trailing: words!["；", "，", "、"],
    honorifics: &[],
    ranks: Words::EMPTY,
    post_nominals: Words::EMPTY,
    name_suffixes: Words::EMPTY,
    lower_role_words: Words::EMPTY,
    portfolio_words: Words::EMPTY,
    attribution_openings: Words::EMPTY,
    counterpart_word: "",
    possessives: Words::EMPTY,
    verb_links: Words::EMPTY,
    between_links: Words::EMPTY,
    headline_lead_ins: Words::EMPTY,
    headline_spans: &[],
    place_dashes: Words::EMPTY,
    prepositions: Words::EMPTY,
    gendered: &[],
    narration_nouns: Words::EMPTY,
    event_determiners: Words::EMPTY,
    narration_endings: Words::EMPTY,
    inverted_event_links: Words::EMPTY,
    future_modals: Words::EMPTY,
    field_nouns: Words::EMPTY,
    form_field_marks: Words::EMPTY,
    inverted_verbs: Words::EMPTY,
    joint_determiners: Words::EMPTY,
    joint_heads: Words::EMPTY,
    subject_modifiers: Words::EMPTY,
    sentence_adverbs: Words::EMPTY,
    subject_asides: Words::EMPTY,
    role_synonyms: &[],
    role_noise: Words::EMPTY,
    relative_days: &[],
    state_forms: Words::EMPTY,
    countries_with_article: Words::EMPTY,
    countries: EN.countries,
    leaders: crate::core::packed::joined![],
    office_modifiers: Words::EMPTY,
    office_links: Words::EMPTY,
    publishers: &[],
    indexes: super::lookup::Indexes::new(),
};
