//! Stage 1, clean: raw text as the user has it -> cleaned text and its paragraphs.
//!
//! Takes the raw text (saved file or web-page copy) and a [`Lang`]; gives [`Cleaned`]: the text
//! with page chrome removed (language bar, breadcrumbs, "Share", "Print", copyright...),
//! whitespace collapsed, curly quotes made straight (kept in a script with its own stages:
//! Chinese sets “” apart from ASCII), and one paragraph per block, paragraphs joined by a blank
//! line. Single and double newlines both end a paragraph (the seeds use both); a line that
//! starts in lowercase after a line with no closing punctuation is a hard-wrapped continuation
//! and is joined back. A script's own hooks add its chrome, where its pages end and its
//! wrapped lines.
//!
//! Chrome that belongs to one publisher's pages (its ministry's lines, its navigation in its
//! own script, its agencies' credits at the end of the text) is also a clue of who published
//! the readout: [`Cleaned::clues`] lists those publishers' countries, one per line seen.

use super::lang::{Lang, Publisher, MAX_PUBLISHERS};
use super::{date, scan};
use crate::core::model::Span;

pub(super) struct Cleaned {
    pub text: String,
    pub paragraphs: Vec<Span>,
    /// The country of each publisher whose own chrome was removed, in order.
    pub clues: Vec<&'static str>,
}

pub(super) fn clean(raw: &str, lang: &Lang) -> Cleaned {
    let mut text = String::with_capacity(raw.len());
    let mut paragraphs: Vec<Span> = Vec::with_capacity(16);
    let mut clues = Vec::new();
    // Sized once for the lines most readouts have (a line's growth copies it again); a
    // buffer of a kilobyte or less is one the allocator keeps at hand, a larger one costs it
    // a search of its free lists every time.
    let mut line = String::with_capacity(raw.len().min(LINE_BYTES));
    let mut body_started = false;
    // The last line dropped was an image's label ("... - Ảnh 1."): its caption may follow.
    let mut under_image = false;
    // Under a page's "From:" line, and under an office's line in its block.
    let (mut under_sender, mut under_office) = (false, false);
    let stages = lang.script.stages;
    // Lines in another script are another page's navigation only when the text has letters
    // of its own script: a text wholly in another script is kept for what it is.
    let own_script = raw.chars().any(lang.script.is_own_letter);
    for raw_line in lines(raw) {
        normalise_line(raw_line, &mut line, stages.is_none());
        cut_attribute_residue(&mut line);
        // "date 2020-03-26 Washington, DC (Example Wire) – ...": a page's labelled stamp glued
        // to its first line, which may be chrome or a caption: the text is read again with the
        // stamp on a line of its own, before the line is judged.
        if !body_started {
            if let Some(end) = labelled_stamp(&line) {
                let lines = [&line[..end], &line[end..]].join("\n");
                return read_again(raw, raw_line, &lines, lang);
            }
        }
        // Glued to the first line of the article, before the body.
        if !body_started {
            cut_glued_opening(&mut line, lang);
        }
        // A caption stands above the text: only the lines before the body are searched.
        if !body_started {
            if let Some(p) = cut_glued_caption(&mut line, lang) {
                clues.extend(p.map(|p| p.country));
            }
        }
        // Before the credit is taken off: a caption printed twice over (dropped once its
        // closing credit, still a clue of whose wire the copy is, was read).
        let doubled = !body_started && is_doubled(&line);
        // Before the credit is taken off: a caption is told by the credit that closes it.
        if let Some(credit) = caption_credit(&line, lang) {
            // (Its date is not the readout's: a caption above a copy may show another day's
            // meeting.)
            clues.extend(credit_agency(credit, lang).map(|p| p.country));
            continue;
        }
        if let Some(p) = strip_credit(&mut line, lang) {
            clues.push(p.country);
        }
        if doubled {
            continue;
        }
        // "..., they added./.": the Vietnam News Agency closes its stories with "/." after the
        // last full stop.
        if line.ends_with(VNA_END_MARK) {
            line.truncate(line.len() - 2);
        }
        if !body_started {
            clues.extend(dateline_credit(&line, lang).map(|p| p.country));
            clues.extend(signed_date_line(&line, lang));
        }
        if let Some(st) = stages {
            let kept = (st.trim_line)(&line).len();
            line.truncate(kept);
            // On a web page, what follows "相关新闻" or "责任编辑" is other articles.
            if body_started && (st.ends_article)(&line) {
                break;
            }
        }
        if line.is_empty() {
            continue;
        }
        if body_started && ends_article(&line, lang) {
            // The Kremlin's "Publication status" ends the article and tells its publisher.
            clues.extend(lang.publisher_line(&line).map(|p| p.country));
            break;
        }
        // (A byline is a short line that opens with a capital "B": most lines are told by
        // their length and first byte.)
        if body_started
            && line.len() <= SIGNED_BYLINE_BYTES
            && line.starts_with('B')
            && signed_byline(&line, lang)
        {
            continue;
        }
        if !body_started && front_chrome(&mut line, lang) {
            continue;
        }
        if let Some(p) = own_chrome(&line, own_script, lang) {
            if !p.country.is_empty() {
                clues.push(p.country);
            }
            under_office = under_sender;
            continue;
        }
        if line.ends_with(RELEASE_NOTICE_END) {
            // (Its office is a clue before the notice becomes a date line.)
            clues.extend(noticed_publisher(&line, lang));
            release_service_date(&mut line, lang);
        }
        if is_chrome(&line, lang) {
            under_image = is_image_label(&line, lang);
            under_sender = is_sender_label(&line, lang);
            under_office = false;
            // (An archive's citation is a long line: most chrome lines are not asked.)
            if line.len() >= CITATION_BYTES {
                clues.extend(cited_title_publisher(&line, lang));
                clues.extend(noticed_publisher(&line, lang));
            }
            clues.extend(linked_publisher(&line, lang));
            // Before the body only, and only a page's navigation: a foot's notice or a
            // copyright line of several sentences stays chrome. The text is read again with
            // the page's blocks on lines of their own.
            if !body_started && line.len() >= FLAT_PAGE_BYTES && is_glued_breadcrumb(&line, lang) {
                let blocks = unflatten(&line, lang);
                // Each time a line is cut in two or more shorter ones: the reading ends.
                if blocks.len() > 1 {
                    return read_again(raw, raw_line, &blocks.join("\n"), lang);
                }
            }
            continue;
        }
        // "Deputy Prime Minister and Foreign Minister X" alone between two paragraphs of the
        // body: the caption of a photo the copy left out. (Or under the image's label: "... -
        // Ảnh 1.", then the caption, below a portal's stamp.)
        let image = std::mem::take(&mut under_image);
        // "From:", "Prime Minister's Office, 10 Downing Street", then "The front door of
        // number 10 Downing Street": the page's image under its block of offices.
        under_sender = false;
        if std::mem::take(&mut under_office)
            && line.len() <= CHROME_LINE_BYTES
            && !line.ends_with(['.', '!', '?', ':', '"'])
            && date::line(&line, lang).is_none()
        {
            continue;
        }
        if body_started
            && !line.ends_with(['.', '!', '?', ':', '"', ','])
            && (image
                || paragraphs
                    .last()
                    .is_some_and(|p| p.of(&text).ends_with('.')))
            && is_name_caption(&line, lang)
        {
            continue;
        }
        // "15 January, 2021On January 15, Foreign Minister X held ...": a page's date stamp
        // glued to the text's first line. The text is read again with the stamp on a line of
        // its own.
        if !body_started {
            if let Some(end) = glued_date_stamp(&line, lang) {
                let lines = [&line[..end], &line[end..]].join("\n");
                return read_again(raw, raw_line, &lines, lang);
            }
        }
        // "The below is attributable to Spokesperson N: Secretary X spoke ...": a copy that
        // glued the text to the attribution line (among the first paragraphs: a republisher's
        // dated notice may stand before it). The text is read again with a line break after
        // the colon.
        if paragraphs.len() < ATTRIBUTION_PARAGRAPHS
            && line.len() > ATTRIBUTION_MIN_BYTES
            && line.starts_with(['T', 't'])
        {
            if let Some(colon) = attribution_colon(&line, lang) {
                let lines = [&line[..=colon], &line[colon + 2..]].join("\n");
                return read_again(raw, raw_line, &lines, lang);
            }
        }
        body_started |= line.ends_with(['。', '！', '？', '”', '.']);
        if let Some(last) = paragraphs.last_mut() {
            let previous = last.of(&text);
            let join = stages.and_then(|st| (st.continues)(previous, &line));
            if let Some(sep) = join.or_else(|| continues(previous, &line)) {
                text.push_str(sep);
                text.push_str(&line);
                last.end = text.len();
                continue;
            }
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(&line);
        paragraphs.push(Span::new(start, text.len()));
    }
    if stages.is_none() {
        drop_page_foot(&mut text, &mut paragraphs, &mut clues, lang);
        drop_standfirst(&mut text, &mut paragraphs, lang);
    }
    Cleaned {
        text,
        paragraphs,
        clues,
    }
}

/// [`clean`] of `raw` with its line `raw_line` (a slice of it) replaced by `lines`: a line
/// whose blocks or clauses the copy glued together, read again cut apart.
fn read_again(raw: &str, raw_line: &str, lines: &str, lang: &Lang) -> Cleaned {
    let at = raw_line.as_ptr() as usize - raw.as_ptr() as usize;
    let mut again = String::with_capacity(raw.len() - raw_line.len() + lines.len());
    again.push_str(&raw[..at]);
    again.push_str(lines);
    again.push_str(&raw[at + raw_line.len()..]);
    clean(&again, lang)
}

/// Bytes of a line's start searched for a date stamp's year glued to the text after it.
const GLUED_STAMP_BYTES: usize = 32;

/// "15 January, 2021On January 15, ...", "June 7, 2022The below is ...": where a date line
/// that opens `line` ends when a capital follows its year with no space (the copy lost the
/// line break between the page's stamp and the text). Told by the line's first byte (a digit
/// or a capital) and a year of four digits against a capital in its first bytes.
fn glued_date_stamp(line: &str, lang: &Lang) -> Option<usize> {
    let b = line.as_bytes();
    if !b
        .first()
        .is_some_and(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
    {
        return None;
    }
    let head = &b[..b.len().min(GLUED_STAMP_BYTES)];
    let end = head.windows(5).position(|w| {
        w[..4].iter().all(u8::is_ascii_digit)
            && w[4].is_ascii_uppercase()
            && matches!(w[0], b'1' | b'2')
    })? + 4;
    // (A digit before the year would make it no year: "12021On".)
    if end > 4 && b[end - 5].is_ascii_digit() {
        return None;
    }
    date::line(&line[..end], lang).map(|_| end)
}

/// "March 14, 2025 - Ottawa, Ontario - Global Affairs Canada": a date line that names the
/// department that issued the page (one of a publisher's own words, beside the date and the
/// place) tells whose page it is.
fn signed_date_line(line: &str, lang: &Lang) -> Option<&'static str> {
    // (Told by a dash after a space, one pass over the bytes, before any date is read: most
    // lines have none. An en or em dash opens with the byte 0xE2.)
    let dashed = line
        .as_bytes()
        .windows(2)
        .any(|w| w[0] == b' ' && (w[1] == b'-' || w[1] == 0xE2));
    if !dashed {
        return None;
    }
    date::placed_line(line, lang)?;
    let mut seen = [false; MAX_PUBLISHERS];
    let n = lang.publishers.len().min(MAX_PUBLISHERS);
    lang.own_words_in(line, &mut seen[..n]);
    let mut by = lang.publishers.iter().zip(seen).filter(|x| x.1);
    // One department only: a line that names two tells nothing.
    match (by.next(), by.next()) {
        (Some((p, _)), None) => Some(p.country),
        _ => None,
    }
}

/// "date 2020-03-26 Washington, DC (Example Wire) – ...": where a page's labelled stamp (the word
/// "date", an ISO date) ends when the text's first line follows it on the same line.
fn labelled_stamp(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    let label = b.get(..5)?;
    if !label.eq_ignore_ascii_case(b"date ") && !label.eq_ignore_ascii_case(b"date:") {
        return None;
    }
    let at = 5 + b[5..].iter().take_while(|&&c| c == b' ').count();
    let iso = b.get(at..at + 10)?;
    let shape = iso.iter().enumerate().all(|(i, &c)| match i {
        4 | 7 => c == b'-',
        _ => c.is_ascii_digit(),
    });
    let end = at + 10;
    (shape && b.get(end) == Some(&b' ') && b.len() > end + 1).then_some(end)
}

/// Where the first ": " of `s` stands when a capital follows it (a clause closed before the
/// text it introduces: "... attributable to Spokesperson N: Secretary X spoke").
fn colon_before_capital(s: &str) -> Option<usize> {
    s.find(": ")
        .filter(|&i| s.as_bytes().get(i + 2).is_some_and(u8::is_ascii_uppercase))
}

/// The capacity the line buffer of [`clean`] starts with.
const LINE_BYTES: usize = 1000;

/// The lines of `raw`, cut at every `\n` and every `\r` (the pieces of `split('\n')` then
/// `split('\r')`, in one scan of the bytes).
fn lines(raw: &str) -> impl Iterator<Item = &str> {
    let b = raw.as_bytes();
    let mut at = Some(0);
    std::iter::from_fn(move || {
        let start = at?;
        let end = scan::next_line_break(b, start);
        at = (end < b.len()).then_some(end + 1);
        raw.get(start..end)
    })
}

/// The shortest line [`unflatten`] reads: a page's navigation, date line and sentences.
const FLAT_PAGE_BYTES: usize = 300;

/// "HomeOffice of the SpokespersonPress Releases...Call with ... Readout Office of the
/// Spokesperson June 7, 2022 The below is attributable to N: Secretary X spoke ... . ... Tags
/// Australia Bureau of ...": a page whose block breaks were lost in the copy, its navigation,
/// date line, sentences and foot on one line that opens as chrome. Its blocks, to be read as
/// lines: the sentences, a clause that a colon closes before the text it introduces, the date
/// line between the chrome and the text, and the first word of a foot after the last sentence
/// (an ending such as "Tags"). Nothing when the line holds no sentence: then it is chrome.
/// Asked only of a long line before the body that is chrome as a glued breadcrumb, which is
/// rare.
fn unflatten(line: &str, lang: &Lang) -> Vec<String> {
    let mut spans = Vec::new();
    (lang.script.sentences)(line, Span::new(0, line.len()), lang, &mut spans);
    let ends = |p: &str| p.ends_with(['.', '!', '?', '"']);
    let mut blocks: Vec<String> = Vec::new();
    for span in &spans {
        let mut rest = span.of(line).trim();
        // "... to Spokesperson N: Secretary ...": a colon before a capital closes a clause.
        while let Some(i) = colon_before_capital(rest) {
            blocks.push(rest[..=i].to_string());
            rest = rest[i + 2..].trim_start();
        }
        blocks.push(rest.to_string());
    }
    if !blocks.iter().any(|b| ends(b)) {
        return Vec::new();
    }
    // The date line in the chrome before the first sentence: cut out on its own.
    if let Some(k) = blocks.iter().position(|b| !ends(b)) {
        if let Some((_, at)) = date::find(&blocks[k], lang) {
            let b = std::mem::take(&mut blocks[k]);
            let pieces = [&b[..at.start], &b[at.clone()], &b[at.end..]];
            let pieces = pieces.iter().map(|p| p.trim()).filter(|p| !p.is_empty());
            blocks.splice(k..=k, pieces.map(str::to_string).collect::<Vec<_>>());
        }
    }
    // A foot after the last sentence: its first word, when that word ends the article.
    if let Some(last) = blocks.last_mut().filter(|b| !ends(b)) {
        let first = last.split(' ').next().unwrap_or("");
        if lang.article_endings.contains_ignore_case(first) {
            last.truncate(first.len());
        }
    }
    blocks
}

/// The mark that closes a story of the Vietnam News Agency, after its full stop.
const VNA_END_MARK: &str = "./.";

/// The longest line [`ends_article`] compares.
const ARTICLE_ENDING_BYTES: usize = 32;

/// "Related News" after the article: what follows is other articles' headlines and leads.
fn ends_article(line: &str, lang: &Lang) -> bool {
    line.len() <= ARTICLE_ENDING_BYTES
        && (lang
            .article_endings
            .contains_ignore_case(line.trim_end_matches(':'))
            || is_form_field(line, lang))
        || opens_contact(line, lang)
}

/// The bytes of a line searched for a contact label's colon.
const CONTACT_LABEL_BYTES: usize = 28;

/// "Inquiries: Anna Virtanen, Special Adviser, tel. ...": a line that opens with one of
/// [`Lang::contact_labels`] and its colon (told by a colon among its first bytes: most lines
/// have none there).
fn opens_contact(line: &str, lang: &Lang) -> bool {
    let head = &line.as_bytes()[..line.len().min(CONTACT_LABEL_BYTES)];
    let Some(colon) = head.iter().position(|&b| b == b':') else {
        return false;
    };
    lang.contact_labels.contains_ignore_case(&line[..colon])
}

/// "NAME : (REQUIRED)", "Website (optional)": a field of a comment form under a copied
/// readout, ending in one of [`Lang::form_field_marks`] (told by its closing bracket first:
/// most lines end in a period).
fn is_form_field(line: &str, lang: &Lang) -> bool {
    line.ends_with(')')
        && lang
            .form_field_marks
            .iter()
            .any(|m| line.len() > m.len() && scan::ends_with_ignore_case(line, m))
}

/// The publisher whose own chrome `line` is: one of its ministry's lines, or a navigation line
/// in its script (a line with letters, none of them of this language's script).
fn own_chrome(line: &str, own_script: bool, lang: &Lang) -> Option<&'static Publisher> {
    // A ministry's lines and navigation are short and are not sentences.
    let short = line.len() <= CHROME_LINE_BYTES && !line.ends_with(['.', '!', '?', '"', '。']);
    if !short {
        return None;
    }
    if let Some(p) = lang.publisher_line(line.trim_end_matches(':')) {
        return Some(p);
    }
    if !own_script {
        return None;
    }
    let mut letters = line.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek()?;
    let mut first = None;
    for c in letters {
        if (lang.script.is_own_letter)(c) {
            return None;
        }
        first = first.or(Some(c));
    }
    let c = first?;
    lang.publishers
        .iter()
        .find(|p| p.script.iter().any(|&(lo, hi)| (lo..=hi).contains(&c)))
        .or(Some(&FOREIGN))
}

/// True when `line` is one of [`Lang::sender_labels`] ("From:").
fn is_sender_label(line: &str, lang: &Lang) -> bool {
    line.len() <= SENDER_LABEL_BYTES
        && lang
            .sender_labels
            .iter()
            .any(|w| line.eq_ignore_ascii_case(w))
}

/// The longest line [`is_sender_label`] asks.
const SENDER_LABEL_BYTES: usize = 16;

/// The longest line a publisher's own chrome line may be.
const CHROME_LINE_BYTES: usize = 120;

/// A navigation line in a script no publisher of the language is known by: chrome, no clue.
static FOREIGN: Publisher = Publisher::BLANK;

/// Removes an agency's credit that closes a line ("... ministries. — VNS", "-VNA", a line
/// "VNA" alone) and gives the agency's publisher.
fn strip_credit(line: &mut String, lang: &Lang) -> Option<&'static Publisher> {
    let last = bracketed_credit(line).unwrap_or_else(|| last_piece(line));
    // "... for 2020-2021./.VNA": the Vietnam News Agency's end mark with its credit against it
    // (told by a byte: few last pieces hold a slash).
    let mark = || {
        let b = last.as_bytes();
        (1..b.len().saturating_sub(1))
            .find(|&i| b[i] == b'/' && b[i - 1] == b'.' && b[i + 1] == b'.')
    };
    if let Some(i) = mark().map(|i| i - 1) {
        let p = lang.credit_of(&last[i + VNA_END_MARK.len()..])?;
        let keep = line.len() - last.len() + i + 1;
        line.truncate(keep);
        return Some(p);
    }
    let credit = scan::trim_marks(last, b"().");
    let p = lang.credit_of(credit).or_else(|| {
        // "(Xinhua/USA)": the agency, then its desk or its photographer (in brackets: most
        // lines end in a plain word, and are not searched for the slash).
        let (agency, _) = last.starts_with('(').then(|| credit.split_once('/'))??;
        lang.credit_of(agency)
    })?;
    let before = line[..line.len() - last.len()].trim_end();
    let dashed = before.is_empty() || before.ends_with(['-', '—', '–']);
    // "... to take place virtually. (Yonhap)": a wire's credit in brackets after the last
    // sentence of a copy.
    let bracketed = last.starts_with('(') && last.ends_with(')') && before.ends_with('.');
    if !(dashed || bracketed) {
        return None;
    }
    let keep = before.trim_end_matches(['-', '—', '–']).trim_end().len();
    line.truncate(keep);
    Some(p)
}

/// The longest bracket of words [`bracketed_credit`] reads.
const CREDIT_BRACKET_BYTES: usize = 24;

/// "(Yonhap News)": a bracket of a few words that closes the line (an agency's credit under a
/// copy may be of two words), with its brackets.
fn bracketed_credit(line: &str) -> Option<&str> {
    if !line.ends_with(')') {
        return None;
    }
    let from = line.len().saturating_sub(CREDIT_BRACKET_BYTES);
    let open = line.get(from..)?.rfind('(')? + from;
    let bracket = &line[open..];
    bracket.contains(' ').then_some(bracket)
}

/// Bytes of a line's start where an agency's dateline credit may close ("ISLAMABAD, Feb 26
/// (APP):").
const DATELINE_CREDIT_BYTES: usize = 48;

/// The publisher of the agency in brackets in a dateline that opens `line` ("ISLAMABAD, Feb
/// 26 (APP): ...", "Hanoi (VNA) – ..."), within the line's first bytes. Asked only of the
/// lines before the body.
fn dateline_credit(line: &str, lang: &Lang) -> Option<&'static Publisher> {
    // ("(VOVworld)- Prime Minister ...": the agency's bracket may open the line.)
    if !line.starts_with(|c: char| c.is_ascii_uppercase() || c == '(') {
        return None;
    }
    let head = &line.as_bytes()[..line.len().min(DATELINE_CREDIT_BYTES)];
    let Some(open) = head.iter().position(|&b| b == b'(') else {
        return slashed_credit(line, head, lang).or_else(|| lead_credit(line, lang));
    };
    let close = open + head[open..].iter().position(|&b| b == b')')?;
    lang.credit_of(line.get(open + 1..close)?)
}

/// "UNITED NATIONS, September 27. /ITAR-TASS/. Russian Foreign Minister ...": the agency
/// between slashes in a dateline (TASS's), within the line's first bytes `head`.
fn slashed_credit(line: &str, head: &[u8], lang: &Lang) -> Option<&'static Publisher> {
    let open = head.iter().position(|&b| b == b'/')?;
    let close = open + 1 + head[open + 1..].iter().position(|&b| b == b'/')?;
    lang.credit_of(line.get(open + 1..close)?)
}

/// "VGP - Acting Minister X congratulated ...": an agency's credit and a dash before the lead
/// (Viet Nam's government portal opens its stories so).
fn lead_credit(line: &str, lang: &Lang) -> Option<&'static Publisher> {
    let (credit, rest) = line.split_once(' ')?;
    if credit.len() > LEAD_CREDIT_BYTES || !rest.starts_with(['-', '–', '—']) {
        return None;
    }
    lang.credit_of(credit)
}

/// The longest credit [`lead_credit`] reads.
const LEAD_CREDIT_BYTES: usize = 8;

/// What follows the last space, hyphen or dash of `line` (the whole line when it has none):
/// a byte scan from the end, where the piece is short.
fn last_piece(line: &str) -> &str {
    let b = line.as_bytes();
    let mut i = b.len();
    while i > 0 {
        let c = b[i - 1];
        // "—" is E2 80 94 and "–" E2 80 93 in UTF-8.
        let dash = matches!(c, 0x93 | 0x94) && i >= 3 && b[i - 3] == 0xE2 && b[i - 2] == 0x80;
        if c == b' ' || c == b'-' || dash {
            break;
        }
        i -= 1;
    }
    &line[i..]
}

/// Writes `raw` into `out` with quotes straightened (when `straighten`), invisible characters
/// dropped and every run of whitespace turned into one space, trimmed at both ends.
fn normalise_line(raw: &str, out: &mut String, straighten: bool) {
    out.clear();
    let mut pending_space = false;
    let bytes = raw.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Fast path: copy a run of characters the slow path would copy unchanged in one go
        // (most of any readout: visible ASCII, Chinese characters and punctuation), single
        // spaces between them included: they are what the slow path would write for them.
        // Visible ASCII is passed over eight bytes at a time, from where a visible byte is
        // known to stand (a Chinese character is not sent there: it would stop the scan at
        // once); the byte that stops it is told apart.
        let visible = |b: &u8| (0x21..0x7f).contains(b);
        let ascii_from = |at: usize| match bytes.get(at) {
            Some(b) if visible(b) => scan::next_unspaced(bytes, at),
            _ => at,
        };
        let mut end = ascii_from(i);
        while end < bytes.len() {
            if bytes[end] == b' ' && end > i && bytes.get(end + 1).is_some_and(visible) {
                end = scan::next_unspaced(bytes, end + 2);
            } else if plain_wide(bytes, end) {
                // A Chinese line is a run of such characters, its punctuation included.
                end += 3;
                while plain_wide(bytes, end) {
                    end += 3;
                }
                end = ascii_from(end);
            } else if bytes[end] == b' ' && end > i && plain_wide(bytes, end + 1) {
                end = ascii_from(end + 4);
            } else {
                break;
            }
        }
        let run = end - i;
        if run > 0 {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push_str(&raw[i..i + run]);
            i += run;
            continue;
        }
        let Some(c) = raw[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        let c = match c {
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' if straighten => '"',
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' if straighten => '\'',
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => continue,
            c if c.is_whitespace() => {
                pending_space = !out.is_empty();
                continue;
            }
            c if c.is_control() => continue,
            c => c,
        };
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
}

/// Whether the character at `at` is one of 3 bytes that the slow path of [`normalise_line`]
/// copies unchanged and is no whitespace: U+3001..U+FFFF but the byte order mark U+FEFF. Lead
/// byte E3 (U+3000..U+3FFF, CJK punctuation) but the ideographic space U+3000, E4..EE (Han,
/// Yi, Hangul, private use), EF (full-width forms). The quotes, spaces and invisible marks the
/// slow path changes or drops are all below U+3000, or U+3000 and U+FEFF (the text is UTF-8,
/// so a lead byte E3..EF starts three bytes).
#[inline]
fn plain_wide(b: &[u8], at: usize) -> bool {
    match b.get(at) {
        Some(0xE3) => b.get(at + 1..at + 3) != Some(&[0x80, 0x80]),
        Some(0xE4..=0xEE) => true,
        Some(0xEF) => b.get(at + 1..at + 3) != Some(&[0xBB, 0xBF]),
        _ => false,
    }
}

/// A hard-wrapped line continues the paragraph before it (it starts in lowercase after a line
/// with no closing punctuation): the separator to join it with.
fn continues(previous: &str, line: &str) -> Option<&'static str> {
    let open = !previous.ends_with(['.', '!', '?', ':', '"', '\'', ')', ']', '。']);
    (open && line.starts_with(|c: char| c.is_ascii_lowercase())).then_some(" ")
}

/// "Japan-Philippines Relations": a ministry's section label above an article (the foot's
/// "Back to Japan-Philippines Relations" links back to it), two countries and an ending word.
fn is_pair_label(line: &str, lang: &Lang) -> bool {
    lang.pair_label_endings.iter().any(|e| {
        scan::strip_suffix(line, e)
            .and_then(|rest| rest.strip_suffix(' '))
            .and_then(|pair| pair.split_once('-'))
            .is_some_and(|(a, b)| lang.country(a).is_some() && lang.country(b).is_some())
    })
}

/// Page chrome: a navigation word, a language bar, a breadcrumb trail, a copyright notice, or
/// what the script's hook says is chrome (a time stamp line is the date line, not chrome).
fn is_chrome(line: &str, lang: &Lang) -> bool {
    // "• (*This is a provisional translation ...)", "- (* The foregoing is ...)": a bullet
    // does not make a note a sentence.
    let line = line.trim_start_matches(['•', '▪', '◦', '-']).trim_start();
    if let Some(st) = lang.script.stages {
        if (st.is_chrome)(line) && (st.date_line)(line).is_none() {
            return true;
        }
    }
    let bare = line.trim_end_matches(':');
    // (The bare line is asked only when a colon was trimmed: most lines have none.)
    if lang.is_chrome_line(line) || bare.len() < line.len() && lang.is_chrome_line(bare) {
        return true;
    }
    // "(ANI)", "(NNT)": an agency's credit on a line of its own under its story.
    if is_bracketed_credit(line) {
        return true;
    }
    // "405", "1,936": a page's counter on a line of its own (a readout's numbers stand in
    // sentences; a date line holds more than digits).
    if line.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        return true;
    }
    if is_pair_label(line, lang) || closes_chrome(line, lang) || is_image_label(line, lang) {
        return true;
    }
    // "Published: 2021.03.03" opens like chrome but is the date line the header needs.
    if lang.opens_chrome(line) && date::line(line, lang).is_none() {
        return true;
    }
    is_bar(line, lang)
        || is_breadcrumb(line)
        || is_page_furniture(line, lang)
        || is_glued_breadcrumb(line, lang)
        || is_release_bar(line, lang)
        || chrome_phrases(line, lang)
}

/// "(ANI)", "(NNT)", "(PNA)": two to six capitals in brackets, the whole line.
fn is_bracketed_credit(line: &str) -> bool {
    let Some(inner) = line.strip_prefix('(').and_then(|l| l.strip_suffix(')')) else {
        return false;
    };
    (2..=6).contains(&inner.len()) && inner.bytes().all(|b| b.is_ascii_uppercase())
}

/// A language bar or a share bar: a line of words (cut at single spaces), each of them, its
/// bar marks ("|", "/", "·") trimmed at both ends, nothing, a language's name or code, or
/// chrome on its own ("print article email facebook"). The words are cut and trimmed as
/// `split(' ')` and `trim_matches` give them, by byte scans: the first word of most lines
/// fails.
#[inline(never)]
fn is_bar(line: &str, lang: &Lang) -> bool {
    let b = line.as_bytes();
    let mut words = 0;
    let mut at = 0;
    while at <= b.len() {
        // Eight bytes at a time: a Chinese line is one long word.
        let end = scan::next_of(b, at, [b' ', b' ']);
        if end > at {
            words += 1;
            let t = trim_bar_marks(b, at, end).and_then(|(i, j)| line.get(i..j));
            // A share bar's words are chrome one by one ("print article email facebook").
            let chrome = t.is_none_or(|t| {
                lang.is_language_name(t) || is_language_code(t) || lang.is_chrome_line(t)
            });
            if !chrome {
                return false;
            }
        }
        at = end + 1;
    }
    words > 0
}

/// The bytes `start..end` of `b` without the bar marks "|", "/" and "·" (C2 B7) at either
/// end, `None` when nothing is left. A mark's bytes stand only for the mark (the cuts are char
/// boundaries).
fn trim_bar_marks(b: &[u8], mut start: usize, mut end: usize) -> Option<(usize, usize)> {
    loop {
        match &b[start..end] {
            [b'|' | b'/', ..] => start += 1,
            [0xC2, 0xB7, ..] => start += 2,
            _ => break,
        }
    }
    loop {
        match &b[start..end] {
            [.., b'|' | b'/'] => end -= 1,
            [.., 0xC2, 0xB7] => end -= 2,
            _ => break,
        }
    }
    (start < end).then_some((start, end))
}

/// The longest line [`chrome_phrases`] reads, and the most words of one phrase.
const PHRASES_LINE_BYTES: usize = 64;
const PHRASE_WORDS: usize = 4;

/// "Go to Contents Go to Navigation", "Skip to content Menu": a short line that is chrome
/// phrases one after another (each the longest that is a chrome line, of four words at most).
fn chrome_phrases(line: &str, lang: &Lang) -> bool {
    if line.len() > PHRASES_LINE_BYTES || line.ends_with(['.', '!', '?', '"']) {
        return false;
    }
    let b = line.as_bytes();
    let mut at = 0;
    let mut phrases = 0;
    while at < b.len() {
        // The ends of the next words, found one space at a time (most lines fail at once).
        let mut ends = [0; PHRASE_WORDS];
        let mut n = 0;
        let mut from = at;
        while n < PHRASE_WORDS && from <= b.len() {
            let end = from
                + b[from..]
                    .iter()
                    .position(|&c| c == b' ')
                    .unwrap_or(b.len() - from);
            ends[n] = end;
            n += 1;
            from = end + 1;
        }
        match (0..n)
            .rev()
            .find(|&k| lang.is_chrome_line(&line[at..ends[k]]))
        {
            Some(k) => {
                phrases += 1;
                at = ends[k] + 1;
            }
            None => return false,
        }
    }
    phrases > 1
}

/// A reporter's e-mail address alone on its line ("ejkim@yna.co.kr"), under a news agency's
/// story.
fn is_email_line(line: &str) -> bool {
    !line.contains(' ')
        && line
            .split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
}

/// "HomeOffice of the SpokespersonPress ReleasesSecretary ...": a breadcrumb whose links were
/// copied without their arrows, told by its first link (a chrome line such as "Home") glued
/// to the capital of the next.
// Inlined where `is_chrome` asks it for every line, as before it had a second caller.
#[inline(always)]
fn is_glued_breadcrumb(line: &str, lang: &Lang) -> bool {
    let b = line.as_bytes();
    // The first link is one short word: only its bytes are read.
    let end = b.len().min(GLUED_LINK_BYTES + 1);
    let Some(i) = (1..end).find(|&i| !b[i].is_ascii_lowercase()) else {
        return false;
    };
    b[0].is_ascii_uppercase()
        && b[i].is_ascii_uppercase()
        && !line.ends_with(['.', '。'])
        && lang.is_chrome_line(&line[..i])
}

/// The longest first link [`is_glued_breadcrumb`] looks for ("Home", "News", "Menu").
const GLUED_LINK_BYTES: usize = 8;

/// "10/20/2025 | Press release | Distributed by Public on 10/20/2025 09:31": a release
/// service's bar above its copy (a date, the kind of release, the service), in three pieces
/// or more cut by "|": one of them a date line and one a chrome line.
fn is_release_bar(line: &str, lang: &Lang) -> bool {
    if line.len() > RELEASE_BAR_BYTES
        || line.ends_with(['.', '。'])
        || !line.as_bytes().contains(&b'|')
    {
        return false;
    }
    let pieces = || line.split('|').map(str::trim).filter(|p| !p.is_empty());
    pieces().count() >= 3
        && pieces().any(|p| lang.is_chrome_line(p))
        && pieces().any(|p| date::line(p, lang).is_some())
}

/// The longest bar [`is_release_bar`] reads.
const RELEASE_BAR_BYTES: usize = 160;

/// "Barack Obama, Readout of the President's Call with ... Online by ..., The American
/// Presidency Project": a line that ends as an archive's citation of the page.
fn closes_chrome(line: &str, lang: &Lang) -> bool {
    // Told by the last byte first: most lines end in another.
    let last = line.as_bytes().last().map(u8::to_ascii_lowercase);
    lang.chrome_endings.iter().any(|e| {
        e.as_bytes().last().map(u8::to_ascii_lowercase) == last
            && scan::ends_with_ignore_case(line, e)
    })
}

/// "Acting Minister holds phone talks with UK Foreign Secretary- Ảnh 1.": a line that ends in
/// one of [`Lang::image_words`] and a number (a stop after it or not) is the text of an image
/// (its headline or caption, copied from the page's image labels).
fn is_image_label(line: &str, lang: &Lang) -> bool {
    // Told by the last bytes first: most lines end in a letter or a stop after one.
    let rest = line.strip_suffix('.').unwrap_or(line);
    let digits = rest.len() - rest.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return false;
    }
    image_label_word(&rest[..rest.len() - digits], lang)
}

/// True when `head` (a line without its closing number) ends in one of [`Lang::image_words`]
/// after a space, a dash or nothing.
#[inline(never)]
fn image_label_word(head: &str, lang: &Lang) -> bool {
    let head = head.trim_end();
    lang.image_words.iter().any(|w| {
        head.strip_suffix(w)
            .is_some_and(|before| before.is_empty() || before.ends_with([' ', '-', '–', '—']))
    })
}

/// The fewest bytes of an archive's citation of a page (an author, a title, the archive).
const CITATION_BYTES: usize = 60;

/// "Barack Obama, Readout of the President's Call with ... Online by ..., The American
/// Presidency Project": an archive's citation names the page's title after its author; a title
/// that opens as a publisher's headlines do ("Readout of the President's") tells who published
/// the page, even when the copy lost its headline. Asked of chrome lines only.
#[inline(never)]
fn cited_title_publisher(line: &str, lang: &Lang) -> Option<&'static str> {
    // "... The American Presidency Project https://www.presidency.ucsb.edu/node/305175".
    let line = match line.rsplit_once(' ') {
        Some((cited, link)) if link.starts_with("http") => cited,
        _ => line,
    };
    if !closes_chrome(line, lang) {
        return None;
    }
    let (_, title) = line.split_once(", ")?;
    lang.publishers
        .iter()
        .find(|p| {
            p.headline_openings
                .iter()
                .any(|o| scan::starts_with_ignore_case(title, o))
        })
        .map(|p| p.country)
}

/// The publisher a release service's notice names ("British Prime Minister's Office published
/// this content on 11 January 2017 and is solely responsible ...", "U.S. Department of State
/// published this content on ..."): the office before one of [`Lang::notice_marks`], one of a
/// publisher's own lines or words, or opened by a country's name or adjective.
fn noticed_publisher(line: &str, lang: &Lang) -> Option<&'static str> {
    let office = lang
        .notice_marks
        .iter()
        .find_map(|m| line.find(m).map(|at| &line[..at]))?;
    if let Some(p) = lang.publisher_line(office) {
        return Some(p.country);
    }
    let own = |p: &&Publisher| p.own_words.iter().any(|w| office.contains(w));
    if let Some(p) = lang.publishers.iter().find(own) {
        return Some(p.country);
    }
    let words: Vec<&str> = office.split(' ').take(3).map(scan::bare).collect();
    lang.country_at(&words).map(|c| c.0)
}

/// The publisher whose web domain a chrome line links ("Original document https://www.gov.uk/
/// government/news/...", "Source: https://www.state.gov/..."): a copy's source. Told by the
/// line's "://" (most lines have none).
fn linked_publisher(line: &str, lang: &Lang) -> Option<&'static str> {
    let b = line.as_bytes();
    let at = (0..b.len().saturating_sub(2))
        .find(|&i| b[i] == b':' && b[i + 1] == b'/' && b[i + 2] == b'/')?
        + 3;
    let rest = &line[at..];
    let host = &rest[..rest.find(['/', ' ', '?', '#', ':']).unwrap_or(rest.len())];
    // Compared as bytes: a host of any bytes is cut nowhere.
    let h = host.as_bytes();
    let on = |d: &str| {
        let d = d.as_bytes();
        h.eq_ignore_ascii_case(d)
            || h.len() > d.len()
                && h[h.len() - d.len()..].eq_ignore_ascii_case(d)
                && h[h.len() - d.len() - 1] == b'.'
    };
    lang.publishers
        .iter()
        .find(|p| p.domains.iter().any(on))
        .map(|p| p.country)
}

/// Lines a page puts around an article: a photo's file name ("pm1.jpg"), a relative time stamp
/// ("11 days ago") and a paragraph number left alone on its line ("2.", "2. 2.").
fn is_page_furniture(line: &str, lang: &Lang) -> bool {
    // All three are short: most lines are told by their length.
    if line.len() > FURNITURE_BYTES {
        return false;
    }
    if is_email_line(line) {
        return true;
    }
    match line.as_bytes().last() {
        // ".    .    .    ." closing a press statement, or a paragraph number alone.
        Some(b'.') => {
            line.bytes().all(|b| b == b'.' || b == b' ')
                || line.split(' ').all(super::lead::is_marker)
        }
        Some(_) => {
            let mut words = line.split(' ');
            let first = words.next().unwrap_or("");
            let last = words.next_back();
            match last {
                None => is_image_name(first),
                Some(last) => {
                    lang.ago_words.contains_ignore_case(last)
                        && first.bytes().all(|b| b.is_ascii_digit())
                        && words.count() <= 2
                }
            }
        }
        _ => false,
    }
}

/// Cuts chrome glued to the start of `line` (see [`Lang::glued_openings`]).
fn cut_glued_opening(line: &mut String, lang: &Lang) {
    cut_syndication_mark(line);
    let glued = lang
        .glued_openings
        .iter()
        .find(|o| scan::starts_with_ignore_case(line, o));
    if let Some(o) = glued {
        let rest = line[o.len()..].trim_start().len();
        line.drain(..line.len() - rest);
    }
    // Told first by the line's first byte and its length, out of line.
    if line.len() > SITE_DATELINE_MIN_BYTES && line.as_bytes()[0].is_ascii_uppercase() {
        cut_site_dateline(line);
        space_glued_credit(line);
    }
}

/// "Islamabad, August 24, 2021 (PPI-OT):Foreign Minister X received ...": a dateline's
/// credit in brackets and its colon glued to the first word of the text. A space is put
/// after the colon, so that the dateline and the name are words apart. Only a colon right
/// after a bracket's close within the line's first bytes, before a capital.
fn space_glued_credit(line: &mut String) {
    let head = &line.as_bytes()[..line.len().min(DATELINE_CREDIT_BYTES)];
    let glued = head
        .windows(3)
        .position(|w| w[0] == b')' && w[1] == b':' && w[2].is_ascii_uppercase());
    if let Some(at) = glued {
        line.insert(at + 2, ' ');
    }
}

/// The most words of a caption that is a title and a name.
const NAME_CAPTION_WORDS: usize = 12;

/// "Deputy Prime Minister and Foreign Minister Pham Binh Minh": a title (its first word a
/// title's, the others capitalised or connectors) and a name of two words or more, no other
/// word.
#[inline(never)]
fn is_name_caption(line: &str, lang: &Lang) -> bool {
    let words: Vec<&str> = line.split(' ').collect();
    if !(3..=NAME_CAPTION_WORDS).contains(&words.len()) || !lang.is_role_word(words[0]) {
        return false;
    }
    let fits = |w: &&str| scan::is_capitalised(w) || lang.is_connector(w);
    // The name: the capitalised words after the last title word.
    let name = words.len()
        - 1
        - words
            .iter()
            .rposition(|w| lang.is_role_word(w))
            .unwrap_or(0);
    let named = |w: &&str| {
        scan::is_capitalised(w)
            && w.chars().all(char::is_alphabetic)
            && (lang.script.is_name_word)(w, lang)
            && lang.country_at(&[w]).is_none()
    };
    words.iter().all(fits) && name >= 2 && words[words.len() - name..].iter().all(named)
}

/// The fewest bytes of an attribution line glued to the text after it.
const ATTRIBUTION_MIN_BYTES: usize = 40;

/// The paragraphs before an attribution line glued to the text.
const ATTRIBUTION_PARAGRAPHS: usize = 6;

/// The most bytes of an attribution line before its colon.
const ATTRIBUTION_BYTES: usize = 100;

/// Where the colon of an attribution line ([`Lang::attribution_openings`]) stands when a
/// capital follows it on the same line.
#[inline(never)]
fn attribution_colon(line: &str, lang: &Lang) -> Option<usize> {
    if !lang
        .attribution_openings
        .iter()
        .any(|o| scan::starts_with_ignore_case(line, o))
    {
        return None;
    }
    // (The colon and its space within the line's first bytes.)
    colon_before_capital(line).filter(|&colon| colon + 2 <= ATTRIBUTION_BYTES)
}

/// The fewest bytes of a line that opens with a site's dateline and goes on.
const SITE_DATELINE_MIN_BYTES: usize = 16;

/// The most bytes of a site's dateline ("Washington, DC (STL.News) ").
const SITE_DATELINE_BYTES: usize = 48;

/// "(MENAFN- Kuwait News Agency (KUNA)) MUSCAT, March 28 (KUNA) -- ...": a syndication
/// site's mark, its name and its source in brackets (which may hold brackets), before the
/// first line of the story, is cut from it.
fn cut_syndication_mark(line: &mut String) {
    if !line.starts_with("(MENAFN") {
        return;
    }
    let mut depth = 0usize;
    for (i, c) in line.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    let rest = line[i + 1..].trim_start().len();
                    line.drain(..line.len() - rest);
                    return;
                }
            }
            _ => {}
        }
    }
}

/// "Washington, DC (STL.News) The below is attributable to ...": a copying site's dateline
/// before the first line of the text, a place of capitalised words and the site's name in
/// brackets (one word with a dot, as its domain), is cut from the line.
#[inline(never)]
fn cut_site_dateline(line: &mut String) {
    let head = &line.as_bytes()[..line.len().min(SITE_DATELINE_BYTES)];
    if !head.first().is_some_and(u8::is_ascii_uppercase) {
        return;
    }
    let Some(open) = head.windows(2).position(|w| w == b" (") else {
        return;
    };
    let Some(close) = head[open..].windows(2).position(|w| w == b") ") else {
        return;
    };
    let (place, site) = (&line[..open], &line[open + 2..open + close]);
    let placed = place.split(' ').all(|w| {
        scan::is_capitalised(w.trim_end_matches(','))
            && w.bytes()
                .all(|b| b.is_ascii_alphabetic() || b == b',' || b == b'.')
    });
    let domain = site.contains('.') && !site.contains(' ') && !site.ends_with('.');
    if placed && domain {
        line.drain(..open + close + 2);
    }
}

/// A photo's caption closed by its credit ("... receives the Ambassador. (Photo: VNA)"): the
/// credit.
///
/// Also a caption closed by an agency's credit with its photographer ("... in Vladivostok on
/// Sept. 7, 2012. (Xinhua/Xie Huanchi)"), and one that holds a caption's mark and closes with
/// a short credit in brackets ("Minister X (R) and Secretary Y pose for a photo ...
/// (Yonhap)", "... in this photo released by his office. (Ministry of Foreign Affairs)").
fn caption_credit<'a>(line: &'a str, lang: &Lang) -> Option<&'a str> {
    if line.ends_with(']') {
        return square_credit(line, lang);
    }
    if !line.ends_with(')') {
        // (A credit after a dash ends in a letter, most paragraphs in a stop.)
        let letter = line.as_bytes().last().is_some_and(u8::is_ascii_alphabetic);
        return if letter {
            dash_credit(line, lang).or_else(|| slash_credit(line, lang))
        } else {
            None
        };
    }
    let credit = &line[line.rfind('(')?..];
    let photo = || {
        lang.caption_credits
            .iter()
            .any(|c| scan::starts_with_ignore_case(credit, c))
    };
    // A body paragraph may close with the agency's credit alone ("(Xinhua)"), never with its
    // photographer's name.
    let photographer = || {
        credit[1..credit.len() - 1]
            .split_once('/')
            .is_some_and(|(a, name)| lang.credit_of(a).is_some() && scan::is_capitalised(name))
    };
    let marked = || {
        credit.len() <= CAPTION_CREDIT_BYTES
            && credit.len() < line.len()
            && lang
                .caption_marks
                .iter()
                .any(|m| scan::contains_ignore_case(line, m))
    };
    (photo() || photographer() || marked()).then_some(credit)
}

/// Bytes at a line's end searched for a dash before a photo's credit.
const DASH_CREDIT_BYTES: usize = 64;

/// "... had a telephone conversation on Thursday. — Photo courtesy of the Ministry of Foreign
/// Affairs", "Foreign Minister X. — VNA/VNS Photo": a caption whose last sentence is followed
/// by a dash and a photo's credit (the agencies of Viet Nam); or a line of that credit alone.
#[inline(never)]
fn dash_credit<'a>(line: &'a str, lang: &Lang) -> Option<&'a str> {
    // Both dashes are E2 80 93 and E2 80 94: their first byte, looked for in the line's end
    // (by memchr), then found from the end.
    let b = line.as_bytes();
    let from = b.len().saturating_sub(DASH_CREDIT_BYTES);
    if !b[from..].contains(&0xE2) {
        return stop_credit(line, from, lang);
    }
    let at = from + b[from..].iter().rposition(|&x| x == 0xE2)?;
    if !matches!(b.get(at + 1..at + 3), Some([0x80, 0x93 | 0x94])) {
        return None;
    }
    let before = line[..at].trim_end();
    if !before.is_empty() && !before.ends_with('.') {
        return None;
    }
    let piece = line[at..].trim_start_matches(['—', '–']).trim();
    let first = piece.split(' ').next().unwrap_or("");
    let last = piece.rsplit(' ').next().unwrap_or("");
    let photo = |w: &str| is_photo_label(w.trim_end_matches(':'), lang);
    (photo(first) || photo(last)).then_some(&line[at..])
}

/// "Minister X speaks on the phone with Foreign Minister Y /Courtesy of Ministry of Foreign
/// Affairs": a caption closed by a slash and a photo's credit (a Korean paper's English site).
#[inline(never)]
fn slash_credit<'a>(line: &'a str, lang: &Lang) -> Option<&'a str> {
    let b = line.as_bytes();
    let from = b.len().saturating_sub(DASH_CREDIT_BYTES);
    // Most lines have no slash near their end: told by a byte search.
    let slash = from + b[from..].iter().rposition(|&x| x == b'/')?;
    let at = from + b[from..=slash].windows(2).rposition(|p| p == b" /")?;
    let credit = &line[at + 2..];
    let first = credit.split(' ').next().unwrap_or("");
    is_photo_label(first, lang).then_some(&line[at + 1..])
}

/// "Photo", "photos": one of [`Lang::caption_credits`] without its bracket.
fn is_photo_label(w: &str, lang: &Lang) -> bool {
    lang.caption_credits
        .iter()
        .any(|c| c.trim_start_matches('(').eq_ignore_ascii_case(w))
}

/// "Minister A (L) and Minister B, Chongqing, China, June 8, 2021. Photo: VGP": a caption whose
/// last sentence is a photo's credit of a label and a word or two.
fn stop_credit<'a>(line: &'a str, from: usize, lang: &Lang) -> Option<&'a str> {
    let at = from
        + line.as_bytes()[from..]
            .windows(2)
            .rposition(|p| p == b". ")?;
    let credit = &line[at + 2..];
    let (label, rest) = credit.split_once(": ")?;
    (is_photo_label(label, lang) && rest.split(' ').count() <= 2).then_some(credit)
}

/// "President X holds a phone call with ... on Wednesday. [PRESIDENTIAL OFFICE]": a caption
/// closed by a credit in capitals between square brackets, the way Korean news sites credit
/// their photos ("[YONHAP]", "[JOONGANG PHOTO]", "[NEWS1]"); a body sentence never closes so.
#[inline(never)]
fn square_credit<'a>(line: &'a str, lang: &Lang) -> Option<&'a str> {
    let at = line.rfind('[').filter(|&at| at > 0)?;
    let credit = &line[at..];
    // "[Photo/Xinhua]": a photo's credit or an agency's, in any case.
    let words = &credit[1..credit.len() - 1];
    let photo = lang.caption_credits.iter().any(|c| {
        let c = c.trim_start_matches('(');
        scan::starts_with_ignore_case(words, c)
    });
    let agency = || {
        words
            .split_once('/')
            .is_some_and(|(a, b)| lang.credit_of(a).is_some() || lang.credit_of(b).is_some())
    };
    if photo || agency() {
        return Some(credit);
    }
    let inner = words.as_bytes();
    let capitals = inner.iter().filter(|b| b.is_ascii_uppercase()).count();
    let caps = capitals >= SQUARE_CREDIT_CAPITALS
        && inner.len() <= CAPTION_CREDIT_BYTES
        && inner
            .iter()
            .all(|&b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b' ');
    caps.then_some(credit)
}

/// The capitals a square-bracketed credit has at least ("[UN]" is no credit).
const SQUARE_CREDIT_CAPITALS: usize = 4;

/// "• SARAH KIM", "By Tessa Morland": a reporter's byline above a news site's copy (before the
/// body): a bullet and a name in capitals, or one of [`Lang::byline_prefixes`] and a
/// capitalised name, of two to four words and nothing else.
fn is_byline(line: &str, lang: &Lang) -> bool {
    if line.len() > BYLINE_BYTES {
        return false;
    }
    let bullet = line.trim_start_matches(['•', '▪', '◦']);
    let (name, capitals) = if bullet.len() < line.len() {
        (bullet.trim_start(), true)
    } else {
        let Some((by, mut rest)) = line.split_once(' ') else {
            return false;
        };
        if !lang.byline_prefixes.contains_ignore_case(by) {
            // "Edited by Ivan Ortega": a prefix of two words.
            let Some((by2, rest2)) = rest.split_once(' ') else {
                return false;
            };
            if !lang
                .byline_prefixes
                .contains_ignore_case(&line[..by.len() + 1 + by2.len()])
            {
                return false;
            }
            rest = rest2;
        }
        (rest, false)
    };
    let n = name.split(' ').count();
    // "By USGOV", "By AFP", "By Azernews": a desk's or an agency's handle, one word, in
    // capitals or capitalised.
    let handle = || {
        !capitals
            && name.len() >= HANDLE_CAPITALS
            && name.bytes().all(|b| b.is_ascii_alphabetic())
            && name.as_bytes()[0].is_ascii_uppercase()
    };
    if n == 1 && handle() {
        return true;
    }
    (2..=BYLINE_WORDS).contains(&n)
        && name.split(' ').all(|w| {
            let letters = w.trim_end_matches('.').trim_end_matches(',');
            !letters.is_empty()
                && letters
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '.' || c == '\'')
                && if capitals {
                    letters
                        .chars()
                        .all(|c| !c.is_alphabetic() || c.is_ascii_uppercase())
                } else {
                    scan::is_capitalised(letters)
                }
        })
}

/// The words of a byline's name at most, and the bytes of its line.
const BYLINE_WORDS: usize = 4;

/// The capitals of a byline's one-word handle at least ("By AFP"; not "By UN").
const HANDLE_CAPITALS: usize = 3;
const BYLINE_BYTES: usize = 60;

/// The agency a photo's credit names ("(Photo: VNA)", "Xinhua/Li Wen"), if any.
fn credit_agency(credit: &str, lang: &Lang) -> Option<&'static Publisher> {
    credit
        .split([' ', '/', ':', '(', ')'])
        .find_map(|w| lang.credit_of(w))
}

/// The longest credit in brackets that closes a caption with a caption's mark.
const CAPTION_CREDIT_BYTES: usize = 40;

/// Cuts a photo's caption glued to the text after it ("... at their meeting in Phnom Penh on
/// November 12 (Photo: VNA)Phnom Penh (VNA) – Vietnamese Minister ..."): the caption's credit
/// in brackets with a capital right after its closing bracket, or a space and the story's
/// dateline with its agency's credit. Gives the credit's agency, if
/// the credit names one (`Some(None)` when a caption was cut without it).
fn cut_glued_caption(line: &mut String, lang: &Lang) -> Option<Option<&'static Publisher>> {
    let mut from = 0;
    while let Some(i) = line[from..].find('(').map(|i| from + i) {
        from = i + 1;
        let rest = &line[i..];
        if !lang
            .caption_credits
            .iter()
            .any(|c| scan::starts_with_ignore_case(rest, c))
        {
            continue;
        }
        let close = i + rest.find(')')?;
        let after = &line[close + 1..];
        // Glued to a capital, or a space before a dateline with its agency ("(Photo: VNA)
        // Hanoi (VNA) – ...").
        let glued = after.starts_with(|c: char| c.is_uppercase());
        let dated = || after.starts_with(' ') && dateline_credit(&after[1..], lang).is_some();
        if !(glued || dated()) {
            continue;
        }
        let agency = credit_agency(&line[i + 1..close], lang);
        line.drain(..close + 1 + usize::from(!glued));
        return Some(agency);
    }
    None
}

/// The longest line [`is_page_furniture`] looks at.
const FURNITURE_BYTES: usize = 40;

/// "pm1.jpg", "IMG_0042.JPEG": an image's file name.
fn is_image_name(w: &str) -> bool {
    w.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty()
            && ["jpg", "jpeg", "png", "gif", "webp"]
                .iter()
                .any(|e| ext.eq_ignore_ascii_case(e))
    })
}

/// Drops the lines that close a page after the article: short lines in title case (without
/// closing punctuation, or a related headline's full stop) ("Filed Under", "Simple Search of Our Archives", "Back to Japan-Germany
/// Relations", a related article's headline), a citation that ends in a link, and paragraphs
/// that address the reader (a comment form, a site's notice). Only after a paragraph that ends
/// like a sentence, and never a date line ("Published 17 June 2021").
fn drop_page_foot(
    text: &mut String,
    paragraphs: &mut Vec<Span>,
    clues: &mut Vec<&'static str>,
    lang: &Lang,
) {
    while paragraphs.len() > 1 {
        let last = paragraphs[paragraphs.len() - 1];
        let s = last.of(text);
        let foot = is_foot_line(s) || addresses_reader(s, lang) || is_repeated_phrase(s);
        if !foot || date::line(s, lang).is_some() {
            break;
        }
        let before = &paragraphs[..paragraphs.len() - 1];
        if !before
            .iter()
            .any(|p| p.of(text).ends_with(['.', '!', '?', '"']))
        {
            break;
        }
        clues.extend(cited_title_publisher(s, lang));
        paragraphs.pop();
        let end = paragraphs.last().map_or(0, |p| p.end);
        text.truncate(end);
    }
}

/// The paragraphs among which a standfirst is looked for: a headline, the standfirst, a caption
/// and the body's first paragraph.
const STANDFIRST_PARAGRAPHS: usize = 4;

/// The shortest standfirst [`drop_standfirst`] compares.
const STANDFIRST_BYTES: usize = 40;

/// The most bytes of a dateline before the body's first sentence repeats a standfirst
/// ("Hanoi (VNA) – ").
const STANDFIRST_DATELINE_BYTES: usize = 48;

/// "The Prime Minister spoke to X this morning" under the headline, then the body opening
/// "The Prime Minister spoke to X this morning.": a page's standfirst (its summary under the
/// headline) that the body's first paragraph repeats, after a dateline perhaps and with
/// spaces lost or added in the copy ("Viphavanhmade", "April6"). The repetition is dropped
/// from the body (the standfirst is the cleaner copy: no dateline, no glued words), and the
/// rest of its paragraph kept. Never the headline (the first paragraph that is no date line);
/// once per readout.
fn drop_standfirst(text: &mut String, paragraphs: &mut Vec<Span>, lang: &Lang) {
    let n = paragraphs.len().min(STANDFIRST_PARAGRAPHS);
    for i in 1..n.saturating_sub(1) {
        let (a, b) = (paragraphs[i].of(text), paragraphs[i + 1].of(text));
        let Some(end) = (a.len() >= STANDFIRST_BYTES)
            .then(|| repeats(a, b))
            .flatten()
        else {
            continue;
        };
        // A standfirst stands under a headline: a date line above is no headline.
        let headed = paragraphs[..i]
            .iter()
            .any(|p| date::line(p.of(text), lang).is_none());
        if !headed {
            continue;
        }
        let rest = b[end..].trim_start().len();
        let para = paragraphs[i + 1];
        // The whole paragraph, with the blank line before it, or its repeated head.
        let cut = if rest == 0 {
            paragraphs[i].end..para.end
        } else {
            para.start..para.end - rest
        };
        let gone = cut.len();
        text.replace_range(cut, "");
        if rest == 0 {
            paragraphs.remove(i + 1);
        } else {
            paragraphs[i + 1].end -= gone;
        }
        for p in &mut paragraphs[i + 2 - usize::from(rest == 0)..] {
            p.start -= gone;
            p.end -= gone;
        }
        return;
    }
}

/// Where `b`'s repetition of `a` ends: `b` opens, after at most a dateline's bytes, with all
/// of `a`'s characters but its spaces (and a closing period `a` may lack).
fn repeats(a: &str, b: &str) -> Option<usize> {
    let first = a.split(' ').next().unwrap_or(a);
    let head = &b.as_bytes()[..b.len().min(STANDFIRST_DATELINE_BYTES + first.len())];
    // Told by the first byte before the word is compared (most positions fail at once).
    let f0 = *first.as_bytes().first()?;
    let at = head
        .windows(first.len())
        .position(|w| w[0] == f0 && w == first.as_bytes())?;
    let bb = b.as_bytes();
    let mut j = at;
    for c in a.bytes().filter(|&c| c != b' ') {
        while bb.get(j) == Some(&b' ') {
            j += 1;
        }
        if bb.get(j) != Some(&c) {
            return None;
        }
        j += 1;
    }
    if !a.ends_with(['.', '!', '?']) && bb.get(j) == Some(&b'.') {
        j += 1;
    }
    // The repetition ends where a sentence or the paragraph does.
    let sentence = matches!(bb[..j].last(), Some(b'.' | b'!' | b'?'));
    (j == bb.len() || bb[j] == b' ' && sentence).then_some(j)
}

/// How often a paragraph repeats its first words for [`is_repeated_phrase`].
const SPAM_REPEATS: usize = 3;

/// "brand outlet brand outlet brand outlet brand ou": a phrase repeated over and over with
/// no sentence's end, which a hacked page injects under its articles (its first two words
/// recur three times or more).
fn is_repeated_phrase(s: &str) -> bool {
    if s.ends_with(['.', '!', '?', '"', ')']) {
        return false;
    }
    let mut words = s.split(' ');
    let (Some(a), Some(b)) = (words.next(), words.next()) else {
        return false;
    };
    let phrase = &s[..a.len() + 1 + b.len()];
    s.matches(phrase).nth(SPAM_REPEATS - 1).is_some()
}

/// A paragraph in which the page speaks to its reader ("As a user, if you see something we
/// have missed, please tell us", "You are commenting using your account"), outside any
/// quotation: a readout reports and never does.
pub(super) fn addresses_reader(s: &str, lang: &Lang) -> bool {
    // Words of ASCII letters, split at bytes (a byte outside ASCII is no letter, as its
    // char is none): no char is decoded.
    // Each quotation mark by a byte search of its own (a search for any of three chars
    // decodes every char).
    !['"', '“', '”'].iter().any(|&q| s.contains(q))
        && s.as_bytes()
            .split(|c| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .any(|w| {
                std::str::from_utf8(w).is_ok_and(|w| lang.reader_words.contains_ignore_case(w))
            })
}

/// The longest line [`signed_byline`] takes.
const SIGNED_BYLINE_BYTES: usize = BYLINE_BYTES + 40;

/// "By Shin Hyon-hee (heeshin@heraldcorp.com)": a reporter's byline with the address in
/// brackets, as a paper signs its story under the last paragraph.
#[inline(never)]
fn signed_byline(line: &str, lang: &Lang) -> bool {
    let Some((name, address)) = line.strip_suffix(')').and_then(|l| l.rsplit_once(" (")) else {
        return false;
    };
    address.contains('@') && !address.contains(' ') && is_byline(name, lang)
}

/// A line before the body: a republisher's dated notice becomes its date line; true for a
/// byline, which is dropped. Out of line: the loop over every line stays as small as it was.
#[inline(never)]
fn front_chrome(line: &mut String, lang: &Lang) -> bool {
    republished_date(line, lang);
    is_byline(line, lang)
        || is_menu_item(line)
        // ("- Published Date: 12:00 | 20 January 2018": a list's item that is the date line.)
        || is_link_item(line) && date::line(line, lang).is_none()
        || is_ticker(line)
        || is_empty_field(line, lang)
        || is_country_alone(line, lang)
}

/// The most words and bytes [`is_country_alone`] reads ("The People's Republic of China").
const COUNTRY_LINE_WORDS: usize = 8;
const COUNTRY_LINE_BYTES: usize = 48;

/// "The People's Republic of China" under "Ministry of Foreign Affairs": a ministry's masthead,
/// or a site's section, that names a country and nothing else (no headline, no sentence).
fn is_country_alone(line: &str, lang: &Lang) -> bool {
    // (Told by its first byte, a capital, and its length: most lines are longer.)
    if !line.starts_with(|c: char| c.is_ascii_uppercase()) || line.len() > COUNTRY_LINE_BYTES {
        return false;
    }
    let mut words = [""; COUNTRY_LINE_WORDS];
    let mut n = 0;
    for w in line.split(' ') {
        if n == COUNTRY_LINE_WORDS {
            return false;
        }
        words[n] = w;
        n += 1;
    }
    let words = &words[..n];
    let article = |w: &str| lang.articles.iter().any(|a| a.eq_ignore_ascii_case(w));
    let from = usize::from(n > 1 && article(words[0]));
    // (One look-up tells most first words, which open no country.)
    lang.opens_country(words[from])
        && lang
            .country_at(&words[from..])
            .is_some_and(|(_, k, adjective)| !adjective && from + k == n)
}

/// The words an empty field's label may have.
const EMPTY_FIELD_WORDS: usize = 3;

/// "Release Time:", "Posting Date:": before the body, the label of a page's field left
/// empty: one to three capitalised words of letters, no title among them, the last one of
/// [`Lang::field_nouns`], and the colon (not a name: "Harriet Dunmore:").
fn is_empty_field(line: &str, lang: &Lang) -> bool {
    let Some(label) = line.strip_suffix(':') else {
        return false;
    };
    let mut n = 0;
    let mut last = "";
    for w in label.split(' ') {
        n += 1;
        let word =
            w.chars().all(char::is_alphabetic) && scan::is_capitalised(w) && !lang.is_role_word(w);
        if n > EMPTY_FIELD_WORDS || !word {
            return false;
        }
        last = w;
    }
    lang.field_nouns.contains_ignore_case(last)
}

/// The separator between the headlines of a news site's ticker.
const TICKER_MARK: &str = " • ";

/// The fewest bytes of a ticker's line (three short headlines and their bullets).
const TICKER_MIN_BYTES: usize = 48;

/// The bytes of a ticker's line within which its first bullet stands (a headline's length).
const TICKER_HEAD_BYTES: usize = 160;

/// The fewest headlines a ticker line holds.
const TICKER_ITEMS: usize = 3;

/// "Rail link opens in Laos  • Copper output rises  • Film festival draws crowds": before the
/// body, a line of headlines set apart by bullets (a news site's "Off the wire" ticker above
/// the story), each opening like a headline and none closing like a sentence.
fn is_ticker(line: &str) -> bool {
    // The first bullet closes the first headline: most lines hold none in their first bytes,
    // told by a scan for its last byte ("•" is E2 80 A2) where a substring search of the whole
    // line would be set up for every line.
    if line.len() < TICKER_MIN_BYTES {
        return false;
    }
    let head = &line.as_bytes()[..line.len().min(TICKER_HEAD_BYTES)];
    if scan::next_of(head, 0, [0xA2, 0xA2]) == head.len() || !line.contains(TICKER_MARK) {
        return false;
    }
    let mut items = 0;
    let headlines = line.split(TICKER_MARK).all(|item| {
        items += 1;
        let item = item.trim();
        item.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '"')
            && !item.ends_with(['.', ':', ';', ','])
    });
    headlines && items >= TICKER_ITEMS
}

/// "Minister A speaks with B on Tuesday. (Yonhap) Minister A speaks with B on Tuesday.
/// (Yonhap)": before the body, a line that is one text twice over is a photo's caption that
/// the copy printed with its alternative text. A readout's sentence does not repeat itself.
#[inline]
fn is_doubled(line: &str) -> bool {
    let b = line.as_bytes();
    let mid = b.len() / 2;
    (3..=DOUBLED_CAPTION_BYTES).contains(&b.len())
        && b.len() % 2 == 1
        && b[mid] == b' '
        && b[..mid] == b[mid + 1..]
}

/// The longest line [`is_doubled`] takes for a caption printed twice: a caption is a sentence
/// or two (a text that repeats a long paragraph is kept for what it is).
const DOUBLED_CAPTION_BYTES: usize = 801;

/// The longest line [`is_link_item`] takes for a headline.
const LINK_ITEM_BYTES: usize = 160;

/// "- S. Korea unveils first graphic cigarette warnings": before the body, a dash, a space and
/// a headline without a closing stop is an item of the page's list of other articles (a news
/// site's "latest" links above the story).
fn is_link_item(line: &str) -> bool {
    let b = line.as_bytes();
    if b.len() > LINK_ITEM_BYTES || b.len() < 4 || b[0] != b'-' || b[1] != b' ' {
        return false;
    }
    let item = &line[2..];
    item.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '\'' || c == '‘')
        && !item.ends_with(['.', ':', ';', ','])
}

/// Words and bytes of a menu's item ("• Binh Duong", "• Thua Thien Hue").
const MENU_ITEM_WORDS: usize = 3;
const MENU_ITEM_BYTES: usize = 40;

/// "• Binh Duong": before the body, a bullet and a few capitalised words without a stop is an
/// item of the page's menu (a portal's list of provinces, a ministry's sections).
fn is_menu_item(line: &str) -> bool {
    if line.len() > MENU_ITEM_BYTES || !line.starts_with(['•', '▪', '◦']) {
        return false;
    }
    let item = line.trim_start_matches(['•', '▪', '◦']).trim_start();
    let mut words = 0;
    let capitalised = item.split(' ').all(|w| {
        words += 1;
        scan::is_capitalised(w)
    });
    capitalised && words <= MENU_ITEM_WORDS && !item.ends_with(['.', ',', ':', ';'])
}

/// "The following press release was published by the Office of the Spokesperson on Aug. 29,
/// 2021. It is reproduced in full below.": a republisher's notice (one of
/// [`Lang::republished_notices`]) becomes the date line it holds; one without a date is left
/// to the chrome tests.
fn republished_date(line: &mut String, lang: &Lang) {
    let opens = |p: &str| scan::starts_with_ignore_case(line, p);
    if !line.starts_with(['T', 't']) || !lang.republished_notices.iter().any(opens) {
        return;
    }
    if let Some((_, at)) = date::find(line, lang) {
        line.truncate(at.end);
        line.drain(..at.start);
    }
}

/// The end of a release service's notice under its copy (see [`release_service_date`]).
const RELEASE_NOTICE_END: &str = "is solely responsible for the information contained herein.";

/// "British Prime Minister's Office published this content on 11 January 2017 and is solely
/// responsible for the information contained herein.": a release service's notice under the
/// copy becomes a date line of the day the office published it ("Published 11 January
/// 2017"), against which "yesterday" counts.
/// Asked only of a line that ends with [`RELEASE_NOTICE_END`].
fn release_service_date(line: &mut String, lang: &Lang) {
    let Some((_, at)) = date::find(line, lang) else {
        return;
    };
    let date = line[at].to_string();
    line.clear();
    line.push_str("Published ");
    line.push_str(&date);
}

/// `data-originalfontsize="12pt">As stated by ...`: the rest of an HTML tag copied with the
/// text (attributes, then the tag's `>`) is cut from the line's start.
fn cut_attribute_residue(line: &mut String) {
    let b = line.as_bytes();
    if b.first().is_some_and(u8::is_ascii_lowercase) && line.contains("=\"") {
        cut_attributes(line);
    }
}

#[inline(never)]
fn cut_attributes(line: &mut String) {
    let b = line.as_bytes();
    // Attributes `name="value"` one after another, then `>`.
    let mut i = 0;
    loop {
        let name = b[i..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b':'))
            .count();
        if name == 0 || b.get(i + name) != Some(&b'=') || b.get(i + name + 1) != Some(&b'"') {
            return;
        }
        let value = i + name + 2;
        let Some(close) = b[value..].iter().position(|&c| c == b'"') else {
            return;
        };
        i = value + close + 1;
        match b.get(i) {
            Some(b'>') => {
                let rest = line[i + 1..].trim_start().len();
                line.drain(..line.len() - rest);
                return;
            }
            Some(b' ') => i += 1,
            _ => return,
        }
    }
}

/// The words a foot line may have.
const FOOT_LINE_WORDS: usize = 12;

/// A line of a page's foot (see [`drop_page_foot`]).
fn is_foot_line(s: &str) -> bool {
    // "Spring Trade Fair Opens in Guangzhou.": a related headline may keep its full stop (one
    // sentence of a headline's words: see `headline_with_stop`).
    if let Some(h) = s.strip_suffix('.') {
        return headline_with_stop(h);
    }
    if s.ends_with(['.', '!', '?', '"', ')', ':', ';', ',']) {
        return false;
    }
    let last = s.rsplit(' ').next().unwrap_or("");
    if last.starts_with("http://") || last.starts_with("https://") || last.starts_with("www.") {
        return true;
    }
    let mut n = 0;
    for w in s.split(' ') {
        n += 1;
        if n > FOOT_LINE_WORDS {
            return false;
        }
        // Title case: every word of four letters or more is capitalised.
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= 4
            && !w.starts_with(|c: char| !c.is_alphabetic() || crate::core::case::is_upper(c))
        {
            return false;
        }
    }
    true
}

/// The fewest words, and capitalised words of four letters or more, of a headline kept with
/// its full stop under the story.
const STOPPED_HEADLINE_WORDS: usize = 3;
const STOPPED_HEADLINE_CAPITALS: usize = 2;

/// "Spring Trade Fair Opens in Guangzhou" (its full stop taken off): one sentence of three to
/// twelve words without a comma or a colon, every word of four letters or more capitalised in
/// Latin capitals and at least two such words; not "They met." nor a line in another script.
fn headline_with_stop(h: &str) -> bool {
    // (A comma or a colon inside: a citation or a sentence's clause, not a headline.)
    if h.ends_with(['.', '!', '?', '"', ')', ':', ';', ','])
        || h.contains(". ")
        || h.contains([',', ':'])
    {
        return false;
    }
    let (mut n, mut capitals) = (0, 0);
    for w in h.split(' ') {
        n += 1;
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        if n > FOOT_LINE_WORDS || letters >= 4 && !w.starts_with(|c: char| c.is_ascii_uppercase()) {
            return false;
        }
        capitals += usize::from(letters >= 4);
    }
    n >= STOPPED_HEADLINE_WORDS && capitals >= STOPPED_HEADLINE_CAPITALS
}

/// "en-GB", "ru-RU1": a locale code of a language switcher (with a page's counter).
fn is_language_code(t: &str) -> bool {
    // Digits are ASCII: trimmed byte by byte.
    let b = t.as_bytes();
    let b = &b[..b
        .iter()
        .rposition(|c| !c.is_ascii_digit())
        .map_or(0, |e| e + 1)];
    b.len() == 5
        && b[2] == b'-'
        && b[..2].iter().all(u8::is_ascii_lowercase)
        && b[3..].iter().all(u8::is_ascii_uppercase)
}

/// "Home > News > Activities", "首页 ＞ 新闻": short pieces joined by `>` or `»`, no sentence
/// punctuation.
fn is_breadcrumb(line: &str) -> bool {
    line.len() < 200
        // A sentence is told by its end before its characters are searched; the other arrows
        // are not ASCII: an ASCII line is not searched for them.
        && !line.ends_with(['.', '。'])
        && (line.as_bytes().contains(&b'>') || !line.is_ascii() && line.contains(['»', '＞', '→']))
        && line
            .split(['>', '»', '＞', '→'])
            .all(|piece| piece.trim().len() < 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse::lang::en::EN;

    #[test]
    fn a_bar_is_told_as_split_and_trim_matches_tell_it() {
        let naive = |line: &str| {
            let mut tokens = line.split(' ').filter(|t| !t.is_empty()).peekable();
            tokens.peek().is_some()
                && tokens.all(|t| {
                    let t = t.trim_matches(['|', '/', '·']);
                    t.is_empty()
                        || EN.is_language_name(t)
                        || is_language_code(t)
                        || EN.is_chrome_line(t)
                })
        };
        for line in [
            "",
            " ",
            "  ",
            "|",
            "| |",
            "·",
            "··|/",
            "English | Français",
            "English|Français",
            "print article email facebook",
            "Print / Email / Share",
            "·Share·",
            "Share ·",
            "en-US | fr-FR",
            "en-US2",
            "Both sides agreed.",
            "English Both",
            " English  ",
            "/English/",
            "·English",
            "|·|English·|",
            "Share ·x",
            "x",
            "é·",
            "·é",
        ] {
            assert_eq!(is_bar(line, &EN), naive(line), "{line:?}");
        }
    }

    fn paragraphs(raw: &str) -> Vec<String> {
        let c = clean(raw, &EN);
        c.paragraphs
            .iter()
            .map(|p| p.of(&c.text).to_string())
            .collect()
    }

    #[test]
    fn a_credit_glued_to_the_first_word_is_spaced_from_it() {
        assert_eq!(
            paragraphs("Karachi, May 3, 2022 (PPI-OT):Foreign Minister Lodhi met X.\nThey spoke."),
            [
                "Karachi, May 3, 2022 (PPI-OT): Foreign Minister Lodhi met X.",
                "They spoke."
            ]
        );
        // A colon after a bracket later in a line, or before a lowercase word, is left.
        assert_eq!(
            paragraphs("The ministers met in Karachi on a Monday, as in 2019 (and 2020):The text."),
            ["The ministers met in Karachi on a Monday, as in 2019 (and 2020):The text."]
        );
        assert_eq!(paragraphs("Note (1):the text."), ["Note (1):the text."]);
    }

    #[test]
    fn a_breadcrumb_copied_without_its_arrows_is_chrome() {
        let raw =
            "HomeOffice of the SpokespersonPress ReleasesSecretary Vale's Call\n\nTitle\n\nBody.";
        assert_eq!(paragraphs(raw), vec!["Title", "Body."]);
        // A name with a capital inside, or a first word that is no link, is no breadcrumb.
        assert!(!is_glued_breadcrumb(
            "McAllister and the Homeland Office",
            &EN
        ));
        assert!(!is_glued_breadcrumb("Homeland Security Office", &EN));
        assert!(!is_glued_breadcrumb("HomeOffice gave a statement.", &EN));
    }

    #[test]
    fn a_date_stamp_glued_to_the_first_line_is_a_line_of_its_own() {
        let raw = "Title\n15 January, 2021On January 15, Minister A held a call.\n\nBody.";
        assert_eq!(
            paragraphs(raw),
            vec![
                "Title",
                "15 January, 2021",
                "On January 15, Minister A held a call.",
                "Body."
            ]
        );
        let raw = "Title\nJune 7, 2022The below is attributable to Spokesperson N:\n\nBody.";
        assert_eq!(paragraphs(raw)[1], "June 7, 2022");
        // No date before the capital, or a number that is no year: the line is kept whole.
        let raw = "Title\nAround 2021On the eve of the talks, A met B.\n\nBody.";
        assert_eq!(
            paragraphs(raw)[1],
            "Around 2021On the eve of the talks, A met B."
        );
        let raw = "Title\nThe G20 summit.\n\nBody.";
        assert_eq!(paragraphs(raw)[1], "The G20 summit.");
    }

    #[test]
    fn a_list_item_that_is_the_date_line_stays() {
        let raw = "Title\n- World\n- Published Date: 12:00 | 20 January 2018\nBody.";
        assert_eq!(
            paragraphs(raw),
            vec![
                "Title",
                "- Published Date: 12:00 | 20 January 2018",
                "Body."
            ]
        );
    }

    #[test]
    fn a_syndication_sites_mark_is_cut_from_the_first_line() {
        let mut line =
            "(MENAFN- Example News Agency (ENA)) MUSCAT, March 28 (ENA) -- A met B.".to_string();
        cut_syndication_mark(&mut line);
        assert_eq!(line, "MUSCAT, March 28 (ENA) -- A met B.");
        let mut kept = "(Example) A met B.".to_string();
        cut_syndication_mark(&mut kept);
        assert_eq!(kept, "(Example) A met B.");
    }

    #[test]
    fn a_release_services_notice_becomes_its_date_line() {
        let raw = "Title\n\nThe leaders spoke yesterday.\n\nExample Office published this \
            content on 11 January 2017 and is solely responsible for the information contained \
            herein.";
        assert_eq!(
            paragraphs(raw),
            vec![
                "Title",
                "The leaders spoke yesterday.",
                "Published 11 January 2017"
            ]
        );
    }

    #[test]
    fn a_country_alone_above_the_headline_is_a_masthead() {
        assert!(is_country_alone("The People's Republic of China", &EN));
        assert!(is_country_alone("Republic of Korea", &EN));
        assert!(is_country_alone("Japan", &EN));
        assert!(!is_country_alone("Japanese", &EN));
        assert!(!is_country_alone("China and Japan Hold Talks", &EN));
        assert!(!is_country_alone("Japan.", &EN));
        let raw = "Ministry of Foreign Affairs\nThe People's Republic of China\nVice Minister A \
            Holds Talks with B\n\nOn May 2, 2024, Vice Minister A held talks with B.";
        assert_eq!(paragraphs(raw)[0], "Vice Minister A Holds Talks with B");
    }

    #[test]
    fn an_agencys_bracketed_credit_on_its_own_line_is_chrome() {
        assert!(is_chrome("(ANI)", &EN));
        assert!(is_chrome("(NNT)", &EN));
        assert!(!is_chrome("(A)", &EN));
        assert!(!is_chrome("(Reuters)", &EN));
        assert!(!is_chrome("(ANI) Minister A met B.", &EN));
        assert!(is_chrome("Source link", &EN));
        assert!(is_chrome("Photo Caption: Call on Minister A by B", &EN));
    }

    #[test]
    fn a_date_line_signed_by_a_department_tells_its_publisher() {
        let line = "November 19, 2021 – Ottawa, Ontario – Global Affairs Canada";
        assert_eq!(signed_date_line(line, &EN), Some("Canada"));

        // No department, no date, or a sentence that names one: nothing.
        assert_eq!(
            signed_date_line("March 14, 2025 - Ottawa, Ontario", &EN),
            None
        );
        assert_eq!(
            signed_date_line("Ottawa - Global Affairs Canada", &EN),
            None
        );
        let sentence =
            "The minister thanked Global Affairs Canada - and its staff - on 3 May 2024.";
        assert_eq!(signed_date_line(sentence, &EN), None);
    }

    #[test]
    fn a_labelled_stamp_on_the_first_line_is_a_line_of_its_own() {
        let raw = " date 2020-03-26 Washington, DC (Example Wire) – A ministry said:\n\nBody.";
        assert_eq!(
            paragraphs(raw),
            vec![
                "date 2020-03-26",
                "Washington, DC (Example Wire) – A ministry said:",
                "Body."
            ]
        );
        let raw = "Date: 2021-06-29 Minister A met Minister B.\n\nBody.";
        assert_eq!(paragraphs(raw)[0], "Date: 2021-06-29");
        // No ISO date after the label, or nothing after the date: the line is kept whole.
        assert_eq!(labelled_stamp("date 26 March 2020 Washington, DC"), None);
        assert_eq!(labelled_stamp("Dated 2020-03-26 notes"), None);
        assert_eq!(labelled_stamp("date 2020-03-26"), None);
        assert_eq!(labelled_stamp("date 2020-3-26 Washington"), None);
    }

    #[test]
    fn a_republishers_notice_becomes_its_date_line() {
        let raw = "Title\n\nThe following press release was published by the Office of the \
            Spokesperson on Aug. 29, 2021. It is reproduced in full below.\n\nBody.";
        assert_eq!(paragraphs(raw), vec!["Title", "Aug. 29, 2021.", "Body."]);
        // Without a date, the notice is chrome; after the body started, it is a sentence.
        let raw = "Title\n\nThe following press release was published by the Office.\n\nBody.";
        assert_eq!(paragraphs(raw), vec!["Title", "Body."]);
        let raw = "Body.\n\nThe following statement was published on May 2, 2020, in Rome.";
        assert_eq!(
            paragraphs(raw),
            vec![
                "Body.",
                "The following statement was published on May 2, 2020, in Rome."
            ]
        );
    }

    #[test]
    fn an_archives_banner_and_a_ministrys_photo_captions_are_chrome() {
        let raw = "This is historical material “frozen in time”. The website is no longer \
            updated.\n\nTitle\n\nPhoto session was held before the meeting.\n\
            Photo of the Foreign Ministers' Meeting.\n\nBody.\n\nRelated Article\n\nMore.";
        assert_eq!(paragraphs(raw), vec!["Title", "Body.", "More."]);
    }

    #[test]
    fn a_news_sites_byline_and_square_bracketed_photo_credit_are_chrome() {
        let raw = "Title\n\n• SUNG-MIN PARK\nThe minister speaks by phone on Tuesday. \
            [FOREIGN MINISTRY]\n\nBy Tessa Morland\n\nBody.";
        assert_eq!(paragraphs(raw), vec!["Title", "Body."]);
        assert!(is_byline("By Jean-Luc O'Neill", &EN));
        assert!(is_byline("Edited by Lucía Ortega", &EN));
        assert!(is_byline("By Examplenews", &EN));
        assert!(!is_byline("By phone", &EN));
        assert!(!is_byline("Edited by the ministry", &EN));
        // Not a byline: a sentence, a bullet in lowercase, a long name; not a credit: "[UN]".
        assert!(!is_byline("By the numbers", &EN));
        assert!(!is_byline("• Sung-min Park", &EN));
        assert!(!is_byline("By Anna Maria Luisa de Souza", &EN));
        assert_eq!(square_credit("They met at the [UN]", &EN), None);
        assert_eq!(square_credit("[YONHAP]", &EN), None);
        assert_eq!(square_credit("A caption. [YONHAP]", &EN), Some("[YONHAP]"));
        assert_eq!(
            square_credit("They meet in Rome. [Photo/Xinhua]", &EN),
            Some("[Photo/Xinhua]")
        );
    }

    #[test]
    fn the_rest_of_an_html_tag_is_cut_from_a_lines_start() {
        let raw =
            "Title\n\ndata-size=\"16\" data-font=\"12pt\">As stated by the spokesperson:\n\nBody.";
        assert_eq!(
            paragraphs(raw),
            vec!["Title", "As stated by the spokesperson:", "Body."]
        );
        // A sentence that quotes an attribute stays whole.
        let mut s = String::from("width=\"10\" is a setting.");
        cut_attribute_residue(&mut s);
        assert_eq!(s, "width=\"10\" is a setting.");
    }

    #[test]
    fn a_release_services_bar_is_chrome() {
        let raw = "03/04/2025 | Press release | Distributed by Public on 03/04/2025 10:12\n\nTitle\n\nBody.";
        assert_eq!(paragraphs(raw), vec!["Title", "Body."]);
        // A headline cut by bars, with no date in it, is kept.
        let raw = "Readout | Press release | Ministry of Nowhere\n\nBody.";
        assert_eq!(
            paragraphs(raw),
            vec!["Readout | Press release | Ministry of Nowhere", "Body."]
        );
    }

    #[test]
    fn a_republishers_source_line_and_an_ad_label_are_chrome() {
        let raw =
            "Title\n\nBody.\n\nAdvertisements\n\nMore body.\n\nSource : mofa.go\n\nPage language:";
        assert_eq!(paragraphs(raw), vec!["Title", "Body.", "More body."]);
    }

    #[test]
    fn the_language_bar_and_share_lines_are_chrome() {
        let raw = "عربي Español Русский Français 简体中文\n\nTitle\n\nBody.\n\nSuggest to a friend\nPrint";
        assert_eq!(paragraphs(raw), vec!["Title", "Body."]);
        let raw = "Title\n\nBody.\n\nprint article   email   facebook   twitter\n\nPhoto Gallery";
        assert_eq!(paragraphs(raw), vec!["Title", "Body."]);
    }

    #[test]
    fn a_caption_closed_by_a_dash_and_a_photo_credit_is_chrome() {
        let raw = "Minister A and Minister B had a call on Sunday. — Photo courtesy of the Ministry of Foreign Affairs\n\nForeign Minister A. — VNA/VNS Photo\n\nHÀ NỘI — Minister A held phone talks with Minister B.\n\nA said the ties were strong — stronger than ever.";
        assert_eq!(
            paragraphs("Minister A (L) and Minister B, Chongqing, June 8, 2021. Photo: VGP\n\nMinister A met Minister B. Photo: the two at the talks."),
            vec!["Minister A met Minister B. Photo: the two at the talks."]
        );
        assert_eq!(
            paragraphs(raw),
            vec![
                "HÀ NỘI — Minister A held phone talks with Minister B.",
                "A said the ties were strong — stronger than ever."
            ]
        );
    }

    #[test]
    fn a_credit_against_the_agencys_end_mark_or_between_slashes_is_a_clue() {
        // Written for the tests: the Vietnam News Agency's "./." with its credit against it,
        // and TASS's dateline at a place that is no country's.
        let c = clean(
            "Ministers hold talks\n\nMinister A held talks with Minister B.\n\nThey agreed to meet in 2021-2022./.VNA",
            &EN,
        );
        assert_eq!(c.clues, vec!["Vietnam"]);
        assert!(c.text.ends_with("in 2021-2022."));
        let c = clean(
            "Ministers meet\n\nUNITED NATIONS, September 24. /ITAR-TASS/. Foreign Minister A met B.",
            &EN,
        );
        assert_eq!(c.clues, vec!["Russia"]);
    }

    #[test]
    fn a_release_services_notice_and_a_source_link_are_clues() {
        // Written for the tests: the foot a release service puts under its copy.
        let c = clean(
            "PM call\n\nThe Prime Minister spoke to Chancellor A.\n\nBritish Prime Minister's Office published this content on 15 March 2022 and is solely responsible for the information contained herein.\nOriginal documenthttps://www.gov.uk/government/news/pm-call\nPublic permalinkhttp://www.publicnow.com/view/00AA",
            &EN,
        );
        assert_eq!(c.clues, vec!["United Kingdom", "United Kingdom"]);
        assert_eq!(
            linked_publisher("Source: https://www.state.gov/x", &EN),
            Some("United States")
        );
        // A host that only ends like a government's domain ("notgov.uk") is none.
        assert_eq!(
            linked_publisher("Source: https://www.notgov.uk/x", &EN),
            None
        );
    }

    #[test]
    fn a_source_link_whose_host_ends_in_other_bytes_is_compared_not_cut() {
        // A fuzz find: the host's last bytes inside a character.
        let line = "<https://\u{fffd}\\__z\u{fffd}c\u{fffd}\u{fffd}=";
        assert_eq!(linked_publisher(line, &EN), None);
        assert_eq!(linked_publisher("x https://aé.éé.uk/", &EN), None);
    }

    #[test]
    fn an_agencys_credit_before_the_lead_is_a_clue() {
        let c = clean(
            "Ministers hold talks\n\nVGP - Minister A held talks with Minister B on May 4.",
            &EN,
        );
        assert_eq!(c.clues, vec!["Vietnam"]);
        assert!(lead_credit("VGP – Minister A met B.", &EN).is_some());
        // A word that is no credit, or a credit without the dash, tells nothing.
        assert!(lead_credit("Minister - A met B.", &EN).is_none());
        assert!(lead_credit("VGP reported the talks.", &EN).is_none());
    }

    #[test]
    fn an_images_label_is_chrome() {
        let raw = "Ministers hold phone talks\n\nMinisters hold phone talks- Ảnh 1.\n\nMinister A \
            spoke with Minister B.\n\nMinister A - ảnh 2\n\nThe two agreed to meet on June 2.";
        assert_eq!(
            paragraphs(raw),
            vec![
                "Ministers hold phone talks",
                "Minister A spoke with Minister B.",
                "The two agreed to meet on June 2."
            ]
        );
        assert!(is_image_label("Ảnh 3", &EN));
        assert!(!is_image_label("They met on June 2.", &EN));
        assert!(!is_image_label(
            "The Vietnamese word for photo is ảnh, 1",
            &EN
        ));
    }

    #[test]
    fn a_list_of_other_headlines_before_the_body_is_chrome() {
        let raw = "- Storm closes ports in the north\n- Who knew? 'Old songs' return\n- 3 teams reach the final\n\
            Ministers hold talks\nMinister A spoke with Minister B on Tuesday.\n- The two sides agreed to meet";
        assert_eq!(
            paragraphs(raw),
            vec![
                "Ministers hold talks",
                "Minister A spoke with Minister B on Tuesday.",
                "- The two sides agreed to meet"
            ]
        );
        // A dashed line that is a sentence, or in lowercase, is not a headline.
        assert!(!is_link_item("- The ministers met in Geneva."));
        assert!(!is_link_item("- and other issues"));
        assert!(!is_link_item("-"));
        assert!(is_link_item(
            "- US joins with South Korea, Japan in bid to deter North Korea"
        ));
    }

    #[test]
    fn a_byline_with_an_address_under_the_story_is_chrome() {
        let raw = "Ministers hold talks\n\nMinister A spoke with Minister B on Monday.\n\nThey agreed to meet.\nBy Jane Roe-Park (jroe@example.com)";
        assert_eq!(
            paragraphs(raw),
            vec![
                "Ministers hold talks",
                "Minister A spoke with Minister B on Monday.",
                "They agreed to meet."
            ]
        );
        assert!(!signed_byline("By then (see above)", &EN));
        assert!(!signed_byline("By Jane Roe (a reporter)", &EN));
    }

    #[test]
    fn a_caption_printed_twice_before_the_body_is_chrome() {
        let caption = "Minister A speaks with Minister B on Monday. (Yonhap)";
        let raw = format!(
            "Ministers hold talks\n\n\u{2022} Link copied\n\n{caption} {caption}\n\nMinister A spoke with Minister B on Monday.\n\n{caption} {caption}"
        );
        // After the body's first sentence the line is the text's own (a repeat is not asked;
        // the agency's credit that closes it is taken off as from any paragraph).
        let twice = format!("{caption} {}", caption.trim_end_matches(" (Yonhap)"));
        assert_eq!(
            paragraphs(&raw),
            vec![
                "Ministers hold talks",
                "Minister A spoke with Minister B on Monday.",
                twice.as_str()
            ]
        );
        assert!(is_doubled("ab ab"));
        // A long paragraph repeated is no caption.
        let long = "Both sides agreed to meet again. ".repeat(13);
        assert!(!is_doubled(&format!("{long} {long}")));
        assert!(!is_doubled("ab  ab"));
        assert!(!is_doubled("ab ac"));
        assert!(!is_doubled(""));
    }

    #[test]
    fn a_tickers_headlines_before_the_body_are_chrome() {
        let raw = "Off the wire\nRail link opens in Laos  • Copper output rises  • Film festival draws crowds  \n\nMinisters hold talks\n\nMinister A met Minister B on June 8.";
        assert_eq!(
            paragraphs(raw),
            vec![
                "Off the wire",
                "Ministers hold talks",
                "Minister A met Minister B on June 8."
            ]
        );
        // A sentence that lists with bullets is no ticker.
        assert!(!is_ticker("They discussed • trade • energy • the climate."));
        assert!(!is_ticker("Trade • Energy"));
    }

    #[test]
    fn a_menus_items_before_the_body_are_chrome() {
        let raw = "• Ha Noi\n• Thua Thien Hue\n• Ho Chi Minh\n\nMinisters hold talks\n\nMinister A met Minister B on June 8.\n\n• The two sides agreed to meet.";
        assert_eq!(
            paragraphs(raw),
            vec![
                "Ministers hold talks",
                "Minister A met Minister B on June 8.",
                "• The two sides agreed to meet."
            ]
        );
    }

    #[test]
    fn an_agencys_source_line_is_chrome() {
        assert_eq!(
            paragraphs("The ministers discussed Syria.\n\nBased on materials from TASS"),
            vec!["The ministers discussed Syria."]
        );
    }

    #[test]
    fn a_press_release_sites_counter_and_foot_are_chrome() {
        let raw = "Submit Release\nNews Search\n\nThere were 12 press releases posted in the last \
            24 hours and 3,456 in the last 365 days.\n\nTitle\n\nBody.\n\nYou just read:\n\n\
            Title\n\nDistribution channels:\n\nOur editors check every release.";
        assert_eq!(paragraphs(raw), vec!["Title", "Body."]);
        // Before the body, the line is no end: a headline may ask the question.
        assert_eq!(
            paragraphs("You just read:\nTitle\n\nBody."),
            vec!["You just read:", "Title", "Body."]
        );
        assert_eq!(
            paragraphs("Body.\n\nWe use cookies for analytics. By continuing, you agree."),
            vec!["Body."]
        );
    }

    #[test]
    fn a_foot_that_addresses_the_reader_is_the_pages() {
        let raw = "Title\n\nBody.\n\nAs a user, if you see something we missed, tell us.\n\n\
                   Learn how your comment data is processed.";
        assert_eq!(paragraphs(raw), vec!["Title", "Body."]);
        // Not within a quotation, and not before the end.
        let raw = "Title\n\nBody.\n\nHe said: \"Thank you for your leadership.\"";
        assert_eq!(paragraphs(raw).len(), 3);
        let raw = "Title\n\nIf you ask me, body.\n\nThe end.";
        assert_eq!(paragraphs(raw).len(), 3);
        // A comment form's heading ends the article.
        let raw = "Title\n\nBody.\n\nLeave a Reply\n\nNotify me of new posts via email.";
        assert_eq!(paragraphs(raw), vec!["Title", "Body."]);
    }

    #[test]
    fn related_headlines_under_the_story_are_its_foot_with_or_without_a_stop() {
        let raw = "Title\n\nThe ministers met.\n\nTrade Fair Opens in Guangzhou.\n\n\
                   Rail Line Links Two Capitals";
        assert_eq!(paragraphs(raw), vec!["Title", "The ministers met."]);
        // A short last sentence, a sentence in lowercase words, or another script: kept.
        let raw = "Title\n\nThe ministers met.\n\nThey met.";
        assert_eq!(paragraphs(raw).len(), 3);
        let raw = "Title\n\nThe ministers met.\n\nBoth sides agreed to meet.";
        assert_eq!(paragraphs(raw).len(), 3);
        let raw = "Title\n\nThe ministers met.\n\nWang Yi and Blinken Met Again. They agreed.";
        assert_eq!(paragraphs(raw).len(), 3);
    }

    #[test]
    fn a_translation_note_under_a_bullet_is_chrome() {
        let raw = "Body.\n    \u{2022} (*This is a provisional translation. The above date is the original's.)\n\nBack to Index";
        assert_eq!(paragraphs(raw), vec!["Body."]);
    }

    #[test]
    fn an_agency_credit_with_its_desk_closing_the_text_is_removed() {
        let c = clean("Title\nBoth sides agreed.\n(Xinhua/USA)", &EN);
        assert_eq!(c.text, "Title\n\nBoth sides agreed.");
        assert_eq!(c.clues, vec!["China"]);
    }

    #[test]
    fn other_articles_listed_after_the_article_are_dropped() {
        let raw = "Title\nThe two ministers agreed.\nRelated News\nMinister opens a fair\n\
                   He expressed these views at the fair.\nComments are Closed";
        assert_eq!(clean(raw, &EN).text, "Title\n\nThe two ministers agreed.");
        // Before the body, it is a navigation line: the article is still to come.
        let raw = "Related News\nTitle\nThe two ministers agreed.";
        assert_eq!(clean(raw, &EN).text, "Title\n\nThe two ministers agreed.");
        // An aggregator's "Latest News from" its source.
        let raw = "Title\nThe two ministers agreed.\nLatest News from\nForeign Office\n\
                   Ambassador Hale highlights the impact of the war.";
        assert_eq!(clean(raw, &EN).text, "Title\n\nThe two ministers agreed.");
    }

    #[test]
    fn links_to_other_versions_and_a_blogs_taxonomy_are_chrome() {
        let raw = "Title\nThe two leaders agreed.\nNew Delhi\nApril 04, 2020\n\
                   Click here for Hindi version Hindi.pdf\nCategories: National\nTagged as:\n\
                   Visitor Counter : 1257\n(Release ID: 2244731)";
        assert_eq!(
            clean(raw, &EN).text,
            "Title\n\nThe two leaders agreed.\n\nNew Delhi\n\nApril 04, 2020"
        );
    }

    #[test]
    fn a_press_statements_row_of_dots_and_signature_are_chrome_and_a_clue() {
        let raw = "Government officials will NEVER ask you to transfer money. Call us.\n\
                   Title\nBody.\n.    .    .    .    .\n\nMINISTRY OF FOREIGN AFFAIRS\nSINGAPORE\n\
                   18 MARCH 2020\n\nTravel Page";
        let c = clean(raw, &EN);
        assert_eq!(c.text, "Title\n\nBody.\n\n18 MARCH 2020");
        assert_eq!(c.clues, vec!["Singapore"]);
    }

    #[test]
    fn photo_file_names_captions_time_stamps_and_lone_numbers_are_chrome() {
        let raw = "Title\n 9 days ago\npm1.jpg\nA (right) receives B. (Photo: VNA)\n2. 2.\nBody.";
        let c = clean(raw, &EN);
        assert_eq!(c.text, "Title\n\nBody.");
        // The caption's credit is a clue of the publisher, as the agency's credit is.
        assert_eq!(c.clues, vec!["Vietnam"]);
        // A sentence with a number or a bracket is no furniture.
        assert_eq!(
            paragraphs("It grew 2 days ago.\nThey met (in Hanoi)"),
            vec!["It grew 2 days ago.", "They met (in Hanoi)"]
        );
    }

    #[test]
    fn a_page_flattened_into_one_line_is_read_block_by_block() {
        let nav = "HomeOffice of the SpokespersonPress Releases...Secretary Vale's Call with \
                   Foreign Minister Roe hide Secretary Vale's Call with Foreign Minister Roe \
                   Readout Office of the Spokesperson";
        let raw = format!(
            "{nav} June 7, 2022 The below is attributable to Spokesperson Ann Lee: Secretary \
             of State Ada B. Vale spoke yesterday with Foreign Minister Bo Roe about the \
             region. They also discussed trade. Tags Chile Bureau of Western Hemisphere Affairs"
        );
        assert_eq!(
            paragraphs(&raw),
            vec![
                "June 7, 2022",
                "The below is attributable to Spokesperson Ann Lee:",
                "Secretary of State Ada B. Vale spoke yesterday with Foreign Minister Bo Roe \
                 about the region.",
                "They also discussed trade."
            ]
        );
        // A long chrome line with no sentence in it stays chrome.
        let raw = format!("{nav} {nav} June 7, 2022\n\nThey met.");
        assert_eq!(paragraphs(&raw), vec!["They met."]);
    }

    #[test]
    fn a_standfirst_that_the_body_repeats_is_read_once() {
        // Under the headline, a summary without its period; the body opens with it.
        let raw = "PM call with X\nThe Prime Minister spoke to Ada Vale this morning\n\
                   The Prime Minister spoke to Ada Vale this morning.\nThey agreed.";
        assert_eq!(
            paragraphs(raw),
            vec![
                "PM call with X",
                "The Prime Minister spoke to Ada Vale this morning",
                "They agreed."
            ]
        );
        // After a dateline, with spaces lost in the copy; the rest of the paragraph is kept.
        let raw = "Title\n\nAda Vale made a call to Bo Roe on April 6 to congratulate him.\n\n\
                   Hanoi (VNA) - Ada Valemade a call to Bo Roe on April6 to congratulate him. \
                   They agreed.";
        assert_eq!(
            paragraphs(raw),
            vec![
                "Title",
                "Ada Vale made a call to Bo Roe on April 6 to congratulate him.",
                "They agreed."
            ]
        );
        // A headline the body opens with is no standfirst, under a date line too; nor is a
        // shorter sentence.
        let raw = "14. 3. 2023 16:20\n\nAda Vale held a call with Chancellor Bo Roe\n\n\
                   Ada Vale held a call with Chancellor Bo Roe on Tuesday. They agreed.";
        assert_eq!(paragraphs(raw).len(), 3);
        let raw = "Ada Vale spoke with Bo Roe of Chile today\n\nAda Vale spoke with Bo Roe of Chile today.";
        assert_eq!(paragraphs(raw).len(), 2);
    }

    #[test]
    fn a_releases_end_mark_and_a_services_disclaimer_end_the_article() {
        let raw = "Title\n\nThey met. They agreed.\n###\nThe post Title first appeared on Site.\n\
            More Stories\nRemarks by the President at a Reception";
        assert_eq!(paragraphs(raw), vec!["Title", "They met. They agreed."]);
        let raw = "Title\n\nThey met.\n\nDisclaimer\n\nThe Ministry published this content on \
            1 May 2025 and is solely responsible for it.";
        assert_eq!(paragraphs(raw), vec!["Title", "They met."]);
        // Before the body, "###" is a line of chrome, not the end.
        assert_eq!(
            paragraphs("###\nTitle\n\nThey met."),
            vec!["Title", "They met."]
        );
    }

    #[test]
    fn a_dash_before_a_translation_note_does_not_make_it_a_sentence() {
        let raw = "Title\n\nThey met.\n- (* The foregoing is a provisional translation. The date \
            indicated above denotes the date of issue of the original in Japanese.)";
        assert_eq!(paragraphs(raw), vec!["Title", "They met."]);
        // A dashed item of the body stays.
        let raw = "Title\n\nThey met.\n- Minister A stated his view.";
        assert_eq!(
            paragraphs(raw),
            vec!["Title", "They met.", "- Minister A stated his view."]
        );
    }

    #[test]
    fn an_archives_citation_of_a_readout_tells_its_publisher() {
        let cite = "Marcus Ellery, Readout of the President's Call with Taoiseach Brennan of \
            Ireland Online by Ada Brenner and Tom Walsh, The American Presidency Project";
        assert_eq!(cited_title_publisher(cite, &EN), Some("United States"));
        let linked = format!("{cite} https://www.presidency.example.edu/node/4321");
        assert_eq!(cited_title_publisher(&linked, &EN), Some("United States"));
        let raw = format!("The President spoke today to Taoiseach Brennan.\n{linked}");
        assert_eq!(clean(&raw, &EN).clues, vec!["United States"]);
        // A citation of another kind of page tells nothing; nor does a line no archive closes.
        let speech = "Marcus Ellery, Remarks at a Dinner Online by Ada Brenner and Tom Walsh, \
            The American Presidency Project";
        assert_eq!(cited_title_publisher(speech, &EN), None);
        assert_eq!(
            cited_title_publisher("Ellery, Readout of the President's Call", &EN),
            None
        );
    }

    #[test]
    fn a_copying_sites_dateline_is_cut_from_the_first_line() {
        let raw = "Title\n\nWashington, DC (STL.News) The below is attributable to Spokesperson \
            N:\n\nSecretary A spoke today with B.";
        assert_eq!(
            paragraphs(raw),
            vec![
                "Title",
                "The below is attributable to Spokesperson N:",
                "Secretary A spoke today with B."
            ]
        );
        // The copying site's line over the statement is its own, no line of the readout.
        let raw = "Title\n\nWashington, DC (STL.News) The US Department of State released the \
            following statement:\n\nSecretary A spoke today with B.";
        assert_eq!(
            paragraphs(raw),
            vec!["Title", "Secretary A spoke today with B."]
        );
        // An agency's dateline and a bracket that is no site stay.
        for kept in [
            "HANOI (VNA) Minister A met B.",
            "Washington (AP) Secretary A met B.",
            "Secretary A (R) met B.",
        ] {
            let mut line = kept.to_string();
            cut_site_dateline(&mut line);
            assert_eq!(line, kept);
        }
    }

    #[test]
    fn a_phrase_repeated_under_the_text_is_a_page_foot() {
        let raw = "They met. They agreed.\n\ncheap bags outlet cheap bags outlet cheap bags outlet cheap ba";
        assert_eq!(paragraphs(raw), vec!["They met. They agreed."]);
        // Twice is no spam; nor is a sentence.
        assert!(!is_repeated_phrase("cheap bags and cheap bags"));
        assert!(!is_repeated_phrase("so so so so."));
    }

    #[test]
    fn chrome_glued_to_the_first_line_is_cut_and_the_line_kept() {
        let raw =
            "Cover picture for the articleThe below is attributable to A:. B spoke today with C.";
        assert_eq!(
            clean(raw, &EN).text,
            "The below is attributable to A:. B spoke today with C."
        );
    }

    #[test]
    fn a_section_label_of_two_countries_is_chrome() {
        let raw = "Japan-Chile Relations\n\nMay 3, 2022\nThey met. They agreed.";
        assert_eq!(
            paragraphs(raw),
            vec!["May 3, 2022", "They met. They agreed."]
        );
        // Two words that are not countries, or no ending word: a line as any other.
        let raw = "Labour-Management Relations\n\nJapan-Chile Talks\n\nThey met.";
        assert_eq!(
            paragraphs(raw),
            vec![
                "Labour-Management Relations",
                "Japan-Chile Talks",
                "They met."
            ]
        );
    }

    #[test]
    fn the_lines_of_a_pages_foot_after_the_article_are_dropped() {
        let raw = "Title\n\nThey met. They agreed.\n\nA, Title Online by B and C, The Papers Project https://example.org/node/1\nFiled Under\nSimple Search of Our Archives\nBack to Japan-Austria Relations";
        assert_eq!(paragraphs(raw), vec!["Title", "They met. They agreed."]);
        // A date line stays (it may be the only date), and so does a sentence without its
        // full stop, and a text of title lines only.
        let raw = "They met.\nPublished 17 June 2021\nThey agreed to meet again";
        assert_eq!(
            paragraphs(raw),
            vec![
                "They met.",
                "Published 17 June 2021",
                "They agreed to meet again"
            ]
        );
        assert_eq!(paragraphs("Regional Affairs\nOur Shared Future").len(), 2);
    }

    #[test]
    fn single_and_double_newlines_both_end_a_paragraph() {
        assert_eq!(
            paragraphs("One.\nTwo.\n\n\nThree."),
            vec!["One.", "Two.", "Three."]
        );
    }

    #[test]
    fn curly_quotes_and_odd_spaces_are_normalised() {
        assert_eq!(
            paragraphs("\u{201C}fast\u{00A0}\u{00A0}lane\u{201D} and China\u{2019}s\t role"),
            vec!["\"fast lane\" and China's role"]
        );
    }

    #[test]
    fn breadcrumbs_and_copyright_lines_are_dropped() {
        let raw = "Home > News > Activities\nBody text.\nCopyright © 1998-2020 Ministry\n";
        assert_eq!(paragraphs(raw), vec!["Body text."]);
    }

    #[test]
    fn hard_wrapped_lines_are_joined_back() {
        assert_eq!(
            paragraphs("Luo said that the\ntwo sides agree."),
            vec!["Luo said that the two sides agree."]
        );
    }

    #[test]
    fn navigation_in_another_script_and_locale_codes_are_chrome() {
        let c = clean("바로가기 메뉴\nde-DE1 en-GB1 ru-RU1\nBody text.", &EN);
        assert_eq!(c.text, "Body text.");
        assert_eq!(c.clues, vec!["Republic of Korea"]);
    }

    #[test]
    fn a_text_wholly_in_another_script_keeps_its_lines() {
        let raw = "Министр провёл переговоры.\nМинистры договорились о встрече";
        assert_eq!(clean(raw, &EN).paragraphs.len(), 2);
        let mixed = "바로가기 메뉴\nThe ministers met.\n장관은 회담을 가졌다.";
        assert_eq!(
            clean(mixed, &EN).text,
            "The ministers met.\n\n장관은 회담을 가졌다."
        );
    }

    #[test]
    fn a_ministrys_own_lines_are_chrome_and_clues() {
        let c = clean(
            "Office of the Spokesperson\nThe White House\nBody text.\n###",
            &EN,
        );
        assert_eq!(c.text, "Body text.");
        assert_eq!(c.clues, vec!["United States", "United States"]);
    }

    #[test]
    fn the_last_piece_follows_the_last_space_hyphen_or_dash() {
        assert_eq!(last_piece("ministries. — VNS"), "VNS");
        assert_eq!(last_piece("They met.- VNA"), "VNA");
        assert_eq!(last_piece("a–b"), "b");
        assert_eq!(last_piece("VNA"), "VNA");
        assert_eq!(last_piece("ends with a space "), "");
        assert_eq!(last_piece("é—"), "");
    }

    #[test]
    fn an_agency_credit_closing_the_text_is_removed() {
        let c = clean("They agreed to meet. — VNS\nThey met.- VNA\nVNA", &EN);
        assert_eq!(c.text, "They agreed to meet.\n\nThey met.");
        assert_eq!(c.clues, vec!["Vietnam"; 3]);
        assert_eq!(clean("A met B of VNA.", &EN).text, "A met B of VNA.");
    }

    #[test]
    fn a_wires_credit_in_brackets_after_the_last_sentence_is_removed() {
        let c = clean("The gathering is to take place virtually. (Yonhap)", &EN);
        assert_eq!(c.text, "The gathering is to take place virtually.");
        assert_eq!(c.clues, vec!["Republic of Korea"]);
        // Inside a sentence, brackets stay.
        let kept = "They discussed the Partnering for Green Growth (P4G)";
        assert_eq!(clean(kept, &EN).text, kept);
    }

    #[test]
    fn a_news_agencys_page_furniture_is_chrome() {
        let raw = "Go to Contents Go to Navigation\n\
                   FM holds call with counterpart\n\
                   SEOUL, May 9 (Yonhap) -- The minister held a call with Kim.\n\
                   Minister A (L) and Minister B pose for a photo in Seoul on May 2, 2022, \
                   in this photo provided by A's office. (PHOTO NOT FOR SALE) (Yonhap)\n\
                   ejkim@yna.co.kr\n(END)\n-\nFilm icon dies at 55\nComments (0)";
        assert_eq!(
            paragraphs(raw),
            [
                "FM holds call with counterpart",
                "SEOUL, May 9 (Yonhap) -- The minister held a call with Kim."
            ]
        );
        // Words that are chrome one phrase after another; not a headline that opens with one.
        assert!(chrome_phrases("Skip to content Menu", &EN));
        assert!(!chrome_phrases("Home Secretary Meets Counterpart", &EN));
        assert!(!chrome_phrases("Share", &EN));
        assert!(is_email_line("julesyi@yna.co.kr"));
        assert!(!is_email_line("@yna.co.kr") && !is_email_line("mail us at a@b.com"));
    }

    #[test]
    fn captions_marked_or_credited_to_a_photographer_are_chrome() {
        let raw =
            "Chinese President A (R) meets with B in Lima on Nov. 11, 2019. (Xinhua/Li Wen)\n\
                   A met B in Lima on Nov. 11, 2019. (Xinhua/Li Wen)\n\
                   A met B in Lima. (Xinhua)\n\
                   Minister A speaks by phone, in this photo released by his office. \
                   (Ministry of Foreign Affairs)\n\
                   They discussed the P4G summit (Partnering for Green Growth)";
        assert_eq!(
            paragraphs(raw),
            [
                "A met B in Lima.",
                "They discussed the P4G summit (Partnering for Green Growth)"
            ]
        );
    }

    #[test]
    fn a_caption_glued_to_the_text_after_it_is_cut() {
        let raw = "Minister A (R) and his Kenyan counterpart B at their meeting (Photo: VNA)New \
                   York (VNA) – Minister A met B.";
        let c = clean(raw, &EN);
        assert_eq!(c.text, "New York (VNA) – Minister A met B.");
        // The caption's credit, then the dateline's.
        assert_eq!(c.clues, vec!["Vietnam"; 2]);
        // A credit with a space after it is no glued caption, unless a dateline follows.
        let kept = "A met B (Photo: VNA) in Hanoi.";
        assert_eq!(clean(kept, &EN).text, kept);
        let spaced = "Minister A (Photo: VNA) Hanoi (VNA) – Minister A talked with B.";
        assert_eq!(
            clean(spaced, &EN).text,
            "Hanoi (VNA) – Minister A talked with B."
        );
    }

    #[test]
    fn a_copying_sites_banner_and_the_white_house_address_foot_are_chrome() {
        let raw = "Official Readout: This is an unedited readout that was sent directly from \
                   the White House to the press via email. We are hosting it here.\n\
                   President A spoke today with President B.\n\
                   The White House · 1600 Pennsylvania Avenue, NW · Washington DC 20500";
        assert_eq!(
            clean(raw, &EN).text,
            "President A spoke today with President B."
        );
        // A sentence about an official readout is no banner.
        let kept = "The official readout of the call was released later.";
        assert_eq!(clean(kept, &EN).text, kept);
    }

    #[test]
    fn an_attribution_glued_to_the_text_is_its_own_paragraph() {
        let raw = "Call with B\n\nThe following press release was published on Mar. 1, 2021. \
                   It is reproduced in full below.\n\nThe below is attributable to \
                   Spokesperson Ada Morrow: Secretary A spoke today with B.";
        let c = clean(raw, &EN);
        let paras: Vec<&str> = c.paragraphs.iter().map(|p| p.of(&c.text)).collect();
        assert_eq!(
            &paras[paras.len() - 2..],
            [
                "The below is attributable to Spokesperson Ada Morrow:",
                "Secretary A spoke today with B."
            ]
        );
        // A colon before a lowercase word, or in a sentence that is no attribution, stays.
        let kept = "The below is attributable to the ministry: it said so.";
        assert_eq!(clean(kept, &EN).paragraphs.len(), 1);
        let kept = "The Secretary stressed one point: Peace matters.";
        assert_eq!(clean(kept, &EN).paragraphs.len(), 1);
        // An image's label from a copied wire page is chrome.
        assert_eq!(clean("Webp 13edited\nA met B.", &EN).text, "A met B.");
    }

    #[test]
    fn a_title_and_a_name_alone_between_paragraphs_is_a_caption() {
        let raw = "Minister A and Secretary B have discussed trade.\n\n\
                   Deputy Prime Minister and Foreign Minister Le Van Tam\n\n\
                   Tam thanked B.";
        assert_eq!(
            clean(raw, &EN).text,
            "Minister A and Secretary B have discussed trade.\n\nTam thanked B."
        );
        // A heading of words, or a line that goes on, is no caption.
        assert!(!is_name_caption(
            "Foreign Minister Meets Counterpart from Chile",
            &EN
        ));
        assert!(!is_name_caption("Bilateral Relations", &EN));
        assert!(is_name_caption("Foreign Minister Le Van Tam", &EN));
    }

    #[test]
    fn the_vna_end_mark_is_removed() {
        assert_eq!(
            clean("The ties will develop, they added./.", &EN).text,
            "The ties will develop, they added."
        );
    }

    #[test]
    fn paragraph_spans_point_into_the_cleaned_text() {
        let c = clean("\r\n  A.\r\n\r\nB. ", &EN);
        assert_eq!(c.text, "A.\n\nB.");
        assert_eq!(c.paragraphs, vec![Span::new(0, 2), Span::new(4, 6)]);
    }

    #[test]
    fn chinese_runs_are_copied_whole_but_their_spaces_and_byte_order_marks_still_change() {
        let mut out = String::new();
        let line =
            " \u{3000}中方\u{3000}\u{3000}支持 ，\u{FEFF}南海 “a” ＲＣＥＰ\u{200B}。\u{3000}";
        normalise_line(line, &mut out, false);
        assert_eq!(out, "中方 支持 ，南海 “a” ＲＣＥＰ。");
        normalise_line("中方“南海”\u{00A0}问题", &mut out, true);
        assert_eq!(out, "中方\"南海\" 问题");
    }
}
