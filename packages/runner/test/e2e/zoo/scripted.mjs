#!/usr/bin/env node
// A harness that says a correct hello (or the one in HELLO_LINE), then answers every run with the lines in
// SCRIPT_LINES (base64 JSON array of strings): for fuzzing the runner's reading of protocol messages.
import { createInterface } from "node:readline";
import { referenceImplementation } from "@imagegen-conformance/runner";

const script = JSON.parse(Buffer.from(process.env.SCRIPT_LINES ?? "W10=", "base64").toString("utf8"));
const { name, language, version, entry, capabilities, profile } = referenceImplementation.describe();
const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const message = JSON.parse(line);
  if (message.op === "hello") {
    const hello =
      process.env.HELLO_LINE !== undefined
        ? Buffer.from(process.env.HELLO_LINE, "base64").toString("utf8")
        : JSON.stringify({ op: "hello", protocol: 1, implementation: { name, language, version, entry }, capabilities, profile });
    process.stdout.write(`${hello}\n`);
  } else if (message.op === "run") {
    for (const scripted of script) process.stdout.write(`${scripted.replaceAll("$RUN", message.id).replaceAll("$CASE", message.cases[0]?.id ?? "")}\n`);
  } else if (message.op === "stop") process.exit(0);
});
