import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exitCode } from "../src/cli/exit-code.js";
import { runCli } from "./run-cli.js";

const acceptEverything = `node ${new URL("../../../packages/runner/test/e2e/zoo/member.mjs", import.meta.url).pathname} accept-everything`;
const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
const table = readme.slice(readme.indexOf("### Exit codes"), readme.indexOf("### Interrupted runs"));

describe("exit codes", () => {
  it("are distinct, and README's table has a row for each and for nothing else", () => {
    const codes = Object.values(exitCode);
    expect(new Set(codes).size).toBe(codes.length);
    const rows = [...table.matchAll(/^\| (\d+) \|/gm)].map((row) => Number(row[1]));
    expect(rows).toEqual([...codes].sort((left, right) => left - right));
  });

  it("could not start: fuzz and replay say which, and exit 4, never a pass or a failure", () => {
    const fuzz = runCli(["fuzz", "--impl", "reference", "--harness", "python3 /no/such/harness.py", "--runs", "20", "--seed", "3"]);
    expect(fuzz.stdout).toMatch(/^fuzz: could not start python3 \/no\/such\/harness\.py: /m);
    expect(fuzz.stdout).toContain("fuzz: 1 of the 2 implementations asked for could not start: no verdict on them\n");
    expect(fuzz.code, fuzz.stdout + fuzz.stderr).toBe(4);
    const alone = runCli(["fuzz", "--harness", "python3 /no/such/harness.py", "--runs", "20"]);
    expect([alone.code, alone.stderr.trim().split("\n").at(-1)]).toEqual([4, "imagegen-conformance: fuzz: no implementation could be started"]);

    const directory = mkdtempSync(join(tmpdir(), "exit-"));
    const run = runCli(["run", "--harness", acceptEverything, "--shape", "StatusRequestEnum3", "--report-dir", directory]);
    expect(run.code).toBe(1);
    const saved = readdirSync(join(directory, "reproducers"), { recursive: true }).find((name) => String(name).endsWith(".json"));
    const reproducer = join(directory, "reproducers", String(saved));
    const replayed = runCli(["replay", reproducer, "--harness", "python3 /no/such/harness.py"]);
    expect(replayed.stdout).toMatch(/^COULD NOT START .*\.json: exited with code 2 before answering hello/m);
    expect(replayed.stdout).toContain("replay: 0 fixed, 0 still failing, 1 could not start\n");
    expect(replayed.code).toBe(4);
  }, 120_000);
});
