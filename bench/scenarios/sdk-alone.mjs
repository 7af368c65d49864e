// (j) Each compiled or interpreted SDK's own single-process rate, measured in this run beside its harness's (d):
// openai-go's concrete type and union decode (`go test -bench`), openrouter's union validate_json and
// model_dump_json (`bench_sdk.py`). The rate a harness is held to is 0.8× this.
import { spawnSync } from "node:child_process";

const run = (command, args, cwd) => {
  const child = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`${command} ${args.join(" ")}: ${(child.stderr || child.stdout).trim().split("\n").slice(-3).join(" ")}`);
  return child.stdout;
};

const goText = run("go", ["test", "-bench", "^BenchmarkSDK(ConcreteItem|UnionItem)$", "-run", "^$", "-benchtime", "2s"], "apps/harness-openai-go");
const goNs = [...goText.matchAll(/^BenchmarkSDK\w+-\d+\s+\d+\s+([\d.]+) ns\/op/gm)].reduce((sum, match) => sum + Number(match[1]), 0);
const pythonText = run(".venv/bin/python", ["bench_sdk.py"], "apps/harness-python");
const pythonUs = JSON.parse(pythonText.trim().split("\n").at(-1) ?? "{}").sdk_us;
console.log(
  JSON.stringify({
    name: "j-sdk-alone",
    go: { microsecondsPerCase: +(goNs / 1000).toFixed(2), casesPerSecond: Math.round(1e9 / goNs) },
    python: { microsecondsPerCase: pythonUs, casesPerSecond: Math.round(1e6 / pythonUs) },
  }),
);
