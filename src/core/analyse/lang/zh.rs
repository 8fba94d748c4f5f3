//! Chinese tables of the analysis.

/// Characters a recurring phrase may not start with: particles and function words that
/// attach to what comes before them (的, 了 is not here: 了解 starts phrases).
pub(crate) const STOP_START: &str = "的着之是也都在把被于将就而或并其该这此又还等很";

/// Characters a recurring phrase may not end with: particles and the prepositions and
/// conjunctions that lead into what follows (和, 与, 同, 对, 为, 以 start words such as 和平,
/// 与时俱进, 对话, so they only end nothing).
pub(crate) const STOP_END: &str = "的着了是也在把被于将并而或又很和与同对为以及向从给跟";
