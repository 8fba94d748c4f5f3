//! Unit tests of the header stage: front matter, dates, formats, participants, publisher.

use super::*;
use crate::core::parse::lang::en::EN;

fn head(headline: Option<&str>, date_line: Option<Date>, first: &[&str]) -> Header {
    let input = Input {
        headline,
        date_line,
        dateline: None,
        first: first.to_vec(),
        body: &first.join(" "),
        body_words: None,
        clues: &[],
    };
    header(input, &ParseOptions::default(), &EN)
}

#[test]
fn a_headline_and_a_date_line_are_front_matter() {
    let text = "Minister Vale Meets with Ambassador Orr\n\n2020/11/09\n\nOn that day they met.";
    let paras = [Span::new(0, 39), Span::new(41, 51), Span::new(53, 73)];
    let f = front(text, &paras, &EN);
    assert_eq!(f.headline, Some(paras[0]));
    assert_eq!(f.date.map(|d| d.to_string()).as_deref(), Some("2020-11-09"));
    assert_eq!(f.skip, vec![true, true, false]);
}

#[test]
fn the_headline_repeated_above_the_date_line_is_front_matter() {
    let text = "Foreign Secretary meets French FM\n\nForeign Secretary meets French FM\n\n# 01 July 2022 18:43 (UTC +04:00)\n\nForeign Secretary Ann Vale met Foreign Minister Luc Orr.";
    let paras = [
        Span::new(0, 33),
        Span::new(35, 68),
        Span::new(70, 103),
        Span::new(105, 159),
    ];
    assert_eq!(paras[1].of(text), paras[0].of(text));
    let f = front(text, &paras, &EN);
    assert_eq!(f.headline, Some(paras[0]));
    assert_eq!(f.date.map(|d| d.to_string()).as_deref(), Some("2022-07-01"));
    assert_eq!(f.skip, vec![true, true, true, false]);
}

#[test]
fn a_pages_label_before_the_headline_gives_way_to_it() {
    let text = "Asset Publisher\n\nPress release on Minister Vale's telephone conversation with Minister Orr\n\nOn May 2 they spoke.";
    let paras = [Span::new(0, 15), Span::new(17, 90), Span::new(92, 112)];
    let f = front(text, &paras, &EN);
    assert_eq!(f.headline, Some(paras[1]));
    assert_eq!(f.skip, vec![true, true, false]);
}

#[test]
fn the_items_of_an_announced_list_are_no_section_headings() {
    let text =
        "Vale Meets Orr\n\nVale raised the following points.\n\n1. Coordination of aid\n\n2. Trade";
    let paras = [
        Span::new(0, 14),
        Span::new(16, 49),
        Span::new(51, 73),
        Span::new(75, 83),
    ];
    assert_eq!(
        front(text, &paras, &EN).skip,
        vec![true, false, false, false]
    );
    let text = "Vale Meets Orr\n\nThey met.\n\n1. Coordination of aid\n\n2. Trade";
    let paras = [
        Span::new(0, 14),
        Span::new(16, 25),
        Span::new(27, 49),
        Span::new(51, 59),
    ];
    assert_eq!(front(text, &paras, &EN).skip, vec![true, false, true, true]);
}

#[test]
fn a_published_line_after_the_body_gives_the_date_and_a_bare_date_there_does_not() {
    let paras = |text: &str| {
        let mut at = 0;
        text.split("\n\n")
            .map(|p| {
                let s = Span::new(at, at + p.len());
                at += p.len() + 2;
                s
            })
            .collect::<Vec<_>>()
    };
    let text =
        "Foreign Secretary call with Ada Vale\n\nOn 17 June they spoke.\n\nPublished 17 June 2021";
    let f = front(text, &paras(text), &EN);
    assert_eq!(f.date.map(|d| d.to_string()).as_deref(), Some("2021-06-17"));
    assert_eq!(f.skip, vec![true, false, true]);
    let text = "Foreign Secretary call with Ada Vale\n\nOn 17 June they spoke.\n\n2019/03/01";
    assert_eq!(front(text, &paras(text), &EN).date, None);
    // The place and date that sign a statement under its last sentence give its date, and
    // the place is no sentence.
    let text = "Call between PM and Ada Vale\n\nToday they spoke.\n\nNew Delhi\n\nApril 04, 2020";
    let f = front(text, &paras(text), &EN);
    assert_eq!(f.date.map(|d| d.to_string()).as_deref(), Some("2020-04-04"));
    assert_eq!(f.skip, vec![true, false, true, true]);
    let text = "PM speaks with Ada Vale\n\nToday they spoke.\n\nOttawa, Ontario - January 30, 2019";
    let f = front(text, &paras(text), &EN);
    assert_eq!(f.date.map(|d| d.to_string()).as_deref(), Some("2019-01-30"));
    // A sentence above the date is no place.
    let text = "PM speaks with Ada Vale\n\nToday they spoke.\n\nThey agreed\n\nApril 04, 2020";
    let f = front(text, &paras(text), &EN);
    assert_eq!(f.date, None);
    assert_eq!(f.skip, vec![true, false, false, true]);
}

#[test]
fn a_numbered_section_heading_of_the_body_is_structure() {
    let text = "Japan-Chile Foreign Ministers' Meeting\n\nOn May 2 the ministers met.\n\n1. Regional situations\n\n(1) Minister Oda stated that peace matters.\n\n2. 2030 goals were reviewed by the ministers.";
    let mut at = 0;
    let paras: Vec<Span> = text
        .split("\n\n")
        .map(|p| {
            let s = Span::new(at, at + p.len());
            at += p.len() + 2;
            s
        })
        .collect();
    assert_eq!(
        front(text, &paras, &EN).skip,
        vec![true, false, true, false, false]
    );
}

#[test]
fn a_leading_clause_after_the_opening_names_the_format_it_left_out() {
    let opening = "Vietnam values its partnership with Chile, Foreign Minister Tran Minh Khoa told his Chilean counterpart Rosa Ibarra on April 27, 2024.";
    let next = "During their phone talks, Khoa affirmed that trade matters.";
    assert_eq!(
        head(None, None, &[opening, next]).format,
        Some(MeetingFormat::PhoneCall)
    );
    let later = "The two sides agreed to hold talks, and Khoa thanked Ibarra.";
    assert_eq!(head(None, None, &[opening, later]).format, None);
}

#[test]
fn views_exchanged_over_phone_are_a_call_under_a_talks_headline() {
    let opening = "Chinese Foreign Minister Guo Ming on Tuesday exchanged views with Irish Foreign Minister Declan Moran over phone on bilateral ties.";
    let h = head(
        Some("Chinese FM talks with Irish foreign minister over bilateral ties"),
        None,
        &[opening],
    );
    assert_eq!(h.format, Some(MeetingFormat::PhoneCall));
}

#[test]
fn a_visit_hosted_is_a_meeting_unless_a_format_is_named() {
    let opening =
        "The Prime Minister hosted Prime Minister Ken Oda of Japan at Downing Street this morning.";
    assert_eq!(
        head(None, None, &[opening]).format,
        Some(MeetingFormat::Meeting)
    );
    let opening =
        "The Prime Minister hosted a video conference with Prime Minister Ken Oda of Japan.";
    assert_eq!(
        head(None, None, &[opening]).format,
        Some(MeetingFormat::VideoConference)
    );
}

#[test]
fn a_title_is_derived_from_the_opening_sentence_when_there_is_no_headline() {
    let opening = "On March 3, 2021, Foreign Minister Ada Vale held talks with Foreign Minister Tomas Brell of Norway.";
    let h = head(None, None, &[opening]);
    assert!(h.title_derived);
    assert_eq!(h.title, "Ada Vale Holds Talks with Tomas Brell of Norway");
    assert_eq!(h.participants[0].country.as_deref(), Some("China"));
    assert!(h.publisher_assumed);
}

#[test]
fn no_date_is_given_when_the_text_has_none() {
    let h = head(None, None, &["Ada Vale met Tomas Brell."]);
    assert_eq!(h.date, None);
    assert_eq!(h.format, Some(MeetingFormat::Meeting));
}

#[test]
fn two_hosts_and_no_guests_give_a_title_with_the_second_as_guest() {
    let opening =
        "Foreign Minister Ada Vale and Foreign Minister Tom Orr of Chile held talks in Santiago.";
    let h = head(None, None, &[opening]);
    assert_eq!(h.title, "Ada Vale Holds Talks with Tom Orr of Chile");
}

#[test]
fn a_spokespersons_line_before_the_opening_is_skipped_and_both_are_not_the_opening() {
    let first = [
        "The following is attributable to Spokesperson Ned Oak:",
        "Secretary of State Ada J. Vale spoke today with Norwegian Foreign Minister Tom Orr.",
        "The Secretary thanked Foreign Minister Orr.",
    ];
    let h = head(
        Some("Secretary Vale's Call with Norwegian Foreign Minister Orr"),
        Date::new(2024, 2, 6),
        &first,
    );
    assert_eq!(h.narration, vec![1]);
    assert_eq!(h.publisher.as_deref(), Some("United States"));
    assert!(!h.publisher_assumed);
    assert_eq!(h.participants[0].name, "Ada J. Vale");
    assert_eq!(h.participants[0].country.as_deref(), Some("United States"));
    assert_eq!(h.date.map(|d| d.to_string()).as_deref(), Some("2024-02-06"));
    assert_eq!(h.format, Some(MeetingFormat::PhoneCall));
}

#[test]
fn a_standfirst_and_the_opening_after_it_name_one_person_twice() {
    let first = [
        "The Foreign Secretary spoke to Chilean Foreign Minister Ana Rolt about trade.",
        "The Foreign Secretary Tom Ash spoke to Chilean Foreign Minister Ana Rolt today.",
    ];
    let h = head(
        Some("Foreign Secretary's call with Foreign Minister of Chile: 9 August 2022"),
        None,
        &first,
    );
    let names: Vec<&str> = h.participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["Tom Ash", "Ana Rolt"]);
    assert_eq!(h.narration, vec![0, 1]);
    assert_eq!(h.publisher.as_deref(), Some("United Kingdom"));
    assert_eq!(h.date.map(|d| d.to_string()).as_deref(), Some("2022-08-09"));
}

#[test]
fn a_chinese_header_reads_a_xinhua_dateline_against_the_date_line() {
    let zh = &crate::core::parse::lang::zh::ZH;
    let input = Input {
        headline: Some("温立舟同美国国务卿温特斯通电话"),
        date_line: Date::new(2021, 4, 16),
        dateline: None,
        first: vec!["新华社北京4月16日电 外交部长温立舟15日晚应约同美国国务卿卡拉·温特斯通电话。"],
        body: "",
        body_words: None,
        clues: &[],
    };
    let h = header(input, &ParseOptions::default(), zh);
    assert_eq!(h.date.map(|d| d.to_string()).as_deref(), Some("2021-04-15"));
    assert_eq!(h.format, Some(MeetingFormat::PhoneCall));
    let names: Vec<&str> = h.participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["温立舟", "卡拉·温特斯"]);
    assert_eq!(h.publisher.as_deref(), Some("China"));
    assert!(!h.publisher_assumed);
    assert_eq!(h.narration, vec![0]);
}

/// Paragraph spans of a text whose paragraphs are separated by one blank line.
fn spans(text: &str) -> Vec<Span> {
    let mut at = 0;
    text.split("\n\n")
        .map(|p| {
            let s = Span::new(at, at + p.len());
            at += p.len() + 2;
            s
        })
        .collect()
}

#[test]
fn a_sites_date_above_the_headline_gives_way_to_the_readouts_date_line_under_it() {
    let date = |text: &str| front(text, &spans(text), &EN).date.map(|d| d.to_string());
    // A blog's post date, then the headline and the ministry's date line.
    let text = "Friday, March 8, 2024\n\nSecretary Vale's Call with Minister Orr\n\n03/07/2024 09:15 PM EST\n\nSecretary Vale spoke today with Minister Orr.";
    assert_eq!(date(text).as_deref(), Some("2024-03-07"));
    // A date above the headline alone is the readout's; of two under it, the first is.
    let text = "March 8, 2024\n\nSecretary Vale's Call with Minister Orr\n\nSecretary Vale spoke today with Minister Orr.";
    assert_eq!(date(text).as_deref(), Some("2024-03-08"));
    let text = "Secretary Vale's Call with Minister Orr\n\nMarch 8, 2024\n\nMarch 9, 2024\n\nSecretary Vale spoke today with Minister Orr.";
    assert_eq!(date(text).as_deref(), Some("2024-03-08"));
}

#[test]
fn photo_captions_between_the_headline_and_the_body_are_no_sentences() {
    let text = "Japan-Chile Foreign Ministers' Meeting\n\nJune 4, 2025\n\nForeign Minister Oda shaking hands with Foreign Minister Ruiz\n\nJapan-Chile Foreign Ministers' Meeting\n\nOn June 4, Mr. ODA Ken held a meeting with Ms. Ana Ruiz.\n\nThe two Ministers concurred.";
    assert_eq!(
        front(text, &spans(text), &EN).skip,
        vec![true, true, true, true, false, false]
    );
}

#[test]
fn a_wrapped_line_of_prose_after_the_headline_is_kept() {
    // A copy of a PDF: a line per paragraph, most without a full stop.
    let text = "Minister Oda Meets with Minister Ruiz\n\nOn June 4, Minister Oda met with\n\nMinister Ruiz of Chile. The two Ministers concurred that they\n\nwould cooperate.";
    assert_eq!(
        front(text, &spans(text), &EN).skip,
        vec![true, false, false, false]
    );
    // A line that ends in a lowercase word or a comma runs on into the next.
    let text = "Minister Oda Meets with Minister Ruiz\n\nOn June 4, Minister Oda met with the\n\nForeign Minister of Chile, Ana Ruiz.\n\nThe two Ministers concurred.\n\nThey agreed.";
    assert_eq!(
        front(text, &spans(text), &EN).skip,
        vec![true, false, false, false, false]
    );
}

#[test]
fn talks_an_opening_mentions_do_not_outrank_a_call_in_the_headline() {
    let opening = "1. Foreign Minister Ana Vale talked to Secretary of State Tom Orr of the US on July 27, during which the two top diplomats discussed ways to follow up on the recent summit talks.";
    let h = head(
        Some("Foreign Minister Holds Telephone Conversation with her US Counterpart"),
        None,
        &[opening],
    );
    assert_eq!(h.format, Some(MeetingFormat::PhoneCall));
    // Talks held are talks, whatever the headline calls the meeting.
    let h = head(
        Some("Foreign Minister Vale Meets with Secretary Orr"),
        None,
        &["Foreign Minister Ana Vale held talks with Secretary of State Tom Orr of the US."],
    );
    assert_eq!(h.format, Some(MeetingFormat::Talks));
}

#[test]
fn a_host_named_by_title_is_not_a_guest_with_the_same_title() {
    let opening = "Today the President spoke by phone separately with British Prime Minister Tom Hale and French President Luc Marant.";
    let h = head(None, None, &[opening]);
    let names: Vec<(&str, &str)> = h
        .participants
        .iter()
        .map(|p| (p.name.as_str(), p.role.as_str()))
        .collect();
    assert_eq!(
        names,
        vec![
            ("President", "President"),
            ("Tom Hale", "Prime Minister"),
            ("Luc Marant", "President")
        ]
    );
}

#[test]
fn an_ambassador_is_received_in_the_country_he_is_posted_to() {
    // Nothing else tells who published: the host and the readout are from Vietnam.
    let h = head(
        None,
        None,
        &["Prime Minister Tran Van Long received Chinese Ambassador to Vietnam Liang Wen."],
    );
    assert_eq!(h.publisher.as_deref(), Some("Vietnam"));
    let countries: Vec<Option<&str>> = h
        .participants
        .iter()
        .map(|p| p.country.as_deref())
        .collect();
    assert_eq!(countries, [Some("Vietnam"), Some("China")]);
    assert_eq!(
        posted_to("Ambassador to the United States", &EN),
        Some("United States")
    );
    assert_eq!(posted_to("Special Envoy to the Middle East", &EN), None);
}

#[test]
fn a_leader_named_without_a_country_takes_it_from_the_leaders_table() {
    // Openings written for the tests in two house styles: the UK's ("The Prime Minister spoke
    // to President X") and the Kremlin's (a host without a title).
    let h = head(
        None,
        Date::new(2025, 3, 3),
        &["The Prime Minister spoke to President Macron this afternoon."],
    );
    let p = &h.participants;
    assert_eq!(
        (p[1].name.as_str(), p[1].country.as_deref()),
        ("Macron", Some("France"))
    );
    let h = head(
        None,
        None,
        &["Vladimir Putin had a telephone conversation with President of France Emmanuel Macron."],
    );
    // Nothing but the host tells the publisher: the host is the publisher's official.
    assert_eq!(h.publisher.as_deref(), Some("Russia"));
    assert!(!h.publisher_assumed);
    assert_eq!(h.participants[0].country.as_deref(), Some("Russia"));
}

#[test]
fn a_title_other_governments_share_gives_way_to_the_pages_own_lines() {
    // Written for the tests: "Minister for Foreign Affairs" alone is Japan's title, but
    // Singapore's too; its statement's signature ("SINGAPORE" under the ministry) tells.
    let first = ["Minister for Foreign Affairs Dr Ann Teo spoke with Foreign Minister Jan Kral of the Czech Republic on 3 April 2024 via telephone."];
    let input = |clues: &'static [&'static str]| Input {
        headline: None,
        date_line: None,
        dateline: None,
        first: first.to_vec(),
        body: first[0],
        body_words: None,
        clues,
    };
    let h = header(input(&["Singapore"]), &ParseOptions::default(), &EN);
    assert_eq!(h.publisher.as_deref(), Some("Singapore"));
    assert_eq!(h.participants[0].country.as_deref(), Some("Singapore"));
    assert_eq!(h.format, Some(MeetingFormat::PhoneCall));
    // With nothing else, the title tells nothing: Finland's, Ireland's and Singapore's
    // ministers carry it too, and the text never names Japan (the setting is assumed).
    let h = header(input(&[]), &ParseOptions::default(), &EN);
    assert!(h.publisher_assumed);
    // A text that names Japan: the title tells it.
    let first = ["Minister for Foreign Affairs Ken Arai held a telephone talk with Foreign Minister Jan Kral of the Czech Republic on Japan-Czech relations."];
    let named = Input {
        headline: None,
        date_line: None,
        dateline: None,
        first: first.to_vec(),
        body: first[0],
        body_words: None,
        clues: &[],
    };
    let h = header(named, &ParseOptions::default(), &EN);
    assert_eq!(h.publisher.as_deref(), Some("Japan"));
    assert!(!h.publisher_assumed);
}

#[test]
fn a_countrys_stance_stated_by_its_possessive_tells_the_publisher_weakly() {
    // No title, line or leader tells Canada: "Canada's commitment" does.
    let h = head(
        None,
        None,
        &[
            "Minister of Foreign Affairs Claire Dumont today spoke with Japan's Minister for Foreign Affairs Ken Arai.",
            "Minister Dumont reiterated Canada's commitment to a free and open Indo-Pacific.",
        ],
    );
    assert_eq!(h.publisher.as_deref(), Some("Canada"));
    assert!(!h.publisher_assumed);
    // A ministry that never names its own minister's country: "underscored Pakistan's desire".
    let h = head(
        None,
        None,
        &[
            "Foreign Minister Tariq Hassan Malik called Chinese State Councilor and Foreign Minister Zhou Ming today.",
            "The Foreign Minister underscored Pakistan's desire for peace and stability in the region.",
        ],
    );
    assert_eq!(h.publisher.as_deref(), Some("Pakistan"));
    assert_eq!(h.participants[0].country.as_deref(), Some("Pakistan"));
    // A guest's own stance tells nothing, nor does a country's possessive before another noun
    // ("Ukraine's sovereignty").
    let h = head(
        None,
        None,
        &[
            "Minister of Foreign Affairs Claire Dumont today spoke with Japan's Minister for Foreign Affairs Ken Arai.",
            "Minister Arai reiterated Japan's support for Ukraine's sovereignty.",
            "Minister Dumont thanked him for Poland's support.",
        ],
    );
    // (Nothing tells: the setting, China, is assumed.)
    assert_eq!(h.publisher.as_deref(), Some("China"));
    assert!(h.publisher_assumed);
}

#[test]
fn a_one_word_name_takes_the_whole_name_a_first_sentence_gives() {
    let s = "Foreign Minister Chung Eui-yong on Thursday pledged continued efforts.";
    assert_eq!(
        full_name("Chung", s, &EN).as_deref(),
        Some("Chung Eui-yong")
    );
    // A title, a weekday or a sentence's common first word is no part of a name.
    assert_eq!(full_name("Chung", "Chung made the pledge.", &EN), None);
    assert_eq!(full_name("Putin", "Mr Putin spoke Monday.", &EN), None);
    assert_eq!(
        full_name("Brell", "The Brell plan was discussed.", &EN),
        None
    );
    assert_eq!(
        full_name("States", "They met the United States side.", &EN),
        None
    );
    assert_eq!(
        full_name("Tanabe", "Foreign Minister Tanabe Meets Counterpart", &EN),
        None
    );
    assert_eq!(
        full_name("Brell", "Tomas Brell said so.", &EN).as_deref(),
        Some("Tomas Brell")
    );
}

#[test]
fn a_home_title_in_lowercase_tells_the_publisher() {
    // A news copy writes the ministry's own title in lowercase.
    let first = ["According to Seoul's foreign ministry, first vice foreign minister Baek Min-cheol sat down for talks with U.S. Deputy Secretary of State Harriet Lowell."];
    let h = head(None, None, &first);
    assert_eq!(h.publisher.as_deref(), Some("Republic of Korea"));
}

#[test]
fn a_title_alone_takes_the_surname_a_later_sentence_gives_it() {
    let h = head(
        None,
        None,
        &[
            "The President spoke today with Danish Prime Minister Lund.",
            "The President expressed support.",
            "President Ellery also updated the Prime Minister on trade.",
        ],
    );
    let names: Vec<&str> = h.participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["Ellery", "Lund"]);
    // Two surnames after the title name no one; nor does the guest's own.
    let h = head(
        None,
        None,
        &[
            "The President spoke today with Danish Prime Minister Lund.",
            "President Ellery thanked him. President Moss also called.",
        ],
    );
    assert_eq!(h.participants[0].name, "President");
    let h = head(
        None,
        None,
        &[
            "The Prime Minister spoke to Prime Minister Lund of Denmark.",
            "Prime Minister Lund thanked him.",
        ],
    );
    assert_eq!(h.participants[0].name, "Prime Minister");
}

#[test]
fn a_headline_may_close_with_a_quoted_slogan() {
    assert!(looks_like_headline(
        "X Holds Meeting with Y, Stressing Friendship with Spirit of \"Many Hands Make Light Work\""
    ));
    assert!(!looks_like_headline("He said \"we will win.\""));
    assert!(!looks_like_headline("The talks were \"useful,\""));
}

#[test]
fn a_portals_stamp_under_the_lede_is_the_date_line() {
    let date = |text: &str| front(text, &spans(text), &EN).date.map(|d| d.to_string());
    // A government portal prints its stamp under the lede, then the photo's caption.
    let text = "Vietnamese, Thai Foreign Ministers hold talks\n\nVGP - Minister Lan held talks with Minister Chai on June 8 in Bangkok.\n\nJune 08, 2021 10:30 PM GMT+7\n\nLan congratulated Thailand.\n\nChai thanked Lan.";
    assert_eq!(date(text).as_deref(), Some("2021-06-08"));
    // Further down, a date alone belongs to anything: none.
    let text = "Vietnamese, Thai Foreign Ministers hold talks\n\nMinister Lan held talks with Minister Chai in Bangkok.\n\nLan congratulated Thailand.\n\nJune 08, 2021\n\nChai thanked Lan.";
    assert_eq!(date(text), None);
    // The front's own date line comes first.
    let text = "Lan Meets Chai\n\nJune 7, 2021\n\nMinister Lan met Minister Chai.\n\nJune 08, 2021 10:30 PM GMT+7\n\nThey agreed.";
    assert_eq!(date(text).as_deref(), Some("2021-06-07"));
}

#[test]
fn a_strap_the_body_repeats_further_down_is_front_matter() {
    let skip = |text: &str| front(text, &spans(text), &EN).skip;
    let text = "Orlov, Whitfield discuss stability\n\nThe call was initiated by the American side, the ministry said\n\nMinister Orlov spoke with Secretary Whitfield.\n\nThe call was initiated by the American side, the ministry said.";
    assert_eq!(skip(text), vec![true, true, false, false]);
    // Said once, it is the body's.
    let text = "Orlov, Whitfield discuss stability\n\nThe call was initiated by the American side, the ministry said.\n\nMinister Orlov spoke with Secretary Whitfield.";
    assert_eq!(skip(text), vec![true, false, false]);
}

#[test]
fn a_publishers_own_phrasing_tells_it() {
    // Japan's releases: "held a telephone talk with", "The overview of the talk is as follows".
    let h = head(
        None,
        None,
        &[
            "On May 2, former Foreign Minister SATO Ken held a telephone talk with Mr. Omar Diallo, Minister of Foreign Affairs of Senegal. The overview of the talk is as follows.",
        ],
    );
    assert_eq!(h.publisher.as_deref(), Some("Japan"));
    assert!(!h.publisher_assumed);
    // A news copy citing Seoul's foreign ministry.
    let h = head(
        None,
        None,
        &["Foreign Minister Han Ji-woo spoke by phone with Chilean Foreign Minister Rosa Ibáñez on Wednesday, Seoul's foreign ministry said."],
    );
    assert_eq!(h.publisher.as_deref(), Some("Republic of Korea"));
    // Talks held by telephone, in another's words, tell nothing.
    let h = head(
        None,
        None,
        &["Minister of Foreign Affairs Claire Dumont held telephone talks with Minister Omar Diallo of Senegal."],
    );
    assert!(h.publisher_assumed);
}

#[test]
fn a_copy_citing_the_russian_foreign_ministry_tells_russia() {
    let h = head(
        None,
        None,
        &["Foreign Minister Pavel Kovrov and Jordanian Foreign Minister Sami Haddad have discussed Gaza in a phone conversation, the Russian Foreign Ministry said."],
    );
    assert_eq!(h.publisher.as_deref(), Some("Russia"));
}

#[test]
fn a_title_alone_takes_the_full_name_or_surname_that_opens_a_later_sentence() {
    let h = head(
        Some("Deputy Minister of Foreign Affairs holds phone talks with Irish Foreign Minister"),
        None,
        &[
            "VGP - Deputy Minister of Foreign Affairs Phạm Quang Vinh congratulated the Irish minister on her appointment.",
            "Irish Foreign Minister Kerr said that Ireland values the partnership.",
        ],
    );
    let names: Vec<&str> = h.participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["Phạm Quang Vinh", "Kerr"]);
    // Inside a sentence, after a word that is no country's, the title names no one.
    let h = head(
        Some("Deputy Minister of Foreign Affairs holds phone talks with Irish Foreign Minister"),
        None,
        &["He thanked Deputy Minister of Foreign Affairs Phạm Quang Vinh for his work. Then Foreign Minister Kerr said so."],
    );
    assert!(h
        .participants
        .iter()
        .all(|p| p.name != "Phạm Quang Vinh" && p.name != "Kerr"));
    // A headline's verb after the title is no name ("Holds Talks").
    let h = head(
        Some("Deputy Minister of Foreign Affairs holds phone talks with Irish Foreign Minister"),
        None,
        &["Deputy Minister of Foreign Affairs Holds Talks with counterparts in Dublin."],
    );
    assert_eq!(h.participants[0].name, "Deputy Minister of Foreign Affairs");
}

#[test]
fn an_ambassador_takes_the_country_before_the_posted_title_not_the_posting() {
    let s = "Foreign Minister Li Wenhao on Friday said he hoped U.S. Ambassador to China \
             Graham Fletcher-Moss would serve as a bridge.";
    assert_eq!(
        country_before("Graham Fletcher-Moss", s, &EN),
        Some(("United States", "Ambassador to China".to_string()))
    );
    // No country before the posted title: none is the participant's.
    let s = "Foreign Minister Li Wenhao met Ambassador to China Graham Fletcher-Moss.";
    assert_eq!(country_before("Graham Fletcher-Moss", s, &EN), None);
    // Without a posted title, the country before the name is theirs.
    let s = "Foreign Minister Li Wenhao met Australian Ambassador Graham Fletcher-Moss.";
    assert_eq!(
        country_before("Graham Fletcher-Moss", s, &EN).map(|c| c.0),
        Some("Australia")
    );
}

#[test]
fn a_foreign_minister_of_past_years_takes_his_country_from_the_leaders_table() {
    // Openings written for the tests in a ministry's style that never names its own country:
    // the table knows its foreign ministers by office and years, and a rank the title ran into
    // ("Foreign Minister Prince ...") is no part of the office.
    let h = head(
        None,
        Date::new(2020, 9, 16),
        &["Foreign Minister Mevlüt Çavuşoğlu held a meeting in Ankara with Jan Novak, President of the Union of Friends."],
    );
    assert_eq!(h.publisher.as_deref(), Some("Turkey"));
    assert_eq!(h.participants[0].country.as_deref(), Some("Turkey"));
    let h = head(
        None,
        Date::new(2013, 5, 2),
        &["Foreign Minister Prince Saud Al-Faisal received a telephone call today from Foreign Minister Ines Marquez of Chile."],
    );
    assert_eq!(h.publisher.as_deref(), Some("Saudi Arabia"));
    // Out of his years, the table does not tell (the user's setting is taken, and flagged).
    let h = head(
        None,
        Date::new(2024, 5, 2),
        &["Foreign Minister Mevlüt Çavuşoğlu held a meeting in Ankara with Jan Novak, President of the Union of Friends."],
    );
    assert!(h.publisher_assumed);
}

#[test]
fn a_title_only_one_government_gives_tells_a_guests_country() {
    // Written for the tests: a copy that gives the guest the UK Foreign Secretary's full style
    // and the Irish head of government's title, without a country.
    let h = head(
        None,
        None,
        &["Foreign Minister Amna Qazi met Secretary of State for Foreign and Commonwealth Affairs Helen Marsh in London."],
    );
    let p = &h.participants[1];
    assert_eq!(
        (p.name.as_str(), p.country.as_deref()),
        ("Helen Marsh", Some("United Kingdom"))
    );
    assert_eq!(EN.titled_country("Taoiseach"), Some("Ireland"));
    assert_eq!(
        EN.titled_country("Secretary of State"),
        Some("United States")
    );
    // Another government's "Secretary of State for ..." is not the US's title.
    assert_eq!(
        EN.titled_country("Secretary of State for Foreign Affairs"),
        None
    );
    assert_eq!(
        EN.titled_country("senior director of the White House National Security Council"),
        Some("United States")
    );
}

#[test]
fn a_dateline_at_a_publishers_seat_votes_for_it_and_a_credit_outweighs_it() {
    // Written for the tests: an agency's story filed at home, and one filed abroad.
    let at_home = "TEHRAN: Foreign Minister Reza Karimi held a phone call with Foreign Minister Ana Silva of Portugal.";
    let h = head(None, None, &[at_home]);
    assert_eq!(h.publisher.as_deref(), Some("Iran"));
    assert_eq!(h.participants[0].country.as_deref(), Some("Iran"));
    assert_eq!(
        publisher::dateline_place("KUWAIT: Foreign Minister"),
        Some("KUWAIT")
    );
    assert_eq!(
        publisher::dateline_place("ISLAMABAD - Foreign"),
        Some("ISLAMABAD")
    );
    assert_eq!(
        publisher::dateline_place("Foreign Minister Reza Karimi held"),
        None
    );
    // "WASHINGTON, May 3 (Yonhap)": the agency's credit (a clue) outweighs the place.
    let abroad = "WASHINGTON, May 3 (Yonhap) -- Foreign Minister Park Min-ho held talks with Secretary of State Dana Reed.";
    let input = Input {
        headline: None,
        date_line: None,
        dateline: None,
        first: vec![abroad],
        body: abroad,
        body_words: None,
        clues: &["Republic of Korea"],
    };
    let h = header(input, &ParseOptions::default(), &EN);
    assert_eq!(h.publisher.as_deref(), Some("Republic of Korea"));
}

#[test]
fn a_headlines_medium_outweighs_an_openings_general_noun() {
    let opening = ["The President and Prime Minister Ada Quill spoke today, continuing their frequent and close consultations on global matters."];
    let headline = "Readout of the President's Call with Prime Minister Quill";
    assert_eq!(
        find_format(&opening, Some(headline), &EN),
        Some(MeetingFormat::PhoneCall)
    );
    // A medium the opening names keeps it; a headline without one leaves the opening's.
    let opening = ["President A held talks by video link with President B."];
    assert_eq!(
        find_format(&opening, Some("Readout of the Call"), &EN),
        Some(MeetingFormat::VideoMeeting)
    );
    let opening = ["President A held consultations with President B."];
    assert_eq!(
        find_format(&opening, Some("President A and President B"), &EN),
        Some(MeetingFormat::Consultation)
    );
}

#[test]
fn a_sentence_before_the_opening_that_names_the_format_dates_the_meeting() {
    // Written for the tests: fictional officials.
    let first = [
        "The Azerbaijani and Mongolian foreign ministries started their first political consultations in a video conference format on February 23, 2021, the ministry said.",
        "The consultations attended by Deputy Foreign Minister Ada Quill and Deputy Foreign Minister Bat Erdene focused on bilateral relations.",
    ];
    let h = head(None, Date::new(2021, 2, 24), &first);
    assert_eq!(h.date.map(|d| d.to_string()).as_deref(), Some("2021-02-23"));
}
