//! Language knowledge for the parser, kept apart from the logic.
//!
//! Takes nothing, gives [`Lang`]: what one language (and its script) needs, in two kinds.
//! - [`Script`]: function hooks for what differs by writing system: how a paragraph is cut into
//!   sentences, how the words of a piece of text are found, how a name is told from a title
//!   word, how the words of a name are joined back.
//! - Tables of words and phrases (reporting verbs, months, format words, page chrome,
//!   countries, ordinals...) and per-publisher knowledge ([`Publisher`]: its ministry's lines,
//!   its officials' titles, its own page chrome). A table of words is written `words![...]`
//!   and stored as one packed string ([`Words`], see `core::packed`); a table the stages ask
//!   word by word is looked up through an index built on first use (`lookup`).
//!
//! The stages only call the hooks and read the tables, so another language (Chinese: `。`,
//! `表示`/`指出`/`说`, `2021年3月3日`) is a new file here, not a rewrite of the stages.
//! See /work/notes/lang-design.md for how to add one.

pub mod en;
mod lookup;
pub use lookup::{TitledBy, MAX_PUBLISHERS};
pub mod pinyin;
mod wordmap;
pub mod zh;

use super::scan::{self, Word};
use crate::core::model::{Date, MeetingFormat, Participant, Span, Speaker};
pub use crate::core::packed::{Joined, Words};

/// A country: its canonical name, then every other way a readout names it.
#[derive(Debug, Clone, Copy)]
pub struct Country {
    /// Canonical name written into [`crate::core::model::Participant::country`].
    pub name: &'static str,
    /// Other full names and short forms ("the ROK", "ROK", "Viet Nam"). Case-sensitive.
    pub aliases: Joined,
    /// Adjectives of nationality ("Portuguese", "Philippine").
    pub adjectives: Joined,
}

/// What the text tells of a person's gender (an honorific, a pronoun), when it tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// What one government's readouts carry that tells them apart: data, read by the stages (as
/// page chrome) and by publisher inference (as clues).
#[derive(Debug, Clone, Copy)]
pub struct Publisher {
    /// Canonical country name (as in [`Country::name`]).
    pub country: &'static str,
    /// Whole lines of its pages, compared ignoring ASCII case: chrome, and a clue that it
    /// published the page ("Office of the Spokesperson", "The White House").
    pub chrome_lines: Words,
    /// Openings of such lines ("Foreign, Commonwealth & Development Office").
    pub chrome_prefixes: Words,
    /// Titles its own officials carry without naming a country ("Secretary of State",
    /// "Foreign Secretary", "State Councilor"), compared exactly with a host's role or with
    /// its start before a connector ("State Councilor and Foreign Minister").
    pub home_titles: Words,
    /// Endings of such titles ("of the Ministry of Foreign Affairs").
    pub home_title_endings: Words,
    /// Titles it gives its own officials that other governments give theirs too ("Minister
    /// for Foreign Affairs": Japan's, Singapore's, Australia's): a weaker vote, which a page's
    /// own lines outweigh.
    pub shared_titles: Words,
    /// Words only its own texts write, case-sensitive ("Việt Nam", "HÀ NỘI").
    pub own_words: Words,
    /// Agency credits that close its agencies' texts ("VNA", "VNS"): removed, and a clue.
    pub credits: Words,
    /// Letters of its own script whose lines on an English page are its navigation (Hangul
    /// for Korea): inclusive ranges.
    pub script: &'static [(char, char)],
    /// Openings of its headlines, lowercase ("readout of president", "pm call with").
    pub headline_openings: Words,
    /// Titles no other government gives ("Taoiseach", "Custodian of the Two Holy Mosques",
    /// "Secretary of State for Foreign and Commonwealth Affairs"), compared as home titles
    /// are: whoever holds one is its official, host or guest.
    pub unique_titles: Words,
    /// Its seat as a dateline prints it, compared ignoring ASCII case ("ISLAMABAD -",
    /// "Tehran:", "KUWAIT:"): a story filed there is, other things equal, its government's.
    pub home_places: Words,
    /// Its web domains ("state.gov", "gov.uk"): a copy's source line that links a page there
    /// ("Original document https://www.gov.uk/...") tells whose it is.
    pub domains: Words,
}

impl Publisher {
    /// A publisher that tells nothing: its tables empty. Entries name what they have and take
    /// the rest from it (`..Publisher::BLANK`).
    pub const BLANK: Publisher = Publisher {
        country: "",
        chrome_lines: Words::EMPTY,
        chrome_prefixes: Words::EMPTY,
        home_titles: Words::EMPTY,
        home_title_endings: Words::EMPTY,
        shared_titles: Words::EMPTY,
        own_words: Words::EMPTY,
        credits: Words::EMPTY,
        script: &[],
        headline_openings: Words::EMPTY,
        unique_titles: Words::EMPTY,
        home_places: Words::EMPTY,
        domains: Words::EMPTY,
    };
}

/// Hooks for what differs by writing system. Plain function pointers: the tables stay
/// `static`, and a call costs what a direct call does.
#[derive(Clone, Copy)]
pub struct Script {
    /// Cuts the paragraph `para` of `text` into sentence spans, in order, appended to `out`.
    pub sentences: fn(text: &str, para: Span, lang: &Lang, out: &mut Vec<Span>),
    /// The words of `s` with their byte offsets, appended to `out` (cleared first).
    pub words: for<'a> fn(s: &'a str, out: &mut Vec<Word<'a>>),
    /// True when a word may be part of a person's name rather than a title ("Kim", not
    /// "Minister"); countries are checked by the caller.
    pub is_name_word: fn(word: &str, lang: &Lang) -> bool,
    /// True when a word opens nothing a name or title could hold (a lowercase verb, "at"):
    /// a run of names and titles stops there unless the word is a connector.
    pub is_plain_word: fn(word: &str) -> bool,
    /// What stands between the words of a name written back ("Kim Gunn"; nothing in Chinese).
    pub joiner: &'static str,
    /// True for a letter of this script: a line with letters but none of these is a
    /// navigation line of another language's page, not text of the readout.
    pub is_own_letter: fn(c: char) -> bool,
    /// The hooks of the stages for scripts whose words the word-based rules cannot read
    /// (Chinese: no spaces, no capitals); `None` keeps those rules.
    pub stages: Option<&'static Stages>,
}

/// An agency dateline: the month (if given), the day, and where the text after it starts.
pub type Dateline = (Option<u8>, u8, usize);

/// A month and a day (of a dateline), without a year.
pub type MonthDay = (u8, u8);

/// Hosts, guests and the format an opening sentence or a headline names.
pub type Named = (Vec<Participant>, Vec<Participant>, Option<MeetingFormat>);

/// A stage's own reading of a script with no spaces between words: each hook replaces the
/// word-based rule of its stage (see `parse::zh` for the Chinese ones).
#[derive(Clone, Copy)]
pub struct Stages {
    /// Clean: a line that is page chrome besides the tables' lines and prefixes.
    pub is_chrome: fn(line: &str) -> bool,
    /// Clean: a line after which a web page holds no more of the text ("相关新闻").
    pub ends_article: fn(line: &str) -> bool,
    /// Clean: a line without what closes a dispatch ("（完）").
    pub trim_line: fn(line: &str) -> &str,
    /// Clean: the separator joining a line that continues the paragraph before, if it does.
    pub continues: fn(previous: &str, line: &str) -> Option<&'static str>,
    /// Header: the date of a time-stamp line ("2021-04-16 07:25:31 来源：新华网").
    pub date_line: fn(line: &str) -> Option<Date>,
    /// Header: an agency dateline at the start of a paragraph ("新华社北京4月16日电"): the
    /// month if given, the day and where the text after it starts.
    pub dateline: fn(s: &str) -> Option<Dateline>,
    /// Header: the date the opening states, completed with the date line's date and the
    /// dateline's month and day; never guessed.
    pub opening_date:
        fn(opening: &str, line: Option<Date>, month_day: Option<MonthDay>) -> Option<Date>,
    /// Header: hosts, guests and the format an opening sentence or a headline names.
    pub parties: fn(s: &str) -> Option<Named>,
    /// Header: a title for a readout with no headline.
    pub derive_title: fn(
        hosts: &[Participant],
        guests: &[Participant],
        format: Option<MeetingFormat>,
        opening: &str,
    ) -> String,
    /// Header: the government whose own officials go unnamed by country in this script's
    /// readouts ("外交部长田墨白" is China's), so the text tells the publisher.
    pub home: Option<&'static str>,
    /// Attribute: the speaker sentence `s` names at its start, if any.
    pub cue: fn(
        s: &str,
        people: &[Participant],
        last_person: Option<usize>,
        paragraph_start: bool,
    ) -> Option<Speaker>,
    /// Attribute: a paragraph whose first sentence is `s` goes on with the speaker of the
    /// paragraph before, whose last sentence is `previous` ("二是…" after "…：").
    pub goes_on: fn(previous: &str, s: &str) -> bool,
    /// Points: the markers of sentence `s`, as (byte offset in `s`, value); the value 0 is
    /// "the last" ("最后"), one more than the point before it.
    pub markers: fn(s: &str, out: &mut Vec<(usize, u32)>),
}

impl std::fmt::Debug for Stages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Stages")
            .field("home", &self.home)
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for Script {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Script")
            .field("joiner", &self.joiner)
            .finish_non_exhaustive()
    }
}

/// How titles are derived and lists are written: templates with `{hosts}`, `{guests}`,
/// `{name}` and `{country}`.
#[derive(Debug, Clone, Copy)]
pub struct Phrasing {
    /// A derived title per format ("{hosts} Holds a Video Meeting with {guests}").
    pub titles: &'static [(MeetingFormat, &'static str)],
    /// A derived title when the format is unknown.
    pub title_default: &'static str,
    /// A guest with a country ("{name} of {country}").
    pub of_country: &'static str,
    /// The same, for countries named with an article ("{name} of the {country}").
    pub of_country_article: &'static str,
    /// Between the items of a list but the last two (", ").
    pub list_separator: &'static str,
    /// Between the last two items of a list (" and ").
    pub list_last: &'static str,
}

/// All the tables one language needs. Every phrase is matched on word boundaries; unless a
/// table says otherwise, matching ignores ASCII case.
#[derive(Debug)]
pub struct Lang {
    /// Hooks for what differs by writing system.
    pub script: Script,
    /// How derived titles and lists are written.
    pub phrasing: Phrasing,
    /// Month names and abbreviations with their number (case-insensitive).
    pub months: &'static [(&'static str, u8)],
    /// Weekday names, skipped in date phrases such as "On Monday, March 1, 2021,".
    pub weekdays: Words,
    /// Endings of a day number ("1st", "22nd"): characters trimmed before reading digits.
    pub day_suffix_chars: &'static [char],
    /// Words that may follow a date on a date line ("am", "(Beijing", "time)").
    pub time_words: Words,
    /// Openings of time-zone words that may follow a date on a date line ("GMT+8").
    pub time_zone_prefixes: Words,
    /// Whole lines that are page chrome ("Share", "Print"), compared case-insensitively.
    pub chrome_lines: Words,
    /// Line openings that mark page chrome ("Copyright", "©").
    pub chrome_prefixes: Words,
    /// Line endings that mark page chrome: an archive's citation of the page ("..., The
    /// American Presidency Project").
    pub chrome_endings: Words,
    /// Words of a page's label for an image, before its number at a line's end ("... - Ảnh 1.",
    /// the image's text on Viet Nam's government portal): the line is the image's, not text.
    pub image_words: Words,
    /// Whole lines (lowercase) that head the block of offices that issued a page ("From:" on
    /// gov.uk): under the offices' lines, a line that is no sentence and no date is the text
    /// of the page's image ("The front door of number 10 Downing Street").
    pub sender_labels: Words,
    /// Whole lines after which a page lists other articles ("Related News", "Editor's Pick") or
    /// its own notices ("You just read:", under a copy on a press-release site): the article
    /// ended before them (compared ignoring ASCII case and a closing colon, after the body
    /// started).
    pub article_endings: Words,
    /// Labels of a press office's contact line under a release ("Inquiries: N, Special
    /// Adviser, tel. ..."), lowercase: a line that opens with one and its colon ends the
    /// article (after the body started).
    pub contact_labels: Words,
    /// Nouns of a side's stated stance after its country's possessive ("reiterated Canada's
    /// support", "India's commitment", "China's position"): a government writes them of its
    /// own side, a weak clue of the publisher when the country is not a guest's.
    pub stance_nouns: Words,
    /// Verbs of a discussion held ("had", "held"): with one of [`Lang::discussion_nouns`]
    /// after its article and adjectives ("The two sides had open and productive discussions")
    /// they report what the subject did, whatever the adjectives.
    pub discussion_verbs: Words,
    pub discussion_nouns: Words,
    /// Auxiliaries a reporting verb may follow ("Belov has stressed", "The two have agreed").
    pub auxiliaries: Words,
    /// Words before such a possessive that make the stance the other side's ("thanked the
    /// minister for Indonesia's support"): no clue.
    pub thanks_links: Words,
    /// The last word of a ministry's section label of two countries joined by a hyphen
    /// ("Japan-Philippines Relations"): such a line above an article is no headline.
    pub pair_label_endings: Words,
    /// Openings of a credit in brackets that closes a photo's caption ("(Photo: VNA)"): a line
    /// that ends with one is the caption, not a sentence.
    pub caption_credits: Words,
    /// Marks of a photo's caption ("(R)" after a name, "in this photo", "(PHOTO NOT FOR
    /// SALE)"), compared ignoring ASCII case: a line that holds one and ends with a credit in
    /// brackets ("... on Feb. 13, 2022, in this photo provided by his office. (Yonhap)") is the
    /// caption, not a sentence.
    pub caption_marks: Words,
    /// The word between an aide's title and the principal served ("diplomatic counselor to
    /// French President X"): after a bare name and a comma, such a title with a name in it is
    /// the named aide's, and the principal is no participant.
    pub principal_links: Words,
    /// The word before a weekday that dates a statement between its subject and its verb
    /// ("Foreign Minister X on Thursday pledged"): read past, as an adverb is.
    pub weekday_links: Words,
    /// Words before an event's day in an opening, a few words back ("on May 18", "On the
    /// afternoon of August 24", "from Dec. 11 to 12": the first day of a range).
    pub day_links: Words,
    /// The word that closes a page's relative time stamp ("11 days ago").
    pub ago_words: Words,
    /// Words by which a page addresses its reader ("you", "your"): a readout reports, and never
    /// does outside a quotation, so a paragraph at the end with one is the page's ("Your help
    /// is welcome", "Fill in your details below"). Compared ignoring ASCII case.
    pub reader_words: Words,
    /// Words of a sentence that announces a numbered list ("the following five points"): its
    /// speaker goes on into the items.
    pub list_intros: Words,
    /// "X then joined the call": the verb of someone joining a meeting under way, and the
    /// meetings it may join (after an article). Who joins is a participant.
    pub join_verbs: Words,
    pub join_objects: Words,
    /// Chrome a page glues to the start of the article's first line ("Cover picture for the
    /// article"): cut, the rest of the line kept.
    pub glued_openings: Words,
    /// Language names that make up a site's language bar ("Español", "中文").
    pub language_names: Words,
    /// Prefixes a date line may carry ("Updated:", "Date:").
    pub date_line_prefixes: Words,
    /// The openings of a republisher's notice that dates the release it copies ("The
    /// following press release was published by the Office of the Spokesperson on Aug. 29,
    /// 2021. It is reproduced in full below."): the notice's date is the readout's date line.
    pub republished_notices: Words,
    /// A spokesperson's attribution line ("The below is attributable to Spokesperson N:"),
    /// lowercase: a copy that glues the text after its colon is cut there.
    pub attribution_openings: Words,
    /// The word that opens a reporter's byline ("By Tessa Morland").
    pub byline_prefixes: Words,
    /// Endings of a noun in the plural ("Ministers": a title's group before a colon that
    /// lists its members).
    pub plural_endings: Words,
    /// Abbreviations after which a period does not end a sentence (without the period).
    pub abbreviations: Words,
    /// Dotted abbreviations that close a place ("Washington, D.C."): their period ends a
    /// sentence when a capital follows, as a word's does (without the last period).
    pub closing_abbreviations: Words,
    /// Format phrases, most specific first: the first one found wins.
    pub formats: &'static [(&'static str, MeetingFormat)],
    /// Words before a format word that make it name a series rather than this meeting
    /// ("their ongoing consultations").
    pub series_words: Words,
    /// Format phrases that are also a verb's ("Rubio Talks With French Minister Barrot": he
    /// spoke with him): they name the format only after a meeting verb, an article, a
    /// possessive, an occasion's link or a lowercase word ("held talks with", "during talks
    /// with", "Wang's talks with", "productive talks with"), not after a name.
    pub verbal_formats: Words,
    /// Format hints read only when neither the openings nor the headline name a format
    /// ("spoke with": a call).
    pub weak_formats: &'static [(&'static str, MeetingFormat)],
    /// Verbs that link the hosts to the guests in the opening sentence or headline.
    pub meeting_verbs: Words,
    /// Verbs of a visit received that link the hosts to the guests only when the place follows
    /// the guests after a [`Lang::verb_links`] word ("welcomed President X to Downing Street"):
    /// elsewhere they report a statement ("welcomed the progress").
    pub visit_verbs: Words,
    /// Verbs of going on a visit before the country visited ("invited X to visit India"),
    /// lowercase: a country not the guests' is the host's.
    pub visit_words: Words,
    /// A government's ministry or office as a copy names it after its country's adjective or
    /// possessive ("the Russian Foreign Ministry", "Turkey's Communications Directorate").
    pub ministry_names: Words,
    /// Words right after such a name that make it the copy's source ("said", "'s statement",
    /// "press service").
    pub source_after: Words,
    /// Words right before the country that do ("according to the", "relayed by the").
    pub source_before: Words,
    /// What a release service's notice under its copy writes after the office whose text it
    /// is ("British Prime Minister's Office published this content on ...").
    pub notice_marks: Words,
    /// Words that open a clause before the hosts ("On", "During", "Today,"), compared exactly.
    pub opening_clause_words: Words,
    /// Words that open a clause of an earlier event before the hosts ("Following the meeting
    /// of ..., A spoke to B"): its meeting is not this one.
    pub earlier_event_words: Words,
    /// Words after the meeting verb that introduce the guests ("with", "from").
    pub guest_links: Words,
    /// "X suggested ... during his phone conversation with Y": the words that set the meeting
    /// after a statement ("during", "at", "in"), then one of [`Lang::meeting_possessives`],
    /// the meeting's noun and a guest link.
    pub occasion_links: Words,
    /// "his", "her", "their", "a" before the meeting's noun after one of
    /// [`Lang::occasion_links`].
    pub meeting_possessives: Words,
    /// The country of a host named in pinyin ("Fan Yunshu") when nothing else tells (see
    /// [`pinyin::is_pinyin_name`]).
    pub pinyin_country: Option<&'static str>,
    /// "met with a delegation ... headed by X": the words before [`Lang::by_word`] that name a
    /// group's head after the group ("headed", "led").
    pub head_links: Words,
    /// "by", after one of [`Lang::head_links`].
    pub by_word: &'static str,
    /// The articles that open a group named as the meeting verb's object ("a delegation").
    pub group_articles: Words,
    /// "The Indian delegation was led by X", "New Zealand-side was led by Y": the nouns of a
    /// side whose head a later clause names (see [`Lang::head_links`]); lowercase.
    pub side_nouns: Words,
    /// "co-chaired", "chaired", "attended": verbs of a meeting's heads after which "by" names
    /// them all.
    pub chair_links: Words,
    /// "while", "whereas": a clause of the other side after the first side's head.
    pub contrast_links: Words,
    /// "This evening President X spoke ...": the parts of a day after an opening's "This",
    /// "Last" or "Earlier", a clause of two words without its comma.
    pub day_parts: Words,
    /// Words right after a meeting verb that introduce what was said ("A and B spoke about
    /// ..."): such a sentence reports, it does not narrate the event.
    pub topic_links: Words,
    /// "hosted a reception in Hanoi on August 13 for X": a link that introduces the guests when
    /// one of the hosting nouns stands between the meeting verb and it.
    pub hosting_links: Words,
    pub hosting_nouns: Words,
    /// Titles of an envoy followed by the country he is posted to ("Ambassador to" Vietnam).
    pub posted_titles: Words,
    /// Capitalised words that belong to titles, not names ("Minister", "Affairs").
    pub role_words: Words,
    /// Lowercase words that may sit inside a title or a name when a capital follows.
    pub connectors: Words,
    /// The last word of a portfolio a title names ("Special Representative for Korean Peninsula
    /// Peace and Security Affairs", "Assistant Secretary for East Asian and Pacific Affairs"):
    /// "and" before a few capitalised words that reach it joins the portfolio, not two people.
    pub portfolio_words: Words,
    /// The word that joins two people or two titles ("and").
    pub and_word: &'static str,
    /// The word that links a title or a name to its country ("of").
    pub of_word: &'static str,
    /// Articles ("the"): skipped before a country or a side.
    pub articles: Words,
    /// Words a title never ends with ("Minister of", "Director for"): trimmed.
    pub title_trailing: Words,
    /// Words after which a nationality names a place, not the person's country ("Ambassador
    /// to China").
    pub place_prepositions: Words,
    /// Prepositions that carry a title on to the body its holder serves, after a title's word
    /// ("Minister of State at the Federal Foreign Office of Germany").
    pub title_links: Words,
    /// Bodies that stand for a country in "Title Name of the Body" ("National Security Advisor
    /// X of the White House NSC"): the body's words and the canonical country.
    pub institutions: &'static [(&'static str, &'static str)],
    /// Words that may stand before a guest's title or name ("met with visiting ...").
    pub lead_ins: Words,
    /// Reporting verbs and verb phrases that make a sentence's subject its speaker.
    pub reporting_verbs: Words,
    /// Prefixes a reporting verb may carry with a hyphen ("re-highlighted",
    /// "re-emphasized"): the verb after it is read. Two or three letters and the hyphen.
    pub verb_prefixes: Words,
    /// Single-word adverbs allowed between a speaker and its verb ("also", "further").
    pub adverbs: Words,
    /// Auxiliaries of a passive report and the word before its agent: "X was briefed by Y"
    /// reports what Y briefed.
    pub passive_auxiliaries: Words,
    /// An impersonal report before the clause it reports ("It is clarified that the ministers
    /// also discussed ..."): its opening words, one lowercase word, then one of
    /// [`Lang::impersonal_links`]; the subject is looked for after the link.
    pub impersonal_openings: Words,
    pub impersonal_links: Words,
    pub agent_links: Words,
    /// "According to him, ...": the words that open a clause naming whose account a sentence
    /// gives (a participant's: the sentence is theirs).
    pub account_links: Words,
    /// A headline's verbs in title case that stand for its meeting verb ("Cuban Foreign
    /// Minister X Y Praises Dialogue with EU Counterpart"): the hosts before, the guests
    /// after their link.
    pub headline_verbs: Words,
    /// Endings that make a lowercase word an adverb of manner between a speaker and its verb
    /// ("The leaders strongly agreed", "the two ministers closely aligned").
    pub adverb_endings: Words,
    /// Subjects that mean the parties together ("both sides", "they").
    pub joint_subjects: Words,
    /// Pronouns that refer to the last named speaker.
    pub pronouns: Words,
    /// Words after a nationality that make "the Chinese side" mean that country's official.
    pub side_words: Words,
    /// Ordinal words with their value ("first" = 1, "secondly" = 2).
    pub ordinals: &'static [(&'static str, u32)],
    /// What may follow an ordinal word to make it a marker besides a comma (" of all,").
    pub ordinal_tails: Words,
    /// Verbs of "The first priority is ...": an ordinal after an article is a marker when one
    /// of these follows within a few words.
    pub ordinal_copulas: Words,
    /// Endings trimmed from an enumerated point besides punctuation (" and").
    pub point_trailing: Words,
    /// Honorifics before a name, with the gender they tell ("Ms." tells; "H.E." does not).
    /// Each starts with a capital.
    pub honorifics: &'static [(&'static str, Option<Gender>)],
    /// Honorifics of two words, neither of which is one alone ("Tan Sri", "Puan Sri": "Tan" is
    /// a surname, "Sri" a given name), or whose second word is one only after the first
    /// ("Dato' Sri"): (first word, second word).
    pub honorific_pairs: &'static [(&'static str, &'static str)],
    /// Endings of a verb in the past ("ed": "decided", "explored"): after a subject of both
    /// sides, a verb the reporting verbs do not list still tells what they did together.
    pub past_endings: Words,
    /// Particles of a patronymic ("bin", "binti", "ibn"): an honorific right after one is the
    /// father's and part of the name ("Muhyiddin bin Haji Mohd Yassin").
    pub patronymics: Words,
    /// Last words of an organisation's name ("Agency", "Organization"): in "Director-General of
    /// the International Atomic Energy Agency Rafael Grossi" the body ends there and the name
    /// starts after it.
    pub body_heads: Words,
    /// Last words of a building's or a room's name ("Government House", "Khu Fah Building"):
    /// such a place before the people of an opening is no person.
    pub place_heads: Words,
    /// Nouns whose possessive stands inside a name ("Cambodian People's Party", "Workers'
    /// Party of Korea"): it does not end the person as a possessive does.
    pub named_possessives: Words,
    /// Ranks of nobility read as a title before a name ("Prince X") that give way to the
    /// office in apposition after it ("Prince X, the Saudi Minister of Foreign Affairs,"),
    /// and a diplomat's rank a minister keeps ("Ambassador X, Minister of Foreign Affairs").
    pub ranks: Words,
    /// Words after a name that are not part of it for display ("MP") or that belong to it
    /// after a comma ("Jr.").
    pub post_nominals: Words,
    pub name_suffixes: Words,
    /// Lowercase words that continue a title ("his Indonesian counterpart").
    pub lower_role_words: Words,
    /// The role word of a counterpart: such a guest takes the host's role.
    pub counterpart_word: &'static str,
    /// Endings of a possessive ("Holloway's Call with"): the person ends there.
    pub possessives: Words,
    /// Links right after a meeting verb that introduce the guests ("spoke to").
    pub verb_links: Words,
    /// Words that introduce all parties of a headline ("Talks between A and B").
    pub between_links: Words,
    /// Openings of a headline before its subject ("Readout of"), lowercase.
    pub headline_lead_ins: Words,
    /// (opening, closing word): a headline opening that runs to the closing word ("Statement
    /// by NSC Spokesperson N on ...").
    pub headline_spans: &'static [(&'static str, &'static str)],
    /// Dashes that end a place line ("HÀ NỘI —", "Hanoi (VNA) –").
    pub place_dashes: Words,
    /// Prepositions and conjunctions: after "her" they make it an object, not a possessive.
    pub prepositions: Words,
    /// Pronouns with their gender ("he", "she"; "his", "her" tell a gender too).
    pub gendered: &'static [(&'static str, Gender)],
    /// Head nouns of a subject that make a sentence narration ("The conversation also touched
    /// upon", "The following is attributable to", "A Downing Street spokesperson said:").
    pub narration_nouns: Words,
    /// Determiners besides the articles before such a head ("A Downing Street spokesperson",
    /// "This meeting comes after ...").
    pub event_determiners: Words,
    /// Endings of a sentence that make it narration when it names no speaker ("were discussed").
    pub narration_endings: Words,
    /// The last word of an empty field's label above a copied readout ("Release Time:").
    pub field_nouns: Words,
    /// How a comment form under a copied page marks its fields ("(required)"), lowercase.
    pub form_field_marks: Words,
    /// Modals of a future a joint subject undertakes ("They will also direct ...").
    pub future_modals: Words,
    /// Prepositions that open an inverted report of the event ("Among the topics discussed
    /// was ...": narration).
    pub inverted_event_links: Words,
    /// Reporting verbs that may close a sentence before their subject ("..., said Wang.",
    /// "..., said Wang, calling for ...": Xinhua's order).
    pub inverted_verbs: Words,
    /// Determiners of a joint subject ("the two ministers", "both leaders").
    pub joint_determiners: Words,
    /// Plural heads of a joint subject ("ministers", "leaders", "sides", "pair", "two").
    pub joint_heads: Words,
    /// Lowercase adjectives that may stand inside a subject before its head or its country
    /// ("the two ranking diplomats", "both senior officials", "The top Vietnamese diplomat").
    pub subject_modifiers: Words,
    /// Adverbs that may open a sentence before its subject ("Finally the leaders agreed").
    pub sentence_adverbs: Words,
    /// Asides between a subject and its verb, without commas ("Lavrov for his part
    /// welcomed"), lowercase.
    pub subject_asides: Words,
    /// Conjunctions that open a subordinate clause before the sentence's own subject ("As X
    /// reported on his account, they also talked ..."), lowercase.
    pub subordinators: Words,
    /// Words of titles that mean the same thing, for matching a role subject ("The Foreign
    /// Minister") to a participant's title ("Minister for Foreign Affairs"): (word, stands for).
    pub role_synonyms: &'static [(&'static str, &'static str)],
    /// Role words that say nothing for matching a role subject ("Affairs", "H.E.").
    pub role_noise: Words,
    /// Words for "today" and "yesterday" in an opening, with their offset in days.
    pub relative_days: &'static [(&'static str, i32)],
    /// State forms before a country's name ("Republic of", "Socialist Republic of").
    pub state_forms: Words,
    /// Canonical country names that take "the" after "of" ("of the Republic of Korea").
    pub countries_with_article: Words,
    /// Countries, their aliases and adjectives.
    pub countries: &'static [Country],
    /// Leaders and foreign ministers a readout may name without their country (see
    /// `en/leaders.rs` for the form of an entry).
    pub leaders: Joined,
    /// Words before a title that make it another office ("Vice President", "Prime Minister",
    /// "Deputy Foreign Minister"): see [`Lang::holds_office`].
    pub office_modifiers: Words,
    /// Words after a title that say what it is of ("Minister for Foreign Affairs").
    pub office_links: Words,
    /// What each government's readouts carry.
    pub publishers: &'static [Publisher],
    /// Indexes built on first use.
    indexes: lookup::Indexes,
}

impl Lang {
    /// The words of `s` (see [`Script::words`]) in a new vector.
    pub fn words<'a>(&self, s: &'a str) -> Vec<Word<'a>> {
        // A word and its space take five bytes or more in readouts: one allocation, no growth.
        let mut out = Vec::with_capacity(s.len() / 4 + 1);
        (self.script.words)(s, &mut out);
        out
    }

    /// True when `line` is chrome of any publisher's pages.
    pub fn is_publisher_chrome(&self, line: &str) -> bool {
        self.publisher_line(line).is_some()
    }

    /// The country of a participant the text names without one, when [`Lang::leaders`] knows
    /// them: their name and a title (`role`) of their office, in office in `year` when the
    /// readout's year is known. `None` when no entry fits or entries of two countries do.
    pub fn leader_country(
        &self,
        name: &str,
        role: &str,
        year: Option<u16>,
    ) -> Option<&'static str> {
        // "Ferdinand R. Marcos Jr.", "Joseph R. Biden, Jr.": the suffix is no part of the match.
        let name = match name.rsplit_once(' ') {
            Some((head, last)) if self.name_suffixes.contains(last) => head.trim_end_matches(','),
            _ => name,
        };
        // "Foreign Minister Prince", "Foreign Minister Sheikh": a rank the title ran into is no
        // part of the office.
        let role = match role.rsplit_once(' ') {
            Some((head, last)) if self.ranks.contains(&last) => head,
            _ => role,
        };
        // Only the entries with a name whose first word is a word of the name can fit.
        let by_word = self.leaders_index();
        let mut found = None;
        for word in name.split(' ') {
            for &(_, entry) in by_word.get(word) {
                if let Some(country) = self.leader_fits(entry, name, role, year) {
                    if found.is_some_and(|c| c != country) {
                        return None;
                    }
                    found = Some(country);
                }
            }
        }
        found
    }

    /// The country of a leaders table's `entry` when `name` with `role` in `year` is its
    /// person (see [`Lang::leader_country`]).
    fn leader_fits(
        &self,
        entry: &'static str,
        name: &str,
        role: &str,
        year: Option<u16>,
    ) -> Option<&'static str> {
        let mut fields = entry.split('|');
        let (years, country, offices) = (fields.next()?, fields.next()?, fields.next()?);
        let (from, to) = years.split_once('-').unwrap_or((years, years));
        let in_office = |y: u16| {
            from.parse().is_ok_and(|f: u16| f <= y) && to.parse().map_or(true, |t: u16| y <= t)
        };
        if !year.is_none_or(in_office) {
            return None;
        }
        // "Macron", "Emmanuel Macron", "Xi Jinping": with a title of the office, the name is
        // the entry's, or opens or ends with it as a word. A full name marked `=` fits alone
        // ("Vladimir Putin had a telephone conversation with ...").
        let titled = offices.split(',').any(|o| self.holds_office(role, o));
        let fits_name = |form: &str| match form.strip_prefix('=') {
            Some(full) => name == full,
            None if !titled => false,
            None => {
                let ends = name.strip_suffix(form).is_some_and(|h| h.ends_with(' '));
                let opens = name.strip_prefix(form).is_some_and(|t| t.starts_with(' '));
                name == form || ends || opens
            }
        };
        fields.any(fits_name).then_some(country)
    }

    /// True when `role` is the title `office`: "President", "French President", "Foreign
    /// Minister" for "Minister", "Minister for Foreign Affairs" for "Minister"; not "Vice
    /// President" for "President" or "Prime Minister" for "Minister".
    pub fn holds_office(&self, role: &str, office: &str) -> bool {
        // Titles are compared ignoring ASCII case: news copies write "Foreign minister".
        let n = office.len();
        if scan::ends_with_ignore_case(role, office) {
            if role.len() == n {
                return true;
            }
            if let Some(head) = role[..role.len() - n].strip_suffix(' ') {
                // The words of this title ("Deputy Prime Minister and Foreign Minister":
                // "Foreign"); none may make it another office ("Vice Foreign Minister"). A
                // comma ends the title before it as "and" does.
                let mut this = head
                    .rsplit(' ')
                    .take_while(|w| !w.ends_with(',') && *w != self.and_word);
                return !this.any(|w| {
                    self.office_modifiers
                        .iter()
                        .any(|m| m.eq_ignore_ascii_case(w))
                });
            }
        }
        scan::starts_with_ignore_case(role, office)
            && role[n..]
                .strip_prefix(' ')
                .and_then(|rest| rest.split(' ').next())
                .is_some_and(|link| self.office_links.contains(link))
    }

    /// "A", "A and B", "A, B and C".
    pub fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!(
                "{}{}{}",
                rest.join(self.phrasing.list_separator),
                self.phrasing.list_last,
                last
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::en::EN;
    use super::{TitledBy, MAX_PUBLISHERS};

    #[test]
    fn every_table_has_no_more_publishers_than_the_bit_sets_hold() {
        for lang in [&EN, &super::zh::ZH] {
            assert!(lang.publishers.len() <= MAX_PUBLISHERS);
        }
    }

    #[test]
    fn a_host_role_tells_the_publishers_that_title_their_own_so() {
        let place = |c: &str| EN.publishers.iter().position(|p| p.country == c).unwrap();
        let bit = |c: &str| 1u64 << place(c);
        // A title alone, one before a connector, and a lowercase news copy's.
        assert_ne!(
            EN.home_titles("Secretary of State").own & bit("United States"),
            0
        );
        let councilor = EN.home_titles("State Councilor and Foreign Minister");
        assert_ne!(councilor.own & bit("China"), 0);
        assert_ne!(
            EN.home_titles("secretary of state").own & bit("United States"),
            0
        );
        // A title that runs on into another word is not the title.
        assert_eq!(
            EN.home_titles("Secretary of Statecraft").own & bit("United States"),
            0
        );
        // Shared titles are told apart from own ones.
        let shared = EN.home_titles("Minister for Foreign Affairs");
        assert_ne!(shared.shared & bit("Japan"), 0);
        assert_eq!(shared.own & bit("Japan"), 0);
        assert_eq!(EN.home_titles("Ambassador"), TitledBy::default());
    }

    #[test]
    fn lists_are_written_with_the_phrasing_of_the_language() {
        let items = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(EN.list(&items(&[])), "");
        assert_eq!(EN.list(&items(&["A"])), "A");
        assert_eq!(EN.list(&items(&["A", "B", "C"])), "A, B and C");
    }

    #[test]
    fn two_offices_joined_by_a_slash_are_a_role_word() {
        assert!(EN.is_role_word("Representative/Vice-President"));
        assert!(EN.is_role_word("Policy/Vice-President"));
        assert!(!EN.is_role_word("Borrell/Blinken"));
        assert!(!EN.is_role_word("President/"));
        assert!(!EN.is_role_word("/President"));
    }

    #[test]
    fn talks_with_after_a_name_is_the_verb() {
        use crate::core::model::MeetingFormat as F;
        let f = |s: &str| EN.format_in(&s.split(' ').collect::<Vec<_>>(), false);
        assert_eq!(f("Sec. Rubio Talks With France's Minister"), None);
        assert_eq!(f("Wang Holds Talks With French Minister"), Some(F::Talks));
        assert_eq!(
            f("Wang Holds Trilateral Talks With Ministers"),
            Some(F::Talks)
        );
        assert_eq!(f("interrupted his Warsaw talks with B"), Some(F::Talks));
        assert_eq!(f("A held productive talks with B"), Some(F::Talks));
        // A news site's headline of a meeting.
        assert_eq!(f("A recently convened with B in Antalya"), Some(F::Meeting));
    }

    #[test]
    fn a_leader_named_without_a_country_is_known_by_title_and_name() {
        let c = |name, role, year| EN.leader_country(name, role, year);
        assert_eq!(c("Macron", "President", Some(2025)), Some("France"));
        assert_eq!(c("Emmanuel Macron", "President", None), Some("France"));
        assert_eq!(c("Xi Jinping", "President", Some(2020)), Some("China"));
        assert_eq!(
            c("Lee Jae-myung", "President", Some(2025)),
            Some("Republic of Korea")
        );
        assert_eq!(
            c("Luiz Inácio Lula da Silva", "President", Some(2024)),
            Some("Brazil")
        );
        assert_eq!(c("Merz", "Chancellor", Some(2025)), Some("Germany"));
        let park = |role| c("Park Jin", role, Some(2023));
        assert_eq!(park("Foreign minister"), Some("Republic of Korea"));
        assert_eq!(park("Vice foreign minister"), None);
        assert_eq!(
            park("Deputy Prime Minister and Foreign Minister"),
            Some("Republic of Korea")
        );
        assert_eq!(
            park("Deputy Prime Minister, Foreign Minister"),
            Some("Republic of Korea")
        );
        assert_eq!(c("Wang Yi", "Foreign Minister", Some(2024)), Some("China"));
        assert_eq!(
            c("Lavrov", "Minister of Foreign Affairs", None),
            Some("Russia")
        );
        assert_eq!(
            c("Ferdinand R. Marcos Jr.", "President", Some(2023)),
            Some("Philippines")
        );
        assert_eq!(
            c("Kishida Fumio", "Prime Minister", Some(2022)),
            Some("Japan")
        );
        // Out of office in the readout's year, or another office: nothing.
        assert_eq!(c("Merz", "Chancellor", Some(2022)), None);
        assert_eq!(c("Macron", "Vice President", Some(2025)), None);
        assert_eq!(c("Lavrov", "Prime Minister", None), None);
        assert_eq!(c("Wong", "Deputy Prime Minister", Some(2023)), None);
        // A name needs the title, but for a full name marked as enough alone; a name of two
        // leaders of two countries in one year tells neither; a name that only holds the
        // entry's letters is not the entry's.
        assert_eq!(c("Macron", "", Some(2025)), None);
        assert_eq!(c("Emmanuel Macron", "", None), Some("France"));
        assert_eq!(c("Vladimir Putin", "", Some(2024)), Some("Russia"));
        assert_eq!(c("Marie Macron", "", None), None);
        assert_eq!(c("Ximena Leal", "President", Some(2020)), None);
        assert_eq!(c("Abdullah Abdullah", "Chief Executive", Some(2020)), None);
        assert_eq!(c("Lee", "Prime Minister", Some(2018)), Some("Singapore"));
        assert_eq!(c("Lee", "President", Some(2025)), Some("Republic of Korea"));
        assert_eq!(c("Li", "Premier", Some(2023)), Some("China"));
        // Foreign ministers whose own ministry's releases name no country ("Foreign Minister
        // Mohammad Javad Zarif and his Russian counterpart ...", "Prince Faisal bin Farhan bin
        // Abdullah received a phone call ...").
        assert_eq!(
            c("Mohammad Javad Zarif", "Foreign Minister", None),
            Some("Iran")
        );
        assert_eq!(
            c(
                "Faisal bin Farhan bin Abdullah",
                "Minister of Foreign Affairs",
                Some(2020)
            ),
            Some("Saudi Arabia")
        );
        assert_eq!(
            c("Nguyen Tan Dung", "Prime Minister", Some(2014)),
            Some("Vietnam")
        );
        assert_eq!(
            c("Bruno Rodriguez", "Foreign Minister", Some(2015)),
            Some("Cuba")
        );
    }

    #[test]
    fn every_leader_entry_is_well_formed() {
        for entry in EN.leaders {
            let f: Vec<&str> = entry.split('|').collect();
            assert!(f.len() >= 4, "{entry}");
            let (from, to) = f[0].split_once('-').expect(entry);
            assert!(from.parse::<u16>().is_ok(), "{entry}");
            assert!(
                to.is_empty() || to.parse::<u16>().is_ok_and(|t| t >= 2012),
                "{entry}"
            );
            assert!(EN.countries.iter().any(|c| c.name == f[1]), "{entry}");
        }
    }

    #[test]
    fn a_publishers_own_lines_are_chrome() {
        let line = "Ministry of Foreign Affairs of the People's Republic of China";
        assert!(EN.is_publisher_chrome(line));
        assert!(!EN.is_publisher_chrome("Ministry of Foreign Affairs"));
    }

    #[test]
    fn the_words_hook_gives_offsets() {
        assert_eq!(EN.words(" Luo  met"), vec![(1, "Luo"), (6, "met")]);
    }

    #[test]
    fn format_phrases_are_lowercase_and_found_in_any_case() {
        // `format_in` compares the text's words with the phrases ignoring ASCII case, which
        // reads the phrases as lowercase.
        for (p, _) in EN.formats.iter().chain(EN.weak_formats) {
            assert!(!p.bytes().any(|b| b.is_ascii_uppercase()), "{p}");
        }
        let f = EN.format_in(&["Held", "A", "Telephone", "CONVERSATION"], false);
        assert_eq!(f, Some(crate::core::model::MeetingFormat::PhoneCall));
        assert_eq!(EN.format_in(&["Spoke", "With"], true), f);
        assert_eq!(EN.format_in(&["spoke", "with"], false), None);
    }
}
