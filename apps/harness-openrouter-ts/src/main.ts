// `harness.js <version> <entry>`: one installed @openrouter/sdk version, through one entry point, as a protocol v1 harness.
import { serve } from "@imagegen-conformance/runner";
import { type EntryName, entryNames, openrouter } from "./implementation.js";
import { versions } from "./versions.js";

const [version = "", entry = ""] = process.argv.slice(2);
const load = versions[version];
if (!load || !entryNames.includes(entry as EntryName)) {
  process.stderr.write(`usage: harness.js <version> <entry>, version one of ${Object.keys(versions).join(", ")}, entry one of ${entryNames.join(", ")}\n`);
  process.exit(2);
}
await serve(openrouter(load(), entry as EntryName));
