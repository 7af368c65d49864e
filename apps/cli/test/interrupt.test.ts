import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exitCode } from "../src/cli/exit-code.js";
import { invoke } from "./invoke.js";
import { runCli } from "./run-cli.js";

const bin = new URL("../bin/imagegen-conformance.js", import.meta.url).pathname;
const slow = `node ${new URL("./slow-harness.mjs", import.meta.url).pathname}`;
const fresh = () => mkdtempSync(join(tmpdir(), "interrupt-"));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const resultLines = (path: string) =>
  existsSync(path)
    ? readFileSync(path, "utf8")
        .split("\n")
        .filter((line) => line.startsWith('{"type":"result"')).length
    : 0;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts the CLI, waits until `ready(stderr so far)` (or 60 s), sends `signal`, and gives back how it ended. */
async function interrupt(args: string[], signal: NodeJS.Signals, ready: (stderr: string) => boolean, env: Record<string, string> = {}) {
  const directory = fresh();
  const pidFile = join(directory, "harness.pid");
  const child = spawn(process.execPath, [bin, ...args], {
    env: { ...process.env, NO_COLOR: "1", PID_FILE: pidFile, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  child.stdout.resume();
  const ended = new Promise<number | null>((resolve) => child.on("exit", (code, killedBy) => resolve(code ?? (killedBy ? -1 : null))));
  for (let waited = 0; waited < 60_000 && !ready(stderr); waited += 100) await sleep(100);
  const before = { ready: ready(stderr) };
  child.kill(signal);
  const code = await ended;
  const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8")) : undefined;
  // Reparented and reaped, a killed harness is gone within moments; give it a generous few.
  for (let waited = 0; pid !== undefined && alive(pid) && waited < 10_000; waited += 100) await sleep(100);
  return { code, stderr, pid, before };
}

describe("a run cut short keeps what it had and says it is incomplete", () => {
  it.each([
    ["SIGINT", exitCode.sigint],
    ["SIGTERM", exitCode.sigterm],
  ] as const)(
    "%s halfway through run: every judged result is logged, the footer says interrupted, no harness is left, exit %i",
    async (signal, code) => {
      const reports = fresh();
      const log = join(reports, "run.jsonl");
      let seen = 0;
      const ended = await interrupt(
        ["run", "--harness", slow, "--batch", "8", "--report-dir", reports],
        signal,
        () => {
          seen = resultLines(log);
          return seen >= 64;
        },
        {
          DELAY_MS: "20",
        },
      );
      expect(ended.before.ready).toBe(true);
      expect(ended.code).toBe(code);
      const logged = resultLines(log);
      expect(logged).toBeGreaterThanOrEqual(seen);
      const lines = readFileSync(log, "utf8").trim().split("\n");
      expect(JSON.parse(lines.at(-1) as string)).toMatchObject({ type: "footer", interrupted: true, signal });
      const planned = JSON.parse(lines[1] as string).planned;
      expect(logged).toBeLessThan(planned);
      expect(ended.stderr.trim().split("\n").at(-1)).toBe(`interrupted by ${signal}: ${logged} of ${planned} results logged in ${log}; the run is incomplete`);
      expect(ended.pid !== undefined && alive(ended.pid)).toBe(false);
      const baseline = join(fresh(), "baseline.yaml");
      writeFileSync(baseline, "entries: []\n");
      for (const args of [
        ["report", "merge", log, "--report-dir", fresh()],
        ["baseline", "check", "--baseline", baseline, "--log", log],
      ]) {
        const read = await invoke(args);
        expect(read.stdout).toMatch(new RegExp(`${log.replaceAll("/", "\\/")}: interrupted by ${signal}`));
        expect(read.code).toBe(exitCode.incomplete);
      }
    },
    120_000,
  );

  it("SIGKILL halfway leaves the results on disk; merged with a complete shard, the report names the cases the killed one missed", async () => {
    const [whole, killed] = [fresh(), fresh()];
    const common = ["run", "--harness", slow, "--batch", "8", "--seed", "4"];
    const complete = runCli([...common, "--shard", "1/2", "--report-dir", whole], "", { env: { DELAY_MS: "0" } });
    expect(complete.code).toBe(exitCode.ok);
    const killedLog = join(killed, "run.jsonl");
    const cut = await interrupt([...common, "--shard", "2/2", "--report-dir", killed], "SIGKILL", () => resultLines(killedLog) >= 64, { DELAY_MS: "20" });
    expect(cut.before.ready).toBe(true);
    expect(cut.code).toBe(-1);
    expect(cut.pid !== undefined && alive(cut.pid)).toBe(false);
    const wholeLog = join(whole, "run.jsonl");
    const merged = await invoke(["report", "merge", wholeLog, killedLog, "--report-dir", fresh()]);
    expect(merged.code).toBe(exitCode.incomplete);
    expect(merged.stdout).toMatch(new RegExp(`${killedLog.replaceAll("/", "\\/")}: no footer: the run was cut short`));
    expect(merged.stdout).toMatch(/: reference@0\.1\.0 · catalogue: no result for \d+ planned cases \(\S+#[0-9a-f]{8}, /);
  }, 120_000);

  it("SIGINT during fuzz kills the harnesses and exits 130 with one line", async () => {
    const ended = await interrupt(
      ["fuzz", "--harness", slow, "--runs", "1000000", "--seed", "1", "--report-dir", fresh()],
      "SIGINT",
      (stderr) => stderr.includes("fuzz: seed 1"),
      {
        DELAY_MS: "5",
      },
    );
    expect(ended.before.ready).toBe(true);
    expect(ended.code).toBe(exitCode.sigint);
    expect(ended.stderr.trim().split("\n").at(-1)).toBe("interrupted by SIGINT: the run is incomplete");
    expect(ended.pid !== undefined && alive(ended.pid)).toBe(false);
  }, 120_000);
});
