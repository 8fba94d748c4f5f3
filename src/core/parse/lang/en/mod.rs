//! English tables: the words of foreign-ministry readouts in English, and the hooks of the
//! Latin script (sentences end at `.`, `!`, `?`; words are separated by spaces; a name is
//! capitalised).
//!
//! Takes nothing, gives [`EN`]. Pure data; the logic that reads it is in the stages.

mod countries;
mod publishers;

use super::{Lang, Phrasing, Script};
use crate::core::model::MeetingFormat as F;
use crate::core::parse::{scan, segment};

/// A name word in a Latin script: capitalised and not a word of titles.
fn is_name_word(w: &str, lang: &Lang) -> bool {
    scan::is_capitalised(w) && !lang.is_role_word(w)
}

fn words<'a>(s: &'a str, out: &mut Vec<scan::Word<'a>>) {
    out.clear();
    out.extend(scan::words(s));
}

// One item per line would make the tables unreadably long.
#[rustfmt::skip]
pub static EN: Lang = Lang {
    script: Script {
        sentences: segment::latin,
        words,
        is_name_word,
        is_plain_word: scan::is_lowercase,
        joiner: " ",
    },
    phrasing: Phrasing {
        titles: &[
            (F::VideoConference, "{hosts} Holds a Video Conference with {guests}"),
            (F::VideoMeeting, "{hosts} Holds a Video Meeting with {guests}"),
            (F::PhoneCall, "{hosts} Has a Phone Call with {guests}"),
            (F::Talks, "{hosts} Holds Talks with {guests}"),
            (F::Meeting, "{hosts} Meets with {guests}"),
            (F::Consultation, "{hosts} Holds Consultations with {guests}"),
            (F::Letter, "{hosts} Exchanges Letters with {guests}"),
        ],
        title_default: "{hosts} Meets with {guests}",
        of_country: "{name} of {country}",
        of_country_article: "{name} of the {country}",
        list_separator: ", ",
        list_last: " and ",
    },
    months: &[
        ("January", 1), ("Jan", 1), ("February", 2), ("Feb", 2), ("March", 3), ("Mar", 3),
        ("April", 4), ("Apr", 4), ("May", 5), ("June", 6), ("Jun", 6), ("July", 7), ("Jul", 7),
        ("August", 8), ("Aug", 8), ("September", 9), ("Sept", 9), ("Sep", 9), ("October", 10),
        ("Oct", 10), ("November", 11), ("Nov", 11), ("December", 12), ("Dec", 12),
    ],
    weekdays: &[
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ],
    day_suffix_chars: &['s', 't', 'n', 'd', 'r', 'h'],
    time_words: &["am", "pm", "a.m.", "p.m.", "beijing", "time", "local", "gmt", "utc", "cst"],
    time_zone_prefixes: &["GMT", "UTC"],
    chrome_lines: &[
        "share", "print", "suggest to a friend", "close", "home", "back to top", "top", "email",
        "e-mail", "print this page", "close window", "share to", "share:", "font size",
        "[large] [medium] [small]", "large medium small", "a a a", "a+ a a-", "related news",
        "related links", "links", "sitemap", "site map", "contact us", "search", "menu",
        "skip to content", "skip to main content", "english", "tweet", "facebook", "twitter",
        "wechat", "weibo", "linkedin", "news", "ministry news",
        "activities", "press and media service", "foreign ministry spokesperson's remarks",
        "minister's activities", "previous", "next", "read more", "more", "print friendly",
    ],
    chrome_prefixes: &[
        "copyright", "©", "(c) ", "all rights reserved", "source:", "editor:", "responsible editor",
        "last updated", "updated:", "updated on", "published:", "address:", "tel:", "fax:",
        "icp", "you are here", "current location", "home >", "home »", "home /", "share on",
        "share this", "share to", "follow us", "back to top", "views:", "click:",
    ],
    language_names: &[
        "English", "عربي", "العربية", "Español", "Espanol", "Русский", "Français", "Francais",
        "中文", "简体中文", "繁體中文", "繁体中文", "日本語", "한국어", "Deutsch", "Português",
        "Italiano", "Tiếng", "Việt", "Bahasa", "Indonesia", "Melayu", "ไทย", "Türkçe", "|", "/",
        "·", "-",
    ],
    date_line_prefixes: &[
        "updated:", "date:", "published:", "release date:", "released:", "time:", "posted:",
        "updated", "published", "date", "time",
    ],
    abbreviations: &[
        "U.S", "U.K", "U.N", "E.U", "Mr", "Mrs", "Ms", "Dr", "No", "Nos", "St", "Jr", "Sr", "Prof",
        "Gen", "Col", "Lt", "Gov", "Sen", "Rep", "Amb", "H.E", "e.g", "i.e", "Inc", "Co", "Ltd",
        "vs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
        "Dec", "a.m", "p.m", "Art", "Vol", "approx", "Mt", "Ft", "Adm", "Capt", "Maj", "Sgt",
    ],
    formats: &[
        ("video conference", F::VideoConference),
        ("videoconference", F::VideoConference),
        ("video-conference", F::VideoConference),
        ("video meeting", F::VideoMeeting),
        ("virtual meeting", F::VideoMeeting),
        ("video call", F::VideoMeeting),
        ("video link", F::VideoMeeting),
        ("phone call", F::PhoneCall),
        ("telephone call", F::PhoneCall),
        ("telephone conversation", F::PhoneCall),
        ("phone conversation", F::PhoneCall),
        ("on the phone", F::PhoneCall),
        ("over the phone", F::PhoneCall),
        ("by phone", F::PhoneCall),
        ("by telephone", F::PhoneCall),
        ("speaks by phone", F::PhoneCall),
        ("talks", F::Talks),
        ("consultations", F::Consultation),
        ("consultation", F::Consultation),
        ("letter", F::Letter),
        ("letters", F::Letter),
        ("met with", F::Meeting),
        ("met", F::Meeting),
        ("meets with", F::Meeting),
        ("meets", F::Meeting),
        ("meeting", F::Meeting),
        ("received", F::Meeting),
        ("receives", F::Meeting),
    ],
    meeting_verbs: &[
        "held", "holds", "had", "has", "met", "meets", "spoke", "speaks", "talked", "talks",
        "received", "receives", "hosted", "hosts", "co-chaired", "co-chairs", "chaired", "chairs",
        "exchanged", "exchanges", "conducted", "conducts", "attended", "attends",
        "wrote", "writes", "sent", "sends", "paid",
    ],
    opening_clause_words: &["On", "In", "At", "During", "Today,", "Yesterday,"],
    guest_links: &["with", "from"],
    role_words: &[
        "Vice", "Deputy", "Assistant", "Foreign", "Minister", "Ministers", "Ambassador",
        "President", "Vice-President", "Premier", "Vice-Premier", "Chancellor", "Secretary",
        "Secretary-General", "General", "Director", "Director-General", "Head", "Chief",
        "Senior", "Official", "Special", "Envoy", "Representative", "Permanent", "State",
        "Councilor", "Councillor", "Member", "Political", "Bureau", "Committee", "Central",
        "Commission", "Affairs", "External", "International", "Cooperation", "Department",
        "Ministry", "Office", "Chairman", "Chairperson", "Chairwoman", "Chair", "Prime",
        "Executive", "Under", "Undersecretary", "Under-Secretary", "Counselor", "Counsellor",
        "Adviser", "Advisor", "Security", "National", "Defense", "Defence", "Trade", "Commerce",
        "Finance", "Economy", "Development", "Policy", "Spokesperson", "Spokesman", "King",
        "Queen", "Crown", "Prince", "Princess", "Emir", "Sultan", "Governor", "Mayor", "Speaker",
        "Parliament", "Senator", "Commissioner", "High", "Coordinator", "Negotiator", "Officer",
        "Leader", "Party", "Consul", "Consul-General", "Charge", "d'Affaires", "Dean", "Lord",
        "His", "Her", "Excellency", "H.E.", "Dr.", "Mr.", "Ms.", "Mrs.", "Madam", "Sir",
        "Acting", "Interim", "Federal", "Cabinet", "Relations", "Asian", "European", "African",
        "Affair", "Minister-Counselor", "Attorney", "Justice", "Health", "Education", "Culture",
        "Energy", "Agriculture", "Environment", "Interior", "Home", "Investment", "Planning",
        "Communist", "CPC", "Secretariat", "Council", "Board", "Delegation", "Group", "Union",
        "Regional", "Affairs,", "Government", "Administration", "Peninsula", "Issues", "Issue",
        "Region", "Asia", "Pacific", "Europe", "Africa", "America", "Americas", "Middle", "East",
        "ASEAN", "SOM", "Summit", "Forum", "Sherpa", "Spokeswoman",
    ],
    connectors: &[
        "of", "the", "for", "to", "and", "on", "de", "da", "van", "von", "der", "bin", "binti",
        "al", "el", "la", "le", "du", "des", "y",
    ],
    and_word: "and",
    of_word: "of",
    articles: &["the"],
    title_trailing: &["of", "and", "the", "for"],
    place_prepositions: &["to", "on", "for", "with"],
    lead_ins: &["visiting", "the", "his", "her", "their", "its", "newly-appointed", "new", "outgoing"],
    reporting_verbs: &[
        "said", "says", "stressed", "noted", "pointed out", "expressed", "highly valued",
        "spoke highly of", "thanked", "agreed", "added", "briefed", "emphasized", "emphasised",
        "underlined", "reiterated", "stated", "welcomed", "hoped", "believed", "called for",
        "called on", "urged", "proposed", "suggested", "appreciated", "congratulated",
        "introduced", "elaborated", "exchanged", "discussed", "affirmed", "reaffirmed",
        "praised", "recalled", "indicated", "mentioned", "remarked", "underscored", "conveyed",
        "extended", "voiced", "held that", "maintained", "looked forward", "spoke of", "asked",
        "told", "explained", "shared", "valued", "commended", "acknowledged", "put forward",
        "recognized", "recognised", "echoed", "hailed", "condemned", "opposed", "supported",
        "wished", "invited", "accepted", "gave", "presented", "reviewed", "outlined",
        "expounded", "highlighted", "spoke positively of", "fully affirmed", "reached",
        "committed", "vowed", "pledged", "signed", "made", "had an in-depth exchange",
        "had in-depth exchanges", "had a candid", "had an exchange", "would like",
        "is willing", "are willing", "was willing", "were willing", "spoke", "respond",
        "responded", "replied", "concluded", "summed up", "further said", "went on",
    ],
    adverbs: &[
        "also", "further", "then", "again", "both", "all", "briefly", "fully", "warmly",
        "sincerely", "once", "particularly", "especially", "finally", "lastly", "turn",
        "additionally", "moreover", "specifically", "repeatedly", "particular", "in",
    ],
    joint_subjects: &[
        "both sides", "the two sides", "the three sides", "the four sides", "they",
        "the two ministers", "the two leaders", "the three ministers", "the ministers",
        "the leaders", "all sides", "all parties", "the parties", "the two parties",
        "the sides", "both parties", "both ministers", "both leaders", "the two countries",
        "the three countries", "the two officials", "the three parties", "the two foreign ministers",
        "the three foreign ministers", "the foreign ministers", "each side", "the two",
    ],
    pronouns: &["he", "she"],
    side_words: &["side", "delegation", "government", "minister", "foreign minister"],
    ordinals: &[
        ("first", 1), ("firstly", 1), ("second", 2), ("secondly", 2), ("third", 3),
        ("thirdly", 3), ("fourth", 4), ("fourthly", 4), ("fifth", 5), ("fifthly", 5),
        ("sixth", 6), ("sixthly", 6), ("seventh", 7), ("seventhly", 7), ("eighth", 8),
        ("eighthly", 8), ("ninth", 9), ("ninthly", 9), ("tenth", 10), ("tenthly", 10),
    ],
    ordinal_tails: &[" of all,"],
    ordinal_copulas: &["is", "are", "was", "lies"],
    point_trailing: &[" and"],
    countries_with_article: &[
        "Republic of Korea", "Democratic People's Republic of Korea", "United States",
        "Philippines", "United Kingdom", "Netherlands", "United Arab Emirates", "Russian Federation",
    ],
    countries: countries::COUNTRIES,
    publishers: publishers::PUBLISHERS,
    indexes: super::lookup::Indexes::new(),
};
