// (b) The runner in-process against the same SDK: every case planned, asked, judged and logged.
import { inProcess, RunLog, runConformance } from "@imagegen-conformance/runner";
import { openrouter } from "../../apps/harness-openrouter-ts/dist/implementation.js";
import { versions } from "../../apps/harness-openrouter-ts/dist/versions.js";
import { cases, pool, report } from "../cases.mjs";

const count = Number(process.argv[2] ?? 200_000);
const texts = pool();
const implementation = openrouter(versions["1.3.19"](), "fromJSON");
await runConformance({ targets: [inProcess("sdk", implementation)], cases: () => cases(20_000, texts), seed: 1 });
const log = new RunLog("/tmp/bench-in-process.jsonl");
const started = performance.now();
const summary = await runConformance({ targets: [inProcess("sdk", implementation)], cases: () => cases(count, texts), seed: 1, log });
const seconds = (performance.now() - started) / 1000;
log.close();
const passed = summary.implementations[0]?.counts.passed;
if (passed !== count) throw new Error(`${passed} of ${count} passed`);
report({ name: "b-in-process", cases: count, seconds });
