//! Fictional readouts written for the tests (tests/fixtures/readouts/README.md), each checked
//! field by field: title, date, format, participants, speakers of every sentence and points.

use readout_lens::core::{parse, MeetingFormat, ParseOptions, Readout, Speaker};
use Speaker::{Joint, Narration, Person};

fn fixture(name: &str) -> Readout {
    let path = format!(
        "{}/tests/fixtures/readouts/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    parse(&text, name, &ParseOptions::default())
}

fn date(r: &Readout) -> Option<String> {
    r.date.map(|d| d.to_string())
}

fn people(r: &Readout) -> Vec<(&str, &str, Option<&str>)> {
    r.participants
        .iter()
        .map(|p| (p.name.as_str(), p.role.as_str(), p.country.as_deref()))
        .collect()
}

fn speakers(r: &Readout) -> Vec<Speaker> {
    r.sentences.iter().map(|s| s.speaker).collect()
}

fn points(r: &Readout) -> Vec<(u32, Speaker, &str)> {
    r.points
        .iter()
        .map(|p| (p.ordinal, p.speaker, p.span.of(&r.text)))
        .collect()
}

#[test]
fn a_phone_call_at_the_request_of_the_other_side() {
    let r = fixture("phone-call-at-request.txt");
    assert_eq!(
        r.title,
        "Tian Mobai Has a Phone Call with Ingrid Solvang of Norway"
    );
    assert!(r.title_derived);
    assert_eq!(date(&r).as_deref(), Some("2021-03-03"));
    assert_eq!(r.format, Some(MeetingFormat::PhoneCall));
    assert_eq!(
        people(&r),
        vec![
            (
                "Tian Mobai",
                "State Councilor and Foreign Minister",
                Some("China")
            ),
            ("Ingrid Solvang", "Foreign Minister", Some("Norway")),
        ]
    );
    let (tian, solvang) = (Person(0), Person(1));
    assert_eq!(
        speakers(&r),
        vec![Narration, solvang, solvang, solvang, tian, tian, Joint]
    );
    assert!(r.points.is_empty());
}

#[test]
fn in_person_talks_with_three_parties() {
    let r = fixture("three-party-talks.txt");
    assert_eq!(
        r.title,
        "Foreign Minister Wen Lizhou Holds Trilateral Talks with the Foreign Ministers of Kenya and Chile"
    );
    assert!(!r.title_derived);
    assert_eq!(date(&r).as_deref(), Some("2023-06-15"));
    assert_eq!(r.format, Some(MeetingFormat::Talks));
    assert_eq!(
        people(&r),
        vec![
            ("Wen Lizhou", "Foreign Minister", Some("China")),
            ("Amara Quillfeather", "Foreign Minister", Some("Kenya")),
            ("Pablo Vendaval", "Foreign Minister", Some("Chile")),
        ]
    );
    let (wen, amara, pablo) = (Person(0), Person(1), Person(2));
    assert_eq!(
        speakers(&r),
        vec![Narration, wen, wen, amara, amara, pablo, Joint]
    );
    assert_eq!(
        r.sentence_text(6),
        "The three sides agreed to meet again next year."
    );
    assert_eq!(
        points(&r),
        vec![
            (1, wen, "first, deepen trade in agricultural products"),
            (2, wen, "second, expand cooperation in renewable energy"),
            (3, wen, "third, strengthen people-to-people exchanges."),
        ]
    );
}

#[test]
fn a_web_page_copy_with_chrome_above_and_below() {
    let r = fixture("web-page-copy.txt");
    assert_eq!(
        r.title,
        "Vice Foreign Minister Shen Qiuyue Meets with Philippine Secretary of Foreign Affairs Ramon Aguaviva"
    );
    assert!(!r.title_derived);
    assert_eq!(date(&r).as_deref(), Some("2019-07-22"));
    assert_eq!(r.format, Some(MeetingFormat::Meeting));
    assert_eq!(
        people(&r),
        vec![
            ("Shen Qiuyue", "Vice Foreign Minister", Some("China")),
            (
                "Ramon Aguaviva",
                "Secretary of Foreign Affairs",
                Some("Philippines")
            ),
        ]
    );
    for chrome in [
        "Home >",
        "Français",
        "Share",
        "Suggest",
        "Print",
        "Close",
        "Copyright",
    ] {
        assert!(!r.text.contains(chrome), "{chrome:?} left in the text");
    }
    assert!(r
        .text
        .starts_with("Vice Foreign Minister Shen Qiuyue Meets"));
    assert!(r
        .text
        .ends_with("The Philippines is willing to expand trade."));
    assert_eq!(r.paragraphs.len(), 3);
    let (shen, ramon) = (Person(0), Person(1));
    assert_eq!(speakers(&r), vec![Narration, shen, shen, ramon, ramon]);
}

#[test]
fn no_headline_and_no_date_give_a_derived_title_and_a_null_date() {
    let r = fixture("no-headline-no-date.txt");
    assert_eq!(
        r.title,
        "Lan Qiushui Meets with Duarte Brancamar of Portugal"
    );
    assert!(r.title_derived);
    assert_eq!(r.date, None);
    assert_eq!(r.format, Some(MeetingFormat::Meeting));
    assert_eq!(
        people(&r),
        vec![
            ("Lan Qiushui", "Foreign Minister", Some("China")),
            ("Duarte Brancamar", "Foreign Minister", Some("Portugal")),
        ]
    );
    let (lan, duarte) = (Person(0), Person(1));
    assert_eq!(speakers(&r), vec![Narration, lan, lan, duarte, duarte]);
    assert_eq!(
        points(&r),
        vec![
            (1, lan, "first, firm up confidence in cooperation"),
            (2, lan, "second, expand trade in green products"),
            (3, lan, "third, deepen exchanges between universities."),
        ]
    );
}

#[test]
fn pronouns_refer_to_the_last_named_speaker() {
    let r = fixture("pronoun-speakers.txt");
    assert_eq!(
        r.title,
        "Hua Xinglan Holds a Video Conference with Astrid Kellerhoven of Germany"
    );
    assert!(r.title_derived);
    assert_eq!(date(&r).as_deref(), Some("2022-09-12"));
    assert_eq!(r.format, Some(MeetingFormat::VideoConference));
    assert_eq!(
        people(&r),
        vec![
            ("Hua Xinglan", "Assistant Foreign Minister", Some("China")),
            (
                "Astrid Kellerhoven",
                "Deputy Foreign Minister",
                Some("Germany")
            ),
        ]
    );
    let (hua, astrid) = (Person(0), Person(1));
    assert_eq!(
        speakers(&r),
        vec![Narration, astrid, astrid, astrid, hua, hua, hua, hua, astrid, astrid]
    );
    assert_eq!(
        r.sentence_text(9),
        "She said that Germany looks forward to the next round."
    );
    assert_eq!(
        points(&r),
        vec![
            (
                1,
                hua,
                "First, the two sides should keep high-level exchanges."
            ),
            (2, hua, "Second, they should expand practical cooperation."),
        ]
    );
}

#[test]
fn surnames_alone_name_the_speaker() {
    let r = fixture("surname-only-speakers.txt");
    assert_eq!(
        r.title,
        "Vice Foreign Minister Qiao Wenyuan Holds Talks with Japanese Vice Minister for Foreign Affairs Kenji Morisato"
    );
    assert!(!r.title_derived);
    assert_eq!(date(&r).as_deref(), Some("2018-04-02"));
    assert_eq!(r.format, Some(MeetingFormat::Talks));
    assert_eq!(
        people(&r),
        vec![
            ("Qiao Wenyuan", "Vice Foreign Minister", Some("China")),
            (
                "Kenji Morisato",
                "Vice Minister for Foreign Affairs",
                Some("Japan")
            ),
        ]
    );
    let (qiao, kenji) = (Person(0), Person(1));
    assert_eq!(
        speakers(&r),
        vec![Narration, qiao, qiao, kenji, kenji, qiao]
    );
}

#[test]
fn a_counterpart_named_by_a_short_form_before_the_title() {
    let r = fixture("ambassador-by-short-form.txt");
    assert_eq!(
        r.title,
        "Mei Tingyu Meets with Seo Haneul of the Republic of Korea"
    );
    assert!(r.title_derived);
    assert_eq!(date(&r).as_deref(), Some("2023-01-09"));
    assert_eq!(r.format, Some(MeetingFormat::Meeting));
    assert_eq!(
        people(&r),
        vec![
            ("Mei Tingyu", "Assistant Foreign Minister", Some("China")),
            (
                "Seo Haneul",
                "Ambassador to China",
                Some("Republic of Korea")
            ),
        ]
    );
    let (mei, seo) = (Person(0), Person(1));
    // "The ROK side thanked" is the Korean participant.
    assert_eq!(speakers(&r), vec![Narration, mei, seo, seo]);
}

#[test]
fn a_day_month_year_date_line_under_a_headline_with_an_abbreviation() {
    let r = fixture("date-forms-video-meeting.txt");
    assert_eq!(
        r.title,
        "Vice Foreign Minister Gao Lingxi Holds a Video Meeting with U.S. Deputy Secretary of State Dana Whitlock"
    );
    assert!(!r.title_derived);
    assert_eq!(date(&r).as_deref(), Some("2020-10-27"));
    assert_eq!(r.format, Some(MeetingFormat::VideoMeeting));
    assert_eq!(
        people(&r),
        vec![
            ("Gao Lingxi", "Vice Foreign Minister", Some("China")),
            (
                "Dana Whitlock",
                "Deputy Secretary of State",
                Some("United States")
            ),
        ]
    );
    let (gao, dana) = (Person(0), Person(1));
    assert_eq!(speakers(&r), vec![Narration, gao, dana, Joint]);
    assert_eq!(
        r.sentence_text(1),
        "Gao Lingxi said that China and the U.S. should manage differences."
    );
}

#[test]
fn a_prefixed_dotted_date_line_and_the_first_task_points() {
    let r = fixture("dprk-consultations.txt");
    assert_eq!(
        r.title,
        "Fan Yunshu Holds Consultations with Ri Chol-bom of the Democratic People's Republic of Korea"
    );
    assert!(r.title_derived);
    assert_eq!(date(&r).as_deref(), Some("2021-03-03"));
    assert_eq!(r.format, Some(MeetingFormat::Consultation));
    assert_eq!(
        people(&r),
        vec![
            ("Fan Yunshu", "Director-General", Some("China")),
            (
                "Ri Chol-bom",
                "Director-General",
                Some("Democratic People's Republic of Korea")
            ),
        ]
    );
    let (fan, ri) = (Person(0), Person(1));
    assert_eq!(speakers(&r), vec![Narration, fan, fan, fan, fan, ri, Joint]);
    assert_eq!(
        points(&r),
        vec![
            (1, fan, "The first task is to resume personnel exchanges."),
            (2, fan, "The second task is to advance trade at the border."),
            (
                3,
                fan,
                "The third task is to coordinate on regional affairs."
            ),
        ]
    );
}

#[test]
fn the_publisher_the_text_tells_wins_over_the_setting() {
    let path = format!(
        "{}/tests/fixtures/readouts/phone-call-at-request.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(path).unwrap();
    let opts = ParseOptions {
        publisher: Some("Exampleland".to_string()),
        ..ParseOptions::default()
    };
    // "State Councilor" is how China's ministry titles its own officials.
    let r = parse(&text, "x", &opts);
    assert_eq!(r.publisher.as_deref(), Some("China"));
    assert!(!r.publisher_assumed);
    assert_eq!(r.participants[0].country.as_deref(), Some("China"));
    assert_eq!(r.participants[1].country.as_deref(), Some("Norway"));
}

#[test]
fn the_publisher_setting_is_used_when_the_text_does_not_tell() {
    let text =
        "Foreign Minister Ada Vale met with Foreign Minister Tomas Brell of Norway.\nVale said so.";
    let opts = ParseOptions {
        publisher: Some("Exampleland".to_string()),
        ..ParseOptions::default()
    };
    let r = parse(text, "x", &opts);
    assert_eq!(r.publisher.as_deref(), Some("Exampleland"));
    assert!(r.publisher_assumed);
    assert_eq!(r.participants[0].country.as_deref(), Some("Exampleland"));
    assert_eq!(r.participants[1].country.as_deref(), Some("Norway"));
}
