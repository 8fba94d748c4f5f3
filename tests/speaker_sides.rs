//! Which side a speaker is on (`Readout::speaker_side`, which the page's speaker colours follow
//! through `ui::state::speaker_class`) and the counterparts' countries a card or a column names
//! (`Readout::counterparts`): natively, on hand-built readouts.

use readout_lens::core::analyse::testing::readout_with;
use readout_lens::core::{Speaker, SpeakerSide};

fn people(list: &[(&str, &str)]) -> readout_lens::core::Readout {
    readout_with("sides", None, list, &[(Speaker::Narration, "They met.")])
}

#[test]
fn the_publishers_officials_are_its_side_and_counterparts_are_counted_without_them() {
    // Published by China (readout_with): the Chinese officials are the publisher's side, and
    // the counterparts are numbered 0, 1, ... skipping them, in participant order.
    let r = people(&[
        ("Kim Gunn", "Republic of Korea"),
        ("Luo Zhaohui", "China"),
        ("Wang Yi", "China"),
        ("Nguyen Quoc Dung", "Vietnam"),
        ("Saleumxay Kommasith", "Laos"),
    ]);
    let sides: Vec<SpeakerSide> = (0..5).map(|i| r.speaker_side(Speaker::Person(i))).collect();
    assert_eq!(
        sides,
        [
            SpeakerSide::Counterpart(0),
            SpeakerSide::Publisher,
            SpeakerSide::Publisher,
            SpeakerSide::Counterpart(1),
            SpeakerSide::Counterpart(2),
        ]
    );
    assert_eq!(r.speaker_side(Speaker::Joint), SpeakerSide::Joint);
    assert_eq!(r.speaker_side(Speaker::Narration), SpeakerSide::Narration);
    // A speaker index past the participants (a stale correction) reads as narration.
    assert_eq!(r.speaker_side(Speaker::Person(9)), SpeakerSide::Narration);
}

#[test]
fn with_no_publisher_known_everyone_is_a_counterpart() {
    let mut r = people(&[("Luo Zhaohui", "China"), ("Kim Gunn", "Republic of Korea")]);
    r.publisher = None;
    assert_eq!(
        r.speaker_side(Speaker::Person(0)),
        SpeakerSide::Counterpart(0)
    );
    assert_eq!(
        r.speaker_side(Speaker::Person(1)),
        SpeakerSide::Counterpart(1)
    );
    assert_eq!(r.counterparts(), ["China", "Republic of Korea"]);
}

#[test]
fn another_publisher_moves_the_sides_with_it() {
    let mut r = people(&[("Luo Zhaohui", "China"), ("Kim Gunn", "Republic of Korea")]);
    r.publisher = Some("Republic of Korea".into());
    assert_eq!(
        r.speaker_side(Speaker::Person(0)),
        SpeakerSide::Counterpart(0)
    );
    assert_eq!(r.speaker_side(Speaker::Person(1)), SpeakerSide::Publisher);
    assert_eq!(r.counterparts(), ["China"]);
}

#[test]
fn counterparts_are_named_once_each_in_participant_order() {
    let r = people(&[
        ("Nguyen Quoc Dung", "Vietnam"),
        ("Luo Zhaohui", "China"),
        ("Pham Binh Minh", "Vietnam"),
        ("Kim Gunn", "Republic of Korea"),
    ]);
    assert_eq!(r.counterparts(), ["Vietnam", "Republic of Korea"]);
    assert_eq!(
        r.counterpart_countries().collect::<Vec<_>>(),
        ["Vietnam", "Vietnam", "Republic of Korea"]
    );
}
