import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { registeredHarnesses, smokeHarness } from "@imagegen-conformance/runner/testing";
import { beforeAll, describe, expect, it } from "vitest";

// The harness's own unittest suite (protocol framing, stdout hygiene, error lines), run from vitest so that
// `npm test` and CI count it, and each harness started as the registry starts it. The venv comes from the same
// prepare step the registry runs.
const app = fileURLToPath(new URL("..", import.meta.url));

beforeAll(() => {
  if (existsSync(`${app}/.venv/bin/python`)) return;
  const setup = spawnSync("sh", ["setup.sh"], { cwd: app, encoding: "utf8" });
  expect(setup.status, setup.stderr).toBe(0);
});

describe("harness-python", () => {
  it("passes its unittest suite", () => {
    const run = spawnSync(".venv/bin/python", ["-m", "unittest", "-v", "test_harness"], { cwd: app, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^Ran [1-9]\d* tests? in/m);
  });

  it.each(registeredHarnesses(app))("$id says hello and gives every check exactly one outcome", async (entry) => {
    const result = await smokeHarness(app, entry);
    expect(result.unavailable).toBeUndefined();
    expect(result.label).toBe(entry.id);
    expect(result.lost).toEqual([]);
    expect(result.repeated).toEqual([]);
    expect(result.harnessProblems).toBe(0);
  });
});
