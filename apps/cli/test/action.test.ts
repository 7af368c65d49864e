import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { releaseCache, sweptReleases } from "./release-cache.js";
import { runCli } from "./run-cli.js";

const root = new URL("../../..", import.meta.url).pathname.replace(/\/$/, "");

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(root, "action.yml"), "utf8")) as Action;
const runStep = action.runs.steps.find((step) => step.id === "run") as Step;
// The cheapest real SDK entry: a TypeScript parser, in one harness process beside the in-process reference.
const sdk = "openrouter-ts@1.3.19/fromJSON";
// Every result of the run is expected (flaky never gates), so the one problem is the entry that matches nothing.
const staleBaseline = [
  "max_matches: 100000",
  "entries:",
  '  - implementation: "*"',
  '    match: "**"',
  "    status: flaky",
  '  - implementation: "*"',
  "    match: rules/NoSuchShape/never-matches",
  "    status: failing",
  "",
].join("\n");

/**
 * Runs the action's run step as GitHub would: its `run` line in bash, each input in the environment variable that
 * action.yml maps it to (the input's default when not given), in a job's environment with temp files for its outputs.
 */
function runAction(workspace: string, given: Record<string, string>, extra: Record<string, string> = {}) {
  const env: Record<string, string> = {};
  for (const [variable, expression] of Object.entries(runStep.env ?? {})) {
    const input = /^\$\{\{\s*inputs\.([\w-]+)\s*\}\}$/.exec(expression)?.[1] as string;
    env[variable] = given[input] ?? action.inputs[input]?.default ?? "";
  }
  const summary = join(workspace, "step-summary.md");
  const output = join(workspace, "github-output");
  writeFileSync(summary, "");
  writeFileSync(output, "");
  const run = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", runStep.run as string], {
    cwd: workspace,
    encoding: "utf8",
    env: {
      ...process.env,
      NO_COLOR: "1",
      ...extra,
      ...env,
      GITHUB_ACTIONS: "true",
      GITHUB_ACTION_PATH: root,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  const outputs = Object.fromEntries(
    readFileSync(output, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, summary: readFileSync(summary, "utf8"), outputs };
}

const workspaceWithBaseline = () => {
  const workspace = mkdtempSync(join(tmpdir(), "action-"));
  writeFileSync(join(workspace, "baseline.yaml"), staleBaseline);
  return workspace;
};

describe("action.yml", () => {
  it("should declare the seven inputs and two outputs, and run scripts/action-run.sh with every input", () => {
    expect(Object.keys(action.inputs).sort()).toEqual(["baseline", "fuzz-runs", "releases", "report-dir", "sdk", "shard", "sweep"]);
    expect(action.inputs.releases?.default).toBe("latest-per-minor");
    expect(action.inputs["report-dir"]?.default).toBe("reports/matrix");
    expect(Object.keys(action.outputs).sort()).toEqual(["report", "verdict"]);
    for (const [name, output] of Object.entries(action.outputs)) expect(output.value).toBe(`\${{ steps.run.outputs.${name} }}`);
    expect(action.runs.using).toBe("composite");
    expect(action.runs.steps.some((step) => step.uses?.startsWith("actions/setup-node@"))).toBe(true);
    expect(runStep.run).toBe('"$GITHUB_ACTION_PATH/scripts/action-run.sh"');
    const mapped = Object.values(runStep.env ?? {}).map((expression) => /^\$\{\{\s*inputs\.([\w-]+)\s*\}\}$/.exec(expression)?.[1]);
    expect(mapped.sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it("should fail the gate on a stale baseline entry: a warning naming it, the step summary, and both outputs", () => {
    const workspace = workspaceWithBaseline();
    const run = runAction(workspace, { sdk, baseline: "baseline.yaml", "report-dir": "out", "fuzz-runs": "0" });
    expect(run.stdout).toMatch(
      /^\+ imagegen-conformance matrix --sdk openrouter-ts@1\.3\.19\/fromJSON --report-dir out --fuzz-runs 0 --baseline baseline\.yaml$/m,
    );
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(
      /^::warning title=imagegen-conformance gate%3A matches-nothing::entry 2 \(\* rules\/NoSuchShape\/never-matches\) matches no result in this run/m,
    );
    // The stale entry is the one problem: every failure is expected.
    expect(run.stdout).not.toMatch(/^::error/m);
    expect(run.summary).toMatch(/^# imagegen-conformance\n/);
    expect(run.outputs).toEqual({ verdict: "failed", report: join(workspace, "out") });
    // The JUnit report carries the run's timings: every corpus case of every implementation timed.
    const junit = readFileSync(join(workspace, "out", "junit.xml"), "utf8");
    expect(junit).toMatch(/<testsuite name="[^"]*openrouter[^"]*" [^>]* time="\d+\.\d{6}">/);
    const cases = [...junit.matchAll(/<testcase [^>]*>/g)].map(([tag]) => tag).filter((tag) => !tag.includes('classname="harness"'));
    expect(cases.length).toBeGreaterThan(632);
    expect(cases.filter((tag) => !/ time="\d+\.\d{6}"/.test(tag))).toEqual([]);
  });

  it("should run shards that report merge joins and baseline check gates, as the README's workflow does", () => {
    const workspace = workspaceWithBaseline();
    const logs: string[] = [];
    for (const shard of ["1/2", "2/2"]) {
      const run = runAction(workspace, { sdk, baseline: "baseline.yaml", shard, "report-dir": `shard-${shard[0]}` });
      expect(run.stdout).toMatch(
        /^\+ imagegen-conformance run --impl reference --sdk openrouter-ts@1\.3\.19\/fromJSON --shard \d\/2 --seed 1 --report-dir shard-\d$/m,
      );
      expect(run.stdout).toMatch(/^::notice title=imagegen-conformance shard \d\/2::a shard is neither gated nor fuzzed/m);
      // A shard that ran to the end has done its part: the gate is the merge's.
      expect(run.code, run.stderr).toBe(0);
      expect(run.outputs.verdict).toMatch(/^(passed|failed)$/);
      logs.push(join(run.outputs.report as string, "run.jsonl"));
    }
    const merged = runCli(["report", "merge", ...logs, "--report-dir", join(workspace, "merged")]);
    expect(merged.code, merged.stdout).toBe(0);
    const gate = runCli(["baseline", "check", "--baseline", join(workspace, "baseline.yaml"), ...logs.flatMap((log) => ["--log", log])], "", {
      env: { GITHUB_ACTIONS: "true" },
    });
    expect(gate.code).toBe(1);
    expect(gate.stdout).toMatch(/^::warning title=imagegen-conformance gate%3A matches-nothing::entry 2 /m);
  });

  it("should sweep one shard of the releases, as the README's sweep workflow does: measured, and half of a sweep when merged alone", () => {
    const workspace = mkdtempSync(join(tmpdir(), "action-"));
    const run = runAction(
      workspace,
      { sweep: "openrouter-ts", releases: sweptReleases, shard: "1/2", "report-dir": "swept" },
      {
        IMAGEGEN_CONFORMANCE_CACHE: releaseCache,
      },
    );
    expect(run.stdout).toMatch(/^\+ imagegen-conformance sweep --sdk openrouter-ts --releases 0\.10\.2,0\.11\.2 --report-dir swept --shard 1\/2$/m);
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs).toEqual({ verdict: "measured", report: join(workspace, "swept") });
    // The shard holds one of the two releases, by its name alone: every row of its log is that release's.
    const labels = new Set([...readFileSync(join(workspace, "swept", "run.jsonl"), "utf8").matchAll(/"implementation":"([^"]+)"/g)].map((match) => match[1]));
    expect([...labels].sort()).toEqual(["@openrouter/sdk@0.11.2 · client", "@openrouter/sdk@0.11.2 · fromJSON"]);
    // Alone, it is half a sweep: the merge says which releases the missing shard holds, and that it is incomplete.
    const merged = runCli(["report", "merge", join(workspace, "swept", "run.jsonl"), "--report-dir", join(workspace, "merged")]);
    expect(`${merged.stdout}${merged.stderr}`).toContain("missing sweep shard 2/2: no results for openrouter-ts 0.10.2");
    expect(merged.code).toBe(3);
  }, 300_000);
});
