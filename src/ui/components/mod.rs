//! Pieces used by several pages.

mod readout_card;
mod readout_text;
mod speaker_legend;

pub use readout_card::ReadoutCard;
pub use readout_text::ReadoutText;
pub use speaker_legend::SpeakerLegend;
