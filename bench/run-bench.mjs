// `npm run bench`: every measurement in one run, on the same cases, printed and written to bench/results.json.
// Each measurement runs in a fresh process (its peak RSS is its own); quick ones run three times and the median is kept.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { registeredHarnesses } from "../apps/cli/dist/registry/harness-registry.js";
import { prepareHarnesses } from "../apps/cli/dist/registry/prepare-harnesses.js";

const root = new URL("..", import.meta.url).pathname;
const benchStarted = performance.now();
const harnesses = new Map(registeredHarnesses().map((harness) => [harness.id, harness]));
const failures = await prepareHarnesses(
  [...harnesses.values()],
  { stdout: () => {}, stderr: (text) => process.stderr.write(text), stdin: async () => "", interactive: false },
  "bench",
);
const harness = (id) => {
  const found = harnesses.get(id);
  if (!found || failures.has(id)) return undefined;
  return found;
};

function measure(script, args, rounds = 3, heapMB = 4096) {
  const runs = [];
  for (let round = 0; round < rounds; round++) {
    const child = spawnSync(process.execPath, [`--max-old-space-size=${heapMB}`, `bench/scenarios/${script}`, ...args.map(String)], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
    });
    const line = child.stdout.trim().split("\n").at(-1) ?? "";
    if (child.status !== 0 || !line.startsWith("{")) return { error: (child.stderr || child.stdout).trim().split("\n").slice(-3).join(" ") };
    runs.push(JSON.parse(line));
  }
  runs.sort((left, right) => left.casesPerSecond - right.casesPerSecond);
  const median = runs[Math.floor(runs.length / 2)];
  const result = { ...median, rounds, range: [runs[0].casesPerSecond, runs.at(-1).casesPerSecond] };
  console.log(
    `${result.name}${result.batch ? ` (batch ${result.batch}, ${result.pipelineDepth} in flight)` : ""}: ${result.casesPerSecond.toLocaleString("en")} cases/s (range ${result.range.map((value) => value.toLocaleString("en")).join("–")}), ${result.seconds.toFixed(2)} s, peak RSS ${result.maxRssMB} MB${result.cpuSeconds ? `, CPU s ${JSON.stringify(result.cpuSeconds)}` : ""}`,
  );
  return result;
}

/** A measurement that is no rate of its own (the SDKs alone): run once, its JSON line kept as it is. */
function once(script) {
  const child = spawnSync(process.execPath, [`bench/scenarios/${script}`], { cwd: root, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  const line = child.stdout.trim().split("\n").at(-1) ?? "";
  if (child.status !== 0 || !line.startsWith("{")) return { error: (child.stderr || child.stdout).trim().split("\n").slice(-3).join(" ") };
  console.log(line);
  return JSON.parse(line);
}

const subprocess = (name, id, batch, count, depth = 3) => {
  const entry = harness(id);
  return entry
    ? measure("subprocess.mjs", [name, entry.command, entry.directory, batch, count, depth])
    : { error: `${id} unavailable: ${failures.get(id) ?? "not registered"}` };
};

const results = {
  machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform },
  date: new Date().toISOString(),
  a: measure("raw-loop.mjs", [500_000]),
  b: measure("in-process.mjs", [200_000]),
  // Not a target: the runner alone, against an implementation that echoes its input (what b costs beyond the SDK).
  runnerAlone: measure("runner-overhead.mjs", [300_000]),
  c: {
    // One case per round trip: the protocol without batching or pipelining.
    batch1: subprocess("c-typescript", "openrouter-ts@1.3.19/fromJSON", 1, 20_000, 1),
    batch1Pipelined: subprocess("c-typescript", "openrouter-ts@1.3.19/fromJSON", 1, 20_000),
    batch16: subprocess("c-typescript", "openrouter-ts@1.3.19/fromJSON", 16, 100_000),
    batch256: subprocess("c-typescript", "openrouter-ts@1.3.19/fromJSON", 256, 200_000),
  },
  d: {
    go: subprocess("d-go", "openai-go@v3.99.0/json.Unmarshal", 256, 100_000),
    python: subprocess("d-python", "openrouter-python@1.3.84/validate_json", 256, 60_000),
    // The newer harnesses, measured the same way (their SDKs alone are in j; their rate is not a target of the issue).
    rust: subprocess("d-rust", "async-openai@0.43.0/serde_json.from_str", 256, 100_000),
    java: subprocess("d-java", "openai-java@4.105.0/readValue", 256, 100_000),
  },
  // The SDKs of d alone, in one process each, and each harness's whole answer beside its SDK: what harnesses are held to.
  j: once("sdk-alone.mjs"),
  e: measure("generation.mjs", [200_000]),
  // The judge alone, compiled and interpreted (the oracle it is held equal to), on half valid, half invalid values.
  h: { compiled: measure("judge.mjs", [1_000_000, "compiled"]), interpreted: measure("judge.mjs", [1_000_000, "interpreted"]) },
};
const spec = (id) => {
  const entry = harness(id);
  return entry ? `${id}|${entry.directory}|${entry.command}` : undefined;
};
results.f = measure(
  "fuzz-campaign.mjs",
  [1_000_000, ...["openrouter-ts@1.3.19/fromJSON", "openai-go@v3.99.0/json.Unmarshal", "openrouter-python@1.3.84/validate_json"].map(spec).filter(Boolean)],
  1,
);
// The main job once prepared (the harnesses above are built; releases come from the cache): seconds per entry.
results.i = measure("main-job.mjs", [], 1);
// A 128 MB heap: V8 would otherwise grow lazily into whatever it is allowed, which says nothing about what a run needs.
results.g = Object.fromEntries([10_000, 1_000_000, 10_000_000].map((count) => [count, measure("memory.mjs", [count], 1, 128)]));

const best = Math.max(results.c.batch16.casesPerSecond ?? 0, results.c.batch256.casesPerSecond ?? 0);
results.targets = {
  "b/a >= 0.5": { value: +(results.b.casesPerSecond / results.a.casesPerSecond).toFixed(3), met: results.b.casesPerSecond / results.a.casesPerSecond >= 0.5 },
  "c best >= 200000/s": { value: best, met: best >= 200_000 },
  "c best >= 20x batch 1": {
    value: +(best / (results.c.batch1.casesPerSecond ?? Number.POSITIVE_INFINITY)).toFixed(1),
    met: best >= 20 * (results.c.batch1.casesPerSecond ?? Number.POSITIVE_INFINITY),
  },
  "runner alone >= 1000000/s": { value: results.runnerAlone.casesPerSecond, met: results.runnerAlone.casesPerSecond >= 1_000_000 },
  ...Object.fromEntries(
    ["go", "python"].map((language) => {
      const ratio = (results.d[language].casesPerSecond ?? 0) / (results.j[language]?.casesPerSecond ?? Number.POSITIVE_INFINITY);
      return [`${language} harness >= 0.8x its SDK alone`, { value: +ratio.toFixed(2), met: ratio >= 0.8 }];
    }),
  ),
  ...Object.fromEntries(
    ["typescript", "go", "python", "rust", "java"].map((language) => {
      const side = results.j[language] ?? {};
      return [
        `${language} harness's own work <= its SDK's`,
        { value: side.ownMicrosecondsPerCase, met: side.ownMicrosecondsPerCase <= side.microsecondsPerCase },
      ];
    }),
  ),
  "f <= 60 s": { value: results.f.seconds, met: results.f.seconds <= 60 },
  "i <= 3 s per entry": { value: results.i.secondsPerEntry, met: results.i.secondsPerEntry <= 3 },
  "g flat, <= 256 MB": { value: Object.values(results.g).map((run) => run.maxRssMB), met: Object.values(results.g).every((run) => run.maxRssMB <= 256) },
};
for (const [target, { value, met }] of Object.entries(results.targets)) console.log(`${met ? "met   " : "MISSED"} ${target}: ${JSON.stringify(value)}`);
results.elapsedSeconds = Math.round((performance.now() - benchStarted) / 1000);
writeFileSync(new URL("results.json", import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log(`bench: wrote bench/results.json (${results.elapsedSeconds} s in all)`);
