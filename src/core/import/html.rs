//! An HTML page -> its readable text. A small tolerant scanner, not a DOM.
//!
//! Takes the page as a string; gives [`HtmlText`]: the `<title>`, the text with one blank line
//! between blocks (`<p>`, `<div>`, headings, list items...) and a newline for `<br>`, entities
//! decoded and whitespace collapsed. Dropped with their content: `script`, `style`, `noscript`,
//! `template`, `svg`, `math`, `iframe`, `object`, media, form controls, comments, and `head`
//! (except the title). Attributes are never read, so `onerror=...` and friends vanish, and
//! markup written as entities (`&lt;script&gt;`) comes out as the inert text `<script>`.
//!
//! When the page has a `<main>` (or else `<article>`) with text in it, only that is kept: it is
//! how publishers mark the content, and it leaves the site's menus and footers behind. Page
//! chrome outside such markup is left to the parser's cleaning stage.
//!
//! Linear time on any input: every byte is looked at a bounded number of times, and a tag,
//! comment or raw-text element that never ends swallows the rest of the page (as browsers do),
//! so nothing is scanned twice.

use super::entities;
use super::tags::{collapse, decode, find, find_end_tag, tag_end};

/// What [`html_to_text`] found in a page.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HtmlText {
    /// The `<title>`, entities decoded and whitespace collapsed; `None` when missing or blank.
    pub title: Option<String>,
    /// The readable text: blocks separated by a blank line.
    pub text: String,
    /// The first `<h1>` of the page when the kept text does not contain it (it sat outside
    /// `<main>`): the headline the text is missing.
    pub headline: Option<String>,
    /// True when the kept text contains an `<h1>`-`<h3>`.
    pub has_heading: bool,
}

/// Elements whose content is raw text up to their end tag, dropped (the title is kept apart).
const RAW_TEXT: [&str; 9] = [
    "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title",
];

/// Elements dropped with everything inside them.
const DROPPED: [&str; 12] = [
    "head", "svg", "math", "template", "object", "applet", "audio", "video", "canvas", "select",
    "datalist", "button",
];

const HEAD: usize = 0;
const SVG: usize = 1;
const MATH: usize = 2;

/// Elements that may stay in `<head>`; any other start tag ends it, as in a browser.
const HEAD_CONTENT: [&str; 9] = [
    "meta", "link", "title", "style", "script", "base", "noscript", "template", "basefont",
];

/// Elements that start and end a paragraph.
const BLOCKS: [&str; 45] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "option",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    // td and th give a space, br a newline (see `Scanner::tag`).
];

/// Extracts the readable text of an HTML page. Never panics; linear in the length.
pub fn html_to_text(html: &str) -> HtmlText {
    let mut s = Scanner::default();
    s.run(html);
    s.finish()
}

/// A part of the output inside `<main>` or `<article>`.
#[derive(Default)]
struct Region {
    ranges: Vec<(usize, usize)>,
    open: Option<usize>,
    depth: usize,
}

impl Region {
    fn enter(&mut self, at: usize) {
        if self.depth == 0 {
            self.open = Some(at);
        }
        self.depth += 1;
    }

    fn leave(&mut self, at: usize) {
        if self.depth == 0 {
            return;
        }
        self.depth -= 1;
        if self.depth == 0 {
            if let Some(start) = self.open.take() {
                self.ranges.push((start, at));
            }
        }
    }
}

#[derive(Default)]
struct Scanner {
    out: String,
    /// 0: nothing, 1: a space, 2: a newline, 3: a blank line, before the next character.
    pending: u8,
    /// Open dropped elements (their text is not kept), as indices into [`DROPPED`], and how
    /// many of each are open: the counts keep a flood of unmatched end tags linear.
    dropped: Vec<usize>,
    open: [usize; DROPPED.len()],
    pre: usize,
    title: Option<String>,
    main: Region,
    article: Region,
    /// Output offsets where an `<h1>`-`<h3>` started.
    headings: Vec<usize>,
    /// Output range of the first `<h1>`.
    h1: Option<(usize, Option<usize>)>,
}

impl Scanner {
    fn run(&mut self, html: &str) {
        let b = html.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let Some(lt) = b[i..].iter().position(|&c| c == b'<') else {
                self.text(&html[i..]);
                break;
            };
            self.text(&html[i..i + lt]);
            i += lt;
            i = self.markup(html, i);
        }
    }

    /// Handles the markup at `html[i] == '<'`; returns where scanning goes on.
    fn markup(&mut self, html: &str, i: usize) -> usize {
        let b = html.as_bytes();
        let next = b.get(i + 1).copied();
        if b[i..].starts_with(b"<!--") {
            return find(b, i + 4, b"-->").map_or(b.len(), |e| e + 3);
        }
        match next {
            Some(b'!' | b'?') => find(b, i + 2, b">").map_or(b.len(), |e| e + 1),
            Some(b'/') if b.get(i + 2).is_some_and(u8::is_ascii_alphabetic) => {
                let (name, end) = tag_end(b, i + 2);
                self.end_tag(&name);
                end
            }
            Some(b'/') => find(b, i + 2, b">").map_or(b.len(), |e| e + 1),
            Some(c) if c.is_ascii_alphabetic() => {
                let (name, end) = tag_end(b, i + 1);
                let self_closing = end >= 2 && end <= b.len() && b[end - 2] == b'/';
                if let Some(raw) = RAW_TEXT.iter().find(|&&r| r == name) {
                    return self.raw_text(html, raw, end);
                }
                self.start_tag(&name, self_closing);
                end
            }
            _ => {
                self.text("<");
                i + 1
            }
        }
    }

    /// Skips a raw-text element's content; keeps the first title's.
    fn raw_text(&mut self, html: &str, name: &str, from: usize) -> usize {
        let b = html.as_bytes();
        let from = from.min(b.len());
        let (content_end, resume) = match find_end_tag(b, from, name) {
            Some(at) => (at, tag_end(b, at + 2).1),
            None => (b.len(), b.len()),
        };
        if name == "title" && self.title.is_none() && !self.in_foreign() {
            let title = collapse(&decode(&html[from..content_end]));
            self.title = (!title.is_empty()).then_some(title);
        }
        resume
    }

    fn in_foreign(&self) -> bool {
        self.open[SVG] + self.open[MATH] > 0
    }

    fn in_head(&self) -> bool {
        self.dropped.last() == Some(&HEAD)
    }

    fn pop_dropped(&mut self) {
        if let Some(d) = self.dropped.pop() {
            self.open[d] -= 1;
        }
    }

    fn start_tag(&mut self, name: &str, self_closing: bool) {
        if self.in_head() && !HEAD_CONTENT.contains(&name) {
            self.pop_dropped();
        }
        if let Some(d) = DROPPED.iter().position(|&d| d == name) {
            if !self_closing {
                self.dropped.push(d);
                self.open[d] += 1;
            }
            return;
        }
        if !self.dropped.is_empty() {
            return;
        }
        match name {
            "br" => self.pending = self.pending.max(2),
            "td" | "th" => self.pending = self.pending.max(1),
            _ if BLOCKS.contains(&name) => {
                self.pending = 3;
                match name {
                    "pre" => self.pre += 1,
                    "main" => self.main.enter(self.out.len()),
                    "article" => self.article.enter(self.out.len()),
                    "h1" | "h2" | "h3" => {
                        self.headings.push(self.out.len());
                        if name == "h1" && self.h1.is_none() {
                            self.h1 = Some((self.out.len(), None));
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }

    fn end_tag(&mut self, name: &str) {
        if let Some(d) = DROPPED.iter().position(|&d| d == name) {
            if self.open[d] > 0 {
                // Closes the innermost open one and whatever was left open inside it; every
                // element popped here was pushed once, so this stays linear.
                while self.dropped.last().is_some_and(|&top| top != d) {
                    self.pop_dropped();
                }
                self.pop_dropped();
                return;
            }
        }
        if !self.dropped.is_empty() {
            return;
        }
        match name {
            "br" => self.pending = self.pending.max(2),
            _ if BLOCKS.contains(&name) => {
                self.pending = 3;
                match name {
                    "pre" => self.pre = self.pre.saturating_sub(1),
                    "main" => self.main.leave(self.out.len()),
                    "article" => self.article.leave(self.out.len()),
                    "h1" => {
                        if let Some((_, end @ None)) = &mut self.h1 {
                            *end = Some(self.out.len());
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }

    /// Text between tags: entities decoded, whitespace collapsed (kept in `<pre>`).
    fn text(&mut self, raw: &str) {
        if raw.is_empty() {
            return;
        }
        if self.in_head() && !raw.trim().is_empty() {
            // Text in <head> starts the body, as in a browser.
            self.pop_dropped();
        }
        if !self.dropped.is_empty() {
            return;
        }
        let mut rest = raw;
        while let Some(amp) = rest.find('&') {
            self.chars(&rest[..amp]);
            match entities::reference(&rest[amp..]) {
                Some((c, used)) => {
                    self.char(c);
                    rest = &rest[amp + used..];
                }
                None => {
                    self.char('&');
                    rest = &rest[amp + 1..];
                }
            }
        }
        self.chars(rest);
    }

    fn chars(&mut self, s: &str) {
        for c in s.chars() {
            self.char(c);
        }
    }

    fn char(&mut self, c: char) {
        if c.is_whitespace() {
            let want = if self.pre > 0 && c == '\n' { 2 } else { 1 };
            self.pending = self.pending.max(want);
            return;
        }
        if !self.out.is_empty() {
            match self.pending {
                0 => {}
                1 => self.out.push(' '),
                2 => self.out.push('\n'),
                _ => self.out.push_str("\n\n"),
            }
        }
        self.pending = 0;
        self.out.push(c);
    }

    fn finish(mut self) -> HtmlText {
        let end = self.out.len();
        while self.main.depth > 0 {
            self.main.leave(end);
        }
        while self.article.depth > 0 {
            self.article.leave(end);
        }
        let pick = |r: &Region| {
            let parts: Vec<&str> = r
                .ranges
                .iter()
                .map(|&(s, e)| self.out[s..e].trim())
                .filter(|t| !t.is_empty())
                .collect();
            (!parts.is_empty()).then(|| (parts.join("\n\n"), r.ranges.clone()))
        };
        let (text, ranges) = pick(&self.main)
            .or_else(|| pick(&self.article))
            .unwrap_or_else(|| (self.out.trim().to_string(), vec![(0, end)]));
        let inside = |at: usize| ranges.iter().any(|&(s, e)| (s..e).contains(&at));
        let has_heading = self.headings.iter().any(|&h| inside(h));
        let headline = self
            .h1
            .filter(|&(s, _)| !inside(s))
            .map(|(s, e)| self.out[s..e.unwrap_or(end)].trim().to_string())
            .filter(|h| !h.is_empty());
        HtmlText {
            title: self.title,
            text,
            headline,
            has_heading,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(html: &str) -> String {
        html_to_text(html).text
    }

    #[test]
    fn blocks_become_paragraphs_and_br_a_newline() {
        assert_eq!(
            text("<p>One\n  two</p><p>Three<br>four</p><ul><li>a</li><li>b</li></ul>"),
            "One two\n\nThree\nfour\n\na\n\nb"
        );
    }

    #[test]
    fn inline_markup_keeps_the_words_together() {
        assert_eq!(
            text("<p>The <b>two</b> <a href=\"/x\">sides</a>&nbsp;met.</p>"),
            "The two sides met."
        );
    }

    #[test]
    fn scripts_styles_comments_and_head_are_dropped_but_the_title_is_kept() {
        let page = "<!DOCTYPE html><html><head><title> A &amp; B </title>\
            <meta charset=utf-8><style>p{color:red}</style><script>var x = '</p>';</script>\
            </head><body><!-- hidden --><p>Visible</p><noscript>Enable JS</noscript>\
            <template><p>Later</p></template><svg><text>Drawn</text></svg></body></html>";
        let out = html_to_text(page);
        assert_eq!(out.title.as_deref(), Some("A & B"));
        assert_eq!(out.text, "Visible");
    }

    #[test]
    fn a_missing_end_of_head_does_not_hide_the_body() {
        assert_eq!(
            text("<head><title>T</title><div>Body text</div>"),
            "Body text"
        );
        assert_eq!(text("<head><meta x=1>Loose text"), "Loose text");
    }

    #[test]
    fn main_is_preferred_over_the_page_around_it() {
        let page = "<nav>Home | News</nav><h1>Headline</h1><main><p>Content.</p></main>\
                    <footer>Copyright</footer>";
        let out = html_to_text(page);
        assert_eq!(out.text, "Content.");
        assert_eq!(out.headline.as_deref(), Some("Headline"));
        assert!(!out.has_heading);
    }

    #[test]
    fn articles_are_kept_when_there_is_no_main_and_an_empty_main_is_ignored() {
        let page = "<div>Menu</div><article><h2>A</h2><p>x</p></article><article>y</article>";
        let out = html_to_text(page);
        assert_eq!(out.text, "A\n\nx\n\ny");
        assert!(out.has_heading);
        assert_eq!(text("<main> </main><p>All</p>"), "All");
    }

    #[test]
    fn attributes_with_quoted_angle_brackets_do_not_end_the_tag() {
        assert_eq!(text("<p title=\"a > b\" data-x='<'>Text</p>"), "Text");
    }

    #[test]
    fn markup_written_as_entities_is_inert_text() {
        assert_eq!(
            text("<p>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
            "\"><script>alert(1)</script>"
        );
    }

    #[test]
    fn a_lone_angle_bracket_is_text() {
        assert_eq!(text("<p>1 < 2 and 3 <= 4</p>"), "1 < 2 and 3 <= 4");
    }

    #[test]
    fn pre_keeps_its_line_breaks() {
        assert_eq!(text("<pre>a\nb</pre>"), "a\nb");
    }

    #[test]
    fn unclosed_constructs_swallow_the_rest_of_the_page() {
        assert_eq!(text("<p>Kept</p><!-- never closed <p>x</p>"), "Kept");
        assert_eq!(text("<p>Kept</p><script>while(1){}"), "Kept");
        assert_eq!(text("<p>Kept</p><div class=\"x>y"), "Kept");
    }
}
