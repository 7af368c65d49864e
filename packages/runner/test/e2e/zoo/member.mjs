#!/usr/bin/env node
// A deliberately broken harness, for testing the tester. `node member.mjs <behaviour>`.
// Correct answers come from the reference implementation; the behaviour breaks them.
// "Trigger" cases are those whose input holds "status":"queued".
import { createInterface } from "node:readline";
import { referenceImplementation } from "@imagegen-conformance/runner";

const behaviour = process.argv[2];
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
const lines = createInterface({ input: process.stdin });
let queue = Promise.resolve();
lines.on("line", (line) => {
  queue = queue.then(() => handle(JSON.parse(line)));
});

async function handle(message) {
  if (message.op === "stop") process.exit(0);
  if (message.op === "hello") {
    const hello = referenceImplementation.describe();
    const { name: _name, language, version, capabilities, profile } = hello;
    const declared =
      behaviour === "lying-hello"
        ? capabilities
        : {
            ...capabilities,
            operations: capabilities.operations.filter((operation) => operation !== "encode" || ["reference", "encode-drops-null"].includes(behaviour)),
          };

    const honestDrop = behaviour === "drop-fields-honestly" ? { ...profile, unknown_fields: "drop" } : profile;
    return write({
      op: "hello",
      protocol: 1,
      implementation: { name: `zoo-${behaviour}`, language, version },
      capabilities: { ...declared, batch: 8 },
      profile: honestDrop,
    });
  }
  runs++;
  if (behaviour === "exit-early" && runs % 3 === 0) process.exit(0);
  if (behaviour === "flood-stderr") process.stderr.write("x".repeat(1024 * 1024));
  const trigger = triggered(message);
  if (trigger && behaviour === "crash-mid-batch") process.exit(3);
  if (trigger && behaviour === "hang") return new Promise(() => {});
  if (trigger && behaviour === "garbage") return write("this is not a protocol message");
  if (trigger && behaviour === "half-line") {
    process.stdout.write('{"op":"resu');
    return process.exit(0);
  }
  if (trigger && behaviour === "huge-line") return write({ op: "results", id: message.id, results: [], padding: "x".repeat(200 * 1024) });
  const change = transform[behaviour === "drop-fields-honestly" ? "drop-fields" : behaviour] ?? correct;
  let results = await Promise.all(message.cases.map((testCase) => change(testCase)));
  const isTrigger = (result) => message.cases.find((testCase) => testCase.id === result.id)?.input?.includes('"status":"queued"');
  if (behaviour === "wrong-ids") results = results.map((result) => (isTrigger(result) ? { ...result, id: `${result.id}-wrong` } : result));
  if (behaviour === "duplicate-ids") results = results.flatMap((result) => (isTrigger(result) ? [result, result] : [result]));
  if (behaviour === "out-of-order") results = results.reverse();
  write({ op: "results", id: message.id, results });
}
