//! Pieces used by several pages.

mod compare_export;
mod compare_grid;
mod compare_with;
mod facet_group;
mod filter_panel;
mod formulation_uses;
mod load_status;
mod meeting_card;
mod positions_list;
mod readout_nav;
mod readout_text;
mod search_results;
mod source_text;
mod sparkline;
mod speaker_legend;
mod timeline_view;
mod topic_matrix;

pub use compare_export::CompareExport;
pub use compare_grid::CompareGrid;
pub use compare_with::CompareWith;
pub use facet_group::FacetGroup;
pub use filter_panel::FilterPanel;
pub use formulation_uses::FormulationUses;
pub use load_status::LoadStatus;
pub use meeting_card::MeetingCard;
pub use positions_list::PositionsList;
pub use readout_nav::ReadoutNav;
pub use readout_text::ReadoutText;
pub use search_results::SearchResults;
pub use source_text::SourceText;
pub use sparkline::Sparkline;
pub use speaker_legend::SpeakerLegend;
pub use timeline_view::TimelineView;
pub use topic_matrix::TopicMatrixView;
