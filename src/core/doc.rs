//! A small document writer: the static markup of a view as plain data, written by plain
//! functions (`open`, `attr`, `text`, `close`...) and put in the page by `ui::dom`.
//!
//! Why not `view!`: every `view!` tree is its own monomorphised type in Leptos, with its own
//! build, rebuild and mount code, and even a tree of values built per shape inlines its
//! constructors at every use. A [`Doc`] is a flat list of operations that calls of a few
//! non-inlined methods append, and one function turns it into DOM, however many shapes the
//! views have. Interactive parts stay Leptos components.
//!
//! Safety: text is only ever a text node and attributes are set one by one, so text from a
//! readout or a user is never parsed as markup; a link's target comes from a [`Route`] only
//! (`#/...`), never from text.

use crate::core::explore::{route_href, Route};

/// One step of writing a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    /// Starts an element, a child of the one open (or of the document).
    Open(&'static str),
    /// An attribute of the open element.
    Attr(&'static str, String),
    /// A CSS property of the open element, set through its style: the page's
    /// Content-Security-Policy refuses `style` attributes.
    Style(&'static str, String),
    /// A text node.
    Text(String),
    /// Ends the open element.
    Close,
}

/// A document being written: elements and text, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Doc {
    pub ops: Vec<Op>,
}

// The writing methods are kept out of line on purpose: a call is a few instructions, where the
// inlined body would be repeated at each of the hundreds of call sites.
impl Doc {
    pub fn new() -> Doc {
        Doc::default()
    }

    /// Starts a `<tag>`.
    #[inline(never)]
    pub fn open(&mut self, tag: &'static str) -> &mut Doc {
        self.ops.push(Op::Open(tag));
        self
    }

    /// Starts a `<tag class="class">`.
    #[inline(never)]
    pub fn el(&mut self, tag: &'static str, class: &str) -> &mut Doc {
        self.open(tag).attr("class", class)
    }

    /// `<tag class="class">text</tag>` (no class attribute when `class` is empty).
    #[inline(never)]
    pub fn leaf(&mut self, tag: &'static str, class: &str, text: &str) -> &mut Doc {
        self.open(tag);
        if !class.is_empty() {
            self.attr("class", class);
        }
        self.text(text).close()
    }

    /// Sets the attribute `name="value"` of the open element. Links take [`Doc::href`].
    #[inline(never)]
    pub fn attr(&mut self, name: &'static str, value: &str) -> &mut Doc {
        debug_assert!(name != "href", "a link's target comes from a route");
        self.ops.push(Op::Attr(name, value.to_string()));
        self
    }

    /// Links the open element to `route` (`#/...`).
    #[inline(never)]
    pub fn href(&mut self, route: Route) -> &mut Doc {
        self.ops.push(Op::Attr("href", route_href(route)));
        self
    }

    /// Sets the CSS property `name` (`"width"`) of the open element to `value`.
    #[inline(never)]
    pub fn style(&mut self, name: &'static str, value: &str) -> &mut Doc {
        self.ops.push(Op::Style(name, value.to_string()));
        self
    }

    /// Adds text; text right after text joins it in one node. Nothing for an empty text.
    #[inline(never)]
    pub fn text(&mut self, text: &str) -> &mut Doc {
        match self.ops.last_mut() {
            _ if text.is_empty() => {}
            Some(Op::Text(t)) => t.push_str(text),
            _ => self.ops.push(Op::Text(text.to_string())),
        }
        self
    }

    /// Ends the open element.
    #[inline(never)]
    pub fn close(&mut self) -> &mut Doc {
        self.ops.push(Op::Close);
        self
    }

    /// The document as a tree (an element left open ends with the document; a stray close is
    /// ignored, as `ui::dom` does).
    pub fn tree(&self) -> Vec<Node> {
        let mut top: Vec<Node> = Vec::new();
        let mut open: Vec<El> = Vec::new();
        fn add(node: Node, open: &mut [El], top: &mut Vec<Node>) {
            match open.last_mut() {
                Some(parent) => parent.kids.push(node),
                None => top.push(node),
            }
        }
        for op in &self.ops {
            match op {
                Op::Open(tag) => open.push(El {
                    tag,
                    ..El::default()
                }),
                Op::Attr(name, value) => open.iter_mut().last().into_iter().for_each(|e| {
                    e.attrs.push((name, value.clone()));
                }),
                Op::Style(name, value) => open.iter_mut().last().into_iter().for_each(|e| {
                    e.styles.push((name, value.clone()));
                }),
                Op::Text(text) => add(Node::Text(text.clone()), &mut open, &mut top),
                Op::Close => {
                    if let Some(el) = open.pop() {
                        add(Node::El(el), &mut open, &mut top);
                    }
                }
            }
        }
        while let Some(el) = open.pop() {
            add(Node::El(el), &mut open, &mut top);
        }
        top
    }

    /// The document as escaped HTML, e.g. for server rendering or a test's expectation. The
    /// app itself never parses it: `ui::dom` makes the nodes one by one.
    pub fn html(&self) -> String {
        let mut out = String::new();
        for node in self.tree() {
            node.write_html(&mut out);
        }
        out
    }
}

/// A node of a document's tree: an element or text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    El(El),
    Text(String),
}

/// An element of a document's tree: its tag, attributes and styles in order, its children.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct El {
    pub tag: &'static str,
    pub attrs: Vec<(&'static str, String)>,
    pub styles: Vec<(&'static str, String)>,
    pub kids: Vec<Node>,
}

impl Node {
    /// All the text under the node, in order (as the DOM's `textContent`).
    pub fn text_content(&self) -> String {
        match self {
            Node::Text(t) => t.clone(),
            Node::El(e) => e.kids.iter().map(Node::text_content).collect(),
        }
    }

    /// The elements under this node (itself included) with `tag` (any tag when empty) whose
    /// class list has `class` (any when empty), in document order.
    pub fn find<'a>(&'a self, tag: &str, class: &str, found: &mut Vec<&'a El>) {
        let Node::El(e) = self else {
            return;
        };
        let has_class = class.is_empty()
            || e.get("class")
                .is_some_and(|c| c.split(' ').any(|x| x == class));
        if (tag.is_empty() || e.tag == tag) && has_class {
            found.push(e);
        }
        for k in &e.kids {
            k.find(tag, class, found);
        }
    }

    fn write_html(&self, out: &mut String) {
        let e = match self {
            Node::Text(t) => return escape(t, out),
            Node::El(e) => e,
        };
        out.push('<');
        out.push_str(e.tag);
        for (name, value) in &e.attrs {
            out.push_str(&format!(" {name}=\""));
            escape(value, out);
            out.push('"');
        }
        if !e.styles.is_empty() {
            let style: Vec<String> = e.styles.iter().map(|(p, v)| format!("{p}: {v};")).collect();
            out.push_str(" style=\"");
            escape(&style.join(" "), out);
            out.push('"');
        }
        out.push('>');
        for k in &e.kids {
            k.write_html(out);
        }
        out.push_str(&format!("</{}>", e.tag));
    }
}

impl El {
    /// The value of attribute `name`, if set.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// All the text under the element, in order (as the DOM's `textContent`).
    pub fn text_content(&self) -> String {
        self.kids.iter().map(Node::text_content).collect()
    }
}

/// `text` with `&`, `<`, `>` and `"` as character references.
fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_a_text_or_an_attribute_stays_text() {
        let mut d = Doc::new();
        d.open("q")
            .attr("title", "\"><script>x</script>")
            .text("<b>&amp;</b>")
            .close();
        assert_eq!(
            d.html(),
            "<q title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">&lt;b&gt;&amp;amp;&lt;/b&gt;</q>"
        );
        assert_eq!(d.tree()[0].text_content(), "<b>&amp;</b>");
    }

    #[test]
    fn a_link_goes_to_its_route_and_a_width_is_a_style() {
        let mut d = Doc::new();
        d.open("a").href(Route::Timeline);
        d.open("span").style("width", "46%").close().text("");
        assert_eq!(
            d.html(),
            "<a href=\"#/\"><span style=\"width: 46%;\"></span></a>",
            "the open link ends with the document; an empty text adds nothing"
        );
    }

    #[test]
    fn text_after_text_is_one_node_and_a_stray_close_is_ignored() {
        let mut d = Doc::new();
        d.close()
            .leaf("p", "", "a")
            .text("b")
            .text("c")
            .el("p", "x")
            .close();
        let tree = d.tree();
        assert_eq!(tree.len(), 3, "{tree:?}");
        assert_eq!(tree[1], Node::Text("bc".into()));
        assert_eq!(d.html(), "<p>a</p>bc<p class=\"x\"></p>");
    }

    #[test]
    fn elements_are_found_by_tag_and_class_in_document_order() {
        let mut d = Doc::new();
        d.open("ul")
            .leaf("li", "a b", "one")
            .el("li", "ab")
            .leaf("b", "b", "two")
            .close()
            .close();
        let tree = d.tree();
        let mut found = Vec::new();
        tree[0].find("", "b", &mut found);
        let texts: Vec<String> = found.iter().map(|e| e.text_content()).collect();
        assert_eq!(texts, ["one", "two"]);
        let mut items = Vec::new();
        tree[0].find("li", "", &mut items);
        assert_eq!(items.len(), 2);
    }
}
