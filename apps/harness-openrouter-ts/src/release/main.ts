// `release.js <installDir> --entries | <entry>`: any installed @openrouter/sdk release, its types found by name in
// its own modules, served over protocol v1 by the same implementation as the pinned harness.
import { serve } from "@imagegen-conformance/runner";
import { type EntryName, entryNames, openrouter } from "../implementation.js";
import { discover } from "./discover.js";
import { firstLine, LoadError, load } from "./load.js";

function fail(code: number, line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(code);
}

const [dir, mode] = process.argv.slice(2);
if (!dir || !mode || (mode !== "--entries" && !entryNames.includes(mode as EntryName)))
  fail(2, `usage: release.js <installDir> --entries | <entry>, entry one of ${entryNames.join(", ")}`);

const loaded = await load(dir).catch((error: unknown) =>
  fail(1, error instanceof LoadError ? error.message : `cannot import @openrouter/sdk: ${firstLine(error)}`),
);
const found = discover(loaded);
if (mode === "--entries") process.stdout.write(`${JSON.stringify({ release: found.release, entries: found.entries, shapes: found.shapes })}\n`);
else {
  const entry = found.entries.find((each) => each.name === mode);
  if (!found.version || !entry?.available) fail(1, `@openrouter/sdk ${found.release} has no ${mode} entry: ${entry?.reason ?? "not discovered"}`);
  await serve(openrouter(found.version, mode as EntryName));
}
