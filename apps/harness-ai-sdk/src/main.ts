// `harness.js client`: @ai-sdk/openai through its client entry as a protocol v1 harness (NDJSON on stdin and stdout).
import { serve } from "@imagegen-conformance/runner";
import { aiSdk } from "./implementation.js";

if (process.argv[2] !== "client") {
  process.stderr.write("usage: harness.js <entry>, one of client\n");
  process.exit(2);
}
await serve(aiSdk);
