use serde_json::{json, Value as Json};

use super::*;
use crate::entry::Decoder;

const HELLO: &str = r#"{"op":"hello","protocol":1,"runner":{"name":"t","version":"0"},"limits":{"max_line_bytes":67108864,"max_message_bytes":300,"max_output_bytes":16777216}}"#;

/// Serves `lines` to `entry`: the exit code, each stdout line as JSON, and stderr.
fn transcript(entry: &Entry, lines: &[&str]) -> (i32, Vec<Json>, String) {
    let input = lines.iter().map(|line| format!("{line}\n")).collect::<String>();
    let (mut output, mut logs) = (Vec::new(), Vec::new());
    let code = serve(entry, input.as_bytes(), &mut output, &mut logs);
    let output = String::from_utf8(output).unwrap();
    (code, output.lines().map(|line| serde_json::from_str(line).unwrap()).collect(), String::from_utf8(logs).unwrap())
}

fn run(cases: Json) -> String {
    json!({"op": "run", "id": "r1", "cases": cases}).to_string()
}

#[test]
fn says_hello_with_what_the_entry_reads() {
    let (code, lines, _) = transcript(&crate::client::ENTRY, &[HELLO, r#"{"op":"stop"}"#, HELLO]);
    assert_eq!((code, lines.len()), (0, 1), "stop ends the session, unanswered");
    let hello = &lines[0];
    assert_eq!(hello["implementation"]["name"], "async-openai");
    assert_eq!(hello["implementation"]["entry"], json!({"name": "client", "kind": "client", "calls": crate::client::ENTRY.calls}));
    assert_eq!(hello["capabilities"]["operations"], json!(["decode", "stream"]));
    assert_eq!(hello["capabilities"]["shapes"]["ImageGenToolCall"], "async_openai::types::responses::ImageGenToolCall");
    assert_eq!(hello["capabilities"]["stream_events"], "all");
    let (_, lines, _) = transcript(&crate::helper::ENTRY, &[HELLO]);
    assert_eq!(lines[0]["capabilities"]["operations"], json!(["decode"]));
    assert_eq!(lines[0]["capabilities"]["shapes"].as_object().unwrap().len(), 10);
}

#[test]
fn refuses_a_first_line_that_is_not_a_protocol_1_hello() {
    for first in [r#"{"op":"hello","protocol":2}"#, r#"{"op":"run","id":"r1","cases":[]}"#, "not json"] {
        let (code, lines, _) = transcript(&crate::client::ENTRY, &[first, HELLO]);
        assert_eq!((code, lines.len()), (1, 1));
        assert!(lines[0]["error"].as_str().unwrap().starts_with("this harness speaks protocol 1 only"), "{}", lines[0]);
    }
}

#[test]
fn answers_every_case_of_a_run_by_its_id() {
    let item = r#"{"type":"image_generation_call","id":"ig_1","status":"completed","result":"aGk="}"#;
    let stream = base64::engine::general_purpose::STANDARD
        .encode("data: {\"type\":\"response.image_generation_call.generating\",\"item_id\":\"ig_1\",\"output_index\":0,\"sequence_number\":1}\n\n");
    let cases = json!([
        {"id": "c1", "operation": "decode", "shape": "ImageGenToolCall", "input": item},
        {"id": "c2", "operation": "decode", "shape": "ImageGenToolCall", "input": "{} {}"},
        {"id": "c3", "operation": "stream", "chunks": [stream]},
        {"id": "c4", "operation": "decode", "shape": "ImageGenCallGeneratingEvent", "input": "{}"},
        {"id": "c5", "operation": "stream", "chunks": ["%%%"]},
        {"id": "c6", "operation": "decode", "shape": "ImageGenToolCall", "input": "{\"status\":\"queued\"}"},
    ]);
    let (code, lines, _) = transcript(&crate::client::ENTRY, &[HELLO, "", " \t\r", &run(cases)]);
    assert_eq!((code, lines.len()), (0, 2), "blank lines are skipped, the end of input is a stop");
    let results = &lines[1];
    assert_eq!((&results["op"], &results["id"]), (&json!("results"), &json!("r1")));
    let by_id = |id: &str| results["results"].as_array().unwrap().iter().find(|result| result["id"] == id).unwrap().clone();
    let output = |result: Json| serde_json::from_str::<Json>(result["output"].as_str().unwrap()).unwrap();
    assert_eq!((&by_id("c1")["status"], output(by_id("c1"))), (&json!("ok"), serde_json::from_str::<Json>(item).unwrap()));
    assert_eq!(by_id("c2"), json!({"id": "c2", "status": "skipped", "reason": "not one JSON value: inside an envelope it would be read as something else"}));
    let event = json!({"output": r#"{"type":"response.image_generation_call.generating","sequence_number":1,"output_index":0,"item_id":"ig_1"}"#});
    assert_eq!(by_id("c3"), json!({"id": "c3", "status": "ok", "events": [event]}));
    assert_eq!(by_id("c4")["status"], "skipped");
    assert_eq!(by_id("c5")["status"], "errored");
    assert_eq!(by_id("c6")["status"], "rejected");
    assert_eq!(results["results"].as_array().unwrap().len(), 6);
}

#[test]
fn echoes_ids_byte_for_byte_and_reads_lone_surrogates() {
    let line = r#"{"op":"run","id":"r\u00e9","cases":[{"id":"c\"1","operation":"decode","shape":"ImageGenToolCall","input":"{\"id\":\"\ud800\"}"}]}"#;
    let input = format!("{HELLO}\n{line}\n");
    let mut output = Vec::new();
    serve(&crate::client::ENTRY, input.as_bytes(), &mut output, &mut Vec::new());
    let results = String::from_utf8(output).unwrap().lines().nth(1).unwrap().to_string();
    assert!(results.starts_with(r#"{"op":"results","id":"r\u00e9","results":[{"id":"c\"1","status":"skipped","reason":"an unpaired surrogate"#), "{results}");
}

#[test]
fn keeps_messages_within_the_runners_limit() {
    const LONG: Entry = Entry {
        name: "long",
        kind: "helper",
        calls: "",
        decoders: &[("ImageGenToolCall", Decoder { rust_type: "T", decode: |_| Answer::Rejected("é".repeat(1000)) })],
        unservable: |_| None,
        stream: None,
    };
    let (_, lines, _) = transcript(&LONG, &[HELLO, &run(json!([{"id": "c1", "operation": "decode", "shape": "ImageGenToolCall", "input": "1"}]))]);
    let message = lines[1]["results"][0]["message"].as_str().unwrap();
    assert!(message.len() <= 300 && message.ends_with("(truncated, 2000 bytes in all)"), "{message}");
}

#[test]
fn a_panic_is_that_cases_error_only() {
    const PANICS: Entry = Entry {
        name: "panics",
        kind: "helper",
        calls: "",
        decoders: &[(
            "ImageGenToolCall",
            Decoder { rust_type: "T", decode: |input| if input == "1" { panic!("boom") } else { Answer::Rejected("no".into()) } },
        )],
        unservable: |_| None,
        stream: None,
    };
    crate::client::tests::INSTALL.call_once(crate::panics::install);
    let cases = json!([{"id": "c1", "operation": "decode", "shape": "ImageGenToolCall", "input": "1"}, {"id": "c2", "operation": "decode", "shape": "ImageGenToolCall", "input": "2"}]);
    let (code, lines, logs) = transcript(&PANICS, &[HELLO, &run(cases), r#"{"op":"other"}"#, "not json"]);
    assert_eq!(code, 0);
    let results = &lines[1]["results"];
    assert_eq!((&results[0]["id"], &results[0]["status"]), (&json!("c1"), &json!("errored")));
    assert!(results[0]["message"].as_str().unwrap().starts_with("panic at src/protocol_tests.rs:"), "{}", results[0]);
    assert_eq!(results[1], json!({"id": "c2", "status": "rejected", "message": "no"}));
    assert!(
        logs.contains("case \"c1\" panicked: at src/protocol_tests.rs:") && logs.contains("ignoring op Some(\"other\")") && logs.contains("not a message"),
        "{logs}"
    );
}

#[test]
fn links_the_sdk_version_cargo_lock_pins() {
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock")).unwrap();
    let pinned = format!("name = \"{}\"\nversion = \"{}\"\n", SDK.0, SDK.1);
    assert!(lock.contains(&pinned), "Cargo.lock does not pin {} {}", SDK.0, SDK.1);
    let toml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")).unwrap();
    assert!(toml.contains(&format!("async-openai = {{ version = \"={}\"", SDK.1)), "Cargo.toml does not require {} ={}", SDK.0, SDK.1);
}

#[test]
fn entries_answer_names_the_release_every_entry_and_each_shape() {
    let answer = crate::protocol::entries_answer();
    assert_eq!(answer["release"], SDK.1);
    let names: Vec<_> = answer["entries"].as_array().unwrap().iter().map(|entry| (entry["name"].as_str().unwrap(), entry["available"].as_bool())).collect();
    assert_eq!(names, crate::entry::names().into_iter().map(|name| (name, Some(true))).collect::<Vec<_>>());
    assert_eq!(answer["shapes"]["ImageGenToolCall"], "async_openai::types::responses::ImageGenToolCall");
}
