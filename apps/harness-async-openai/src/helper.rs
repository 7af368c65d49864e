//! The `serde_json.from_str` entry: `serde_json::from_str::<T>(input)` into the shape's type, then into the union a
//! response or a stream holds the value in (`OutputItem`, `ResponseStreamEvent`), which says what came back. The value
//! written back is the union's serde_json::to_string: the crate's structs leave `type` to the union's tag, so only the
//! union writes it.

use async_openai::types::responses::{
    ImageGenToolCall, ImageGenToolCallStatus, OutputItem, ResponseImageGenCallCompletedEvent, ResponseImageGenCallGeneratingEvent,
    ResponseImageGenCallInProgressEvent, ResponseImageGenCallPartialImageEvent, ResponseOutputItemAddedEvent, ResponseOutputItemDoneEvent,
    ResponseStreamEvent as E,
};
use serde::de::DeserializeOwned;

use crate::answer::{Answer, Value};
use crate::entry::{Decoder, Entry};
use crate::received;

macro_rules! event {
    ($shape:literal, $type:ident, $variant:ident) => {
        (
            $shape,
            Decoder {
                rust_type: concat!("async_openai::types::responses::", stringify!($type)),
                decode: |input| via_event::<$type>(input, |event| matches!(event, E::$variant(_))),
            },
        )
    };
}

const ITEM: Decoder = Decoder { rust_type: "async_openai::types::responses::ImageGenToolCall", decode: via_item };

pub const ENTRY: Entry = Entry {
    name: "serde_json.from_str",
    kind: "helper",
    calls: "serde_json::from_str::<T>(input) with T the shape's async_openai::types::responses type (an error is a \
        rejection), and serde_json::from_str of the same text into the union a response or a stream holds it in \
        (OutputItem, ResponseStreamEvent; an error is a rejection), whose variant says what came back; the output is \
        serde_json::to_string of that union value (the structs leave `type` to the union's tag)",
    decoders: &[
        ("ImageGenToolCall", ITEM),
        ("OutputImageGenerationCallItem", ITEM),
        ("OutputItemImageGenerationCall", ITEM),
        event!("ImageGenCallInProgressEvent", ResponseImageGenCallInProgressEvent, ResponseImageGenerationCallInProgress),
        event!("ImageGenCallGeneratingEvent", ResponseImageGenCallGeneratingEvent, ResponseImageGenerationCallGenerating),
        event!("ImageGenCallPartialImageEvent", ResponseImageGenCallPartialImageEvent, ResponseImageGenerationCallPartialImage),
        event!("ImageGenCallCompletedEvent", ResponseImageGenCallCompletedEvent, ResponseImageGenerationCallCompleted),
        event!("ResponseOutputItemAddedEvent", ResponseOutputItemAddedEvent, ResponseOutputItemAdded),
        event!("ResponseOutputItemDoneEvent", ResponseOutputItemDoneEvent, ResponseOutputItemDone),
        ("ImageGenToolCallStatus", Decoder { rust_type: "async_openai::types::responses::ImageGenToolCallStatus", decode: status }),
    ],
    unservable: |_| None, // serde_json::from_str is handed the text as it is
    stream: None,
};

/// serde_json::from_str::<T>, its error as the rejection.
fn parse<T: DeserializeOwned>(input: &str) -> Result<T, Answer> {
    serde_json::from_str::<T>(input).map_err(|error| Answer::Rejected(format!("serde_json::from_str::<{}>: {error}", short::<T>())))
}

fn via_item(input: &str) -> Answer {
    match parse::<ImageGenToolCall>(input).and_then(|_| parse::<OutputItem>(input)) {
        Ok(item) => received::item(&item),
        Err(rejected) => rejected,
    }
}

fn via_event<T: DeserializeOwned>(input: &str, declared: fn(&E) -> bool) -> Answer {
    match parse::<T>(input).and_then(|_| parse::<E>(input)) {
        Ok(event) => received::event(&event, declared(&event)),
        Err(rejected) => rejected,
    }
}

/// The status enum stands alone (no union holds it): the value itself, written back.
fn status(input: &str) -> Answer {
    match parse::<ImageGenToolCallStatus>(input) {
        Ok(status) => match serde_json::to_string(&status) {
            Ok(output) => Answer::Ok(Value { output: Some(output), ..Value::default() }),
            Err(error) => Answer::Errored(format!("serde_json::to_string failed: {error}")),
        },
        Err(rejected) => rejected,
    }
}

/// A type's name after the crate's module path, as users write it.
fn short<T>() -> &'static str {
    let name = std::any::type_name::<T>();
    name.rsplit("::").next().unwrap_or(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(shape: &str, input: &str) -> Answer {
        (ENTRY.decoders.iter().find(|(name, _)| *name == shape).unwrap().1.decode)(input)
    }

    #[test]
    fn declares_public_types() {
        for (_, decoder) in ENTRY.decoders {
            assert!(decoder.rust_type.starts_with("async_openai::types::responses::"), "{}", decoder.rust_type);
        }
    }

    #[test]
    fn writes_back_the_union() {
        let got = decode(
            "ImageGenCallGeneratingEvent",
            r#"{"type":"response.image_generation_call.generating","item_id":"ig","output_index":0,"sequence_number":9007199254740993}"#,
        );
        let want = r#"{"type":"response.image_generation_call.generating","sequence_number":9007199254740993,"output_index":0,"item_id":"ig"}"#;
        assert_eq!(got, Answer::Ok(Value { output: Some(want.into()), ..Value::default() }));
        assert_eq!(decode("ImageGenToolCallStatus", r#""generating""#), Answer::Ok(Value { output: Some(r#""generating""#.into()), ..Value::default() }));
    }

    #[test]
    fn says_when_the_union_holds_another_variant() {
        let Answer::Ok(got) = decode(
            "ImageGenCallGeneratingEvent",
            r#"{"type":"response.image_generation_call.in_progress","item_id":"ig","output_index":0,"sequence_number":1}"#,
        ) else {
            panic!("not ok")
        };
        assert_eq!((got.received, got.rust_type.as_deref()), (Some("other"), Some("ResponseStreamEvent::ResponseImageGenerationCallInProgress")));
    }

    #[test]
    fn rejects_what_serde_refuses() {
        for (shape, input) in [
            ("ImageGenToolCall", r#"{"type":"image_generation_call","id":"ig","status":"completed","result":null,"output_format":"gif"}"#),
            ("ImageGenToolCall", r#"{"id":"ig","status":"completed","result":null}"#), // no tag: the union refuses
            (
                "ImageGenCallPartialImageEvent",
                r#"{"type":"response.image_generation_call.partial_image","item_id":"ig","output_index":7977.54,"sequence_number":1,"partial_image_index":0,"partial_image_b64":""}"#,
            ),
            ("ImageGenCallCompletedEvent", r#"{"type":"response.image_generation_call.done","item_id":"ig","output_index":0,"sequence_number":1}"#),
            ("ImageGenToolCallStatus", r#""queued""#),
        ] {
            assert!(matches!(decode(shape, input), Answer::Rejected(message) if message.starts_with("serde_json::from_str::<")), "{input}");
        }
    }
}
