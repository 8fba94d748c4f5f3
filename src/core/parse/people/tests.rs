//! Unit tests of participant extraction: every opening form and name rule.

use super::*;
use crate::core::parse::lang::en::EN;

fn who(s: &str) -> Vec<(String, String, Option<String>)> {
    let p = extract(s, Kind::Opening, &EN).expect("parties");
    p.hosts
        .into_iter()
        .chain(p.guests)
        .map(|p| (p.p.name, p.p.role, p.p.country))
        .collect()
}

fn p(name: &str, role: &str, country: Option<&str>) -> (String, String, Option<String>) {
    (name.into(), role.into(), country.map(Into::into))
}

#[test]
fn a_country_after_the_name_and_its_abbreviation_are_read() {
    let s = "On November 9, 2020, Vice Foreign Minister Luo Zhaohui held a video conference with Deputy Foreign Minister Kim Gunn of the Republic of Korea (ROK).";
    assert_eq!(
        who(s),
        vec![
            p("Luo Zhaohui", "Vice Foreign Minister", None),
            p(
                "Kim Gunn",
                "Deputy Foreign Minister",
                Some("Republic of Korea")
            )
        ]
    );
}

#[test]
fn a_country_between_title_and_name_is_read() {
    let s = "Minister Ada Quill met with Deputy Minister of Foreign Affairs and Head of ASEAN SOM of Vietnam Tran Van Ba in Hanoi.";
    assert_eq!(
        who(s)[1],
        p(
            "Tran Van Ba",
            "Deputy Minister of Foreign Affairs and Head of ASEAN SOM",
            Some("Vietnam")
        )
    );
}

#[test]
fn adjectives_and_short_forms_before_the_title_give_the_country() {
    let s = "Minister Ada Quill met ROK Ambassador to China Park Minjae and Portuguese Foreign Minister Rui Falcao.";
    let got = who(s);
    assert_eq!(
        got[1],
        p(
            "Park Minjae",
            "Ambassador to China",
            Some("Republic of Korea")
        )
    );
    assert_eq!(
        got[2],
        p("Rui Falcao", "Foreign Minister", Some("Portugal"))
    );
}

#[test]
fn a_title_after_a_bare_name_belongs_to_it() {
    let s = "Ada Quill had a phone call with Tomas Brell, Foreign Minister of Norway, at the request of the latter.";
    assert_eq!(
        who(s)[1],
        p("Tomas Brell", "Foreign Minister", Some("Norway"))
    );
}

#[test]
fn a_visiting_guest_is_still_a_guest() {
    let s = "Ada Vale met with visiting Portuguese Foreign Minister Rui Falcao in Beijing.";
    assert_eq!(
        who(s)[1],
        p("Rui Falcao", "Foreign Minister", Some("Portugal"))
    );
}

#[test]
fn a_guest_after_a_lead_in_and_a_country_after_a_title_are_read() {
    let s =
        "Prime Minister Ada Vale received outgoing Cambodian Ambassador Sok Rin in Hanoi on May 6.";
    assert_eq!(who(s)[1], p("Sok Rin", "Ambassador", Some("Cambodia")));
    let s = "Mr. Ken Mori, Minister for Foreign Affairs, held a meeting with H.E. Dr. Lukas Stein, Federal Minister for Foreign Affairs, Austria, in Tokyo.";
    assert_eq!(
        who(s)[1],
        p(
            "Lukas Stein",
            "Federal Minister for Foreign Affairs",
            Some("Austria")
        )
    );
    // An article is no lead-in: "the G7 Foreign Ministers' Meeting" names no one.
    let s = "Mr. Ken Mori, Minister for Foreign Affairs of Japan, attended the G7 Foreign Ministers' Meeting.";
    assert_eq!(who(s).len(), 1);
}

#[test]
fn a_kremlin_opening_and_headline_name_the_two_presidents() {
    let s = "On Friday Mikhail Sorokin had a telephone conversation with President of the United States of America Tom Hale on the American side's initiative.";
    assert_eq!(
        who(s),
        vec![
            p("Mikhail Sorokin", "", None),
            p("Tom Hale", "President", Some("United States"))
        ]
    );
    // "Telephone" names the meeting, not a host.
    let h = extract(
        "Telephone conversation with US President Tom Hale",
        Kind::Headline,
        &EN,
    )
    .expect("parties");
    assert!(h.hosts.is_empty());
    assert_eq!(h.guests[0].p.name, "Tom Hale");
    // "of the US on June 29": the country stays the person's.
    let s = "Minister Ada Vale held a telephone conversation with Secretary of State Tom Hale of the US on June 29.";
    assert_eq!(
        who(s)[1],
        p("Tom Hale", "Secretary of State", Some("United States"))
    );
}

#[test]
fn particles_in_a_row_stay_in_the_name() {
    let s = "Ana Vale held talks with Minister of Foreign Affairs Rosa Elena Quispe-Mamani de la Vega y Soto of the Plurinational State of Bolivia.";
    assert_eq!(
        who(s)[1],
        p(
            "Rosa Elena Quispe-Mamani de la Vega y Soto",
            "Minister of Foreign Affairs",
            Some("Bolivia")
        )
    );
}

#[test]
fn a_particle_after_an_initial_stays_in_the_name() {
    let s = "Mr. Haruto Tanaka, Minister for Foreign Affairs, held a meeting with H.E. Mr. Diego R. del Soto, Secretary of Foreign Affairs of the Republic of Chile, in Lima. An overview of the meeting is as follows.";
    assert_eq!(
        who(s)[1],
        p(
            "Diego R. del Soto",
            "Secretary of Foreign Affairs",
            Some("Chile")
        )
    );
    assert_eq!(who(s).len(), 2, "{:?}", who(s));
}

#[test]
fn two_titles_in_one_apposition_are_both_kept() {
    let s = "Ada Vale, Member of the Political Bureau and Director of the Office, met with Tom Orr of Chile.";
    assert_eq!(
        who(s)[0],
        p(
            "Ada Vale",
            "Member of the Political Bureau and Director of the Office",
            None
        )
    );
}

fn head(s: &str) -> Vec<(String, String, Option<String>)> {
    let p = extract(s, Kind::Headline, &EN).expect("parties");
    p.hosts
        .into_iter()
        .chain(p.guests)
        .map(|p| (p.p.name, p.p.role, p.p.country))
        .collect()
}

#[test]
fn honorifics_initials_and_suffixes_are_read() {
    let s = "President Harlan J. Caldwell, Jr. met today with Prime Minister Ana Rolt of Poland.";
    assert_eq!(
        who(s),
        vec![
            p("Harlan J. Caldwell Jr.", "President", None),
            p("Ana Rolt", "Prime Minister", Some("Poland"))
        ]
    );
    let s = "Mr. KURODA Hideaki, Minister for Foreign Affairs of Japan, held a meeting with H.E. Ms. Ana Rolt, Minister of Foreign Affairs of the Portuguese Republic.";
    assert_eq!(
        who(s),
        vec![
            p(
                "Kuroda Hideaki",
                "Minister for Foreign Affairs",
                Some("Japan")
            ),
            p("Ana Rolt", "Minister of Foreign Affairs", Some("Portugal"))
        ]
    );
    // Malaysia's titles of honour ("Dato'", "Datuk") are no part of the name.
    let s = "Prime Minister Ana Rolt of Poland met with Datuk Harun Iskandar of Malaysia.";
    assert_eq!(who(s)[1], p("Harun Iskandar", "", Some("Malaysia")));
}

#[test]
fn a_counterpart_takes_the_hosts_role_and_a_place_line_is_skipped() {
    let s = "HÀ NỘI — Foreign Minister Đặng Minh Khôi and his Indonesian counterpart Ratna Sari held phone talks on Tuesday.";
    assert_eq!(
        who(s),
        vec![
            p("Đặng Minh Khôi", "Foreign Minister", None),
            p("Ratna Sari", "Foreign Minister", Some("Indonesia"))
        ]
    );
}

#[test]
fn plural_counterparts_give_their_countries_in_order() {
    // (A title of honour before the first name is no part of anyone's title.)
    let s = "Foreign Minister Đặng Minh Khôi held separate phone conversations with Malaysian and Lao counterparts Datuk Harun Iskandar and Khamphet Sisavath on May 2.";
    assert_eq!(
        who(s),
        vec![
            p("Đặng Minh Khôi", "Foreign Minister", None),
            p("Harun Iskandar", "Foreign Minister", Some("Malaysia")),
            p("Khamphet Sisavath", "Foreign Minister", Some("Laos"))
        ]
    );
}

#[test]
fn a_long_opening_clause_and_a_state_form_are_skipped() {
    let s = "On July 3, commencing at 4:10 p.m. for approximately 25 minutes, Mr. Ota Ryo, Minister for Foreign Affairs, held a telephone talk with Dr. Wanjiru Kamau, Cabinet Secretary of the Republic of Kenya.";
    let got = who(s);
    assert_eq!(got[0], p("Ota Ryo", "Minister for Foreign Affairs", None));
    assert_eq!(
        got[1],
        p("Wanjiru Kamau", "Cabinet Secretary", Some("Kenya"))
    );
}

#[test]
fn a_clause_of_time_before_the_opening_subject_is_skipped() {
    let s = "Last night, President Ada Vale called President Tomas Orr of Chile to discuss trade.";
    assert_eq!(who(s)[0], p("Ada Vale", "President", None));
    let s = "This morning, the Prime Minister spoke to President Tomas Orr of Chile.";
    assert_eq!(who(s)[0], p("", "Prime Minister", None));
    let s = "For about 25 minutes from around 6 p.m. on March 3, 2009 (JST), Minister for Foreign Affairs Ken Oda and French Minister for Foreign Affairs Jean Rolt held a telephone conversation.";
    let got = who(s);
    assert_eq!(got[0], p("Ken Oda", "Minister for Foreign Affairs", None));
    assert_eq!(got[1].0, "Jean Rolt");
}

#[test]
fn spoke_to_and_a_title_alone_are_read() {
    let s = "The Foreign Secretary spoke to Chilean Foreign Minister Ana Rolt about trade.";
    assert_eq!(
        who(s),
        vec![
            p("", "Foreign Secretary", None),
            p("Ana Rolt", "Foreign Minister", Some("Chile"))
        ]
    );
}

#[test]
fn spoke_today_to_names_the_guest() {
    let s =
        "The President spoke today to British Prime Minister Lorne as part of their consultations.";
    assert_eq!(
        who(s),
        vec![
            p("", "President", None),
            p("Lorne", "Prime Minister", Some("United Kingdom"))
        ]
    );
    let s = "President Ellery spoke yesterday to Irish Taoiseach Brennan.";
    assert_eq!(who(s)[1], p("Brennan", "Taoiseach", Some("Ireland")));
}

#[test]
fn a_visit_welcomed_to_a_place_names_the_guest_and_not_the_place() {
    let s = "Prime Minister Ann Vale welcomed the President of the United States, Ira Holt, to Downing Street this morning.";
    assert_eq!(
        who(s),
        vec![
            p("Ann Vale", "Prime Minister", None),
            p("Ira Holt", "President", Some("United States"))
        ]
    );
    let s = "Prime Minister Ann Vale welcomed President Ira Holt to Downing Street.";
    assert_eq!(who(s)[1], p("Ira Holt", "President", None));
    // Without a place after the guests, "welcomed" reports what was said.
    assert!(extract(
        "The Prime Minister welcomed the progress on the trade talks.",
        Kind::Opening,
        &EN
    )
    .is_none());
}

#[test]
fn met_the_title_of_a_country_and_the_name_in_apposition() {
    let s = "The Prime Minister met the President of the United States, Ira Holt, in Rome.";
    assert_eq!(who(s)[1], p("Ira Holt", "President", Some("United States")));
    // "attended the ... Meeting" names no one after its article.
    let s = "Minister Ann Vale attended the G7 Foreign Ministers' Meeting in Capri.";
    assert!(extract(s, Kind::Opening, &EN).is_none_or(|p| p.guests.is_empty()));
}

#[test]
fn a_surname_then_its_given_names_after_a_comma_is_one_name() {
    let s = "Mr. Ann Vale held a telephone talk with H.E. Mr. Volkov, Pavel Andreyevich, Minister of Foreign Affairs of the Russian Federation.";
    assert_eq!(
        who(s)[1],
        p(
            "Volkov Pavel Andreyevich",
            "Minister of Foreign Affairs",
            Some("Russia")
        )
    );
    // Names in a list stay apart: no title follows the second.
    let s = "President Ann Vale met with Volkov, Pavel Orr and Luc Brun.";
    assert!(who(s).iter().all(|x| x.0 != "Volkov Pavel Orr"));
}

#[test]
fn jointly_meeting_the_press_names_every_party_and_reports_the_host() {
    let s = "Foreign Minister Ivan Dorn, when jointly meeting the press with Foreign Minister of Armenia Aram Sark and Minister of Foreign Affairs of Azerbaijan Elnur Has, said that the talks had been useful.";
    let parties = extract(s, Kind::Opening, &EN).expect("parties");
    assert!(parties.reported);
    assert_eq!(who(s).len(), 3);
    assert_eq!(
        who(s)[2],
        p(
            "Elnur Has",
            "Minister of Foreign Affairs",
            Some("Azerbaijan")
        )
    );
}

#[test]
fn headlines_with_a_possessive_or_between_are_read() {
    assert_eq!(
        head("Secretary Holloway's Call with Norwegian Foreign Minister Brandvold"),
        vec![
            p("Holloway", "Secretary", None),
            p("Brandvold", "Foreign Minister", Some("Norway"))
        ]
    );
    assert_eq!(
        head("Readout of President Caldwell's Meeting with Prime Minister Rolt of Poland")[0],
        p("Caldwell", "President", None)
    );
    let between = head("Telephone Talks between Mr. Kenta Oyama, Minister for Foreign Affairs of Japan, and Ms. Hanna Lind, Minister for Foreign Affairs of Finland");
    assert_eq!(
        between[0],
        p("Kenta Oyama", "Minister for Foreign Affairs", Some("Japan"))
    );
    assert_eq!(
        between[1],
        p(
            "Hanna Lind",
            "Minister for Foreign Affairs",
            Some("Finland")
        )
    );
}

#[test]
fn a_pronoun_or_a_joint_word_is_never_a_name() {
    assert!(extract("Both sides exchanged views.", Kind::Opening, &EN).is_none());
}

#[test]
fn an_opening_that_names_the_meeting_first_reads_like_a_between_headline() {
    let s = "Talks between the Foreign Minister of Japan Mr. Kenta Oruma and his Chinese counterpart Mr. Zhou Linhai by telephone took place at 15:00 on July 5th.";
    assert_eq!(
        who(s),
        vec![
            p("Kenta Oruma", "Foreign Minister", Some("Japan")),
            p("Zhou Linhai", "Foreign Minister", Some("China")),
        ]
    );
    let s = "A meeting between Minister Ada Quill and Foreign Minister Rui Falcao of Portugal was held in Lisbon.";
    assert_eq!(
        who(s),
        vec![
            p("Ada Quill", "Minister", None),
            p("Rui Falcao", "Foreign Minister", Some("Portugal")),
        ]
    );
}

#[test]
fn a_plural_title_in_a_headline_is_not_a_person() {
    let h = "Telephone Talks between Foreign Ministers of Japan and China";
    let got = extract(h, Kind::Headline, &EN).map_or(0, |p| p.hosts.len() + p.guests.len());
    assert_eq!(got, 0);
}

#[test]
fn a_place_visited_is_no_person_and_his_excellency_is_an_honorific() {
    let s = "On May 2, Mr. ODA Kenji, Minister for Foreign Affairs of Japan, visiting the United States (New York) to attend the General Assembly, held a meeting with the Honorable Ana Rolt, Secretary of State of the United States, and His Excellency Mr. PAIK Sun-ho, Minister of Foreign Affairs of the Republic of Korea.";
    assert_eq!(
        who(s),
        vec![
            p("Oda Kenji", "Minister for Foreign Affairs", Some("Japan")),
            p("Ana Rolt", "Secretary of State", Some("United States")),
            p(
                "Paik Sun-ho",
                "Minister of Foreign Affairs",
                Some("Republic of Korea")
            ),
        ]
    );
}

#[test]
fn a_sentence_that_reports_before_a_meeting_verb_is_no_opening() {
    let s = "The Prime Minister began by congratulating the President on the return of citizens who had been held abroad.";
    assert!(extract(s, Kind::Opening, &EN).is_none());
}

#[test]
fn a_country_inside_a_long_title_is_read() {
    let s = "Minister Oda Kenji had a telephone conversation with Zhou Linhai, member of the Political Bureau of the Communist Party of China (CPC) Central Committee and Minister of Foreign Affairs, on August 31.";
    assert_eq!(who(s)[1].2.as_deref(), Some("China"));
    let s = "Minister Oda Kenji met with Zhou Linhai, Member of the Political Bureau of the CPC Central Committee, in Tokyo.";
    assert_eq!(who(s)[1].2.as_deref(), Some("China"));
}

#[test]
fn an_opening_that_gives_the_statement_first_names_its_speaker_and_listener() {
    let s = "Hanoi (VNA) – Vietnam values its partnership with Chile, Foreign Minister Tran Minh Khoa told his Chilean counterpart Rosa Ibarra on April 27.";
    let parties = extract(s, Kind::Opening, &EN).expect("parties");
    assert!(parties.reported);
    assert_eq!(parties.clause_end, s.trim_end_matches('.').len());
    assert_eq!(
        who(s),
        vec![
            p("Tran Minh Khoa", "Foreign Minister", None),
            p("Rosa Ibarra", "Foreign Minister", Some("Chile")),
        ]
    );
    // A closing "..., Khoa said." names no listener: no opening.
    assert!(extract("Trade grew by a third, Khoa said.", Kind::Opening, &EN).is_none());
}

#[test]
fn a_country_in_a_title_before_the_name_ends_the_title() {
    let s = "The Prime Minister spoke to the President of the United States, Dwight Hallorann, this evening.";
    assert_eq!(
        who(s)[1],
        p("Dwight Hallorann", "President", Some("United States"))
    );
    let s = "The Prime Minister spoke to the President of the United States Dwight Hallorann.";
    assert_eq!(
        who(s)[1],
        p("Dwight Hallorann", "President", Some("United States"))
    );
}

#[test]
fn two_people_who_discussed_something_over_the_phone_open_a_readout() {
    let s = "Vietnamese Deputy Prime Minister and Foreign Minister Le Quang Vinh and Australian Foreign Minister Harriet Dunmore discussed relations between the two countries over the phone on March 9.";
    assert_eq!(
        who(s),
        vec![
            p(
                "Le Quang Vinh",
                "Deputy Prime Minister and Foreign Minister",
                Some("Vietnam")
            ),
            p("Harriet Dunmore", "Foreign Minister", Some("Australia"))
        ]
    );
    // One person and a reporting verb is a statement, not an opening.
    assert!(extract(
        "Foreign Minister Le Quang Vinh discussed relations.",
        Kind::Opening,
        &EN
    )
    .is_none());
}

#[test]
fn two_people_who_have_discussed_something_open_an_agency_lead() {
    let s = "Hungarian Foreign Minister Tamas Erdelyi and Chilean Foreign Minister Rosa Valdivieso have discussed the situation in the region by phone.";
    assert_eq!(
        who(s),
        vec![
            p("Tamas Erdelyi", "Foreign Minister", Some("Hungary")),
            p("Rosa Valdivieso", "Foreign Minister", Some("Chile"))
        ]
    );
    // "phone talks" after the report names the meeting: a noun, not the meeting verb.
    let s = "Foreign Minister Tamas Erdelyi and Chilean Foreign Minister Rosa Valdivieso have discussed cooperation during their recent phone talks.";
    let got = who(s);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        got[1],
        p("Rosa Valdivieso", "Foreign Minister", Some("Chile"))
    );
    assert!(extract(s, Kind::Opening, &EN).is_some_and(|p| p.reported));
    // Talks a report speaks of are no meeting of the pair that reports.
    let s = "Foreign Minister Tamas Erdelyi and Foreign Minister Rosa Valdivieso said that the trilateral talks had been useful.";
    assert!(extract(s, Kind::Opening, &EN).is_none());
    // Talks the report speaks of, then the format's noun of their own meeting.
    let s = "Hungarian Foreign Minister Tamas Erdelyi and Chilean Foreign Minister Rosa Valdivieso discussed the results of the Geneva talks in a phone conversation.";
    assert_eq!(who(s).len(), 2);
    assert!(extract(s, Kind::Opening, &EN).is_some_and(|p| p.reported));
}

#[test]
fn and_inside_a_titles_portfolio_joins_no_second_person() {
    let s = "Amb. Yoon Tae-seok, Special Representative for Korean Peninsula Peace and Security Affairs of the Ministry of Foreign Affairs, had a telephone conversation with Lucia Ferrada, Deputy Minister for Foreign Affairs of Chile.";
    assert_eq!(
        who(s),
        vec![
            p(
                "Yoon Tae-seok",
                "Special Representative for Korean Peninsula Peace and Security Affairs of the Ministry of Foreign Affairs",
                None
            ),
            p("Lucia Ferrada", "Deputy Minister for Foreign Affairs", Some("Chile"))
        ]
    );
    let s =
        "Secretary Ana Rook met Assistant Secretary for East Asian and Pacific Affairs Tom Bale.";
    assert_eq!(
        who(s)[1],
        p(
            "Tom Bale",
            "Assistant Secretary for East Asian and Pacific Affairs",
            None
        )
    );
    // "and" before a second person, titled with a portfolio of the same word, joins two.
    let s = "Secretary of State Ana Rook met Australian Foreign Minister Tom Bale and Indian External Affairs Minister Raj Mehra.";
    assert_eq!(who(s).len(), 3);
    // "and" before a second title still joins two people.
    let s = "Deputy Prime Minister and Foreign Minister Le Quang Vinh met Prime Minister Ana Rook of Chile and Foreign Minister Tom Bale of Chile.";
    assert_eq!(who(s).len(), 3);
}

#[test]
fn a_title_with_its_article_before_and_is_a_person_of_its_own() {
    let s = "The President and Prime Minister Ada Brennock had a productive call earlier today.";
    let got = who(s);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1, "President");
    assert_eq!(got[1], p("Ada Brennock", "Prime Minister", None));
    // Without the article, two titles of one person.
    let s = "Deputy Prime Minister and Foreign Minister Le Quang Vinh held talks with Secretary of State Ana Rolt.";
    assert_eq!(who(s)[0].1, "Deputy Prime Minister and Foreign Minister");
}

#[test]
fn a_particle_joined_to_a_name_and_a_designate_title_are_read() {
    let s =
        "President Tom Hale called Dr. Karim al-Tamimi, Prime Minister-designate of Iraq, today.";
    assert_eq!(
        who(s)[1],
        p("Karim al-Tamimi", "Prime Minister-designate", Some("Iraq"))
    );
    let s = "Today the President spoke by phone with French President Luc Marant.";
    assert_eq!(who(s)[1], p("Luc Marant", "President", Some("France")));
}

#[test]
fn who_joined_the_call_under_way_is_named() {
    let joined = |s: &str| -> Vec<(String, String, Option<String>)> {
        super::joined(s, &EN)
            .into_iter()
            .map(|p| (p.p.name, p.p.role, p.p.country))
            .collect()
    };
    assert_eq!(
        joined("Chancellor Otto Brenner of Germany then joined the call."),
        vec![p("Otto Brenner", "Chancellor", Some("Germany"))]
    );
    assert_eq!(
        joined("Later, Prime Minister Ana Lind joined the meeting."),
        vec![p("Ana Lind", "Prime Minister", None)]
    );
    // A pronoun, another object, a clause before the verb: nobody.
    assert!(joined("She joined the call.").is_empty());
    assert!(joined("Minister Vale joined the signing ceremony.").is_empty());
    assert!(joined("The minister said that Ana Lind had joined the call.").is_empty());
}

#[test]
fn the_guest_of_a_reception_follows_for() {
    let s = "Prime Minister Tran Van Long hosted a reception in Hanoi on August 13 for Japanese Ambassador to Vietnam Sato Kenji.";
    assert_eq!(
        who(s),
        vec![
            p("Tran Van Long", "Prime Minister", None),
            p("Sato Kenji", "Ambassador to Vietnam", Some("Japan")),
        ]
    );
    // "for" with no reception before it links no one.
    let s = "Minister Ana Vale spoke for an hour on August 13 about trade.";
    assert!(extract(s, Kind::Opening, &EN).is_none_or(|p| p.guests.is_empty()));
}

#[test]
fn an_aides_title_with_the_principals_name_is_the_aides() {
    let s = "Foreign Minister Lin Bo held a phone conversation with Paulo Andrade, special adviser to Brazilian President Lucas Moreira.";
    assert_eq!(
        who(s),
        vec![
            p("Lin Bo", "Foreign Minister", None),
            p(
                "Paulo Andrade",
                "special adviser to Brazilian President Lucas Moreira",
                Some("Brazil")
            ),
        ]
    );
    // A title in apposition without a name stays as it was.
    let s = "Foreign Minister Lin Bo met Sara Holm, Ambassador to China, in Beijing.";
    assert_eq!(who(s)[1].0, "Sara Holm");
    assert_eq!(who(s).len(), 2);
}

#[test]
fn a_weekday_after_a_counterpart_is_no_name() {
    let s = "Foreign Minister Kim Do-yun held a phone call with his Polish counterpart Monday.";
    assert!(who(s).iter().all(|x| x.0 != "Monday"));
}

#[test]
fn a_groups_members_are_read_after_its_colon() {
    let s = "Secretary of State Ana Vale met today in Vienna, with the Baltic Foreign Ministers: Estonian Foreign Minister Kaarel Tamm and Latvian Foreign Minister Ilze Berzina.";
    let names: Vec<String> = who(s).into_iter().map(|p| p.0).collect();
    assert_eq!(names, vec!["Ana Vale", "Kaarel Tamm", "Ilze Berzina"]);
    // A colon after a guest's title is no group's: a headline's date follows it.
    let s = "Foreign Secretary's meeting with Foreign Minister of Singapore: 5 October 2023";
    let p = extract(s, Kind::Headline, &EN).expect("parties");
    assert!(p.guests.iter().all(|g| !g.p.name.contains("October")));
}

#[test]
fn a_lowercase_title_after_a_leading_clause_opens_the_host() {
    let s = "According to Seoul's foreign ministry, first vice foreign minister Baek Min-cheol sat down for talks with U.S. Deputy Secretary of State Harriet Lowell in Washington.";
    let w = who(s);
    assert_eq!(
        w[0],
        p("Baek Min-cheol", "first vice foreign minister", None)
    );
    assert_eq!(
        w[1],
        p(
            "Harriet Lowell",
            "Deputy Secretary of State",
            Some("United States")
        )
    );
    assert_eq!(w.len(), 2);
}

#[test]
fn a_conversation_held_between_two_after_a_one_word_clause_names_both() {
    let s = "Today, a telephone conversation was held between the Minister of Foreign Affairs of Azerbaijan Elchin Mammadli and the Minister of Foreign Affairs of Iran Dariush Kavian.";
    let w = who(s);
    assert_eq!(w.len(), 2);
    assert_eq!(w[0].0, "Elchin Mammadli");
    assert_eq!(w[0].2.as_deref(), Some("Azerbaijan"));
    assert_eq!(w[1].0, "Dariush Kavian");
    assert_eq!(w[1].2.as_deref(), Some("Iran"));
}

#[test]
fn a_groups_members_in_apposition_take_its_countries_in_order() {
    let s = "The heads of the foreign ministries of Russia and the United States, Pavel Sorokin and Martin Keane, during a telephone conversation, discussed strategic stability.";
    assert_eq!(
        who(s),
        vec![
            p("Pavel Sorokin", "", Some("Russia")),
            p("Martin Keane", "", Some("United States"))
        ]
    );
    // Two countries and three members: no country is guessed.
    let s = "The heads of the foreign ministries of Russia and the United States, Pavel Sorokin, Ann Lee and Martin Keane, discussed strategic stability.";
    assert!(who(s).iter().all(|x| x.2.is_none()));
}

#[test]
fn a_headlines_capitalised_counterpart_is_no_name() {
    let h = extract(
        "Foreign Minister Meets with New Japanese Counterpart in New York",
        Kind::Headline,
        &EN,
    );
    let names: Vec<String> = h
        .into_iter()
        .flat_map(|p| p.hosts.into_iter().chain(p.guests))
        .map(|p| p.p.name)
        .collect();
    assert!(
        !names.iter().any(|n| n.contains("Counterpart")),
        "{names:?}"
    );
}

#[test]
fn a_clauses_first_word_is_no_host() {
    let s =
        "At the meeting with US Secretary of State Harriet Lowell, both sides expressed their joy.";
    let names: Vec<String> = who(s).into_iter().map(|x| x.0).collect();
    assert_eq!(names, vec!["Harriet Lowell".to_string()]);
}

#[test]
fn a_surname_its_comma_and_a_hyphenated_given_name_are_one_name() {
    let s = "Minister of Foreign Affairs Seo, Jae-hoon had a meeting with Minister for Foreign Affairs of Japan Kenji Aoyama on the morning of February 15.";
    let w = who(s);
    assert_eq!(w[0], p("Seo Jae-hoon", "Minister of Foreign Affairs", None));
    assert_eq!(w[1].0, "Kenji Aoyama");
    assert_eq!(w.len(), 2);
}

#[test]
fn a_delegations_head_after_headed_by_is_the_guest_with_the_groups_country() {
    let s = "On September 29, Foreign Minister Pavel Orlov met with a delegation of the US Congress led by Senator John Kell.";
    assert_eq!(
        who(s),
        vec![
            p("Pavel Orlov", "Foreign Minister", None),
            p("John Kell", "Senator", Some("United States"))
        ]
    );
    let s = "Foreign Minister Pavel Orlov received a delegation of Chilean parliamentarians headed by Senator Marta Rios.";
    assert_eq!(who(s)[1], p("Marta Rios", "Senator", Some("Chile")));
    // A long title's word read as a one-word name is no guest.
    let s = "Foreign Minister Pavel Orlov met with a delegation of scholars headed by President of the Boston-based think tank Ward Hall.";
    assert_eq!(who(s).len(), 1);
}

#[test]
fn a_statement_given_before_the_meeting_names_host_and_guest() {
    // The form of Viet Nam's government portal: the host's statement, then "during his phone
    // conversation with" the guest.
    let s = "Prime Minister Tran Van Ba suggested Viet Nam and Japan work closely together on \
             energy during his phone conversation with Japanese Prime Minister Kenji Ota on March 4.";
    let o = extract(s, Kind::Opening, &EN).expect("parties");
    assert!(o.reported, "the opening reports the host's statement");
    assert_eq!(o.clause_end, s.trim_end_matches('.').len());
    assert_eq!(o.hosts[0].p.name, "Tran Van Ba");
    assert_eq!(o.guests[0].p.name, "Kenji Ota");
    assert_eq!(o.guests[0].p.country.as_deref(), Some("Japan"));
    // A day between the host and the report; "talks" (a meeting verb) as the noun.
    let s = "Prime Minister Tran Van Ba on Thursday affirmed that Viet Nam values its ties with \
             Japan during his phone talks with Japanese Prime Minister Kenji Ota.";
    assert_eq!(who(s)[1], p("Kenji Ota", "Prime Minister", Some("Japan")));
    // No possessive before the noun, or no guest link after it: no opening.
    for s in [
        "Prime Minister Tran Van Ba said the talks with Japan had been useful.",
        "Prime Minister Tran Van Ba said that during his talks in Tokyo the two sides agreed.",
    ] {
        assert!(extract(s, Kind::Opening, &EN).is_none(), "{s}");
    }
}

#[test]
fn an_unnamed_counterpart_of_a_country_is_a_guest() {
    let s = "HA NOI — Minister of Foreign Affairs Tran Van Minh held phone talks with his Hungarian counterpart on Tuesday.";
    assert_eq!(
        who(s),
        vec![
            p("Tran Van Minh", "Minister of Foreign Affairs", None),
            p("", "Minister of Foreign Affairs", Some("Hungary")),
        ]
    );
}

#[test]
fn malay_titles_of_honour_are_dropped_and_the_fathers_haji_kept() {
    let s = "Foreign Minister Ana Quill met with H.E. Tan Sri Dato' Haji Roslan bin Haji Idris, the Prime Minister of Malaysia, in Jakarta.";
    assert_eq!(
        who(s)[1],
        p("Roslan bin Haji Idris", "Prime Minister", Some("Malaysia"))
    );
    // "Puan Sri", "Dato' Sri", "Datuk Sri": two words of honour; "Tan" alone is a surname.
    let s = "Foreign Minister Ana Quill met with Datuk Sri Noraini binti Haji Salleh and Minister Tan Wei Ming.";
    let got = who(s);
    assert_eq!(got[1].0, "Noraini binti Haji Salleh");
    assert_eq!(got[2].0, "Tan Wei Ming");
}

#[test]
fn an_officers_ranks_and_a_royal_highness_are_no_part_of_the_name() {
    let s = "Foreign Minister Ana Quill met with Defence Minister Lt. Gen. Somchai Kittipong of Thailand.";
    assert_eq!(
        who(s)[1],
        p("Somchai Kittipong", "Defence Minister", Some("Thailand"))
    );
    let s = "Foreign Minister Ana Quill met with H.R.H. Prince Faisal bin Nasser, the Saudi Minister of Foreign Affairs.";
    assert_eq!(who(s)[1].0, "Faisal bin Nasser");
}

#[test]
fn the_head_of_an_international_body_is_named_after_the_bodys_last_word() {
    for (s, role) in [
        (
            "Foreign Minister Ana Quill held a phone call with Director General of the International Atomic Energy Agency Jonas Berg.",
            "Director General of the International Atomic Energy Agency",
        ),
        (
            "Foreign Minister Ana Quill met with Secretary-General of the World Meteorological Organization Jonas Berg.",
            "Secretary-General of the World Meteorological Organization",
        ),
        (
            "Foreign Minister Ana Quill met with Managing Director of the International Monetary Fund Jonas Berg.",
            "Managing Director of the International Monetary Fund",
        ),
    ] {
        assert_eq!(who(s)[1], p("Jonas Berg", role, None), "{s}");
    }
}

#[test]
fn the_building_and_the_room_of_an_event_are_no_people() {
    let s = "At Orchid Room, Santi Building, Government House, Prime Minister Somchai Kittipong had a phone conversation with Prime Minister Roslan Idris of Malaysia.";
    let got = who(s);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0, "Somchai Kittipong");
}

#[test]
fn a_headlines_verb_after_two_subjects_is_followed_by_the_event_not_a_guest() {
    for h in [
        "Foreign Minister Ortiz and IAEA Chief Hold Telephone Discussion on Argentina-Brazil Talks",
        "Foreign Minister Ortiz and Director Berg Hold Phone Talks on Reactor Safety",
    ] {
        let names: Vec<String> = extract(h, Kind::Headline, &EN)
            .map(|p| {
                p.hosts
                    .into_iter()
                    .chain(p.guests)
                    .map(|g| g.p.name)
                    .collect()
            })
            .unwrap_or_default();
        let event =
            |n: &String| n.contains("Hold") || n.contains("Telephone") || n.contains("Phone");
        assert!(!names.iter().any(event), "{h}: {names:?}");
        assert!(names.iter().any(|n| n == "Ortiz"), "{h}: {names:?}");
    }
}

#[test]
fn a_peoples_possessive_inside_a_partys_name_does_not_end_the_person() {
    let s = "Prime Minister Tran Van Ba held phone talks with Cambodian People's Party President and Prime Minister Samdech Techo Chea Vannak on February 2.";
    assert_eq!(
        who(s)[1],
        p(
            "Chea Vannak",
            "People's Party President and Prime Minister",
            Some("Cambodia")
        )
    );
}

#[test]
fn a_second_title_in_apposition_names_no_one() {
    // Written for the tests: fictional officials, each given a long style in apposition.
    let s = "Minister Ada Quill, Minister for Foreign Affairs and Minister for Women, held a call with Tomas Varga, Minister of Foreign Affairs and International Co-operation of Hungary.";
    let got = who(s);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0, "Ada Quill");
    assert_eq!(got[1].0, "Tomas Varga");
    let s = "His Highness Sheikh Khalid bin Saeed Al Nahyan, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, received a phone call from President Ada Quill of Finland.";
    let got = who(s);
    let names: Vec<&str> = got.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(
        names,
        vec!["Khalid bin Saeed Al Nahyan", "Ada Quill"],
        "{got:?}"
    );
    assert_eq!(got[0].2.as_deref(), Some("United Arab Emirates"));
}

#[test]
fn a_ministry_that_confirmed_the_meeting_is_no_participant() {
    // Written for the tests: fictional ministers.
    let s = "The Ministry of Foreign Affairs has confirmed that Foreign Minister Ada Quill held a meeting with visiting Russian Foreign Minister Ivan Petrovsky in Phuket on Saturday.";
    let got = who(s);
    let names: Vec<&str> = got.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(names, vec!["Ada Quill", "Ivan Petrovsky"], "{got:?}");
}

#[test]
fn a_plural_title_before_the_names_is_each_ones() {
    // Written for the tests: fictional leaders.
    let s = "Presidents Quill and Marrero spoke for 20 minutes this afternoon about the border.";
    assert_eq!(
        who(s),
        vec![
            p("Quill", "President", None),
            p("Marrero", "President", None)
        ]
    );
    let s = "Foreign Ministers Ada Quill and Ivan Petrovsky held talks in Geneva.";
    assert_eq!(
        who(s),
        vec![
            p("Ada Quill", "Foreign Minister", None),
            p("Ivan Petrovsky", "Foreign Minister", None)
        ]
    );
}

#[test]
fn a_headlines_meeting_words_after_the_name_are_none_of_it() {
    // Written for the tests: fictional officials.
    let p = extract(
        "Secretary Quill Phone Call with Russian Foreign Minister Petrovsky",
        Kind::Headline,
        &EN,
    )
    .expect("parties");
    let names: Vec<String> = p
        .hosts
        .into_iter()
        .chain(p.guests)
        .map(|p| p.p.name)
        .collect();
    assert_eq!(names, vec!["Quill", "Petrovsky"]);
}

#[test]
fn a_country_of_two_words_after_and_is_no_person() {
    // Written for the tests: fictional officials.
    let (people, _) = persons(&["India", "and", "New", "Zealand"], &EN);
    assert!(
        people.is_empty(),
        "{:?}",
        people.iter().map(|p| &p.p.name).collect::<Vec<_>>()
    );
}

#[test]
fn the_heads_of_the_delegations_are_the_participants() {
    // Written for the tests: fictional officials.
    let s = "The Indian delegation was led by Secretary (East) Ravi Anand, while the Canadian delegation was led by Deputy Minister of Foreign Affairs Claire Dumont.";
    assert_eq!(
        who(s),
        vec![
            p("Ravi Anand", "Secretary", Some("India")),
            p(
                "Claire Dumont",
                "Deputy Minister of Foreign Affairs",
                Some("Canada")
            )
        ]
    );
    let s = "Ms. Meera Rao, Secretary (West) led the Indian delegation while New Zealand-side was led by Mr. Tom Hale, Deputy Secretary, Ministry of Foreign Affairs and Trade.";
    let got = who(s);
    let names: Vec<(&str, Option<&str>)> =
        got.iter().map(|x| (x.0.as_str(), x.2.as_deref())).collect();
    assert_eq!(
        names,
        vec![
            ("Meera Rao", Some("India")),
            ("Tom Hale", Some("New Zealand"))
        ],
        "{got:?}"
    );
    let s = "The consultations were co-chaired by Foreign Secretary Ravi Anand and Under Secretary of State Jane Ruiz.";
    let got = who(s);
    let names: Vec<&str> = got.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(names, vec!["Ravi Anand", "Jane Ruiz"], "{got:?}");
}

#[test]
fn two_titles_with_their_articles_are_two_people() {
    assert_eq!(
        who("The Prime Minister and the Taoiseach spoke yesterday evening."),
        vec![p("", "Prime Minister", None), p("", "Taoiseach", None)]
    );
}

#[test]
fn a_portfolio_listed_in_apposition_is_the_titles() {
    // Written for the tests: fictional officials.
    let s = "Foreign Minister Ada Quill on Tuesday held a phone conversation with Omar Nabil, Egypt's Minister of Foreign Affairs, Emigration and Egyptian Expatriates.";
    let got = who(s);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        got[1],
        p(
            "Omar Nabil",
            "Minister of Foreign Affairs, Emigration and Egyptian Expatriates",
            Some("Egypt")
        )
    );
}

#[test]
fn a_part_of_the_day_before_the_host_is_skipped() {
    // Written for the tests: fictional leaders.
    let s = "This evening President Ada Quill spoke by phone with Mexican President Juan Ortega in advance of his meeting tomorrow.";
    assert_eq!(
        who(s),
        vec![
            p("Ada Quill", "President", None),
            p("Juan Ortega", "President", Some("Mexico"))
        ]
    );
}
