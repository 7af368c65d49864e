import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus } from "@imagegen-conformance/fixtures";
import { describe, expect, it } from "vitest";
import { registeredHarnesses } from "../src/registry/harness-registry.js";
import { invoke as invokeMain } from "./invoke.js";
import { isOneLineUsageError } from "./one-line-error.js";

const bin = new URL("../bin/imagegen-conformance.js", import.meta.url).pathname;
const fresh = () => mkdtempSync(join(tmpdir(), "bad-input-"));
const [valid] = loadCorpus();

describe("every bad input is one line and exit 2", () => {
  it.each([
    ["validate given a directory", () => ["validate", "--shape", "ImageGenToolCall", fresh()], /: expected a file, received a directory\n$/],
    ["replay given a directory", () => ["replay", fresh()], /: expected a file, received a directory\n$/],
    ["--baseline given a directory", () => ["run", "--impl", "reference", "--baseline", fresh()], /expected a baseline file, received a directory\n$/],
    ["--corpus given a file", () => ["list", "cases", "--corpus", bin], /: expected a directory, received a file\n$/],
    ["help for no such command", () => ["help", "bogus"], /help: unknown command "bogus"; expected one of .*help\n$/],
    ["an empty --harness", () => ["run", "--harness", ""], /run: --harness expects a command line, received ""\n$/],
    ["a blank --harness", () => ["fuzz", "--harness", " \t", "--shape", "ImageGenToolCall"], /--harness expects a command line/],
    [
      "a shard count beyond any corpus",
      () => ["run", "--impl", "reference", "--shard", "1/99999999999999999999"],
      /--shard expected <i>\/<n> with n at most 10000/,
    ],
    ["a shard count just past the maximum", () => ["run", "--impl", "reference", "--shard", "2/10001"], /--shard expected <i>\/<n> with n at most 10000/],
    ["an implementation named like a property of every object", () => ["run", "--impl", "__proto__"], /unknown implementation "__proto__"/],
  ])("%s", async (_name, args, message) => {
    const run = await invokeMain(args());
    expect(isOneLineUsageError(run), run.stderr).toBe(true);
    expect(run.stderr).toMatch(message);
  });

  it("a case file that breaks the case schema names the file and the field", async () => {
    const corpus = fresh();
    writeFileSync(join(corpus, "broken.json"), JSON.stringify([{ ...valid, expect: { verdict: "maybe" } }]));
    const run = await invokeMain(["list", "cases", "--corpus", corpus]);
    expect(isOneLineUsageError(run), run.stderr).toBe(true);
    expect(run.stderr).toMatch(/broken\.json: \/0\/expect\/verdict: expected one of "accept", "reject", "implementation-defined", received "maybe"/);
  });

  it.each([
    [{ harnesses: [{ id: 3, sdk: "s", version: "1", language: "go", command: "x" }] }, "/harnesses/0/id: expected string, received 3"],
    [{ harnesses: [{ id: "a", sdk: "s", version: "1", language: "go" }] }, "/harnesses/0/command: expected a value, received nothing"],
    [{ harnesses: [{ id: "a", sdk: "s", version: "1", language: "go", command: "x", prepare: [] }] }, "/harnesses/0/prepare: expected string, received []"],
    [{ harnesses: {} }, "/harnesses: expected array, received {}"],
    [[], '/: expected a harness file ({"harnesses": [...]}), received []'],
  ])("a harness registry file %j is checked against its schema: one line naming file and field", (file, line) => {
    const root = fresh();
    mkdirSync(join(root, "apps", "harness-x"), { recursive: true });
    writeFileSync(join(root, "apps", "harness-x", "harness.json"), JSON.stringify(file));
    expect(() => registeredHarnesses(join(root, "apps"))).toThrow(`${join("apps", "harness-x", "harness.json")}: ${line}`);
  });

  it("the registry of this repository passes its schema", () => {
    expect(registeredHarnesses().length).toBeGreaterThan(3);
  });
});

// `true` reads nothing and exits at once: every write after it is an EPIPE.
function piped(args: string[], input = "") {
  const stderr = join(fresh(), "stderr");
  const shell = spawnSync("bash", ["-c", `node "$BIN" "$@" 2>"$ERR" | true; echo "\${PIPESTATUS[0]}"`, "--", ...args], {
    encoding: "utf8",
    input,
    env: { ...process.env, BIN: bin, ERR: stderr },
  });
  return { code: shell.stdout.trim(), stderr: readFileSync(stderr, "utf8") };
}

describe("output to a reader that went away", () => {
  it.each([["help"], ["list", "cases"], ["list", "findings"], ["sample", "--shape", "ImageGenToolCall", "-n", "2000"]])(
    "%s … | true ends quietly, exit 0",
    (...args) => {
      const { code, stderr } = piped(args);
      expect(code).toBe("0");
      expect(stderr).not.toMatch(/EPIPE|internal error|\n\s+at /);
      expect(stderr.replace(/^sample: seed .*\n/, "")).toBe("");
    },
  );

  it("a verdict keeps its exit code: an invalid value, its report piped away, is still exit 1", () => {
    const run = piped(["validate", "--shape", "ImageGenToolCall", "-"], JSON.stringify({ type: "nope" }));
    expect(run).toEqual({ code: "1", stderr: "" });
  });
});
