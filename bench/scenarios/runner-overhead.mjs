// The runner's own cost per case: an in-process implementation that echoes its input, so only planning, judging and logging remain.
import { inProcess, RunLog, runConformance } from "@imagegen-conformance/runner";
import { cases, pool, report } from "../cases.mjs";

const count = Number(process.argv[2] ?? 200_000);
const texts = pool();
const echo = {
  describe: () => ({
    name: "echo",
    language: "typescript",
    version: "1.0.0",
    entry: { name: "echo", kind: "helper", calls: "returns its input as its output" },
    capabilities: { operations: ["decode"], shapes: { OutputImageGenerationCallItem: "echo" }, batch: 1024 },
    profile: { unknown_fields: "preserve", null_vs_absent: "distinct", enums: "closed", key_casing: "wire", numbers: "exact" },
  }),
  decode: (_shape, input) => ({ status: "accepted", output: input }),
};
await runConformance({ targets: [inProcess("echo", echo)], cases: () => cases(20_000, texts), seed: 1 });
const log = new RunLog("/tmp/bench-overhead.jsonl");
const started = performance.now();
await runConformance({ targets: [inProcess("echo", echo)], cases: () => cases(count, texts), seed: 1, log });
const seconds = (performance.now() - started) / 1000;
log.close();
report({ name: "runner-overhead", cases: count, seconds });
