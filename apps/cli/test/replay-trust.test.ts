import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus } from "@imagegen-conformance/fixtures";
import { describe, expect, it } from "vitest";
import { invoke as invokeMain } from "./invoke.js";
import { isOneLineUsageError } from "./one-line-error.js";
import { runCli } from "./run-cli.js";

const zoo = new URL("../../../packages/runner/test/e2e/zoo/", import.meta.url).pathname;
const member = (behaviour: string) => `node ${join(zoo, "member.mjs")} ${behaviour}`;
const rejectCase = loadCorpus().find((testCase) => testCase.operation === "decode" && testCase.expect.verdict === "reject");
const directory = mkdtempSync(join(tmpdir(), "replay-trust-"));

/** A reproducer file of a failure of the reject case, reached as `reach` says. */
function reproducer(name: string, reach: object, changes: object = {}): string {
  const path = join(directory, `${name}.json`);
  const record = {
    format: "imagegen-conformance/reproducer@1",
    implementation: "sdk@1",
    reach,
    check: "decode",
    case: rejectCase,
    outcome: { kind: "failed", reason: "accepted it" },
    seed: 1,
    ...changes,
  };
  writeFileSync(path, JSON.stringify(record));
  return path;
}

describe("replay treats a reproducer as data", () => {
  it("never runs the command a file stores unless told to: one line shows it, sanitised, exit 2", async () => {
    const marker = join(directory, "ran");
    const path = reproducer("stored", { harness: `touch ${marker}; echo \u001b]0;title\u0007\u001b[2J` });
    const run = await invokeMain(["replay", path]);
    expect(isOneLineUsageError(run), run.stderr).toBe(true);
    expect(run.stderr).toContain(`names a harness command to run, "touch ${marker}; echo "`);
    expect(run.stderr).toContain("--trust-harness");
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(existsSync(marker)).toBe(false);
  });

  it("runs it with --trust-harness, and runs the user's own with --harness instead of it", () => {
    const trusted = join(directory, "trusted");
    const path = reproducer("trusted", { harness: `touch ${trusted} && ${member("reference")}` });
    const run = runCli(["replay", path, "--trust-harness"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^FIXED /m);
    expect(existsSync(trusted)).toBe(true);
    const untouched = join(directory, "untouched");
    const overridden = runCli(["replay", reproducer("overridden", { harness: `touch ${untouched}` }), "--harness", member("reference")]);
    expect(overridden.code, overridden.stderr).toBe(0);
    expect(existsSync(untouched)).toBe(false);
  });

  it("prints what a harness said without its escape sequences", () => {
    const message = "bad \u001b]0;title\u0007\u001b[2J\u001b]52;c;cHduZWQ=\u0007\u009b31m value";
    const lines = [JSON.stringify({ op: "results", id: "$RUN", results: [{ id: "$CASE", status: "rejected", message }] })];
    const script = Buffer.from(JSON.stringify(lines)).toString("base64");
    const run = runCli(["replay", reproducer("escapes", { harness: `SCRIPT_LINES=${script} node ${join(zoo, "scripted.mjs")}` }), "--trust-harness"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^FIXED .*escapes\.json: passed: rejected: bad {2}value$/m);
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it("prepares no SDK harness to replay an in-process reproducer", async () => {
    const run = await invokeMain(["replay", reproducer("in-process", { impl: "reference" })]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^FIXED /m);
    expect(run.stderr).not.toMatch(/prepare/);
  });

  it("refuses a reproducer whose operation it does not know, rather than decoding it and calling it fixed", async () => {
    const run = await invokeMain(["replay", reproducer("operation", { impl: "reference" }, { case: { ...rejectCase, operation: "transcode" } })]);
    expect(isOneLineUsageError(run), run.stderr).toBe(true);
    expect(run.stderr).toMatch(/operation\.json: \/case\/operation: expected one of "decode", "stream", received "transcode"\n$/);
  });

  it("an empty --harness is a usage error; an SDK or implementation the CLI does not have is one line", async () => {
    for (const args of [
      ["--harness", ""],
      ["--harness", "  "],
    ])
      expect(isOneLineUsageError(await invokeMain(["replay", reproducer("empty", { impl: "reference" }), ...args]))).toBe(true);
    const sdk = await invokeMain(["replay", reproducer("sdk", { sdk: "no-such-sdk@1" })]);
    expect(sdk.stderr).toMatch(/sdk\.json: \/reach\/sdk: expected an SDK harness of this repository .*, received "no-such-sdk@1"\n$/);
    const impl = await invokeMain(["replay", reproducer("impl", { impl: "constructor" })]);
    expect(isOneLineUsageError(impl), impl.stderr).toBe(true);
    expect(impl.stderr).toMatch(/impl\.json: \/reach\/impl: expected an implementation built in/);
  });
});
