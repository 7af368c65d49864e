// (i) The main job once prepared (harnesses built, releases in the cache): `matrix` as `npm start` runs it, its wall
// time per implementation entry, and each entry's own time (the sum of its checks' `ms` in the run log).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const directory = "/tmp/bench-main-job";
const started = performance.now();
const child = spawnSync(process.execPath, ["apps/cli/bin/imagegen-conformance.js", "matrix", "--report-dir", directory, "--format", "json"], {
  encoding: "utf8",
  maxBuffer: 256 * 1024 * 1024,
});
const seconds = (performance.now() - started) / 1000;
if (child.status !== 0 && child.status !== 1) throw new Error(`matrix exited ${child.status}: ${child.stderr.trim().split("\n").slice(-3).join(" ")}`);
const summary = JSON.parse(child.stdout);
const inEntry = new Map();
for (const line of readFileSync(`${directory}/run.jsonl`, "utf8").split("\n")) {
  if (!line.includes('"type":"result"')) continue;
  const record = JSON.parse(line);
  if (typeof record.ms === "number") inEntry.set(record.implementation, (inEntry.get(record.implementation) ?? 0) + record.ms / 1000);
}
const entries = summary.implementations.length;
console.log(
  JSON.stringify({
    name: "i-main-job",
    cases: summary.cases,
    entries,
    seconds,
    secondsPerEntry: +(seconds / entries).toFixed(2),
    casesPerSecond: Math.round(summary.implementations.reduce((sum, entry) => sum + (entry.results?.ran ?? 0), 0) / seconds),
    secondsInEntry: Object.fromEntries([...inEntry].sort((left, right) => right[1] - left[1]).map(([label, time]) => [label, +time.toFixed(2)])),
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
