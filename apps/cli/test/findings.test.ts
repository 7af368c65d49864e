import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadCorpus } from "@imagegen-conformance/fixtures";
import { readReproducer } from "@imagegen-conformance/runner";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const root = new URL("../../../", import.meta.url).pathname;
const findings = readFileSync(join(root, "docs/findings.md"), "utf8");
const reproducers = [...new Set([...findings.matchAll(/npx imagegen-conformance replay (\S+\.json)/g)].map((match) => match[1] as string))];
const reruns = [...findings.matchAll(/npx imagegen-conformance run (?:--sdk \S+ )+--case '([^']+)'/g)].map((match) => match[1] as string);

describe("docs/findings.md", () => {
  it("gives every finding a way to reproduce it that points at something real", () => {
    expect(reproducers.length).toBeGreaterThan(20);
    for (const path of reproducers) expect(existsSync(join(root, path)), path).toBe(true);
    const cases = new Set(loadCorpus().map((testCase) => testCase.id));
    for (const id of reruns) expect(cases.has(id), id).toBe(true);
  });

  it("replays: every divergence it lists is still there, as recorded", () => {
    const run = runCli(["replay", ...reproducers], "", { cwd: root });
    expect(run.code).toBe(1);
    const lines = run.stdout
      .trim()
      .split("\n")
      .filter((line) => !line.startsWith("replay:"));
    expect(lines).toHaveLength(reproducers.length);
    for (const line of lines) {
      const [, path, kind] = /^STILL FAILING (\S+): ([a-z-]+): /.exec(line) ?? [];
      expect(path, line).toBeDefined();
      // The same kind of failure as when it was found: the divergence itself, not a broken harness.
      expect(kind, line).toBe(readReproducer(join(root, path as string)).outcome.kind);
    }
  });
});
