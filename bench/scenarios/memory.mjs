// (g) Peak RSS of a run of N cases: the log streams to disk; nothing per case is kept.
import { inProcess, RunLog, runConformance } from "@imagegen-conformance/runner";
import { openrouter } from "../../apps/harness-openrouter-ts/dist/implementation.js";
import { versions } from "../../apps/harness-openrouter-ts/dist/versions.js";
import { cases, pool, report } from "../cases.mjs";

const count = Number(process.argv[2]);
const texts = pool();
const log = new RunLog("/tmp/bench-memory.jsonl");
const started = performance.now();
const summary = await runConformance({
  targets: [inProcess("sdk", openrouter(versions["1.3.19"](), "fromJSON"))],
  cases: () => cases(count, texts),
  seed: 1,
  log,
});
const seconds = (performance.now() - started) / 1000;
log.close();
if (summary.implementations[0]?.counts.passed !== count) throw new Error("not every case passed");
report({ name: `g-memory-${count}`, cases: count, seconds });
