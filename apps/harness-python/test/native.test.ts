import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { registeredHarnesses, smokeHarness } from "@imagegen-conformance/runner/testing";
import { beforeAll, describe, expect, it } from "vitest";

// The harness's own unittest suite (protocol framing, stdout hygiene, error lines), run from vitest so that
// `npm test` and CI count it, and each harness started as the registry starts it. The venv comes from the same
// prepare step the registry runs, every time: it is a no-op when the venv has every pin of the lock, and installs
// what a venv made before a pin was added lacks (jsonschema, for the schema checks).
const app = fileURLToPath(new URL("..", import.meta.url));

beforeAll(() => {
  const setup = spawnSync("sh", ["setup.sh"], { cwd: app, encoding: "utf8" });
  expect(setup.status, setup.stderr).toBe(0);
}, 600_000); // a fresh venv downloads every pin

describe("harness-python", () => {
  it("passes its unittest suite", () => {
    const run = spawnSync(".venv/bin/python", ["-m", "unittest", "-v", "test_harness"], { cwd: app, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^Ran [1-9]\d* tests? in/m);
    expect(run.stderr).not.toMatch(/\.\.\. skipped/); // in the venv every check runs: the SDKs and the schema validator are there
  });

  it.each(registeredHarnesses(app))("$id says hello and gives every check exactly one outcome", async (entry) => {
    const result = await smokeHarness(app, entry);
    expect(result.unavailable).toBeUndefined();
    const suffix = ` · ${entry.id.split("/").pop()}`; // the runner's label: <name>@<version> · <entry>
    expect(result.label?.slice(-suffix.length), result.label).toBe(suffix);
    expect(result.lost).toEqual([]);
    expect(result.repeated).toEqual([]);
    expect(result.harnessProblems).toBe(0);
  });
});
