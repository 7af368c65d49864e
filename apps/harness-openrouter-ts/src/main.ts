// `harness.js <version>`: one installed @openrouter/sdk version as a protocol v1 harness.
import { serve } from "@imagegen-conformance/runner";
import { openrouter } from "./implementation.js";
import { versions } from "./versions.js";

const version = process.argv[2] ?? "";
const load = versions[version];
if (!load) {
  process.stderr.write(`usage: harness.js <version>, one of ${Object.keys(versions).join(", ")}\n`);
  process.exit(2);
}
await serve(openrouter(load()));
