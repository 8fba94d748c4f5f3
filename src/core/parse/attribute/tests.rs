//! Unit tests of the attribute stage: every kind of subject a cue may have.

use super::*;
use crate::core::parse::lang::en::EN;

/// A participant of `country` with a name and a role.
fn p(name: &str, role: &str, country: &str) -> Participant {
    Participant {
        name: name.into(),
        role: role.into(),
        country: Some(country.into()),
    }
}

fn participants() -> Vec<Participant> {
    vec![
        p("Luo Zhaohui", "Vice Foreign Minister", "China"),
        p("Tomas Brell", "Foreign Minister", "Norway"),
    ]
}

/// The cue of `s` after the subjects `before` (indexes into [`participants`]).
fn cue_after(s: &str, before: &[usize], genders: Vec<Option<Gender>>) -> Option<Speaker> {
    let ps = participants();
    let mut people = People::new(&ps, genders, Some("China"));
    for &b in before {
        people.mention(b);
    }
    cue::find(s, None, &mut people, &EN, &mut cue::Scratch::default())
}

fn cue(s: &str) -> Option<Speaker> {
    cue_after(s, &[], vec![])
}

#[test]
fn full_names_surnames_and_last_names_are_cues() {
    assert_eq!(
        cue("Luo Zhaohui said that all is well."),
        Some(Speaker::Person(0))
    );
    assert_eq!(cue("Luo stressed, all is well."), Some(Speaker::Person(0)));
    assert_eq!(
        cue("Foreign Minister Brell also expressed thanks."),
        Some(Speaker::Person(1))
    );
    assert_eq!(
        cue("FM BRELL stated that all is well."),
        Some(Speaker::Person(1))
    );
}

#[test]
fn pronouns_refer_to_the_last_subject_the_text_lets_have_that_gender() {
    assert_eq!(
        cue_after("She added that it was fine.", &[1], vec![]),
        Some(Speaker::Person(1))
    );
    // Before any one participant was a subject: the first the pronoun fits (the host).
    assert_eq!(cue("He said so."), Some(Speaker::Person(0)));
    assert_eq!(
        cue_after("She said so.", &[], vec![Some(Gender::Male), None]),
        Some(Speaker::Person(1))
    );
    // The last subject is a man: "She" is the one before him.
    let male_luo = vec![Some(Gender::Male), None];
    assert_eq!(
        cue_after("She added more.", &[1, 0], male_luo),
        Some(Speaker::Person(1))
    );
}

#[test]
fn joint_phrases_and_national_sides_are_cues() {
    assert_eq!(cue("The three sides agreed to meet."), Some(Speaker::Joint));
    assert_eq!(cue("They exchanged views."), Some(Speaker::Joint));
    assert_eq!(
        cue("The two vice foreign ministers also discussed trade."),
        Some(Speaker::Joint)
    );
    assert_eq!(
        cue("The Norwegian side welcomed this."),
        Some(Speaker::Person(1))
    );
    assert_eq!(
        cue("The Norwegian minister, for his part, welcomed this."),
        Some(Speaker::Person(1))
    );
}

#[test]
fn joint_subjects_of_other_houses_and_the_discussions_they_had_are_joint() {
    for s in [
        "Two sides also exchanged views on the peninsula.",
        "The two top diplomats discussed next steps.",
        "The two diplomats discussed next steps.",
        "Over the phone, the two top diplomats shared their assessments.",
        "They had an open and straightforward discussion on the sea issues.",
        "They held an in-depth discussion on trade.",
        "The participants emphasized the importance of aid.",
        "Mr. Luo and Mr. Brell held detailed discussions on the security situation.",
    ] {
        assert_eq!(cue(s), Some(Speaker::Joint), "{s}");
    }
}

#[test]
fn titles_name_the_participant_they_fit_closest() {
    assert_eq!(
        cue("The Foreign Minister thanked him."),
        Some(Speaker::Person(1))
    );
    assert_eq!(
        cue("The Vice Foreign Minister noted progress."),
        Some(Speaker::Person(0))
    );
    assert_eq!(
        cue("The Vice Foreign Minister and the Foreign Minister discussed trade."),
        Some(Speaker::Joint)
    );
    assert_eq!(
        cue("Mr. Luo and Mr. Brell reviewed progress."),
        Some(Speaker::Joint)
    );
}

#[test]
fn lead_in_clauses_numbers_and_set_off_subjects_are_read_past() {
    assert_eq!(
        cue("In response, Minister Brell stated that it was fine."),
        Some(Speaker::Person(1))
    );
    assert_eq!(
        cue("2. Minister Luo stated that it was fine."),
        Some(Speaker::Person(0))
    );
    assert_eq!(
        cue("Finally the Foreign Minister looked forward to it."),
        Some(Speaker::Person(1))
    );
    assert_eq!(
        cue("Brell, for his part, affirmed the ties."),
        Some(Speaker::Person(1))
    );
}

#[test]
fn events_and_spokespeople_are_narration() {
    assert_eq!(
        cue("The conversation also touched upon trade."),
        Some(Speaker::Narration)
    );
    assert_eq!(
        cue("The overview of the talk is as follows."),
        Some(Speaker::Narration)
    );
    assert_eq!(
        cue("A Downing Street spokesperson said:"),
        Some(Speaker::Narration)
    );
    assert_eq!(
        cue("Issues of regional security were also discussed."),
        Some(Speaker::Narration)
    );
}

#[test]
fn a_sentence_without_a_reporting_verb_is_no_cue() {
    assert_eq!(cue("China is ready to work with Norway."), None);
    assert_eq!(cue("Countries in the region should cooperate."), None);
    assert_eq!(cue("The President discussed the call with him."), None);
}

#[test]
fn a_later_clause_makes_its_subject_the_one_she_refers_to() {
    let ps = participants();
    let mut people = People::new(&ps, vec![], None);
    let s = "Luo set out plans, and Foreign Minister Brell shared his views.";
    assert_eq!(
        cue::find(s, None, &mut people, &EN, &mut cue::Scratch::default()),
        Some(Speaker::Person(0))
    );
    assert_eq!(
        cue::find(
            "He also raised trade.",
            None,
            &mut people,
            &EN,
            &mut cue::Scratch::default()
        ),
        Some(Speaker::Person(1))
    );
}

#[test]
fn a_closing_name_and_verb_after_a_comma_is_a_cue() {
    assert_eq!(
        cue("Ceasefire is the top priority, Luo said."),
        Some(Speaker::Person(0))
    );
    assert_eq!(
        cue("All parties should show restraint, Brell said, noting the risks."),
        Some(Speaker::Person(1))
    );
    assert_eq!(cue("It was the ground, which China supported."), None);
    // After a quotation, by a pronoun; both sides, by "they".
    assert_eq!(
        cue_after(
            "\"We have met many times,\" he said.",
            &[1],
            vec![None, Some(Gender::Male)]
        ),
        Some(Speaker::Person(1))
    );
    assert_eq!(
        cue("On this basis, the ties will develop, they added."),
        Some(Speaker::Joint)
    );
}

#[test]
fn a_name_written_without_its_marks_is_the_participant() {
    let ps = vec![
        p("Bùi Thanh Sơn", "Foreign Minister", "Vietnam"),
        p("Kwame Asante", "Foreign Minister", "Vietnam"),
    ];
    let mut people = People::new(&ps, vec![], Some("Vietnam"));
    let s = "Son said Việt Nam supports peaceful means.";
    let got = cue::find(s, None, &mut people, &EN, &mut cue::Scratch::default());
    assert_eq!(got, Some(Speaker::Person(0)));
    assert!(subject::names_match("Bùi Thanh Sơn", &["SON"], " ", &[]));
    assert!(!subject::names_match("Bùi Thanh Sơn", &["Sen"], " ", &[]));
}

#[test]
fn the_official_is_the_last_subject() {
    assert_eq!(
        cue_after("The official also praised the plan.", &[1], vec![]),
        Some(Speaker::Person(1))
    );
}

#[test]
fn a_pronoun_and_a_participant_together_are_joint() {
    assert_eq!(
        cue_after(
            "He and Foreign Minister Brell agreed on trade.",
            &[0],
            vec![]
        ),
        Some(Speaker::Joint)
    );
    // The pronoun stands for the one named with it: no pair, so no joint subject.
    assert_ne!(
        cue_after(
            "He and Foreign Minister Brell agreed on trade.",
            &[1],
            vec![]
        ),
        Some(Speaker::Joint)
    );
}

#[test]
fn a_participant_and_their_counterpart_are_joint() {
    assert_eq!(
        cue("The Vice Foreign Minister and his counterpart agreed on trade."),
        Some(Speaker::Joint)
    );
}

#[test]
fn a_participant_and_the_others_of_a_trilateral_are_joint() {
    assert_eq!(
        cue("Building on the summit, Minister Brell and the Vice Foreign Ministers discussed trade."),
        Some(Speaker::Joint)
    );
}

#[test]
fn a_joint_subject_named_by_its_office_in_lowercase_is_joint() {
    let joint = Some(Speaker::Joint);
    assert_eq!(
        cue("The national security advisors discussed the sea."),
        joint
    );
    assert_eq!(cue("The defence ministers agreed to meet."), joint);
    assert_eq!(
        cue("The national security advisors look forward to the summit."),
        joint
    );
}

#[test]
fn a_last_name_without_its_particle_names_the_participant() {
    assert!(subject::names_match(
        "Karim al-Tamimi",
        &["Tamimi"],
        " ",
        &[]
    ));
    assert!(!subject::names_match(
        "Karim al-Tamimi",
        &["Karimi"],
        " ",
        &[]
    ));
}

#[test]
fn a_surname_names_a_participant_whose_name_ends_in_a_suffix() {
    // Written for the tests: fictional officials.
    let text = "On May 3, Mr. TANAKA Haruto, Minister for Foreign Affairs of Japan, held a telephone talk with H.E. Mr. Diego R. Soto Jr., Minister of Foreign Affairs of the Republic of Chile.\n\nIn response, Minister Soto expressed his gratitude for Japan's support.\n\nMinister Tanaka and Minister Soto agreed to strengthen cooperation.";
    let r = crate::core::parse(text, "suffix.txt", &crate::core::ParseOptions::default());
    assert_eq!(r.participants[1].name, "Diego R. Soto Jr.");
    let speakers: Vec<Speaker> = r.sentences.iter().map(|s| s.speaker).collect();
    assert_eq!(
        speakers,
        [Speaker::Narration, Speaker::Person(1), Speaker::Joint]
    );
}

/// The speakers of `paragraphs`, one sentence each, as [`attribute`] gives them.
fn speakers(paragraphs: &[&str]) -> Vec<Speaker> {
    let text = paragraphs.join("\n\n");
    let mut at = 0;
    let sentences: Vec<(Span, usize)> = paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let span = Span::new(at, at + p.len());
            at += p.len() + 2;
            (span, i)
        })
        .collect();
    let ps = participants();
    let mut people = People::new(&ps, vec![], Some("China"));
    attribute(&text, &sentences, None, &mut people, &[], &EN)
        .iter()
        .map(|a| a.speaker)
        .collect()
}

#[test]
fn the_items_of_a_list_a_sentence_announces_are_its_speakers() {
    let said = speakers(&[
        "Tomas Brell highlighted the following two points.",
        "1. Support for the energy grid",
        "2. Coordination of aid",
        "The two sides agreed to meet.",
    ]);
    let brell = Speaker::Person(1);
    assert_eq!(said, vec![brell, brell, brell, Speaker::Joint]);
    // A numbered paragraph that no sentence announced starts as narration.
    let said = speakers(&[
        "Tomas Brell spoke of trade.",
        "1. Support for the energy grid",
    ]);
    assert_eq!(said, vec![brell, Speaker::Narration]);
}

#[test]
fn a_name_then_the_country_it_is_of_names_that_participant() {
    let ps = vec![
        p("Ravi Malhotra", "Prime Minister", "India"),
        p("J.K. Otieno", "President", "Kenya"),
        p("Ama Boateng", "President", "Ghana"),
    ];
    let find = |s: &str| {
        let mut people = People::new(&ps, vec![], Some("India"));
        cue::find(s, None, &mut people, &EN, &mut cue::Scratch::default())
    };
    assert_eq!(
        find("President Otieno of Kenya warmly congratulated the Prime Minister."),
        Some(Speaker::Person(1))
    );
    assert_eq!(
        find("President Boateng of Ghana conveyed her greetings."),
        Some(Speaker::Person(2))
    );
    // The country after "of" must be one: "President Otieno of the ruling party" names no one
    // by this rule.
    assert_eq!(
        find("The President of the Assembly of Kenya welcomed the guests."),
        None
    );
}

#[test]
fn a_title_of_a_country_names_its_participant_whose_title_fits_or_who_has_none() {
    let ps = vec![
        p("Mikhail Sorokin", "", "Russia"),
        p("Rafael Duarte", "President", "Brazil"),
    ];
    let find = |s: &str| {
        let mut people = People::new(&ps, vec![], Some("Russia"));
        cue::find(s, None, &mut people, &EN, &mut cue::Scratch::default())
    };
    assert_eq!(
        find("The President of Russia stressed the point."),
        Some(Speaker::Person(0))
    );
    assert_eq!(
        find("The President of Brazil stressed the point."),
        Some(Speaker::Person(1))
    );
    assert_eq!(
        find("The two heads of state discussed trade."),
        Some(Speaker::Joint)
    );
    assert_eq!(
        find("The leaders of the two countries agreed to meet."),
        Some(Speaker::Joint)
    );
    // Another title of a participant's country is someone else.
    let ps = participants();
    let mut people = People::new(&ps, vec![], Some("China"));
    let said = cue::find(
        "The President of Norway stressed the point.",
        None,
        &mut people,
        &EN,
        &mut cue::Scratch::default(),
    );
    assert_ne!(said, Some(Speaker::Person(1)));
}

#[test]
fn adjectives_inside_a_joint_subject_or_before_a_country_are_read_past() {
    let joint = Some(Speaker::Joint);
    assert_eq!(cue("The two ranking diplomats agreed to meet."), joint);
    assert_eq!(
        cue("At the meeting, both senior officials expressed hope."),
        joint
    );
    assert_eq!(cue("The duo discussed trade."), joint);
    assert_eq!(
        cue("The top Norwegian diplomat proposed a visit."),
        Some(Speaker::Person(1))
    );
}

#[test]
fn a_title_in_lowercase_and_a_verb_with_a_prefix_are_cues() {
    assert_eq!(
        cue("The foreign minister underlined the ties."),
        Some(Speaker::Person(1))
    );
    assert_eq!(
        cue("In particular, Minister Brell re-emphasized the point."),
        Some(Speaker::Person(1))
    );
}

#[test]
fn an_opening_clause_without_its_comma_is_read_past() {
    assert_eq!(
        cue("At the outset of the talk Minister Brell offered his greetings."),
        Some(Speaker::Person(1))
    );
    // The clause itself names no speaker.
    assert_eq!(
        cue("At the request of Minister Brell the talks began."),
        None
    );
}

#[test]
fn a_conjunction_opening_a_sentence_is_read_past() {
    assert_eq!(
        cue_after("But he also underlined the concern.", &[1], vec![]),
        Some(Speaker::Person(1))
    );
    // After "They discussed ...", a new subject after "And".
    assert_eq!(
        cue_after(
            "And the Vice Foreign Minister set out his thinking.",
            &[1],
            vec![]
        ),
        Some(Speaker::Person(0))
    );
}

#[test]
fn two_sides_that_had_candid_discussions_are_joint_and_this_meeting_is_narration() {
    assert_eq!(
        cue("The two sides had candid and useful discussions."),
        Some(Speaker::Joint)
    );
    assert_eq!(
        cue("This meeting comes after the summit in June."),
        Some(Speaker::Narration)
    );
}

#[test]
fn an_adverb_of_degree_and_a_verb_of_communicating_are_read() {
    // Agencies of Viet Nam: "He highly appreciated"; embassies of China: "The two sides
    // communicated on", "had substantive ... communications".
    assert_eq!(
        cue_after("He highly appreciated the support.", &[1], vec![]),
        Some(Speaker::Person(1))
    );
    assert_eq!(
        cue("The two sides communicated on the arrangements."),
        Some(Speaker::Joint)
    );
    assert_eq!(
        cue("The two sides had substantive and candid communications."),
        Some(Speaker::Joint)
    );
}

#[test]
fn an_adverb_of_manner_is_read_past_by_its_ending() {
    assert_eq!(
        cue("Discussing the pact, the leaders strongly agreed on its importance."),
        Some(Speaker::Joint)
    );
    assert_eq!(
        cue("The two ministers closely aligned their policies."),
        Some(Speaker::Joint)
    );
    assert_eq!(
        cue("The two PMs rejoiced at the progress."),
        Some(Speaker::Joint)
    );
    // A short word is no adverb by its ending: "They only met" gives no cue from "only".
    assert!(!EN.is_adverb_by_ending("only") && !EN.is_adverb_by_ending("Italy"));
}

#[test]
fn a_passive_report_is_its_agents() {
    let s = "Vice Foreign Minister Luo was briefed in detail by Foreign Minister Brell on it.";
    assert_eq!(cue(s), Some(Speaker::Person(1)));
    // An agent that is no participant gives no cue of its own.
    assert_eq!(cue("The plan was welcomed by the press."), None);
}

#[test]
fn a_second_short_clause_is_read_past() {
    assert_eq!(
        cue("In addition, based on this, the two ministers agreed on it."),
        Some(Speaker::Joint)
    );
}

#[test]
fn a_long_clause_before_its_comma_is_read_past() {
    let s = "As Norway is preparing for its term on the council next year and China is \
             hosting the forum of the region in the second half of that year, both sides \
             agreed to coordinate.";
    assert_eq!(cue(s), Some(Speaker::Joint));
}

#[test]
fn a_source_that_frames_a_cue_gives_the_cue_its_speaker() {
    // A broadcaster's copy: "The ministry said Chung proposed ...".
    assert_eq!(
        cue("The ministry said Brell proposed closer consultations."),
        Some(Speaker::Person(1))
    );
    assert_eq!(
        cue("The statement said that the two sides agreed to meet."),
        Some(Speaker::Joint)
    );
    assert_eq!(
        cue("The top diplomats reportedly agreed to meet."),
        Some(Speaker::Joint)
    );
    // A source with no cue after it is narration still.
    assert_eq!(
        cue("The ministry said the meeting lasted an hour."),
        Some(Speaker::Narration)
    );
}

#[test]
fn a_country_alone_as_subject_is_its_only_participant() {
    assert_eq!(
        cue("Norway noted the importance of the Arctic."),
        Some(Speaker::Person(1))
    );
    assert_eq!(
        cue("The People's Republic of China welcomed the visit."),
        Some(Speaker::Person(0))
    );
    assert_eq!(
        cue("China and Norway agreed to meet again."),
        Some(Speaker::Joint)
    );
    // No participant of that country: no cue; an adjective alone is no side.
    assert_eq!(cue("Japan noted the talks."), None);
    assert_eq!(cue("The Norwegian noted the talks."), None);
}

#[test]
fn the_speakers_own_country_goes_on_with_what_they_said() {
    let said = [
        "Luo Zhaohui made three points.",
        "China is willing to help.",
        "Norway noted the offer.",
    ];
    let text = said.join(" ");
    let mut at = 0;
    let sentences: Vec<(Span, usize)> = said
        .iter()
        .map(|s| {
            let span = Span::new(at, at + s.len());
            at += s.len() + 1;
            (span, 0)
        })
        .collect();
    let ps = participants();
    let mut people = People::new(&ps, vec![], Some("China"));
    let got: Vec<(Speaker, bool)> = attribute(&text, &sentences, None, &mut people, &[], &EN)
        .iter()
        .map(|a| (a.speaker, a.cue))
        .collect();
    // The Chinese side is Luo's: his statement (and a running point) goes on; Norway's is a
    // new speaker's.
    let (luo, brell) = (Speaker::Person(0), Speaker::Person(1));
    assert_eq!(got, vec![(luo, true), (luo, false), (brell, true)]);
}

#[test]
fn a_meeting_held_with_someone_is_an_event() {
    // A broadcaster's copy: "After the bilateral talks, A and B held a trilateral meeting with
    // C" narrates a further meeting.
    assert_eq!(
        cue("After the talks, Luo and Brell held a trilateral meeting with the Danish minister."),
        Some(Speaker::Narration)
    );
    assert_eq!(
        cue("Luo Zhaohui held talks with the Danish minister."),
        Some(Speaker::Narration)
    );
    // A statement about a meeting is no event.
    assert_eq!(
        cue("Luo Zhaohui proposed a meeting with the Danish minister."),
        Some(Speaker::Person(0))
    );
}

#[test]
fn a_weekday_between_the_subject_and_its_verb_is_read_past() {
    assert_eq!(
        cue("Foreign Minister Brell on Thursday pledged continued efforts."),
        Some(Speaker::Person(1))
    );
    assert_eq!(
        cue("Luo on Friday said it was good."),
        Some(Speaker::Person(0))
    );
    // The day's words do not count toward the subject's bound (nine words, the day, the verb).
    assert_eq!(
        cue("Danish Minister of State and Minister for Trade Brell on Friday said it was good."),
        Some(Speaker::Person(1))
    );
}

#[test]
fn a_subject_after_a_later_comma_of_a_long_leading_clause_is_a_cue() {
    assert_eq!(
        cue(
            "Further, recognizing the challenge of the region, as the islands face rising \
            seas, the two ministers confirmed their support."
        ),
        Some(Speaker::Joint)
    );
    assert_eq!(
        cue("China and Norway were close partners, and Foreign Minister Brell said so."),
        Some(Speaker::Person(1))
    );
    assert_eq!(
        cue("Discussing the Arctic, Luo was clear that talks must go on."),
        Some(Speaker::Person(0))
    );
    // A list of commas with no cue after any of them stays without one.
    assert_eq!(cue("Trade, energy, and climate were on the agenda."), None);
}

#[test]
fn a_discussion_held_is_a_cue_whatever_its_adjectives() {
    assert_eq!(
        cue("The two sides had open and productive discussions on trade."),
        Some(Speaker::Joint)
    );
    assert_eq!(
        cue("Luo had long and detailed exchanges on the Arctic."),
        Some(Speaker::Person(0))
    );
    // A thing had that is no discussion is no cue.
    assert_eq!(cue("The two sides had a long history of trade."), None);
}

#[test]
fn a_closing_cue_may_name_the_person_spoken_to() {
    assert_eq!(
        cue("The purpose of the visit is to talk, Luo told Brell."),
        Some(Speaker::Person(0))
    );
    assert_eq!(
        cue("The purpose of the visit is to talk, Luo told Foreign Minister Brell."),
        Some(Speaker::Person(0))
    );
}

#[test]
fn a_reporting_verb_after_its_auxiliary_is_a_cue() {
    assert_eq!(
        cue("Brell has stressed the need for talks."),
        Some(Speaker::Person(1))
    );
    assert_eq!(
        cue("Luo Zhaohui has also drawn attention to the return of the property."),
        Some(Speaker::Person(0))
    );
    assert_eq!(
        cue("The two have agreed to keep in touch."),
        Some(Speaker::Joint)
    );
    assert_eq!(
        cue("During the conversation, Brell has noted the progress."),
        Some(Speaker::Person(1))
    );
    // After ", and" a perfect tells what was done, not what was said.
    assert_ne!(
        cue("This year marks an anniversary, and the leaders have maintained close contact."),
        Some(Speaker::Joint)
    );
}

#[test]
fn a_plural_without_its_article_is_joint() {
    assert_eq!(
        cue("During the conversation, ministers exchanged views on other issues."),
        Some(Speaker::Joint)
    );
    assert_eq!(cue("Parties agreed to meet again."), Some(Speaker::Joint));
}

#[test]
fn a_subject_set_off_after_a_leading_clause_is_a_cue() {
    let s = "In response, Foreign Minister Brell, noting with appreciation the efforts of China for regional peace, presented his view that the partnership had grown.";
    assert_eq!(cue(s), Some(Speaker::Person(1)));
}

#[test]
fn a_second_clause_without_its_comma_is_read_past() {
    let s = "According to CCTV, during the phone call Brell said that Norway supports a ceasefire.";
    assert_eq!(cue(s), Some(Speaker::Person(1)));
}

#[test]
fn talking_about_and_conducting_are_reports_and_the_heads_of_agencies_are_joint() {
    assert_eq!(
        cue("They also talked about the situation in Sudan."),
        Some(Speaker::Joint)
    );
    assert_eq!(
        cue("The two sides conducted in-depth communications on trade."),
        Some(Speaker::Joint)
    );
    assert_eq!(
        cue("\"The heads of diplomatic agencies exchanged opinions on Syria,\" the ministry said."),
        Some(Speaker::Joint)
    );
    assert_eq!(
        cue("Tomas Brell talked about the talks."),
        Some(Speaker::Person(1))
    );
}

#[test]
fn every_future_modal_is_within_the_lengths_the_cue_asks() {
    for m in EN.future_modals.iter() {
        assert!(cue::MODAL_BYTES.contains(&m.len()), "{m:?}");
    }
}

#[test]
fn a_surname_typed_with_one_letter_wrong_is_still_its_participant() {
    let ps = vec![
        p("Nadia Qureshi", "Foreign Minister", "Pakistan"),
        p("Edward Thornton", "Foreign Secretary", "United Kingdom"),
    ];
    let find = |s: &str| {
        let mut people = People::new(&ps, vec![], Some("Pakistan"));
        cue::find(s, None, &mut people, &EN, &mut cue::Scratch::default())
    };
    // A letter dropped, a letter added, two letters swapped, a letter changed.
    for s in [
        "Thorton said that the UK valued the partnership.",
        "Thornnton said that the UK valued the partnership.",
        "Thorntno said that the UK valued the partnership.",
        "Qureshy stressed the need for dialogue.",
    ] {
        let want = usize::from(s.starts_with('T'));
        assert_eq!(find(s), Some(Speaker::Person(want)), "{s}");
    }
    // Two letters off, or a short word, is someone else.
    assert_eq!(find("Thorsten said that the UK valued it."), None);
}

#[test]
fn a_participants_whole_title_with_an_organisations_word_is_theirs() {
    // Written for the tests: fictional officials.
    let ps = vec![
        p("Ada Quill", "Secretary", "United States"),
        p("Tomas Brell", "UN Secretary-General", "none"),
    ];
    let mut people = People::new(&ps, vec![], Some("United States"));
    let s = "The Secretary and UN Secretary-General discussed the peninsula.";
    let got = cue::find(s, None, &mut people, &EN, &mut cue::Scratch::default());
    assert_eq!(got, Some(Speaker::Joint));
}

#[test]
fn the_title_alone_is_the_one_named_by_title_only() {
    // Written for the tests: fictional officials.
    let ps = vec![
        p("Prime Minister", "Prime Minister", "United Kingdom"),
        p("Paolo Verdi", "Prime Minister", "Italy"),
    ];
    let mut people = People::new(&ps, vec![], None);
    let s = "The Prime Minister congratulated Prime Minister Verdi on his appointment.";
    let got = cue::find(s, None, &mut people, &EN, &mut cue::Scratch::default());
    assert_eq!(got, Some(Speaker::Person(0)));
}

#[test]
fn a_plural_title_alone_and_two_long_titled_names_are_joint() {
    assert_eq!(
        cue("Foreign Ministers welcomed the regular contacts between the ministries."),
        Some(Speaker::Joint)
    );
    assert_eq!(
        cue("Vice Foreign Minister Luo Zhaohui and Norwegian Foreign Minister Tomas Brell agreed to meet again."),
        Some(Speaker::Joint)
    );
}

#[test]
fn the_first_or_last_words_of_a_name_name_its_holder() {
    assert!(subject::names_match(
        "Ahmad Fahad Al-Ahmad Al-Sabah",
        &["Ahmad", "Fahad"],
        " ",
        &[]
    ));
    assert!(subject::names_match(
        "Enrique Peña Nieto",
        &["Peña", "Nieto"],
        " ",
        &[]
    ));
    assert!(!subject::names_match(
        "Enrique Peña Nieto",
        &["Peña", "Gómez"],
        " ",
        &[]
    ));
    assert!(!subject::names_match(
        "Ada Quill",
        &["Ada", "Quill", "Jones"],
        " ",
        &[]
    ));
}

#[test]
fn a_gulf_officials_short_name_after_his_honorific_is_his() {
    // Written for the tests: fictional officials.
    let ps = vec![
        p(
            "Khalid bin Saeed Al Nahyan",
            "Minister of Foreign Affairs",
            "United Arab Emirates",
        ),
        p("Tomas Brell", "Foreign Minister", "Norway"),
    ];
    let mut people = People::new(&ps, vec![], Some("United Arab Emirates"));
    let s = "Sheikh Khalid bin Saeed conveyed his gratitude for Norway's support.";
    let got = cue::find(s, None, &mut people, &EN, &mut cue::Scratch::default());
    assert_eq!(got, Some(Speaker::Person(0)));
}
