//! HTML import: text extraction from pages, hostile markup, hostile sizes.
//!
//! The pages are built by these tests. Where a real readout is used, it is the bundled seed text
//! (published, unchanged) wrapped by the test in invented page markup: navigation, scripts and
//! footers that were not on the real page. Every other name is fictional.

use readout_lens::core::import::{html_to_text, import_file, Limits};
use readout_lens::core::{parse, ParseOptions};

const KIM: &str = include_str!("../data/readouts/2020-11-09-republic-of-korea-kim-gunn.txt");

/// The seed's lines as `<p>`s inside a page made up for this test.
fn wrapped_seed() -> String {
    let paragraphs: String = KIM
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|p| format!("<p>{}</p>\n", escape(p.trim())))
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>Vice Foreign Minister Luo Zhaohui Holds a Video Conference with Deputy Foreign \
         Minister Kim Gunn of the Republic of Korea (ROK)</title>\
         <style>p {{ margin: 0 }} .x::before {{ content: \"<p>not text</p>\" }}</style>\
         <script>document.write('<p>injected</p>'); if (a < b && c > d) {{}}</script>\
         </head>\n<body><nav><a href=\"/\">Home</a> &gt; <a href=\"/news\">News</a></nav>\
         <div id=\"menu\"><ul><li>Ministry</li><li>Press</li></ul></div>\
         <main id=\"content\">\n{paragraphs}</main>\
         <footer>Test footer &copy; 2020</footer><script src=\"tracker.js\"></script></body></html>"
    )
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[test]
fn a_seed_wrapped_in_a_page_parses_to_the_same_readout_as_the_text_file() {
    let file = import_file("kim.html", wrapped_seed().as_bytes(), &Limits::default()).unwrap();
    let opts = ParseOptions::default();
    let from_page = file.sources[0].readout(&opts);
    let from_text = parse(KIM, "kim.txt", &opts);
    assert_eq!(
        from_page.id, from_text.id,
        "same cleaned text, same identity"
    );
    assert_eq!(from_page.title, from_text.title);
    assert_eq!(from_page.date, from_text.date);
    assert_eq!(from_page.participants, from_text.participants);
    assert_eq!(from_page.sentences.len(), from_text.sentences.len());
    assert_eq!(from_page.points.len(), 4);
    for dropped in ["injected", "Home", "Ministry", "Test footer", "not text"] {
        assert!(!file.sources[0].text.contains(dropped), "{dropped} kept");
    }
}

#[test]
fn hostile_markup_is_dropped_or_comes_out_as_inert_text() {
    let cases = [
        ("<p>a<script>alert(1)</script>b</p>", "ab"),
        ("<p>x<img src=x onerror=alert(1)>y</p>", "xy"),
        (
            "<p>x<svg onload=alert(1)><circle r=1/>text in svg</svg>y</p>",
            "xy",
        ),
        ("<p>\"><script>alert(1)</script>after</p>", "\">after"),
        (
            "<p>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>",
            "\"><script>alert(1)</script>",
        ),
        ("<a href=\"javascript:alert(1)\">link</a>", "link"),
        (
            "<iframe srcdoc=\"<script>alert(1)</script>\">fallback</iframe>ok",
            "ok",
        ),
        ("<style>p{}</style ><p>ok</p><STYLE>x</STYLE>", "ok"),
        ("<p onmouseover='alert(1)' title=\"a>b\">ok</p>", "ok"),
        (
            "<math><mi>x</mi></math><object data=x.swf>fallback</object>ok",
            "ok",
        ),
        ("<template><script>alert(1)</script></template>ok", "ok"),
        ("<noscript><img src=x onerror=alert(1)></noscript>ok", "ok"),
        ("<!--><script>alert(1)</script>-->ok", "ok"),
        // A browser reads a tag named "scr<script" here, then text: inert either way.
        ("<scr<script>ipt>alert(1)</script>ok", "ipt>alert(1)ok"),
    ];
    for (html, want) in cases {
        assert_eq!(html_to_text(html).text, want, "{html}");
    }
}

#[test]
fn the_headline_outside_main_is_put_back_in_front() {
    let page = "<html><head><title>Fictional Ministry - News</title></head><body>\
        <h1>Minister Ana Example Meets Minister Bo Sample</h1>\
        <div class=meta>2021/03/03</div>\
        <main><p>On 3 March 2021, Minister Ana Example met Minister Bo Sample of Samplestan.</p>\
        <p>Ana Example said that the two sides should expand trade.</p></main></body></html>";
    let file = import_file("page.htm", page.as_bytes(), &Limits::default()).unwrap();
    let readout = file.sources[0].readout(&ParseOptions::default());
    assert_eq!(
        readout.title,
        "Minister Ana Example Meets Minister Bo Sample"
    );
    assert!(!readout.title_derived);
    assert_eq!(
        readout.date.map(|d| d.to_string()).as_deref(),
        Some("2021-03-03")
    );
}

#[test]
fn entities_and_whitespace_are_normalised_for_the_parser() {
    let out = html_to_text(
        "<p>Caf&eacute; &amp; &#8220;quotes&#8221;\n   across\tlines&nbsp;&hellip;</p>\
         <table><tr><td>a</td><td>b</td></tr></table>",
    );
    assert_eq!(
        out.text,
        "Café & \u{201C}quotes\u{201D} across lines \u{2026}\n\na b"
    );
}

/// Hostile inputs: 10 MB of `<` (the case named in issue 7) and 2 MB of every other pattern.
/// Each must finish (a quadratic scan of 2 MB is some 10^12 steps, so it would not, in any test
/// time) and give the right output. Timing is printed by `cargo bench --bench scale`.
#[test]
fn megabytes_of_hostile_markup_are_handled_in_one_pass() {
    let lt = "<".repeat(10 * 1024 * 1024);
    assert_eq!(html_to_text(&lt).text, lt, "lone '<' are text");
    const N: usize = 2 * 1024 * 1024;
    assert_eq!(
        html_to_text(&"<a".repeat(N / 2)).text,
        "",
        "one unclosed tag"
    );
    assert_eq!(html_to_text(&"<!--".repeat(N / 4)).text, "");
    assert_eq!(html_to_text(&"<script>".repeat(N / 8)).text, "");
    assert_eq!(html_to_text(&"&amp".repeat(N / 4)).text, "&".repeat(N / 4));
    assert_eq!(html_to_text(&"<p title=\"".repeat(N / 10)).text, "");
    let nested = "<svg>".repeat(N / 10) + &"</object>".repeat(N / 10) + "</svg>";
    assert_eq!(html_to_text(&nested).text, "");
    let flood = "<svg>".repeat(N / 20) + &"<title>t</title>".repeat(N / 20);
    assert_eq!(html_to_text(&flood).title, None);
    assert_eq!(html_to_text(&"<div>".repeat(N / 5)).text, "");
    assert_eq!(html_to_text(&"<main>".repeat(N / 6)).text, "");
    let words = "<p>word <b>bold</b></p>".repeat(N / 24);
    assert!(html_to_text(&words)
        .text
        .starts_with("word bold\n\nword bold"));
}
