// (c), (d) The runner over protocol v1 to a harness process, at a given batch size. The harness is started
// and warmed up once; the measurement is the steady state of that one long-lived process.
import { RunLog, runConformance, SubprocessConnection } from "@imagegen-conformance/runner";
import { cases, pool, report } from "../cases.mjs";
import { cpuBetween, processCpu } from "../process-cpu.mjs";

const [name, command, cwd, batchText, countText, depthText] = process.argv.slice(2);
const batch = Number(batchText);
const count = Number(countText);
// Run messages in flight; 1 is one round trip at a time (no pipelining).
const depth = Number(depthText ?? 3);
const texts = pool();
const connection = await SubprocessConnection.open({ command, cwd, batchSize: batch, pipelineDepth: depth });
// The same process for the warm-up and the measurement: runConformance must not close it in between.
const target = {
  name,
  reach: { harness: command },
  connect: async () => ({ description: connection.description, ask: (requests) => connection.ask(requests), violations: [], close: async () => {} }),
};
await runConformance({ targets: [target], cases: () => cases(Math.min(count, 20_000), texts), seed: 1, window: Math.max(batch * 8, 512), skipEncode: true });
const log = new RunLog(`/tmp/bench-${name}.jsonl`);
const before = processCpu();
const started = performance.now();
const summary = await runConformance({ targets: [target], cases: () => cases(count, texts), seed: 1, log, window: Math.max(batch * 8, 512), skipEncode: true });
const seconds = (performance.now() - started) / 1000;
// Which side bounds the rate: the runner's CPU seconds against the harness's.
const cpuSeconds = cpuBetween(before, processCpu());
log.close();
await connection.close();
const counts = summary.implementations[0]?.counts;
// A harness that can encode gets an encode check per accepted case too: every check counts.
const checks = counts ? counts.passed + counts.failed : 0;
if (checks < count) throw new Error(JSON.stringify(summary.implementations[0]?.counts));
report({ name, batch, pipelineDepth: depth, cases: checks, seconds, passed: counts.passed, cpuSeconds });
