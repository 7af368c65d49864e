//! What bounds this harness's throughput (bench/scenarios/sdk-alone.mjs runs it: `cargo test --release -- --ignored
//! --nocapture sdk_beside_harness`): the SDK's own work as the serde_json.from_str entry asks it (from_str into
//! ImageGenToolCall and into OutputItem, then to_string of the union), beside the harness's whole answer to a 256-case
//! run message. One JSON line, microseconds a case.

use std::time::Instant;

use async_openai::types::responses::{ImageGenToolCall, OutputItem};

const ITEM: &str = r#"{"type":"image_generation_call","id":"ig_68b8c2d4e0a081a29c1d2e3f4a5b6c7d0e1f2a3b4c5d6e7f","status":"completed","result":"iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR42mP4n8UARAwQCgArhgWlJBXGOwAAAABJRU5ErkJggg==","prompt":"a fox"}"#;

/// Microseconds per call, best of five rounds of `calls` after a warm-up of as many.
fn per_call(calls: u32, mut step: impl FnMut()) -> f64 {
    (0..calls).for_each(|_| step());
    (0..5)
        .map(|_| {
            let started = Instant::now();
            (0..calls).for_each(|_| step());
            started.elapsed().as_secs_f64() * 1e6 / f64::from(calls)
        })
        .fold(f64::MAX, f64::min)
}

#[test]
#[ignore = "a benchmark: run by bench/, not by the tests"]
fn sdk_beside_harness() {
    let sdk = per_call(20_000, || {
        let _: ImageGenToolCall = serde_json::from_str(ITEM).unwrap();
        let union: OutputItem = serde_json::from_str(ITEM).unwrap();
        std::hint::black_box(serde_json::to_string(&union).unwrap());
    });
    let cases: Vec<_> = (0..256)
        .map(|at| serde_json::json!({"id": format!("c{at}"), "operation": "decode", "shape": "OutputImageGenerationCallItem", "input": ITEM}))
        .collect();
    let lines = format!("{}\n{}\n", r#"{"op":"hello","protocol":1}"#, serde_json::json!({"op": "run", "id": "r1", "cases": cases}));
    let whole = per_call(100, || {
        let (mut output, mut logs) = (Vec::new(), Vec::new());
        assert_eq!(crate::protocol::serve(&crate::helper::ENTRY, lines.as_bytes(), &mut output, &mut logs), 0);
        std::hint::black_box(output);
    }) / 256.0;
    println!("{{\"sdk_us\":{sdk:.3},\"harness_us\":{whole:.3}}}");
}
