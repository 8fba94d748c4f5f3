//! The JSON a readout is exported as, by the command line and by the app.
//!
//! Takes a [`Readout`]; gives its serde serialisation (the model's stable field names) with one
//! addition: every sentence and every point also carries its `text`, so the JSON reads on its
//! own, without slicing spans. Done here rather than as a model field so the model keeps one
//! copy of the text.

use crate::core::model::{Readout, Span};
use serde_json::{Map, Value};

/// One readout as exported JSON.
pub fn readout_json(r: &Readout) -> Value {
    let mut v = serde_json::to_value(r).unwrap_or(Value::Null);
    if let Some(obj) = v.as_object_mut() {
        add_texts(
            obj,
            "sentences",
            r.sentences.iter().map(|s| s.span),
            &r.text,
        );
        add_texts(obj, "points", r.points.iter().map(|p| p.span), &r.text);
    }
    v
}

/// Several readouts as one JSON array, in order.
pub fn readouts_json(rs: &[Readout]) -> Value {
    Value::Array(rs.iter().map(readout_json).collect())
}

fn add_texts(
    obj: &mut Map<String, Value>,
    key: &str,
    spans: impl Iterator<Item = Span>,
    text: &str,
) {
    let Some(Value::Array(items)) = obj.get_mut(key) else {
        return;
    };
    for (item, span) in items.iter_mut().zip(spans) {
        if let Some(o) = item.as_object_mut() {
            o.insert("text".to_string(), Value::String(span.of(text).to_string()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{parse, ParseOptions};

    #[test]
    fn exported_sentences_and_points_carry_their_text() {
        let r = parse(
            "Ada Vale met Tom Orr of Chile.\nVale said: first, trade; second, health.",
            "t",
            &ParseOptions::default(),
        );
        let v = readout_json(&r);
        assert_eq!(
            v["sentences"][1]["text"],
            "Vale said: first, trade; second, health."
        );
        assert_eq!(v["sentences"][1]["speaker"]["person"], 0);
        assert_eq!(v["points"][1]["text"], "second, health.");
        assert_eq!(v["participants"][1]["country"], "Chile");
    }
}
