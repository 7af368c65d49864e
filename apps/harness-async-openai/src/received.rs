//! What user code is handed by the SDK's tagged unions (`OutputItem`, `ResponseStreamEvent`), as decoded values: the
//! value written back with serde_json::to_string (the SDK's own Serialize), and whether it is the declared variant.
//! Neither union has a catch-all variant: a `type` they do not list is an error, never an unknown value.

use async_openai::types::responses::{ImageGenToolCall, ImageGenToolSize, OutputItem, ResponseStreamEvent};
use serde::Serialize;

use crate::answer::{Answer, Value};

/// The value `union` holds: the declared one (nothing added), or another variant, named.
pub fn value<T: Serialize + std::fmt::Debug>(union: &T, union_name: &str, declared: bool) -> Answer {
    let output = match serde_json::to_string(union) {
        Ok(output) => output,
        Err(error) => return Answer::Errored(format!("serde_json::to_string of the value the SDK built failed: {error}")),
    };
    let mut value = Value { output: Some(output), ..Value::default() };
    if !declared {
        value.received = Some("other");
        value.rust_type = Some(format!("{union_name}::{}", variant(union)));
    }
    Answer::Ok(value)
}

/// An output item: the image call is the declared variant.
pub fn item(item: &OutputItem) -> Answer {
    match item {
        OutputItem::ImageGenerationCall(call) => with_unrecognized(value(item, "OutputItem", true), call, ""),
        other => value(other, "OutputItem", false),
    }
}

/// A stream event, `declared` when it is the variant the caller expects. An output_item event carries an item, read
/// one level down: the catalogue's output_item shapes are about the image_generation_call item they carry.
pub fn event(event: &ResponseStreamEvent, declared: bool) -> Answer {
    let carried = match event {
        ResponseStreamEvent::ResponseOutputItemAdded(added) => Some(("ResponseOutputItemAddedEvent", &added.item)),
        ResponseStreamEvent::ResponseOutputItemDone(done) => Some(("ResponseOutputItemDoneEvent", &done.item)),
        _ => None,
    };
    match carried {
        Some((_, OutputItem::ImageGenerationCall(call))) if declared => with_unrecognized(value(event, "ResponseStreamEvent", true), call, "/item"),
        Some((name, other)) if declared => match value(event, "ResponseStreamEvent", true) {
            Answer::Ok(mut value) => {
                value.received = Some("other");
                value.rust_type = Some(format!("{name} {{ item: OutputItem::{} }}", variant(other)));
                Answer::Ok(value)
            }
            failed => failed,
        },
        _ => value(event, "ResponseStreamEvent", declared),
    }
}

/// The SDK's own unknown mark: `size` kept as `ImageGenToolSize::Other(String)`, at `at` + "/size".
fn with_unrecognized(answer: Answer, call: &ImageGenToolCall, at: &str) -> Answer {
    match (answer, &call.size) {
        (Answer::Ok(mut value), Some(ImageGenToolSize::Other(_))) => {
            value.unrecognized.push(format!("{at}/size"));
            Answer::Ok(value)
        }
        (answer, _) => answer,
    }
}

/// A variant's name, from its derived Debug (`Message(OutputMessage { … })`): the unions have 30 and 60 variants, and
/// Debug is the one place the crate writes their Rust names.
fn variant<T: std::fmt::Debug>(union: &T) -> String {
    let debug = format!("{union:?}");
    debug.split(['(', ' ', '{']).next().unwrap_or_default().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn output(answer: Answer) -> Value {
        match answer {
            Answer::Ok(value) => value,
            other => panic!("not ok: {other:?}"),
        }
    }

    #[test]
    fn names_other_variants() {
        let message: OutputItem = serde_json::from_str(r#"{"type":"message","id":"m","role":"assistant","status":"completed","content":[]}"#).unwrap();
        let got = output(item(&message));
        assert_eq!((got.received, got.rust_type.as_deref()), (Some("other"), Some("OutputItem::Message")));
        let image: OutputItem = serde_json::from_str(r#"{"type":"image_generation_call","id":"ig","status":"completed","result":null}"#).unwrap();
        assert_eq!(
            output(item(&image)),
            Value { output: Some(r#"{"type":"image_generation_call","id":"ig","result":null,"status":"completed"}"#.into()), ..Value::default() }
        );
    }

    #[test]
    fn reads_the_item_of_output_item_events() {
        let done: ResponseStreamEvent = serde_json::from_str(
            r#"{"type":"response.output_item.done","sequence_number":1,"output_index":0,"item":{"type":"image_generation_call","id":"ig","status":"completed","result":null,"size":"1536x864"}}"#,
        )
        .unwrap();
        let got = output(event(&done, true));
        assert_eq!((got.received, got.unrecognized), (None, vec!["/item/size".to_string()]));
        let added: ResponseStreamEvent = serde_json::from_str(
            r#"{"type":"response.output_item.added","sequence_number":1,"output_index":0,"item":{"type":"message","id":"m","role":"assistant","status":"completed","content":[]}}"#,
        )
        .unwrap();
        let got = output(event(&added, true));
        assert_eq!(got.rust_type.as_deref(), Some("ResponseOutputItemAddedEvent { item: OutputItem::Message }"));
        let got = output(event(&added, false));
        assert_eq!(got.rust_type.as_deref(), Some("ResponseStreamEvent::ResponseOutputItemAdded"));
    }
}
