// (j) Each SDK's own single-process cost, measured in this run beside its harness's (d), and each harness's whole
// answer to a 256-case run message in one process: openai-go's concrete type and union decode and
// BenchmarkServeRunPerCase (`go test -bench`), openrouter's union validate_json and model_dump_json and the whole run
// (`bench_sdk.py`), @openrouter/sdk's FromJSON + ToJSON and serve() (typescript-harness.mjs), async-openai's
// from_str and to_string and serve() (the ignored test `sdk_beside_harness`), openai-java's readValue and
// writeValueAsString and Loop.serve (bench/Bench.java, in a JVM started as the harness is). A harness's own work is
// its whole answer less the SDK's; the issue holds it to at most the SDK's, and the harness's rate to 0.8× the SDK's.
import { spawnSync } from "node:child_process";

const run = (command, args, cwd) => {
  const child = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`${command} ${args.join(" ")}: ${(child.stderr || child.stdout).trim().split("\n").slice(-3).join(" ")}`);
  return child.stdout;
};
/** The last line that is a JSON object (cargo test prints its own lines around it). */
const lastLine = (text) => JSON.parse(text.split("\n").findLast((line) => line.startsWith("{")) ?? "{}");
const microseconds = (text, name) => Number(new RegExp(`^${name}-\\d+\\s+\\d+\\s+([\\d.]+) ns/op`, "m").exec(text)?.[1]) / 1000;
const side = (sdkUs, harnessUs) => ({
  microsecondsPerCase: +sdkUs.toFixed(2),
  casesPerSecond: Math.round(1e6 / sdkUs),
  harnessMicrosecondsPerCase: +harnessUs.toFixed(2),
  ownMicrosecondsPerCase: +(harnessUs - sdkUs).toFixed(2),
});

const goText = run(
  "go",
  ["test", "-bench", "^Benchmark(SDKConcreteItem|SDKUnionItem|ServeRunPerCase)$", "-run", "^$", "-benchtime", "2s"],
  "apps/harness-openai-go",
);
const python = lastLine(run(".venv/bin/python", ["bench_sdk.py"], "apps/harness-python"));
const typescript = lastLine(run(process.execPath, ["bench/scenarios/typescript-harness.mjs"], "."));
const rust = lastLine(
  run("cargo", ["test", "--release", "--locked", "-q", "--", "--ignored", "--nocapture", "sdk_beside_harness"], "apps/harness-async-openai"),
);
const harnessJar = "target/harness-openai-java.jar:target/lib/*";
run("javac", ["-nowarn", "-cp", harnessJar, "-d", "target/bench", "bench/Bench.java"], "apps/harness-openai-java");
const java = lastLine(run("java", ["-XX:TieredStopAtLevel=1", "-cp", `target/bench:${harnessJar}`, "imagegen.harness.Bench"], "apps/harness-openai-java"));
console.log(
  JSON.stringify({
    name: "j-sdk-alone",
    go: side(
      microseconds(goText, "BenchmarkSDKConcreteItem") + microseconds(goText, "BenchmarkSDKUnionItem"),
      microseconds(goText, "BenchmarkServeRunPerCase"),
    ),
    python: side(python.sdk_us, python.harness_us),
    typescript: side(typescript.sdk_us, typescript.harness_us),
    rust: side(rust.sdk_us, rust.harness_us),
    java: side(java.sdk_us, java.harness_us),
  }),
);
