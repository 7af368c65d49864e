#!/usr/bin/env node
// A deliberately broken harness, for testing the tester. `node member.mjs <behaviour>`.
// Correct answers come from the reference implementation; the behaviour breaks them.
// "Trigger" cases are those whose input holds "status":"queued".
import { createInterface } from "node:readline";
import { referenceImplementation } from "@imagegen-conformance/runner";
import { faults } from "./faults.mjs";
import { note, startChild } from "./notes.mjs";

const behaviour = process.argv[2];
note({ pid: process.pid, role: "member" });
// Written before any run is sent: evidence for none of them.
if (behaviour === "note-failures") process.stderr.write("zoo: started, before any run\n");
if (["leak-child", "crash-with-child", "hang"].includes(behaviour)) startChild();
// Harnesses that answer each run as it comes, concurrently, so a later run can be answered first.
const declaredInFlight = { concurrent: 1, unordered: 3 }[behaviour];
const escapes = "\u001b]0;pwned\u0007\u001b[2J\u001b]52;c;cHduZWQ=\u0007";
const write = (value) => process.stdout.write(`${typeof value === "string" ? value : JSON.stringify(value)}\n`);
const triggered = (run) => run.cases.some((testCase) => testCase.input?.includes('"status":"queued"'));
const reversed = (value) => (typeof value === "object" && value && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value);

async function correct(testCase) {
  const implementation = referenceImplementation;
  const result =
    testCase.operation === "stream"
      ? await implementation.stream(testCase.chunks.map((chunk) => new Uint8Array(Buffer.from(chunk, "base64"))))
      : await implementation[testCase.operation](testCase.shape, testCase.input);
  if (result.status !== "accepted") return { id: testCase.id, ...result };
  const { status: _status, ...value } = result;
  return { id: testCase.id, status: "ok", ...value };
}

const shapeOf = (testCase) => testCase.shape;
const known = (output) => {
  // The fields the shapes declare; anything else counts as unknown.
  const declared = [
    "type",
    "id",
    "status",
    "result",
    "prompt",
    "item_id",
    "output_index",
    "sequence_number",
    "partial_image_b64",
    "partial_image_index",
    "item",
  ];
  const value = JSON.parse(output);
  return JSON.stringify(
    typeof value === "object" && value && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).filter(([key]) => declared.includes(key))) : value,
  );
};

// Per-result changes, for behaviours that answer wrongly but speak the protocol correctly.
const transform = {
  "accept-everything": (testCase) =>
    testCase.operation === "stream"
      ? correct(testCase).then((result) => ({ id: testCase.id, status: "ok", events: result.events ?? [] }))
      : { id: testCase.id, status: "ok", output: testCase.input },
  "reject-everything": (testCase) => ({ id: testCase.id, status: "rejected", message: "no" }),
  "note-failures": (testCase) => {
    process.stderr.write(`zoo: rejecting case ${testCase.id}\n`);
    return { id: testCase.id, status: "rejected", message: "no" };
  },
  "drop-fields": async (testCase) => {
    const result = await correct(testCase);
    return result.status === "ok" && result.output ? { ...result, output: known(result.output) } : result;
  },
  "reorder-keys": async (testCase) => {
    const result = await correct(testCase);
    return result.status === "ok" && result.output ? { ...result, output: JSON.stringify(reversed(JSON.parse(result.output))) } : result;
  },
  // A seeded bug: an explicit null result is dropped on the way back, while the profile says null and absent stay apart.
  "drop-null-result": async (testCase) => {
    const result = await correct(testCase);
    if (result.status !== "ok" || !result.output) return result;
    const value = JSON.parse(result.output);
    if (value && typeof value === "object" && value.result === null) delete value.result;
    return { ...result, output: JSON.stringify(value) };
  },
  // Decodes correctly; writes a null result back as absent (only encode is wrong).
  "encode-drops-null": async (testCase) => {
    const result = await correct(testCase);
    if (testCase.operation !== "encode" || result.status !== "ok" || !result.output) return result;
    const value = JSON.parse(result.output);
    if (value && typeof value === "object" && value.result === null) delete value.result;
    return { ...result, output: JSON.stringify(value) };
  },
  "lying-hello": (testCase) =>
    testCase.operation === "stream" || shapeOf(testCase) === "StatusRequestEnum3"
      ? { id: testCase.id, status: "skipped", reason: "not really supported" }
      : correct(testCase),
};

let runs = 0;
let lastRun;
let outstanding = 0;
let mostOutstanding = 0;
const lines = createInterface({ input: process.stdin });
let queue = Promise.resolve();
lines.on("line", (line) => {
  const message = JSON.parse(line);
  if (declaredInFlight !== undefined && message.op === "run") concurrently(message);
  else queue = queue.then(() => handle(message));
});

async function concurrently(message) {
  outstanding++;
  if (outstanding > mostOutstanding) {
    mostOutstanding = outstanding;
    note({ inFlight: outstanding });
  }
  if (outstanding > declaredInFlight) write(`the runner sent ${outstanding} runs in flight; hello declared ${declaredInFlight}`);
  // Every other run takes a while, so the one sent after it is answered first.
  if (++runs % 2 === 1) await new Promise((resolve) => setTimeout(resolve, 40));
  const results = await Promise.all(message.cases.map((testCase) => correct(testCase)));
  outstanding--;
  write({ op: "results", id: message.id, results });
}

async function handle(message) {
  if (message.op === "stop" && behaviour === "answer-after-last") {
    process.stdout.write(
      `${JSON.stringify({ op: "results", id: lastRun.id, results: lastRun.cases.map((testCase) => ({ id: testCase.id, status: "rejected", message: "changed my mind" })) })}\n`,
    );
  }
  if (message.op === "stop") process.exit(0);
  if (message.op === "hello") {
    note({ limits: message.limits });
    const hello = referenceImplementation.describe();
    const { name: _name, language, version, entry, capabilities, profile } = hello;
    const declared =
      behaviour === "lying-hello"
        ? capabilities
        : {
            ...capabilities,
            operations: capabilities.operations.filter((operation) => operation !== "encode" || ["reference", "encode-drops-null"].includes(behaviour)),
          };
    // A parser of one item shape and no streams, as many SDK helpers are: it declares just that.
    if (behaviour === "one-shape-drop-null") {
      declared.shapes = { OutputImageGenerationCallItem: declared.shapes.OutputImageGenerationCallItem };
      declared.operations = declared.operations.filter((operation) => operation === "decode");
    }

    const honestDrop = behaviour === "drop-fields-honestly" ? { ...profile, unknown_fields: "drop" } : profile;
    const { in_flight: _inFlight, ordered: _ordered, ...sequential } = declared;
    // Most members read runs in order and answer in order, so they may take a few at once; "concurrent" says nothing (1).
    const flight = behaviour === "concurrent" ? {} : behaviour === "unordered" ? { in_flight: 3, ordered: false } : { in_flight: 3 };
    if (behaviour === "blank-lines") process.stdout.write("\n \n");
    return write({
      op: "hello",
      protocol: 1,
      implementation: { name: behaviour === "escape-name" ? `zoo-${escapes}` : `zoo-${behaviour}`, language, version, entry },
      capabilities: { ...sequential, ...flight, batch: 8 },
      profile: honestDrop,
    });
  }
  runs++;
  // Notes which run holds which cases, so the evidence tests can tell a batch's stderr from another's.
  if (behaviour === "note-failures") note({ run: message.id, cases: message.cases.map((testCase) => testCase.id) });
  if (behaviour === "exit-early" && runs % 3 === 0) process.exit(0);
  if (behaviour === "flood-stderr") process.stderr.write("x".repeat(1024 * 1024));
  lastRun = message;
  const trigger = triggered(message);
  if (trigger && ["crash-mid-batch", "crash-with-child"].includes(behaviour)) process.exit(3);
  if (trigger && behaviour === "hang") return new Promise(() => {});
  if (trigger && behaviour === "garbage") return write("this is not a protocol message");
  if (trigger && behaviour === "half-line") {
    process.stdout.write('{"op":"resu');
    return process.exit(0);
  }
  if (trigger && behaviour === "huge-line") return write({ op: "results", id: message.id, results: [], padding: "x".repeat(200 * 1024) });
  const change = transform[{ "drop-fields-honestly": "drop-fields", "one-shape-drop-null": "drop-null-result" }[behaviour] ?? behaviour] ?? correct;
  let results = await Promise.all(message.cases.map((testCase) => change(testCase)));
  const isTrigger = (result) => message.cases.find((testCase) => testCase.id === result.id)?.input?.includes('"status":"queued"');
  if (behaviour === "wrong-ids") results = results.map((result) => (isTrigger(result) ? { ...result, id: `${result.id}-wrong` } : result));
  if (behaviour === "duplicate-ids") results = results.flatMap((result) => (isTrigger(result) ? [result, result] : [result]));
  if (behaviour === "out-of-order") results = results.reverse();
  if (faults[behaviour]) return process.stdout.write(faults[behaviour](message, results, trigger));
  write({ op: "results", id: message.id, results });
}
