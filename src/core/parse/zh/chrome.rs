//! Page chrome of Chinese sites, for the clean stage: a line -> whether it is chrome.
//!
//! Takes one normalised line; [`is_chrome`] tells a line that is navigation, a tool bar or a
//! footer ("首页 > 外交部长活动", "【字体：大 中 小】 打印本页 关闭窗口", "来源：新华网",
//! "版权所有"); [`ends_article`] tells a line after which a web page holds no more of the text
//! ("相关新闻", "上一篇：…", "责任编辑：…": what follows are other articles' headlines);
//! [`without_end_credit`] drops Xinhua's closing "（完）"; [`continues`] joins a line wrapped
//! after a comma.

use super::super::lang::zh::HAN;
use crate::core::hant::fold_str;

/// Pieces that make a short line chrome wherever they stand in it.
const ANYWHERE: &[&str] = &["版权所有", "ICP备", "公网安备", "All Rights Reserved"];

pub(in crate::core::parse) fn is_chrome(line: &str) -> bool {
    // The clean stage reads lines as written: a Hong Kong or Taiwan page's 關閉視窗 is read
    // as 关闭视窗. Folding keeps lengths and offsets, and most tests below need only a short
    // part of the line: a line is folded only as far as each test reaches, not whole (most
    // lines are paragraphs, and every one is tested).
    if HAN
        .chrome_prefixes
        .first_in(&fold_str(head(line)))
        .is_some()
    {
        return true;
    }
    if line.len() <= HAN.chrome_lines.longest && HAN.chrome_lines.contains(&&*fold_str(line)) {
        return true;
    }
    let short = line.len() < 100 || line.len() <= SHORT_LINE_BYTES && line.chars().count() < 100;
    // A piece of ANYWHERE can stand in the line only where its first character does as
    // written (no traditional character folds to one of them; a test checks): a byte search
    // for that character spares folding nearly every line whole.
    let may_hold = || {
        ANYWHERE
            .iter()
            .any(|a| a.chars().next().is_some_and(|c| line.contains(c)))
    };
    if short && may_hold() {
        let folded = fold_str(line);
        if ANYWHERE.iter().any(|a| folded.contains(a)) {
            return true;
        }
    }
    all_pieces_chrome(line)
}

/// A line longer than this (bytes) has 100 characters or more: 100 characters of 4 bytes.
const SHORT_LINE_BYTES: usize = 400;

/// Every table prefix and end marker is shorter than this (bytes; a test checks).
const HEAD_BYTES: usize = 64;

/// The start of `line` that a prefix or an end marker can reach, cut at a character.
fn head(line: &str) -> &str {
    super::super::scan::prefix(line, HEAD_BYTES)
}

/// "打印本页 关闭窗口", "【打印】【关闭】": every piece is chrome. The separators are not
/// characters that folding changes, so each piece is folded alone; a piece is looked for only
/// as far as the longest chrome line reaches (a paragraph is one long piece, and is no chrome
/// after a few bytes).
fn all_pieces_chrome(line: &str) -> bool {
    let longest = HAN.chrome_lines.longest;
    let is_separator = |c: char| matches!(c, ' ' | '|' | '【' | '】' | '[' | ']' | '·');
    let mut rest = line;
    let mut any = false;
    loop {
        rest = rest.trim_start_matches(is_separator);
        if rest.is_empty() {
            return any;
        }
        // A window one character longer than the longest chrome line: a piece that fills it
        // is longer than every one.
        let window = super::super::scan::prefix(rest, longest + 4);
        let end = match window.find(is_separator) {
            Some(end) => end,
            None if window.len() == rest.len() => rest.len(),
            None => return false,
        };
        let piece = &rest[..end];
        if piece.len() > longest || !HAN.chrome_lines.contains(&&*fold_str(piece)) {
            return false;
        }
        any = true;
        rest = &rest[end..];
    }
}

pub(in crate::core::parse) fn ends_article(line: &str) -> bool {
    HAN.end_markers.first_in(&fold_str(head(line))).is_some()
}

/// A line that continues the paragraph before it, which stopped at a comma: joined with
/// nothing between (a page that wrapped a Chinese sentence).
pub(in crate::core::parse) fn continues(previous: &str, line: &str) -> Option<&'static str> {
    (previous.ends_with(['，', '、']) && line.starts_with(super::is_han)).then_some("")
}

/// `line` without a closing "（完）" or "(完)".
pub(in crate::core::parse) fn without_end_credit(line: &str) -> &str {
    line.strip_suffix("（完）")
        .or_else(|| line.strip_suffix("(完)"))
        .map_or(line, str::trim_end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tool_bars_breadcrumb_labels_and_footers_are_chrome() {
        for line in [
            "【字体：大 中 小】 打印本页 关闭窗口",
            "打印本页 关闭窗口",
            "【打印】【关闭】",
            "来源：新华网",
            "当前位置：首页 > 新闻 > 正文",
            "中华人民共和国外交部 版权所有",
            "京ICP备00000000号",
            "分享到：",
            "【字體：大 中 小】 列印本頁 關閉視窗",
            "來源：中央社",
            "繁體",
            "字號: 默認 超大 | 打印 |",
            "【我要糾錯】 責任編輯：韋嘉",
            "掃一掃在手機打開當前頁",
            "郑重声明：此文内容为本网站转载资讯，与本站立场无关。",
        ] {
            assert!(is_chrome(line), "{line}");
        }
    }

    #[test]
    fn sentences_and_headlines_are_not_chrome() {
        for line in [
            "沈秋月同菲律宾外交部副部长阿瓜维瓦会谈",
            "双方同意保持沟通。",
            "中",
        ] {
            assert_eq!(is_chrome(line), line == "中", "{line}");
        }
    }

    #[test]
    fn pages_in_traditional_characters_end_where_simplified_ones_do() {
        for line in [
            "相關新聞",
            "責任編輯：韋嘉",
            "列印本頁 關閉視窗",
            "上一篇：外長會見",
        ] {
            assert!(ends_article(line), "{line}");
        }
        assert!(!ends_article("雙方同意保持溝通。"));
    }

    #[test]
    fn prefixes_and_end_markers_fit_in_the_head_a_long_line_is_read_by() {
        for w in HAN.chrome_prefixes.iter().chain(HAN.end_markers.iter()) {
            assert!(w.len() + 4 <= HEAD_BYTES, "{w}");
        }
        let long = format!("來源：新华网{}", "双方同意保持沟通。".repeat(30));
        assert!(long.len() > SHORT_LINE_BYTES);
        assert!(is_chrome(&long));
        assert!(!is_chrome(&"双方同意保持沟通。".repeat(30)));
        assert!(is_chrome(&"打印本頁 關閉視窗 ".repeat(30)));
    }

    #[test]
    fn no_traditional_character_folds_to_the_first_character_of_a_piece_found_anywhere() {
        for a in ANYWHERE {
            let first = a.chars().next().unwrap_or(' ');
            assert!(crate::core::hant::PAIRS.iter().all(|p| p.1 != first), "{a}");
        }
        assert!(is_chrome("中华人民共和国外交部 版權所有"));
    }

    #[test]
    fn the_end_credit_is_dropped() {
        assert_eq!(
            without_end_credit("双方同意继续保持沟通。（完）"),
            "双方同意继续保持沟通。"
        );
        assert_eq!(without_end_credit("完"), "完");
    }
}
