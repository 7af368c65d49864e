//! The protocol loop for one entry: hello, runs answered one at a time in the order sent, stop. stdout carries
//! protocol lines only; everything else goes to `logs` (stderr).

use std::io::{BufRead, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};

use base64::Engine as _;
use serde::{Deserialize, Serialize};
use serde_json::json;
use serde_json::value::RawValue;

use crate::answer::{Answer, Value};
use crate::entry::Entry;
use crate::input;
use crate::limits::Limits;

/// The SDK this harness links, at the version Cargo.lock locked for this build (build.rs).
pub const SDK: (&str, &str) = ("async-openai", env!("SDK_VERSION"));

/// Runs the runner may send before the first is answered: any number is true, as `serve` reads one line, answers it and
/// only then reads the next, so later runs wait in the pipe and are answered in the order sent.
const IN_FLIGHT: u32 = 4;

#[derive(Deserialize)]
struct Message<'a> {
    op: Option<String>,
    #[serde(borrow)]
    protocol: Option<&'a RawValue>,
    limits: Option<serde_json::Value>,
    #[serde(borrow)]
    id: Option<&'a RawValue>,
    #[serde(borrow, default)]
    cases: Vec<Case<'a>>,
}

/// Ids and the input stay raw JSON: an id is echoed byte for byte, and the input may escape a lone surrogate.
#[derive(Deserialize)]
struct Case<'a> {
    #[serde(borrow)]
    id: &'a RawValue,
    #[serde(default)]
    operation: String,
    #[serde(default)]
    shape: String,
    #[serde(borrow)]
    input: Option<&'a RawValue>,
    #[serde(default)]
    chunks: Vec<String>,
}

#[derive(Serialize)]
struct Results<'a> {
    op: &'static str,
    id: &'a RawValue,
    results: Vec<Result<'a>>,
}

#[derive(Serialize)]
struct Result<'a> {
    id: &'a RawValue,
    status: &'static str,
    #[serde(flatten)]
    value: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    events: Option<Vec<Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
}

/// Serves `entry` until stop or the end of input; returns the exit code.
pub fn serve(entry: &Entry, mut input: impl BufRead, mut output: impl Write, logs: &mut impl Write) -> i32 {
    let mut send = |line: String| writeln!(output, "{line}").and_then(|_| output.flush());
    let mut limits = None;
    let mut line = Vec::new();
    loop {
        line.clear();
        match input.read_until(b'\n', &mut line) {
            Ok(0) => return 0, // the end of input means stop
            Ok(_) => {}
            Err(error) => {
                let _ = writeln!(logs, "harness: reading stdin: {error}");
                return 1;
            }
        }
        if line.iter().all(|byte| matches!(byte, b' ' | b'\t' | b'\r' | b'\n')) {
            continue; // a blank line is no message
        }
        let message = std::str::from_utf8(&line)
            .map_err(|error| error.to_string())
            .and_then(|text| serde_json::from_str::<Message>(text).map_err(|error| error.to_string()));
        let sent = match (&limits, message) {
            (None, Ok(hello)) if hello.op.as_deref() == Some("hello") && hello.protocol.map(RawValue::get) == Some("1") => {
                limits = Some(Limits::from_hello(hello.limits.as_ref()));
                send(self::hello(entry).to_string())
            }
            (None, _) => {
                let first = String::from_utf8_lossy(&line).chars().take(200).collect::<String>();
                let error = format!("this harness speaks protocol 1 only; the first line is not a protocol 1 hello: {:?}", first.trim_end());
                let _ = send(json!({"op": "hello", "error": error}).to_string());
                return 1;
            }
            (Some(_), Err(error)) => log(logs, format_args!("harness: ignoring a line that is not a message: {error}")),
            (Some(_), Ok(message)) if message.op.as_deref() == Some("stop") => return 0,
            (Some(limits), Ok(Message { op: Some(op), id: Some(id), cases, .. })) if op == "run" => {
                let results = cases.iter().map(|case| result(case.id, limits.bound(answer(entry, case, logs)))).collect();
                match serde_json::to_string(&Results { op: "results", id, results }) {
                    Ok(line) => send(line),
                    Err(error) => log(logs, format_args!("harness: cannot write the results: {error}")), // strings only: cannot fail
                }
            }
            (Some(_), Ok(message)) => log(logs, format_args!("harness: ignoring op {:?}", message.op)),
        };
        if let Err(error) = sent {
            let _ = writeln!(logs, "harness: writing: {error}");
            return 1;
        }
    }
}

/// A diagnostic on stderr; one that cannot be written is no reason to stop.
fn log(logs: &mut impl Write, line: std::fmt::Arguments) -> std::io::Result<()> {
    let _ = writeln!(logs, "{line}");
    Ok(())
}

/// The one line `sweep` asks a release harness for (`--entries`): the release built in, its entries (a release that
/// lacks what the harness calls does not build, so every entry of a built one is there) and each shape's Rust type.
pub fn entries_answer() -> serde_json::Value {
    let mut shapes = serde_json::Map::new();
    for entry in crate::entry::all() {
        for (shape, decoder) in entry.decoders {
            shapes.insert(shape.to_string(), decoder.rust_type.into());
        }
    }
    let found: Vec<_> = crate::entry::all().map(|entry| json!({"name": entry.name, "available": true})).collect();
    json!({"release": SDK.1, "entries": found, "shapes": shapes})
}

fn hello(entry: &Entry) -> serde_json::Value {
    let shapes: serde_json::Map<String, serde_json::Value> =
        entry.decoders.iter().map(|(shape, decoder)| (shape.to_string(), decoder.rust_type.into())).collect();
    let mut capabilities = json!({"operations": entry.operations(), "shapes": shapes, "batch": 256, "in_flight": IN_FLIGHT, "ordered": true});
    if entry.stream.is_some() {
        capabilities["stream_events"] = "all".into(); // every event the stream yields, up to an error
    }
    json!({
        "op": "hello", "protocol": 1,
        "implementation": {"name": SDK.0, "language": "rust", "version": SDK.1, "homepage": "https://github.com/64bit/async-openai",
            "entry": {"name": entry.name, "kind": entry.kind, "calls": entry.calls}},
        "capabilities": capabilities,
        // drop: serde skips fields a struct does not declare. collapsed: Option<T> reads null and absent alike, and
        // writes `result` (no skip_serializing_if) as null, the other options not at all. closed: plain enums, size
        // aside (its Other(String) is reported). exact: u32/u64 fields, read digit for digit or refused.
        "profile": {"unknown_fields": "drop", "null_vs_absent": "collapsed", "enums": "closed", "key_casing": "wire", "numbers": "exact"},
    })
}

/// One case; a panic becomes an errored result for that case only.
fn answer(entry: &Entry, case: &Case, logs: &mut impl Write) -> Answer {
    let asked = catch_unwind(AssertUnwindSafe(|| match (case.operation.as_str(), entry.decoder(&case.shape), entry.stream) {
        ("decode", Some(decoder), _) => match case.input.map(input::read) {
            Some(Ok(text)) => match (entry.unservable)(&text) {
                Some(reason) => Answer::Skipped(reason.into()),
                None => (decoder.decode)(&text.value),
            },
            Some(Err(error)) => Answer::Errored(format!("harness: {error}")),
            None => Answer::Errored("harness: the case has no input".into()),
        },
        ("stream", _, Some(stream)) => {
            let chunks: std::result::Result<Vec<bytes::Bytes>, _> =
                case.chunks.iter().map(|chunk| base64::engine::general_purpose::STANDARD.decode(chunk).map(bytes::Bytes::from)).collect();
            match chunks {
                Ok(chunks) => stream(chunks),
                Err(error) => Answer::Errored(format!("harness: a chunk is not base64: {error}")),
            }
        }
        (operation, _, _) => Answer::Skipped(format!("not declared at entry {}: operation {operation:?}, shape {:?}", entry.name, case.shape)),
    }));
    asked.unwrap_or_else(|payload| {
        let said = crate::panics::take().unwrap_or_else(|| payload.downcast_ref::<&str>().map_or("(no message)", |text| text).to_string());
        let _ = log(logs, format_args!("harness: case {} panicked: {said}", case.id.get()));
        Answer::Errored(format!("panic {said}"))
    })
}

fn result(id: &RawValue, answer: Answer) -> Result<'_> {
    let result = |status| Result { id, status, value: None, events: None, message: None, reason: None };
    match answer {
        Answer::Ok(value) => Result { value: Some(value), ..result("ok") },
        Answer::Events(events, None) => Result { events: Some(events), ..result("ok") },
        Answer::Events(events, Some(message)) => Result { events: Some(events), message: Some(message), ..result("rejected") },
        Answer::Rejected(message) => Result { message: Some(message), ..result("rejected") },
        Answer::Skipped(reason) => Result { reason: Some(reason), ..result("skipped") },
        Answer::Errored(message) => Result { message: Some(message), ..result("errored") },
    }
}

#[cfg(test)]
#[path = "protocol_tests.rs"]
mod tests;
