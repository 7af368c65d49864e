// `harness.js <entry>`: the openai package, through one entry point, as a protocol v1 harness (NDJSON on stdin and stdout).
import { serve } from "@imagegen-conformance/runner";
import { type EntryName, entryNames, openai } from "./implementation.js";

const entry = process.argv[2] ?? "";
if (!entryNames.includes(entry as EntryName)) {
  process.stderr.write(`usage: harness.js <entry>, one of ${entryNames.join(", ")}\n`);
  process.exit(2);
}
await serve(openai(entry as EntryName));
