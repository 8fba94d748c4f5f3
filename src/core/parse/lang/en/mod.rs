//! English tables: the words of foreign-ministry readouts in English, and the hooks of the
//! Latin script (sentences end at `.`, `!`, `?`; words are separated by spaces; a name is
//! capitalised).
//!
//! Takes nothing, gives [`EN`]. Pure data; the logic that reads it is in the stages.

mod countries;
mod leaders;
mod publishers;

use super::{Gender as G, Lang, Phrasing, Script};
use crate::core::model::MeetingFormat as F;
use crate::core::packed::words;
use crate::core::parse::{scan, segment};

/// A name word in a Latin script: capitalised and not a word of titles.
fn is_name_word(w: &str, lang: &Lang) -> bool {
    // "al-Abadi", "bin-Salman": a lowercase particle joined to a capitalised name (looked for
    // only in a word that is not capitalised).
    let particle = || {
        w.split_once('-')
            .is_some_and(|(p, rest)| lang.is_connector(p) && scan::is_capitalised(rest))
    };
    (scan::is_capitalised(w) || particle()) && !lang.is_role_word(w)
}

/// Latin letters, with the diacritics of Vietnamese, Turkish, Polish...: the letters of an
/// English readout's names.
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}')
}

fn words<'a>(s: &'a str, out: &mut Vec<scan::Word<'a>>) {
    out.clear();
    scan::push_words(s, out);
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
        is_own_letter: is_latin,
        stages: None,
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
    weekdays: words![
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        // "Published: Wed Oct 12 2022" ("Sun" is left out: it is a surname too).
        "Mon", "Tue", "Wed", "Thu", "Fri", "Sat",
    ],
    day_suffix_chars: &['s', 't', 'n', 'd', 'r', 'h'],
    time_words: words![
        "am", "pm", "a.m.", "p.m.", "beijing", "time", "local", "gmt", "utc", "cst", "est", "edt",
        "et", "bst", "jst", "kst", "msk", "ict", "ist", "pst", "pdt", "cet", "cest", "aest",
    ],
    time_zone_prefixes: words!["GMT", "UTC"],
    chrome_lines: words![
        "share", "print", "suggest to a friend", "<suggest to a friend>", "related article",
        // A ministry's page tools and labels (Korea's: "SCREEN SIZE", "KOR", "Date", "hit"
        // over the page's counter).
        "screen size", "kor", "eng", "date", "hit", "hits", "views",
        "close", "home", "back to top", "top", "email",
        "e-mail", "print this page", "close window", "share to", "share:", "font size",
        // A news site's tools beside its headline ("print dictionary print": JoongAng Daily).
        "dictionary",
        // A copying site's link to the page it copied.
        "source link",
        // A news portal's tool beside its date line ("Xinhua, May 17, 2016 Adjust font size:").
        "adjust font size",
        "[large] [medium] [small]", "large medium small", "a a a", "a+ a a-", "related news",
        "related links", "links", "sitemap", "site map", "contact us", "search", "menu",
        "skip to content", "skip to main content", "english", "tweet", "facebook", "twitter",
        "wechat", "weibo", "linkedin", "news", "ministry news",
        "activities", "press and media service", "foreign ministry spokesperson's remarks",
        "minister's activities", "previous", "next", "read more", "more", "print friendly",
        "press release", "press releases", "news release", "news story", "news", "briefing room",
        "statements and releases", "from:", "published", "back to index",
        "back to press releases", "back to press conferences", "(end)", "###", "# # #",
        "for immediate release", "japanese", "korean", "chinese", "english version",
        "go to contents", "go to navigation", "keywords", "related information",
        "you might also like", "leave a reply", "most viewed", "send feedback",
        "all news", "photos", "videos", "feedback", "others", "tags", "white house shareables",
        "article", "photo gallery", "continue reading", "continue reading...", "related posts",
        "original article", "latest threads", "press advisory", "press advisories",
        // Republishers' and portals' lines around a copied readout.
        "this post was originally published on this site", "comments are closed",
        "main container", "main content", "associated links", "printable version",
        "|printable version", "latest news from", "submit release", "hit",
        "* unofficial translation", "*unofficial translation", "unofficial translation",
        "top of page", "bottom of page", "asset publisher", "cancel", "filed under", "categories", "attributes",
        "simple search of our archives", "u.s. politics", "politics", "world", "by office of the spokesperson",
        "organizations in this story",
        // A ministry's signature above its country and date; a page's link.
        "ministry of foreign affairs", "travel page",
        // The State Department's pages since 2025: a "hide" toggle under the breadcrumb, and
        // the kind of the release ("Readout") above its office's line.
        "hide", "readout",
        // Korea's ministry's older pages: the link past the menu, and a menu's heading.
        "skip navigation", "countries information",
        // A news site's share button after its link was copied; its label over an ad.
        "link copied", "advertisements", "advertisement",
        // The EEAS's language picker over its press material ("Page language:").
        "page language",
        // Share buttons one to a line, a rating widget, a section break of stars, a
        // portal's list of searches under the story.
        "pinterest", "telegram", "whatsapp", "rate this article", "***", "* * *",
        "search trends", "blog comments powered by disqus",
    ],
    chrome_prefixes: words![
        "copyright", "©", "(c) ", "all rights reserved", "source:", "source :", "editor:", "responsible editor",
        // A ministry's caption under its photo ("Photo Caption: Call on Minister ...").
        "photo caption:", "photo credit:",
        // A release service's line under the copy ("Distributed by APO Group on behalf of
        // ...").
        "distributed by apo group",
        // "※ This article has been translated by AI.": a Korean site's note.
        "※",
        // The same service's lines under that notice.
        "distributed by public, unedited and unaltered", "original document", "public permalink",
        "last updated", "updated:", "updated on", "published:", "address:", "tel:", "fax:",
        "icp", "you are here", "current location", "home >", "home »", "home /", "share on",
        "share this", "share to", "follow us", "back to top", "views:", "click:",
        "(*the foregoing", "(* the foregoing", "* the foregoing", "*the foregoing",
        "the foregoing is a provisional translation", "(*this is a provisional translation",
        "(* this is a provisional translation", "*this is a provisional translation",
        "this is a provisional translation", "related information (", "this was published under",
        "updates to this page", "search the news archive", "(photo", "photo:", "photo courtesy",
        "(web editor:", "web editor:", "(editor:", "(source:", "photo :",
        "original article link:", "/public release.", "editing and translating by",
        // A news channel's caption of its cover photo ("(Cover: X (R) holds talks with Y ...)").
        "(cover:",
        "this material from the originating organization",
        // A blog's comment form under a copied readout.
        "your email address will not be published", "required fields are marked",
        // A site's banner over a readout it copies from a press e-mail ("Official Readout:
        // This is an unedited readout that was sent ... We are hosting it here ..."), and the
        // address line at the foot of the White House's pages (2017-2021).
        "official readout:", "offical readout:", "the white house · 1600 pennsylvania",
        // An image's label left by a copy of a news wire's page ("Webp 13edited").
        "webp ", "jpg ",
        // A site's cookie notice.
        "we use cookies", "by continuing to browse",
        // The scam warning above every page of Singapore's government.
        "government officials will never ask you",
        // Links to the page's other files ("Click here for Urdu version"), a blog's
        // taxonomy lines, and India's press bureau's foot ("(Release ID: 2244731)").
        "click here", "categories:", "category:", "tags:", "tagged as:", "tagged:",
        // A ministry's note under its translation ("This is an unofficial English translation
        // of the original Arabic text.", "To view the official Arabic text, click here.").
        "this is an unofficial english translation", "to view the official",
        "filed under:", "visitor counter", "read this release in", "(release id:",
        // A news site's comment counter and its reproduction notice under a copied readout.
        "comments (", "reproduction in whole or in part",
        // The banner over every page of the White House's archived sites ("This is historical
        // material "frozen in time". The website is no longer updated ...").
        "this is historical material",
        // Captions under a ministry's photos ("Photo session before the talks", "Photo of the
        // Foreign Ministers' Meeting."), a photographer's credit line ("Picture by ...").
        "photo session", "photo of ", "photos of ", "picture by ", "photograph by ",
        // A republisher's notice over a readout it copies, when it holds no date (see
        // `republished_notices`), and its second sentence ("It is reproduced in full below.").
        "the following press release was published", "it is reproduced in full",
        // (Not "the following statement was published": a body may say so of a statement.)
        "the following readout was published", "the following release was published",
        // A page's count of its readers under the date ("Hit : 1012").
        "hit :",
        // An agency's source line under its story ("Based on materials from TASS").
        "based on materials from", "based on materials of",
        // The notice about itself at the foot of every page of Pakistan's news agency
        // ("Serving the nation since 1947 by providing ... news ...").
        "serving the nation since",
        // A blog's taxonomy line under the story ("Posted in: Diplomacy").
        "posted in:",
        // A wire's note under its copy of another site's story ("Read the original article
        // on Egypt Online.").
        "read the original article",
    ],
    // "There were 291 press releases posted in the last 24 hours and ... in the last 365
    // days.": a press-release site's counter above a copied readout.
    // A portal's teaser of another story ("... from the era of Queen… Read more »").
    chrome_endings: words![
        "the american presidency project", "in the last 365 days.", "read more »", "read more >>",
        // A release service's notice under its copy ("X published this content on 11 January
        // 2017 and is solely responsible for the information contained herein.").
        "is solely responsible for the information contained herein.",
        // A news site's line over the statement it copies ("Washington, DC (Example Wire) –
        // The US Department of State released the following statement:").
        "released the following statement:",
    ],
    // Vietnamese "image": Viet Nam's portals label each image with it and a number (some
    // English pages print the label without its diacritics: "... hinh anh 1").
    image_words: words!["Ảnh", "ảnh", "hinh anh"],
    sender_labels: words!["from:"],
    // News sites' lists of other articles under a copied readout, and a press-release site's
    // foot under its copy ("You just read:").
    article_endings: words![
        "related news", "related posts", "related articles", "related stories",
        // The Government of Canada's pages: its lists and its page foot under a release.
        "related products", "page details",
        "you might also like", "you may also like", "more news", "other news", "most viewed",
        "most read", "editor's pick", "you just read", "latest news", "latest news from",
        "similar news", "similar articles",
        // A release service's foot under the copy (its disclaimer); gov.uk's contacts under a
        // release.
        "legal disclaimer", "media enquiries", "media enquiries:",
        // The menu under every page of Russia's ministry ("General Information", "Flag", ...).
        "general information",
        "latest comments",
        // A blog's comment form under a copied readout, and Blogger's count above it ("No
        // comments:").
        "leave a reply", "leave a comment", "post a comment", "no comments",
        // A news blog's comment form ("YOUR VIEW POINT", then "NAME : (REQUIRED)" ...).
        "your view point", "your viewpoint", "add your comment", "write a comment",
        // The site's foot of whitehouse.gov (2021-2025: "Stay Connected", a sign-up form,
        // "Scroll to Top"); a forum's or portal's link to the rest of a teaser, with the
        // replies under it; the tags under a State Department page.
        "stay connected", "continue reading", "continue reading...", "tags",
        // A news agency's end of its story (Yonhap), above the headlines of its other stories.
        "(end)",
        // The Kremlin's page foot under the text (section, date, text version).
        "publication status",
        // The mark that closes a White House release: a republisher's lines follow it ("The
        // post ... first appeared on ...", "More Stories" and other releases' headlines).
        "###", "# # #",
        // A press-release service's notice under its copy ("Disclaimer", then "U.S.
        // Department of State published this content on ... Distributed by ...").
        "disclaimer",
        // A portal's comment section ("Commentaries", "MAKE A COMMENT", "All fields
        // required").
        "commentaries", "make a comment",
        // A government's press office under its release, then its officer's name, telephone
        // and e-mail ("For more information, contact:"); a site's sign-up box ("NEWSLETTER").
        "for more information, contact", "for more information", "for further information",
        "for media enquiries", "media contact", "media contacts", "newsletter",
    ],
    // "Inquiries: N, Special Adviser to the Minister, tel. +358 ..." (Finland's ministry and
    // the Nordic governments' releases).
    contact_labels: words![
        "inquiries", "enquiries", "further information", "for further information",
        "for more information", "media enquiries", "media inquiries", "press contact",
        "media contact",
    ],
    stance_nouns: words![
        "commitment", "support", "solidarity", "position", "positions", "readiness",
        "willingness", "stance", "resolve", "determination", "desire",
    ],
    thanks_links: words!["for"],
    discussion_verbs: words!["had", "held"],
    auxiliaries: words!["has", "have", "had"],
    discussion_nouns: words![
        "discussion", "discussions", "exchange", "exchanges", "talks", "conversation",
        "conversations", "dialogue",
    ],
    pair_label_endings: words!["Relations"],
    caption_credits: words!["(photo", "(photos", "(courtesy"],
    // "Emmanuel Bonne, diplomatic counselor to French President Emmanuel Macron".
    principal_links: words!["to"],
    // "Foreign Minister Chung Eui-yong on Thursday pledged" (news agencies' leads).
    weekday_links: words!["on"],
    day_links: words!["on", "from"],
    // Where a person stands in the photo, and the agencies' notes on their photos.
    caption_marks: words![
        "(r)", "(l)", "(c)", "(left)", "(right)", "(center)", "(centre)", "(front)", "(2nd l)",
        "(2nd r)", "(3rd l)", "(3rd r)", "in this photo", "in this file photo", "file photo",
        "photo not for sale", "pose for a photo", "pose for a commemorative photo",
        // "This photo, taken on Feb. 9, 2021, shows ... (Yonhap)": the agency's captions.
        "this photo", "this picture", "this image",
    ],
    ago_words: words!["ago"],
    reader_words: words!["you", "your", "yours"],
    list_intros: words!["following"],
    join_verbs: words!["joined"],
    join_objects: words![
        "call", "calls", "meeting", "conversation", "conversations", "talks", "discussion", "discussions", "videoconference",
    ],
    glued_openings: words!["cover picture for the article"],
    language_names: words![
        "English", "عربي", "العربية", "Español", "Espanol", "Русский", "Français", "Francais",
        "中文", "简体中文", "繁體中文", "繁体中文", "日本語", "한국어", "Deutsch", "Português",
        "Italiano", "Tiếng", "Việt", "Bahasa", "Indonesia", "Melayu", "ไทย", "Türkçe", "|", "/",
        "·", "-",
    ],
    date_line_prefixes: words![
        "updated:", "date:", "published:", "release date:", "released:", "time:", "posted:",
        "updated", "published", "date", "time", "release time:", "posted on", "for immediate release",
        "written:",
        // "Update: 04:48, 21 January 2018 Sunday" (a news portal's stamp over its headline).
        "update:",
    ],
    byline_prefixes: words!["by", "edited by", "written by"],
    plural_endings: words!["s"],
    attribution_openings: words![
        "the below is attributable to", "the following is attributable to",
    ],
    republished_notices: words![
        "the following press release was published", "the following statement was published",
        "the following readout was published", "the following release was published",
    ],
    abbreviations: words![
        "U.S", "U.K", "U.N", "E.U", "Mr", "Mrs", "Ms", "Messrs", "Dr", "No", "Nos", "St", "Jr", "Sr", "Prof",
        "Gen", "Col", "Lt", "Gov", "Sen", "Rep", "Amb", "H.E", "e.g", "i.e", "Inc", "Co", "Ltd",
        "vs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
        "Dec", "a.m", "p.m", "Art", "Vol", "approx", "Mt", "Ft", "Adm", "Capt", "Maj", "Sgt",
        "Hon", "Rt",
    ],
    // "... her visit to Washington, D.C. Minister Ota and ...": a place's abbreviation closes
    // its phrase; the capital after it opens the next sentence.
    closing_abbreviations: words!["D.C"],
    formats: &[
        ("video consultation", F::VideoMeeting),
        ("video consultations", F::VideoMeeting),
        ("video talks", F::VideoMeeting),
        ("online talks", F::VideoMeeting),
        ("video talk", F::VideoMeeting),
        ("telephone talks", F::PhoneCall),
        ("telephone talk", F::PhoneCall),
        ("phone talks", F::PhoneCall),
        ("phone talk", F::PhoneCall),
        ("telephone conversations", F::PhoneCall),
        ("phone conversations", F::PhoneCall),
        ("telephone calls", F::PhoneCall),
        ("phone calls", F::PhoneCall),
        ("phone discussions", F::PhoneCall),
        ("telephone meeting", F::PhoneCall),
        ("teleconference", F::VideoConference),
        ("video conference", F::VideoConference),
        ("videoconference", F::VideoConference),
        ("video-conference", F::VideoConference),
        ("video meeting", F::VideoMeeting),
        ("virtual meeting", F::VideoMeeting),
        // Korea's ministry: "had a virtual conversation ... with".
        ("virtual conversation", F::VideoMeeting),
        ("virtual talks", F::VideoMeeting),
        ("virtual call", F::VideoMeeting),
        ("video call", F::VideoMeeting),
        ("video link", F::VideoMeeting),
        ("phone call", F::PhoneCall),
        ("telephone call", F::PhoneCall),
        ("telephone conversation", F::PhoneCall),
        ("phone conversation", F::PhoneCall),
        ("on the phone", F::PhoneCall),
        ("over the phone", F::PhoneCall),
        // Xinhua's English: "exchanged views with ... over phone", "talked over phone".
        ("over phone", F::PhoneCall),
        // India's papers: "Prime Minister X spoke on phone with President Y".
        ("on phone", F::PhoneCall),
        ("by phone", F::PhoneCall),
        ("by telephone", F::PhoneCall),
        ("via telephone", F::PhoneCall),
        ("via phone", F::PhoneCall),
        ("speaks by phone", F::PhoneCall),
        ("call with", F::PhoneCall),
        ("call from", F::PhoneCall),
        ("called", F::PhoneCall),
        // Talks held, not talks mentioned ("to follow up on the recent summit talks"): a bare
        // "talks" is a weak hint.
        ("talks with", F::Talks),
        ("held talks", F::Talks),
        ("holds talks", F::Talks),
        ("hold talks", F::Talks),
        ("had talks", F::Talks),
        ("conducted talks", F::Talks),
        ("consultations", F::Consultation),
        ("consultation", F::Consultation),
        ("letter", F::Letter),
        ("letters", F::Letter),
        ("met with", F::Meeting),
        // "X recently convened with Y in Antalya" (a news site's headline of a meeting).
        ("convened with", F::Meeting),
        ("met", F::Meeting),
        ("meets with", F::Meeting),
        ("meets", F::Meeting),
        ("meeting", F::Meeting),
        ("received", F::Meeting),
        ("receives", F::Meeting),
    ],
    // "as part of their ongoing (regular) consultations": the White House's calls.
    series_words: words!["ongoing", "regular"],
    verbal_formats: words!["talks with"],
    weak_formats: &[
        ("spoke with", F::PhoneCall),
        ("spoke to", F::PhoneCall),
        ("speaks with", F::PhoneCall),
        ("speaks to", F::PhoneCall),
        ("spoke today with", F::PhoneCall),
        ("spoke yesterday with", F::PhoneCall),
        ("spoke today to", F::PhoneCall),
        ("spoke by", F::PhoneCall),
        ("spoke today", F::PhoneCall),
        ("spoke yesterday", F::PhoneCall),
        // "President X spoke this afternoon with President Y of France" (the White House).
        ("spoke this morning", F::PhoneCall),
        ("spoke this afternoon", F::PhoneCall),
        ("spoke this evening", F::PhoneCall),
        ("spoke tonight", F::PhoneCall),
        ("talked to", F::PhoneCall),
        ("talks", F::Talks),
        // "The Prime Minister hosted Prime Minister X at Downing Street": a visit received.
        ("hosted", F::Meeting),
        ("hosts", F::Meeting),
        // "exchanged views ... on the sidelines of the APEC forum": met in person at a summit.
        ("on the sidelines", F::Meeting),
    ],
    meeting_verbs: words![
        "held", "holds", "had", "has", "met", "meets", "spoke", "speaks", "talked", "talks",
        "received", "receives", "hosted", "hosts", "co-chaired", "co-chairs", "chaired", "chairs",
        "exchanged", "exchanges", "conducted", "conducts", "attended", "attends",
        "wrote", "writes", "sent", "sends", "paid", "meeting", "called", "calls", "gave", "made", "placed",
        // "Malaysia's Foreign Minister, X, engaged in a telephone conversation with ..." (agencies
        // of South-East and Central Asia).
        "engaged", "engages",
    ],
    // "Prime Minister X welcomed the President of the United States, Y, to Downing Street".
    visit_verbs: words!["welcomed", "welcomes"],
    visit_words: words!["visit", "visiting"],
    // "..., the Russian Foreign Ministry said.", "This information was relayed by the Russian
    // Ministry of Foreign Affairs.", "according to Turkey's Communications Directorate": a copy
    // that names the government whose readout it reports.
    ministry_names: words![
        "Foreign Ministry", "foreign ministry", "Ministry of Foreign Affairs", "Foreign Office",
        "Ministry of External Affairs", "MFA", "Communications Directorate", "Presidential Press Service",
        "presidential press service", "Presidential Office", "presidential office",
    ],
    source_after: words![
        "said", "says", "stated", "reported", "announced", "informed", "noted", "added",
        "'s statement", "'s press service", "'s press release", "'s website", "'s official website",
        "statement", "press service", "press release", "website", "spokesperson said",
    ],
    notice_marks: words![" published this content on "],
    source_before: words![
        "according to the", "according to", "relayed by the", "reported by the", "released by",
        "released by the", "issued by the", "issued by", "by the", "from the", "per the",
        "said the", "cited the", "citing the", "quoted the",
    ],
    // "Last night, President Obama called ...", "This morning, the Prime Minister spoke ...",
    // "For about 25 minutes from around 6 p.m. on March 12, 2009 (JST), Minister ...".
    opening_clause_words: words![
        "On", "In", "At", "During", "Today,", "Yesterday,", "Earlier", "From", "Following",
        "After", "According", "Last", "This", "For", "Ahead",
    ],
    earlier_event_words: words!["Following", "After", "Ahead", "Before"],
    guest_links: words!["with", "from"],
    // "Prime Minister X suggested ... during his phone conversation with Premier Y" (Viet Nam's
    // government portal and agencies lead with the statement).
    occasion_links: words!["during", "at", "in"],
    // "... during a phone conversation with U.S. Secretary of State X" (Xinhua's leads).
    meeting_possessives: words!["his", "her", "their", "a", "the"],
    pinyin_country: Some("China"),
    head_links: words!["headed", "led"],
    by_word: "by",
    group_articles: words!["a", "an", "the"],
    side_nouns: words!["delegation", "side"],
    chair_links: words!["co-chaired", "chaired", "attended"],
    contrast_links: words!["while", "whereas"],
    day_parts: words!["morning", "afternoon", "evening", "night", "today", "week"],
    topic_links: words!["about"],
    hosting_links: words!["for"],
    hosting_nouns: words!["reception", "receptions", "banquet", "dinner", "luncheon", "lunch"],
    posted_titles: words!["Ambassador to", "Ambassador-designate to", "Consul General to"],
    role_words: words![
        "Vice", "Deputy", "Assistant", "Foreign", "Minister", "Ministers", "Ambassador",
        "Minister-designate", "President-elect", "Prime Minister-designate", "Premier-designate",
        "Minister-elect",
        "President", "Vice-President", "Premier", "Vice-Premier", "Chancellor", "Secretary",
        "Secretary-General", "General", "Director", "Director-General", "Head", "Chief",
        "Senior", "Official", "Special", "Envoy", "Representative", "Permanent", "State",
        "Councilor", "Councillor", "Member", "Political", "Bureau", "Committee", "Central",
        // "the HR/VP Federica Mogherini", "HRVP Mogherini": the EU's High Representative and
        // Vice-President, as its own releases abbreviate the office.
        "HR/VP", "HRVP",
        "Commission", "Affairs", "External", "International", "Cooperation", "Department",
        "Ministry", "Office", "Chairman", "Chairperson", "Chairwoman", "Chair", "Prime",
        "Executive", "Under", "Undersecretary", "Under-Secretary", "Counselor", "Counsellor",
        "Adviser", "Advisor", "Security", "National", "Defense", "Defence", "Trade", "Commerce",
        "Finance", "Economy", "Development", "Policy", "Spokesperson", "Spokesman", "King",
        "Queen", "Crown", "Prince", "Princess", "Sheikh", "Sheikha", "Emir", "Sultan", "Governor",
        "Mayor", "Speaker", "Commander", "Commander-in-Chief", "Supreme",
        "Parliament", "Senator", "Commissioner", "High", "Coordinator", "Negotiator", "Officer",
        "Leader", "Party", "Consul", "Consul-General", "Charge", "d'Affaires", "Dean", "Lord",
        "His", "Her", "Excellency", "H.E.", "Dr.", "Mr.", "Ms.", "Mrs.", "Madam", "Sir",
        "Acting", "Interim", "Federal", "Cabinet", "Relations", "Asian", "European", "African",
        "Affair", "Minister-Counselor", "Attorney", "Justice", "Health", "Education", "Culture",
        "Energy", "Agriculture", "Environment", "Interior", "Home", "Investment", "Planning",
        "Communist", "CPC", "Secretariat", "Council", "Board", "Delegation", "Group", "Union",
        "Regional", "Affairs,", "Government", "Administration", "Peninsula", "Issues", "Issue",
        "Region", "Asia", "Pacific", "Europe", "Africa", "America", "Americas", "Middle", "East",
        "ASEAN", "SOM", "Summit", "Forum", "Sherpa", "Spokeswoman", "PM", "FM", "EAM", "Dpm",
        "Mrs", "Mr", "Ms", "Dr", "Hon.", "Hon", "Rt", "Rt.", "Honorable", "Honourable", "Madame",
        "Dame", "Prof.", "Professor", "First", "Second", "Third", "Principal", "Assistant",
        "Defense", "Vice-Minister", "Parliamentary", "Diaspora", "Commonwealth", "Development",
        "Spokesperson", "Press", "Secretary", "Ambassador-at-Large", "Envoy", "Presidential",
        "Advisor", "Adviser", "Diplomatic", "Counselor", "Chief", "Staff", "Emirates", "Supreme",
        "Chancellor", "Premier", "Deputy", "Vice", "Undersecretary", "Taoiseach", "Tánaiste",
        "Tanaiste", "Shri", "Smt.", "Smt",
        // "Secretary-General of the Cooperation Council of Turkic Speaking Countries X": an
        // organisation of countries ends its name where the person's begins.
        "Countries",
    ],
    connectors: words![
        "of", "the", "for", "to", "and", "on", "de", "da", "van", "von", "der", "bin", "binti",
        "al", "el", "la", "le", "du", "des", "y", "del", "della", "di", "dos", "das", "ibn",
    ],
    // "High Representative for Foreign Affairs and Security Policy" (the European Union's).
    portfolio_words: words!["Affairs", "Policy", "Cooperation", "Co-operation"],
    and_word: "and",
    of_word: "of",
    articles: words!["the"],
    title_trailing: words!["of", "and", "the", "for"],
    place_prepositions: words!["to", "on", "for", "with"],
    title_links: words!["at"],
    institutions: &[
        ("White House", "United States"), ("State Department", "United States"),
        ("Pentagon", "United States"), ("Kremlin", "Russia"), ("Downing Street", "United Kingdom"),
        ("Elysee", "France"), ("Élysée", "France"), ("Blue House", "Republic of Korea"),
    ],
    lead_ins: words![
        "visiting", "the", "his", "her", "their", "its", "newly-appointed", "newly", "appointed",
        "new", "outgoing",
        // "Mr. Marco Rubio, newly appointed U.S. Secretary of State" (Korea's ministry).
        "newly", "appointed", "incoming",
        "Today", "Yesterday",
        // "Welcoming Swedish Ambassador X, PM Y affirmed ...", "Receiving ...": the host's
        // participle before a guest.
        "Welcoming", "Receiving",
    ],
    reporting_verbs: words![
        "said", "says", "stressed", "noted", "pointed out", "pointed to", "expressed", "highly valued",
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
        "had in-depth exchanges", "had a candid", "had an exchange", "compared notes",
        "compared views", "used the occasion", "took the occasion", "used this opportunity",
        "took this opportunity", "took the opportunity", "had a discussion",
        "had discussions", "had an open", "had a frank", "had a productive", "had a constructive",
        "had a substantive", "had a thorough", "had a good", "had an in-depth", "had detailed",
        // "The two sides had candid and constructive discussions" (the White House's readouts
        // of high-level talks).
        "had candid", "had frank", "had constructive", "had substantive", "had productive",
        "had a detailed", "had a useful", "had a fruitful", "had a wide-ranging",
        "had a comprehensive", "held an in-depth", "held a discussion", "held discussions",
        "held in-depth", "held detailed", "held a detailed", "held a frank", "held frank", "would like",
        "is willing", "are willing", "was willing", "were willing", "spoke", "respond",
        "responded", "replied", "concluded", "summed up", "further said", "went on",
        "set out", "confirmed", "concurred", "raised", "assessed", "offered", "restated",
        "updated", "informed", "requested", "reflected", "looked ahead", "relayed", "delivered",
        "announced", "encouraged", "took note", "started", "began", "expects", "expected",
        "thanks", "welcomes", "stresses", "notes", "underlines", "emphasizes", "emphasises",
        "reaffirms", "reiterates", "discusses", "agrees", "hopes", "believes", "believes that",
        "considered", "considers", "lauded", "applauded", "covered", "addressed", "focused",
        "promised", "warned", "insisted", "cautioned", "recommended", "demanded", "described",
        "paid tribute", "extended", "noted with", "explained", "detailed", "appealed",
        "reassured", "assured", "reported", "sought", "discussed", "emphasized", "spoke about",
        "coordinated", "co-ordinated", "examined", "touched upon", "touched on", "agreed on",
        "noted with appreciation", "exchanged views", "reconfirmed", "commented", "observed",
        "argued", "asserted", "declared", "reminded", "recommitted", "referred", "led", "continued",
        "renewed", "pressed", "regretted", "rejected", "criticized", "criticised",
        "provided", "communicated", "had substantive",
        // "the Prime Minister was clear that ..." (No 10).
        "was clear", "were clear",
        // "The national security advisors look forward to ...": the White House's present.
        "look forward", "looks forward",
        // "The two foreign ministers closely aligned their policies" (Japan's ministry); "The
        // two PMs rejoiced at the continued cooperation" (the agencies of Viet Nam).
        "aligned", "rejoiced",
        // "Lavrov drew attention to ...", "... has also drawn attention to" (Russia's ministry
        // and the agencies that copy it).
        "drew attention", "drawn attention",
        // "They also talked about the opportunity ..." (No 10); "The two sides conducted
        // in-depth communications on ..." (Xinhua).
        "talked about", "conducted",
        // "Yun singled out North Korea's nuclear program as ..." (Korean papers' English).
        "singled out",
        // "The two sides were pleased with the continuous advancement of the ties" (Viet Nam's
        // government portal); "The Secretary was pleased to welcome ..." (the State
        // Department).
        "was pleased", "were pleased", "was delighted", "were delighted", "was glad",
        "were glad", "was satisfied", "were satisfied",
        // "Yun and Wang compared their assessment of ..."; "In response, Kono repeated Tokyo's
        // position" (Korean agencies' English).
        "compared", "repeated",
        // "The Prime Minister and President undertook to remain in close contact" (Canada's
        // Prime Minister's Office): what they committed to.
        "undertook",
        // `"...," he wrote.`, "..., Saidov wrote in his Telegram channel." (a minister's post
        // quoted by his ministry's agencies).
        "wrote",
        // "both nations call on the international community to ..." (a joint statement's
        // present).
        "call on", "call for",
    ],
    verb_prefixes: words!["re-"],
    adverbs: words![
        "also", "further", "then", "again", "both", "all", "briefly", "fully", "warmly",
        "sincerely", "once", "particularly", "especially", "finally", "lastly", "turn",
        "additionally", "moreover", "specifically", "repeatedly", "particular", "in",
        // "He highly appreciated", "highly evaluated" (agencies of Viet Nam).
        "highly",
        // "The top diplomats reportedly agreed" (a broadcaster's copy of a ministry's readout).
        "reportedly",
        // "Modi first congratulated Xi" (Xinhua's copies).
        "first",
    ],
    adverb_endings: words!["ly"],
    // "Foreign Minister X was briefed in detail by Secretary of State Y on ..." (Japan's
    // ministry).
    passive_auxiliaries: words!["was", "were"],
    // "It is clarified that ...", "It was noted that ..." (agencies' copies of Russia's
    // ministry).
    impersonal_openings: words!["It is", "It was", "It has been"],
    impersonal_links: words!["that"],
    agent_links: words!["by"],
    account_links: words!["According to"],
    headline_verbs: words![
        "Praises", "Hails", "Lauds", "Urges", "Discusses", "Welcomes", "Thanks", "Stresses",
        "Says", "Vows", "Pledges", "Seeks", "Commends", "Reaffirms", "Underlines", "Calls",
        "Emphasizes", "Emphasises", "Highlights", "Reviews", "Receives",
        // "Foreign Minister X and IAEA Chief Hold Telephone Discussion on ...", "X, Y Meet in
        // ...": a headline's verb after two subjects.
        "Hold", "Meet", "Discuss", "Review", "Exchange", "Agree", "Vow", "Pledge", "Urge",
    ],
    joint_subjects: words![
        "both sides", "the two sides", "the three sides", "the four sides", "they",
        "the two ministers", "the two leaders", "the three ministers", "the ministers",
        "the leaders", "all sides", "all parties", "the parties", "the two parties",
        "the sides", "both parties", "both ministers", "both leaders", "the two countries",
        "the three countries", "the two officials", "the three parties", "the two foreign ministers",
        "the three foreign ministers", "the foreign ministers", "each side", "the two", "the two top diplomats", "the top diplomats", "the participants",
        "both", "the pair", "the duo", "the two vice ministers", "the vice ministers",
        "the two heads of state", "the heads of state", "both heads of state", "both side",
        // The Kremlin's call with a chancellor and a president.
        "the heads of state and government",
        // "During the conversation, ministers exchanged views": a plural without its article
        // (agencies translated from Russian and Azerbaijani).
        "ministers", "sides", "parties",
        // "The heads of diplomatic agencies exchanged opinions" (Russia's ministry in TASS's
        // English).
        "the heads of diplomatic agencies", "the heads of the diplomatic agencies",
        "the heads of the foreign ministries", "the heads of foreign ministries",
        // "To this end, both nations call on ..." (South Africa's ministry).
        "both nations", "the two nations", "both countries",
    ],
    pronouns: words!["he", "she"],
    side_words: words![
        "side", "delegation", "government", "minister", "foreign minister", "diplomat",
        "official", "leader", "president", "counterpart", "envoy", "top diplomat", "guest",
        // "The Taoiseach and the prime minister reiterated" (a paper's lowercase title).
        "prime minister",
    ],
    ordinals: &[
        ("first", 1), ("firstly", 1), ("second", 2), ("secondly", 2), ("third", 3),
        ("thirdly", 3), ("fourth", 4), ("fourthly", 4), ("fifth", 5), ("fifthly", 5),
        ("sixth", 6), ("sixthly", 6), ("seventh", 7), ("seventhly", 7), ("eighth", 8),
        ("eighthly", 8), ("ninth", 9), ("ninthly", 9), ("tenth", 10), ("tenthly", 10),
    ],
    ordinal_tails: words![" of all,"],
    ordinal_copulas: words!["is", "are", "was", "lies"],
    point_trailing: words![" and"],
    honorifics: &[
        ("Mr.", Some(G::Male)), ("Mr", Some(G::Male)), ("Ms.", Some(G::Female)), ("Ms", Some(G::Female)),
        ("Mrs.", Some(G::Female)), ("Mrs", Some(G::Female)), ("Madam", Some(G::Female)),
        ("Madame", Some(G::Female)), ("Sir", Some(G::Male)), ("Dame", Some(G::Female)),
        ("Dr.", None), ("Dr", None), ("H.E.", None), ("H.E", None), ("HE", None), ("Hon.", None),
        ("Hon", None), ("Honorable", None), ("Honourable", None), ("Rt", None), ("Rt.", None),
        ("Prof.", None), ("Professor", None), ("Excellency", None),
        // "H.H. Sheikh X, Minister of ...": His (Her) Highness, as the Gulf's agencies write
        // it before a rank.
        ("H.H.", None), ("H.H", None), ("Highness", None),
        // "Amb. Noh Kyu-duk, Special Representative ...": Korea's ministry abbreviates an
        // envoy's rank before the name and gives the title after it.
        ("Amb.", None),
        // India's: "Prime Minister Shri Narendra Modi", "Smt. Nirmala Sitharaman".
        ("Shri", Some(G::Male)), ("Shri.", Some(G::Male)), ("Smt.", Some(G::Female)),
        ("Smt", Some(G::Female)), ("Shrimati", Some(G::Female)),
        // Malaysia's and Brunei's titles of honour: "Dato' Saifuddin Abdullah", "Datuk Seri".
        ("Dato'", None), ("Dato", None), ("Datuk", None), ("Datin", Some(G::Female)), ("Seri", None),
        ("Tun", None), ("Pehin", None),
        // "Yang Berhormat" (YB), "Yang Amat Berhormat" (YAB): Malaysia's style of a minister
        // (a member of parliament) and of the Prime Minister.
        ("YB", None), ("YAB", None), ("Berhormat", None),
        // Brunei's "Awang" and "Dayang" (Mr., Ms.) after its titles of honour ("Dato Seri
        // Setia Awang X").
        ("Awang", Some(G::Male)), ("Dayang", Some(G::Female)),
        // The title of one who made the pilgrimage, before a Malay or Gulf name ("Dato' Haji
        // X"); after "bin" it is the father's and stays in the name (`patronymics`).
        ("Haji", Some(G::Male)), ("Hajjah", Some(G::Female)), ("Hajah", Some(G::Female)),
        // Oman's style of a member of its ruling family ("Sayyid Badr Albusaidi").
        ("Sayyid", Some(G::Male)), ("Sayyida", Some(G::Female)),
        // "H.R.H. Prince X": His (Her) Royal Highness.
        ("H.R.H.", None), ("H.R.H", None), ("HRH", None),
        // A general's rank before a head of government's name ("Gen. Prayut ...", Thailand's
        // government's releases), and the other ranks an officer keeps in a civil office
        // ("Lt. Gen. X", "Adm. X", "ACM X": Air Chief Marshal; "Pol. Gen. X": a police rank).
        ("Gen.", None), ("Lt.", None), ("Adm.", None), ("Col.", None), ("Maj.", None),
        ("Brig.", None), ("ACM", None), ("Pol.", None),
        // Cambodia's titles of honour before a leader's name ("Samdech Techo X").
        ("Samdech", None), ("Techo", None),
    ],
    honorific_pairs: &[
        // Malaysia's titles of honour of two words ("Tan Sri Dato' X", "Puan Sri X", "Toh Puan
        // X", "Dato' Sri X", "Datuk Sri X").
        ("Tan", "Sri"), ("Puan", "Sri"), ("Toh", "Puan"), ("Dato'", "Sri"), ("Dato", "Sri"),
        ("Datuk", "Sri"), ("Seri", "Setia"), ("Yang", "Berhormat"), ("Yang", "Amat"), ("Amat", "Berhormat"),
    ],
    past_endings: words!["ed"],
    patronymics: words!["bin", "binti", "bte", "ibn", "bint"],
    body_heads: words![
        "Agency", "Organization", "Organisation", "Fund", "Bank", "Programme", "Program",
        "Institute", "Association", "Federation", "League", "Alliance", "Authority", "Court",
        "Tribunal", "Nations", "Assembly", "Treaty", "Conference",
    ],
    place_heads: words![
        "Building", "House", "Palace", "Room", "Residence", "Hotel", "Mansion", "Pavilion",
        "Auditorium",
    ],
    named_possessives: words!["People", "Peoples", "Workers", "Women", "Nations"],
    // "Ambassador X, Minister of Foreign Affairs of the Federal Republic of Nigeria": a
    // diplomat's rank kept as a style by a minister.
    ranks: words!["Prince", "Princess", "Sheikh", "Sheikha", "Ambassador"],
    post_nominals: words!["MP", "M.P.", "QC", "KC", "OBE", "CBE", "KCMG", "CMG", "PhD"],
    name_suffixes: words!["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"],
    lower_role_words: words![
        "counterpart", "counterparts", "diplomatic", "adviser", "advisor", "envoy", "special",
        "counselor", "counsellor", "secretary", "minister", "chief", "senior", "representative",
        "member", "head",
        // "China's new top diplomat, Qin Gang" (a news agency's title for a foreign minister).
        "top", "diplomat", "new",
        // "Japan's new prime minister, Shigeru Ishiba", "its foreign minister, ...": the titles
        // a news site writes in lowercase.
        "prime", "foreign", "president", "premier", "chancellor", "vice", "deputy", "leader",
        // "first vice foreign minister Cho Hyun-dong": the ordinal of a vice minister's title.
        "first", "second",
        // "U.S. Secretary of state Rex Tillerson": a copy's lowercase office after "of".
        "state",
        // "a phone call from acting US Secretary of State X": a caretaker's office, in the
        // lowercase of Egypt's information service.
        "acting", "interim",
        // "The European Union foreign policy chief X" (a news site's title for the High
        // Representative).
        "policy",
    ],
    counterpart_word: "counterpart",
    // ("Azerbaijan`s Foreign Minister": some agencies type a backtick for the apostrophe.)
    possessives: words!["'s", "s'", "`s"],
    verb_links: words!["to"],
    between_links: words!["between"],
    headline_lead_ins: words![
        "readout of", "read-out of", "readout:", "readout", "press release:", "news story:", "press release on",
        "headline:", "statement:",
    ],
    headline_spans: &[("statement by", "on"), ("readout by", "on")],
    place_dashes: words!["—", "–", "-", "--", "—-"],
    prepositions: words![
        "on", "about", "that", "at", "by", "in", "with", "from", "for", "to", "of", "over",
        "during", "into", "and", "as", "after", "before", "through", "regarding",
    ],
    gendered: &[("he", G::Male), ("his", G::Male), ("him", G::Male), ("she", G::Female), ("her", G::Female)],
    narration_nouns: words![
        "conversation", "conversations", "talks", "talk", "meeting", "meetings", "call", "calls",
        "discussion", "discussions", "overview", "outline", "summary", "consultation",
        "consultations", "dialogue", "exchange", "visit", "teleconference", "videoconference",
        "conference", "session", "following", "below", "foregoing", "above", "spokesperson",
        "spokesman", "spokeswoman", "ministry", "statement", "readout", "issues", "number",
        "topics", "event", "ceremony",
        // "The department added that the sides ..." (an agency's word for the ministry).
        "department",
    ],
    event_determiners: words!["a", "this"],
    inverted_verbs: words!["said", "added", "noted", "stressed", "stated"],
    narration_endings: words![
        "were discussed", "was discussed", "were also discussed", "was also discussed",
        "were discussed as well", "was discussed as well", "was also touched upon",
        "were also touched upon", "were reviewed", "were also reviewed", "was also raised",
        "were also raised", "is as follows", "are as follows",
        // "A wide range of issues including trade ... came under discussion." (Pakistan's
        // agency).
        "came under discussion", "also came under discussion", "came up for discussion",
    ],
    inverted_event_links: words!["among"],
    future_modals: words!["will", "would", "shall"],
    // "Release Time:", "Posting Date:" (a news blog's fields over a copied release).
    field_nouns: words!["time", "date"],
    form_field_marks: words!["(required)", "(optional)"],
    joint_determiners: words!["the", "both", "all", "each", "two"],
    joint_heads: words![
        "sides", "parties", "ministers", "leaders", "officials", "countries", "delegations",
        "diplomats", "counterparts", "secretaries", "presidents", "pair", "two", "three", "four",
        "heads", "envoys", "advisers", "advisors", "chairs", "co-chairs", "governments",
        "participants", "politicians", "premiers", "chancellors", "negotiators",
        "representatives", "men", "women", "nations", "duo",
        // "The two PMs", "the two FMs" (the agencies of Viet Nam and South Asia).
        "PMs", "FMs",
        // "During the phone conversation the interlocutors touched upon ..." (Armenia's
        // ministry, and agencies translated from Russian).
        "interlocutors",
    ],
    subject_modifiers: words![
        "senior", "ranking", "high-ranking", "top", "chief",
        // "The national security advisors discussed", "the defence ministers agreed": the
        // office of a joint subject, in lowercase.
        "national", "security", "defense", "defence", "deputy", "vice", "trade", "finance",
    ],
    subject_asides: words![
        "for his part", "for her part", "for its part", "for their part", "in his turn",
        "in her turn", "in turn", "on his part", "on her part",
    ],
    subordinators: words!["as", "although", "though", "whereas", "because", "since", "if"],
    sentence_adverbs: words![
        "finally", "also", "meanwhile", "additionally", "furthermore", "moreover", "lastly",
        "separately", "then", "further", "besides",
        // "But he also underlined ...", "And the President set out ...": a conjunction opening
        // the sentence (No 10's style).
        "but", "and",
    ],
    role_synonyms: &[
        ("FM", "foreign minister"), ("PM", "prime minister"), ("Foreign", "foreign"),
        // India's "EAM": the External Affairs Minister.
        ("EAM", "foreign minister"),
        ("HR/VP", "high representative"), ("HRVP", "high representative"),
        ("External", "foreign"), ("Vice-Minister", "vice minister"), ("Vice-President", "vice president"),
        ("Secretary-General", "secretary general"), ("Under-Secretary", "under secretary"),
        ("Undersecretary", "under secretary"), ("Vice-Premier", "vice premier"),
        ("Director-General", "director general"), ("Counsellor", "counselor"),
        ("Councillor", "councilor"), ("Adviser", "advisor"), ("Defence", "defense"),
    ],
    role_noise: words![
        "Affairs", "Affairs,", "Affair", "of", "for", "the", "and", "on", "to", "H.E.", "Mr.", "Ms.",
        "Mrs.", "Dr.", "His", "Her", "Excellency", "Madam", "Sir", "Ministry", "The",
    ],
    relative_days: &[("today", 0), ("yesterday", -1), ("tonight", 0)],
    state_forms: words![
        "Republic of", "Socialist Republic of", "Federative Republic of", "Federal Republic of",
        "Kingdom of", "Commonwealth of", "Islamic Republic of", "People's Republic of",
        "Democratic Republic of", "State of", "United Republic of", "Arab Republic of",
        "Hashemite Kingdom of", "Sultanate of", "Principality of", "Grand Duchy of",
        "Plurinational State of", "Bolivarian Republic of",
    ],
    countries_with_article: words![
        "Republic of Korea", "Democratic People's Republic of Korea", "United States",
        "Philippines", "United Kingdom", "Netherlands", "United Arab Emirates", "Russian Federation",
    ],
    countries: countries::COUNTRIES,
    leaders: leaders::LEADERS,
    office_modifiers: words!["Vice", "Deputy", "Prime", "Former", "former", "Assistant", "Under"],
    office_links: words!["of", "for"],
    publishers: publishers::PUBLISHERS,
    indexes: super::lookup::Indexes::new(),
};
