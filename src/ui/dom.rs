//! Puts a document of [`crate::core::doc`] in the page: [`Dom`] is a Leptos view whose nodes
//! are made from the document's operations with the DOM's own `createElement`, `setAttribute`
//! and text nodes. A reactive closure returning a `Dom` replaces its nodes whenever its data
//! changes.
//!
//! One type for every shape of document: this is what keeps the meeting reports small in the
//! wasm (see `core::doc`). Text is only ever a text node, never markup.

use crate::core::doc::{Doc, Op};
use leptos::tachys::hydration::Cursor;
use leptos::tachys::renderer::types::{Element, Node as DomNode};
use leptos::tachys::renderer::Rndr;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};
use wasm_bindgen::JsCast;

/// A document to put in the page.
pub struct Dom(pub Doc);

leptos::tachys::no_attrs!(Dom);

/// The nodes made from a [`Dom`], in the page or not.
pub struct DomState {
    /// The top-level nodes. Never empty: an empty text node holds the place of an empty
    /// document, so that the next one knows where to go.
    nodes: Vec<DomNode>,
}

impl Render for Dom {
    type State = DomState;

    fn build(self) -> DomState {
        let mut nodes: Vec<DomNode> = Vec::new();
        // The elements open, innermost last.
        let mut open: Vec<Element> = Vec::new();
        let add = |node: &DomNode, open: &[Element], nodes: &mut Vec<DomNode>| match open.last() {
            Some(parent) => Rndr::insert_node(parent, node, None),
            None => nodes.push(node.clone()),
        };
        for op in self.0.ops {
            match op {
                Op::Open(tag) => {
                    let el = Rndr::create_element(tag, None);
                    add(el.unchecked_ref(), &open, &mut nodes);
                    open.push(el);
                }
                Op::Attr(name, value) => {
                    if let Some(el) = open.last() {
                        Rndr::set_attribute(el, name, &value);
                    }
                }
                Op::Style(name, value) => {
                    if let Some(el) = open.last() {
                        Rndr::set_css_property(&Rndr::style(el), name, &value);
                    }
                }
                Op::Text(text) => {
                    add(
                        Rndr::create_text_node(&text).unchecked_ref(),
                        &open,
                        &mut nodes,
                    );
                }
                Op::Close => {
                    open.pop();
                }
            }
        }
        if nodes.is_empty() {
            nodes.push(Rndr::create_text_node("").unchecked_into());
        }
        DomState { nodes }
    }

    fn rebuild(self, state: &mut DomState) {
        let mut next = self.build();
        state.insert_before_this(&mut next);
        state.unmount();
        *state = next;
    }
}

impl Mountable for DomState {
    fn unmount(&mut self) {
        for node in &self.nodes {
            if let Some(parent) = Rndr::get_parent(node) {
                Rndr::remove_node(parent.unchecked_ref(), node);
            }
        }
    }

    fn mount(&mut self, parent: &Element, marker: Option<&DomNode>) {
        for node in &self.nodes {
            Rndr::insert_node(parent, node, marker);
        }
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        self.nodes[0].insert_before_this(child)
    }

    fn elements(&self) -> Vec<Element> {
        self.nodes
            .iter()
            .filter_map(|n| n.clone().dyn_into::<Element>().ok())
            .collect()
    }
}

impl RenderHtml for Dom {
    type AsyncOutput = Self;
    type Owned = Self;
    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self {
        self
    }

    /// Escaped HTML; the app renders in the browser only (Leptos's `csr`), so this serves a
    /// server rendering the app does not have.
    fn to_html_with_buf(
        self,
        buf: &mut String,
        _position: &mut Position,
        _escape: bool,
        _mark_branches: bool,
        _extra_attrs: Vec<leptos::attr::any_attribute::AnyAttribute>,
    ) {
        buf.push_str(&self.0.html());
    }

    /// Without server-rendered HTML to take over (the app renders in the browser only), the
    /// nodes are made afresh.
    fn hydrate<const FROM_SERVER: bool>(
        self,
        _cursor: &Cursor,
        _position: &PositionState,
    ) -> DomState {
        self.build()
    }

    fn into_owned(self) -> Self {
        self
    }
}
