//! The `client` entry: `client.responses().create(request)` for items and `create_stream(request)` for streams, on a
//! client whose HTTP service is the mocked transport (Client::with_http_service, the crate's `middleware` feature):
//! it builds the request the client made and answers it with the case's bytes, dialling nothing.

use std::sync::Arc;

use async_openai::config::OpenAIConfig;
use async_openai::error::OpenAIError;
use async_openai::middleware::HttpRequestFactory;
use async_openai::types::responses::{CreateResponse, CreateResponseArgs};
use async_openai::Client;
use bytes::Bytes;
use futures::StreamExt;

use crate::answer::{Answer, Value};
use crate::entry::{Decoder, Entry};
use crate::input::Text;
use crate::json_text::one_value;
use crate::received;

const ITEM: Decoder = Decoder { rust_type: "async_openai::types::responses::ImageGenToolCall", decode };

pub const ENTRY: Entry = Entry {
    name: "client",
    kind: "client",
    calls: "client.responses().create(request) for items and client.responses().create_stream(request) for streams, on \
        Client::with_config(OpenAIConfig::new().with_api_base(..).with_api_key(..)).with_http_service(s), where the tower \
        service s builds the client's request and answers it with the case's bytes, dialling nothing (no retry layer): a \
        decode case's input verbatim as the one element of a response's output list (application/json); a stream's chunks \
        as a text/event-stream body, one per read. What came back for an item is response.output[0] (an OutputItem), \
        written back with serde_json::to_string",
    decoders: &[("ImageGenToolCall", ITEM), ("OutputImageGenerationCallItem", ITEM), ("OutputItemImageGenerationCall", ITEM)],
    unservable,
    stream: Some(stream),
};

/// The response a decode case's input is served in, the same for every harness; it has every field the crate's
/// `Response` requires, so the input alone decides.
const ENVELOPE: (&str, &str) = (r#"{"id":"resp_1","object":"response","created_at":0,"status":"completed","model":"gpt-5","output":["#, "]}");

/// Why the input cannot sit unchanged inside the envelope (core's unservableReasons), or None when it can.
fn unservable(input: &Text) -> Option<&'static str> {
    if input.value.starts_with('\u{FEFF}') {
        Some("a byte-order mark cannot sit inside a response envelope")
    } else if !one_value(&input.value) {
        Some("not one JSON value: inside an envelope it would be read as something else")
    } else if input.lone_surrogate {
        Some("an unpaired surrogate has no UTF-8 bytes: the served body would carry U+FFFD in its place")
    } else {
        None
    }
}

/// A user's client over the mocked transport: every request gets a 200 with these chunks as its body. The base URL
/// and key are set, so OPENAI_BASE_URL and OPENAI_API_KEY in the environment play no part.
fn client(content_type: &'static str, chunks: Vec<Bytes>) -> Client<OpenAIConfig> {
    let chunks = Arc::new(chunks);
    let served = tower::service_fn(move |factory: HttpRequestFactory| {
        let chunks = chunks.clone();
        async move {
            factory.build().await?; // the request the client would send; nothing is sent
            let body = reqwest::Body::wrap_stream(futures::stream::iter(chunks.iter().cloned().map(Ok::<_, std::io::Error>).collect::<Vec<_>>()));
            let response = http::Response::builder().status(200).header(http::header::CONTENT_TYPE, content_type).body(body);
            Ok::<_, OpenAIError>(reqwest::Response::from(response.expect("a static status and header")))
        }
    });
    Client::with_config(OpenAIConfig::new().with_api_base("http://mocked.invalid/v1").with_api_key("mocked")).with_http_service(served)
}

fn request() -> CreateResponse {
    CreateResponseArgs::default().model("gpt-5").input("Draw a fox.").build().expect("a model and an input make a request")
}

/// One runtime per call, as a user's `#[tokio::main(flavor = "current_thread")]`: the stream's reader task dies with it.
/// A panic in that task (tokio catches it; the user's stream just ends) makes the answer errored, saying both.
fn run<F: std::future::Future<Output = Answer>>(call: F) -> Answer {
    let runtime = match tokio::runtime::Builder::new_current_thread().build() {
        Ok(runtime) => runtime,
        Err(error) => return Answer::Errored(format!("harness: cannot start a tokio runtime: {error}")),
    };
    crate::panics::take();
    let answer = runtime.block_on(call);
    drop(runtime);
    match (crate::panics::take(), answer) {
        (None, answer) => answer,
        (Some(panic), Answer::Events(events, error)) => Answer::Errored(format!(
            "a task the SDK spawned panicked (the stream then yielded {} events in all and ended {}) {panic}",
            events.len(),
            if error.is_some() { "with an error" } else { "with no error" }
        )),
        (Some(panic), _) => Answer::Errored(format!("a task the SDK spawned panicked {panic}")),
    }
}

/// responses().create() on a response whose output list holds the input (one that `unservable` lets through).
fn decode(input: &str) -> Answer {
    let body = Bytes::from([ENVELOPE.0, input, ENVELOPE.1].concat());
    run(async move {
        match client("application/json", vec![body]).responses().create(request()).await {
            Err(error) => refusal(error),
            Ok(response) => match response.output.first() {
                None => Answer::Ok(Value { received: Some("nothing"), ..Value::default() }), // no error, and no item
                Some(item) => received::item(item),
            },
        }
    })
}

/// responses().create_stream(): every event the stream yields, up to the first error (a user's `event?`).
fn stream(chunks: Vec<Bytes>) -> Answer {
    run(async move {
        let mut events = match client("text/event-stream", chunks).responses().create_stream(request()).await {
            Ok(events) => events,
            Err(error) => return refusal(error),
        };
        let mut yielded = vec![];
        while let Some(next) = events.next().await {
            let event = match next {
                Ok(event) => event,
                Err(error) => {
                    return match refusal(error) {
                        Answer::Rejected(message) => Answer::Events(yielded, Some(message)),
                        errored => errored,
                    };
                }
            };
            match received::event(&event, true) {
                Answer::Ok(value) => yielded.push(value),
                failed => return failed,
            }
        }
        Answer::Events(yielded, None)
    })
}

/// An error from the client: the SDK refusing what it read (a rejection), or anything else (errored).
fn refusal(error: OpenAIError) -> Answer {
    match error {
        // The SDK's Display appends the whole body it read; the runner has it already.
        OpenAIError::JSONDeserialize(error, content) => {
            Answer::Rejected(format!("failed to deserialize api response: error:{error} (content: the {} bytes served)", content.len()))
        }
        OpenAIError::StreamError(_) | OpenAIError::ApiError(_) => Answer::Rejected(error.to_string()),
        other => Answer::Errored(format!("{other} ({other:?})")),
    }
}

#[cfg(test)]
pub mod tests {
    use super::*;

    pub static INSTALL: std::sync::Once = std::sync::Once::new();

    fn ok(answer: Answer) -> Value {
        match answer {
            Answer::Ok(value) => value,
            other => panic!("not ok: {other:?}"),
        }
    }

    fn sse(events: &[&str]) -> Vec<Bytes> {
        events.iter().map(|data| Bytes::from(format!("event: x\ndata: {data}\n\n"))).collect()
    }

    #[test]
    fn serves_the_item_in_a_response() {
        let got = ok(decode(r#"{"type":"image_generation_call","id":"ig_1","status":"completed","result":"aGk=","extra":1}"#));
        assert_eq!(got.output.as_deref(), Some(r#"{"type":"image_generation_call","id":"ig_1","result":"aGk=","status":"completed"}"#));
        assert_eq!(got.received, None);
        let missing = ok(decode(r#"{"type":"image_generation_call","id":"ig_1","status":"completed"}"#));
        assert_eq!(missing.output.as_deref(), Some(r#"{"type":"image_generation_call","id":"ig_1","result":null,"status":"completed"}"#));
    }

    #[test]
    fn rejects_what_the_crate_refuses() {
        for item in [
            r#"{"type":"image_generation_call","id":"ig_1","status":"queued","result":null}"#,
            r#"{"type":"image_generation_call","id":"ig_1","status":"completed","result":null,"output_format":"svg"}"#,
            r#"{"type":"image_generation_call_v2","id":"ig_1","status":"completed","result":null}"#,
        ] {
            assert!(matches!(decode(item), Answer::Rejected(message) if message.starts_with("failed to deserialize api response")), "{item}");
        }
    }

    #[test]
    fn says_what_it_cannot_serve() {
        let text = |value: &str, lone_surrogate| Text { value: value.into(), lone_surrogate };
        assert_eq!(unservable(&text("\u{FEFF}{}", false)), Some("a byte-order mark cannot sit inside a response envelope"));
        assert!(unservable(&text("{} {}", false)).is_some_and(|reason| reason.starts_with("not one JSON value")));
        assert!(unservable(&text("\"\u{FFFD}\"", true)).is_some_and(|reason| reason.starts_with("an unpaired surrogate")));
        assert_eq!(unservable(&text(" {\"a\":1e400} ", false)), None);
    }

    #[test]
    fn reads_a_stream_cut_anywhere() {
        let events = [
            r#"{"type":"response.image_generation_call.in_progress","item_id":"ig_1","output_index":0,"sequence_number":1}"#,
            r#"{"type":"response.image_generation_call.partial_image","item_id":"ig_1","output_index":0,"sequence_number":2,"partial_image_index":0,"partial_image_b64":"aGk="}"#,
        ];
        let whole: Vec<u8> = sse(&events).concat();
        let one_byte_each = whole.iter().map(|byte| Bytes::copy_from_slice(&[*byte])).collect();
        for chunks in [sse(&events), one_byte_each] {
            let Answer::Events(got, None) = stream(chunks) else { panic!("not a stream") };
            let outputs: Vec<serde_json::Value> = got.iter().map(|value| serde_json::from_str(value.output.as_deref().unwrap()).unwrap()).collect();
            assert_eq!(outputs, events.map(|event| serde_json::from_str::<serde_json::Value>(event).unwrap()));
        }
    }

    #[test]
    fn a_panic_in_the_sdks_reader_task_is_an_error() {
        INSTALL.call_once(crate::panics::install);
        let bom = Bytes::from(format!(
            "\u{FEFF}data: {}\n\n",
            r#"{"type":"response.image_generation_call.generating","item_id":"ig_1","output_index":0,"sequence_number":1}"#
        ));
        let Answer::Errored(message) = stream(vec![bom]) else { panic!("not errored") };
        let head = "a task the SDK spawned panicked (the stream then yielded 0 events in all and ended with no error) at eventsource-stream-0.2.3/src/event_stream.rs:";
        assert!(message.starts_with(head) && message.contains(": start byte index 1 is not a char boundary"), "{message}");
    }

    #[test]
    fn a_bad_event_ends_the_stream_as_a_rejection() {
        let events = [
            r#"{"type":"response.image_generation_call.generating","item_id":"ig_1","output_index":0,"sequence_number":1}"#,
            r#"{"type":"response.image_generation_call.generating","item_id":"ig_1","output_index":-1,"sequence_number":2}"#,
            r#"{"type":"response.image_generation_call.generating","item_id":"ig_1","output_index":0,"sequence_number":3}"#,
        ];
        let Answer::Events(got, Some(message)) = stream(sse(&events)) else { panic!("not a rejected stream") };
        assert_eq!(got.len(), 1);
        assert!(message.contains("output_index") || message.contains("-1"), "{message}");
    }
}
