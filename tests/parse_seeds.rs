//! The two seed readouts, parsed exactly: header, cleaning, speakers and points.

use readout_lens::core::{parse, MeetingFormat, ParseOptions, Readout, Speaker};

const KIM: &str = include_str!("../data/readouts/2020-11-09-republic-of-korea-kim-gunn.txt");
const DUNG: &str = include_str!("../data/readouts/2020-10-27-vietnam-nguyen-quoc-dung.txt");

fn parsed(text: &str) -> Readout {
    parse(text, "seed", &ParseOptions::default())
}

/// (name, role, country) of every participant.
fn people(r: &Readout) -> Vec<(&str, &str, Option<&str>)> {
    r.participants
        .iter()
        .map(|p| (p.name.as_str(), p.role.as_str(), p.country.as_deref()))
        .collect()
}

/// The speaker of every sentence of the paragraph that starts with `opening`.
fn speakers_of_paragraph(r: &Readout, opening: &str) -> Vec<Speaker> {
    let para = r
        .paragraphs
        .iter()
        .position(|p| p.of(&r.text).starts_with(opening))
        .unwrap_or_else(|| panic!("no paragraph starts with {opening:?}"));
    r.sentences
        .iter()
        .filter(|s| s.paragraph == para)
        .map(|s| s.speaker)
        .collect()
}

fn speaker_of_sentence(r: &Readout, opening: &str) -> Speaker {
    let i = (0..r.sentences.len())
        .find(|&i| r.sentence_text(i).starts_with(opening))
        .unwrap_or_else(|| panic!("no sentence starts with {opening:?}"));
    r.sentences[i].speaker
}

#[test]
fn the_web_page_seed_has_its_headline_date_format_and_people() {
    let r = parsed(KIM);
    assert_eq!(
        r.title,
        "Vice Foreign Minister Luo Zhaohui Holds a Video Conference with Deputy Foreign Minister Kim Gunn of the Republic of Korea (ROK)"
    );
    assert!(!r.title_derived);
    assert_eq!(r.date.map(|d| d.to_string()).as_deref(), Some("2020-11-09"));
    assert_eq!(r.format, Some(MeetingFormat::VideoConference));
    assert_eq!(
        people(&r),
        vec![
            ("Luo Zhaohui", "Vice Foreign Minister", Some("China")),
            (
                "Kim Gunn",
                "Deputy Foreign Minister",
                Some("Republic of Korea")
            ),
        ]
    );
}

#[test]
fn the_plain_text_seed_gets_a_derived_title_and_roles_as_written() {
    let r = parsed(DUNG);
    assert!(r.title_derived);
    assert_eq!(
        r.title,
        "Luo Zhaohui Holds a Video Meeting with Nguyen Quoc Dung of Vietnam"
    );
    assert_eq!(r.date.map(|d| d.to_string()).as_deref(), Some("2020-10-27"));
    assert_eq!(r.format, Some(MeetingFormat::VideoMeeting));
    assert_eq!(
        people(&r),
        vec![
            (
                "Luo Zhaohui",
                "Vice Foreign Minister and Chinese Senior Official for East Asian Cooperation Affairs",
                Some("China")
            ),
            (
                "Nguyen Quoc Dung",
                "Deputy Minister of Foreign Affairs and Head of ASEAN SOM",
                Some("Vietnam")
            ),
        ]
    );
}

#[test]
fn page_chrome_is_gone_from_the_web_page_seed() {
    let r = parsed(KIM);
    for chrome in [
        "Español",
        "Русский",
        "简体中文",
        "Suggest to a friend",
        "\nPrint",
    ] {
        assert!(!r.text.contains(chrome), "{chrome:?} is still in the text");
    }
    assert!(r
        .text
        .ends_with("East Asian leaders' meetings on cooperation."));
    // Four body paragraphs; the headline and the date line are front matter.
    assert_eq!(r.paragraphs.len(), 4);
    assert_eq!(r.sentences.len(), 21);
}

#[test]
fn every_sentence_of_the_web_page_seed_has_the_right_speaker() {
    let r = parsed(KIM);
    let luo = Speaker::Person(0);
    let kim = Speaker::Person(1);
    assert_eq!(
        speaker_of_sentence(&r, "On November 9, 2020,"),
        Speaker::Narration
    );
    assert_eq!(
        speaker_of_sentence(&r, "Both sides exchanged views"),
        Speaker::Joint
    );
    assert_eq!(
        speakers_of_paragraph(&r, "Luo Zhaohui said that"),
        vec![luo; 5]
    );
    assert_eq!(
        speakers_of_paragraph(&r, "Luo Zhaohui said at present"),
        vec![luo; 12]
    );
    assert_eq!(
        speakers_of_paragraph(&r, "Kim Gunn spoke highly"),
        vec![kim; 2]
    );
}

#[test]
fn the_web_page_seed_has_four_points_by_luo_zhaohui() {
    let r = parsed(KIM);
    let points: Vec<(u32, Speaker, &str)> = r
        .points
        .iter()
        .map(|p| (p.ordinal, p.speaker, p.span.of(&r.text)))
        .collect();
    assert_eq!(points.len(), 4);
    let topics = [
        "cooperation against COVID-19",
        "economic recovery",
        "uphold multilateralism",
        "handle differences",
    ];
    for (i, (ordinal, speaker, text)) in points.iter().enumerate() {
        assert_eq!(*ordinal, i as u32 + 1);
        assert_eq!(*speaker, Speaker::Person(0));
        assert!(text.contains(topics[i]), "point {ordinal}: {text}");
    }
    assert!(points[0]
        .2
        .starts_with("The first priority is to deepen cooperation against COVID-19."));
    assert!(points[3]
        .2
        .ends_with("regional cooperation in the right direction."));
}

#[test]
fn the_plain_text_seed_has_three_points_and_a_last_paragraph_by_nguyen_quoc_dung() {
    let r = parsed(DUNG);
    let ordinals: Vec<(u32, Speaker)> = r.points.iter().map(|p| (p.ordinal, p.speaker)).collect();
    let luo = Speaker::Person(0);
    assert_eq!(ordinals, vec![(1, luo), (2, luo), (3, luo)]);
    assert!(r.points[0]
        .span
        .of(&r.text)
        .starts_with("First, focus on development"));
    assert!(r.points[2]
        .span
        .of(&r.text)
        .starts_with("Third, properly address sensitive issues."));
    assert_eq!(
        speakers_of_paragraph(&r, "Nguyen Quoc Dung highly valued"),
        vec![Speaker::Person(1); 3]
    );
    assert_eq!(
        speaker_of_sentence(&r, "They exchanged ideas"),
        Speaker::Joint
    );
    assert_eq!(
        speaker_of_sentence(&r, "On October 27, 2020,"),
        Speaker::Narration
    );
    assert_eq!(
        speakers_of_paragraph(&r, "Luo Zhaohui said, China"),
        vec![luo; 3]
    );
}

#[test]
fn the_same_text_always_gets_the_same_id() {
    assert_eq!(parsed(KIM).id, parsed(KIM).id);
    assert_ne!(parsed(KIM).id, parsed(DUNG).id);
    assert_eq!(parsed(KIM).id.len(), 16);
}
