//! English tables of the analysis.

use crate::core::analyse::stance::Cue;
use crate::core::packed::{joined, Joined};

/// Words a recurring phrase (a formulation) may neither start nor end with: "the zero-sum
/// game" is found as "zero-sum game". Packed (`core::packed`): read once, into an index.
pub(crate) const STOP_WORDS: Joined = joined![
    "a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "with", "by", "at", "as", "from",
    "into", "that", "this", "these", "those", "is", "are", "was", "were", "be", "been", "being",
    "it", "its", "their", "his", "her", "our", "which", "who", "such", "also", "has", "have",
    "had", "will", "would", "should", "can", "could", "s", "said", "so", "than", "other", "all",
    "any", "some", "more", "both", "two", "they", "we", "he", "she", "not", "but", "among",
    "others", "well", "very",
];

/// Stance cues, in the lexicon's phrase syntax (`a/b` alternatives); what each kind of cue does
/// is in `stance.rs`.
pub(crate) const STANCE_CUES: &[(Cue, &str)] = &[
    (Cue::Support, "support/supports/supported/supporting; uphold/upholds/upheld/upholding; adhere/adheres/adhered/adhering to; adherence to; respect/respects/respected/respecting"),
    (Cue::Support, "safeguard/safeguards/safeguarded/safeguarding; in favor/favour of; advocate/advocates/advocated; stand/stands/stood up for; attach/attaches/attached importance; is conducive to"),
    (Cue::Support, "abide/abides by; endorse/endorses/endorsed; allow/allows; accept/accepts/accepted; shares the view; share/shares/shared the view"),
    (Cue::Support, "importance of; reaffirm/reaffirms/reaffirmed"),
    // Present and -ing forms only: "have carried out", "promoted" narrate facts (neutral).
    (Cue::Action, "promote/promotes/promoting; deepen/deepens/deepening; strengthen/strengthens/strengthening; advance/advances/advancing"),
    (Cue::Action, "push/pushes/pushing forward; enhance/enhances/enhancing; expand/expands/expanding; focus/focuses/focusing on; maintain/maintains/maintaining; implement/implements/implementing"),
    (Cue::Action, "facilitate/facilitates; synergize/synergizes; build/builds/building; boost/boosts; carry/carries out; step/steps up; work/works for; work together; help/helps; keep/keeps"),
    (Cue::Action, "handle/handles/handling; deal/deals/dealing with; adopt/adopts/adopting; continue/continues to"),
    (Cue::Action, "address/addresses/addressing; resolve/resolves; contribute/contributes to; coordinate/coordinates; resume/resumes; celebrate; hold/holds; provide/provides; open/opens; speed/speeding up"),
    // "against" inside a noun phrase names what is fought or suffered, not the speaker's stance:
    // "discussed Russia's war against Ukraine" is a discussion; "condemned the violence against
    // civilians" keeps the condemnation (the cue before it).
    (Cue::Transparent, "fight/fighting against; cooperation against; war/wars against; aggression against; crimes against; violence against; attack/attacks against; campaign against; discrimination against; sanctions against"),
    (Cue::Modal, "should; must; priority is to; hope/hopes/hoped; call/calls/called for; urge/urges/urged; need to; need for; request/requests/requested; ask/asks/asked for"),
    (Cue::Oppose, "oppose/opposes/opposed/opposing; opposition to; against; reject/rejects/rejected/rejecting; prevent/prevents/preventing; resist/resists; instead of; hype/hypes/hyping/hyped"),
    (Cue::Oppose, "counter/counters/countering; remove/removes/removing; condemn/condemns/condemned; object/objects to; politicize/politicizing/politicization; politicise/politicising/politicisation; illegitimacy of; illegitimate; illegal; unlawful"),
    (Cue::Concern, "concern/concerns/concerned; worry/worries/worried; alarmed; deteriorating; recession; disturbance/disturbances; counter current; come/came back strongly; tension/tensions; troubled"),
    (Cue::Commit, "ready to; stand/stands ready; willing to; will; agree/agrees/agreed to; committed to; commitment/commitments; pledge/pledges/pledged; determined to; intend/intends to; would"),
    (Cue::Welcome, "welcome/welcomes/welcomed/welcoming; congratulate/congratulates/congratulated; congratulations; pleased; applaud/applauds/applauded"),
    (Cue::Appreciate, "appreciate/appreciates/appreciated; appreciation; thank/thanks/thanked; speak/speaks/spoke highly of; highly value/values/valued; commend/commends/commended; praise/praises/praised; grateful; gratitude"),
    (Cue::Neutral, "exchanged views/ideas; exchange/exchanges views/ideas; discuss/discussed/discusses; brief/briefed/briefs; talked about; touched on"),
    (Cue::Negator, "not; never; no; neither; nor; cannot; don t; doesn t; won t"),
];
