//! Chinese tables of the analysis.

use crate::core::analyse::stance::Cue;

/// Characters a recurring phrase may not start with: particles and function words that
/// attach to what comes before them (的, 了 is not here: 了解 starts phrases).
pub(crate) const STOP_START: &str = "的着之是也都在把被于将就而或并其该这此又还等很";

/// Characters a recurring phrase may not end with: particles and the prepositions and
/// conjunctions that lead into what follows (和, 与, 同, 对, 为, 以 start words such as 和平,
/// 与时俱进, 对话, so they only end nothing).
pub(crate) const STOP_END: &str = "的着了是也在把被于将并而或又很和与同对为以及向从给跟";

/// Stance cues (what each kind does is in `stance.rs`). Chinese cues are runs of characters
/// matched wherever they are written, so a short cue inside a longer word is hidden by a
/// `Transparent` entry for that word (不 in 不断, 应 in 供应链, 愿 in 意愿): the longer match wins.
pub(crate) const STANCE_CUES: &[(Cue, &str)] = &[
    (Cue::Support, "支持; 坚持; 维护; 秉持; 奉行; 践行; 尊重; 赞同; 赞成; 认同; 拥护; 倡导; 主张; 重视; 捍卫; 恪守; 遵守; 遵循; 有助于; 有利于; 允许; 接受"),
    (Cue::Action, "推动; 推进; 深化; 加强; 促进; 拓展; 扩大; 落实; 构建; 打造; 巩固; 提升; 开展; 保持; 发挥; 共建; 对接; 处理; 妥处; 应对; 完善; 加快; 实施; 办好; 助力; 保障; 便利; 恢复; 打击; 履行; 达成"),
    (Cue::Modal, "应; 应当; 应该; 理应; 希望; 期待; 期望; 呼吁; 敦促; 必须; 需要"),
    // "Should not" is opposition whatever follows: 不应炒作 opposes, not a negated 炒作.
    (Cue::Oppose, "反对; 抵制; 拒绝; 谴责; 炒作; 防止; 避免; 摒弃; 抛弃; 制止; 遏制; 不应; 不得; 不能; 不要; 切勿; 反对将"),
    (Cue::Criticise, "违反; 违背; 损害; 干涉; 打压; 予以纠正"),
    (Cue::Concern, "关切; 担忧; 忧虑; 紧张; 恶化; 衰退; 冲击; 蔓延; 干扰; 威胁; 严峻; 动荡"),
    (Cue::Commit, "愿; 愿意; 将; 同意; 一致同意; 致力于; 承诺; 决心; 准备; 商定"),
    (Cue::Welcome, "欢迎; 祝贺; 欣见; 高兴; 欣慰; 乐见"),
    (Cue::Appreciate, "感谢; 赞赏; 高度评价; 积极评价; 赞扬; 称赞; 肯定; 致谢; 感激; 钦佩"),
    (Cue::Neutral, "交换意见; 交换了意见; 讨论; 通报; 介绍; 谈及; 进行了交流; 询问; 阐述; 阐明"),
    (Cue::Negator, "不; 没有; 并非; 而非; 无意"),
    (Cue::Transparent, "不断; 不仅; 不同; 不少; 不久; 不可; 不论; 不管; 不但; 不过; 不懈; 不遗余力; 不折不扣; 毫不动摇; 坚定不移"),
    (Cue::Transparent, "应约; 应邀; 供应; 响应; 适应; 相应; 反应; 效应; 对应; 应用; 应急; 回应"),
    (Cue::Transparent, "意愿; 愿望; 志愿; 自愿; 心愿; 将近"),
];
