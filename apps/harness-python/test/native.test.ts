import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The harness's own unittest suite (protocol framing, stdout hygiene, error lines), run from vitest
// so that `npm test` and CI count it. The venv comes from the same prepare step the registry runs.
const app = fileURLToPath(new URL("..", import.meta.url));

describe("harness-python unittest", () => {
  it("passes", () => {
    if (!existsSync(`${app}/.venv/bin/python`)) {
      const setup = spawnSync("sh", ["setup.sh"], { cwd: app, encoding: "utf8" });
      expect(setup.status, setup.stderr).toBe(0);
    }
    const run = spawnSync(".venv/bin/python", ["-m", "unittest", "-v", "test_harness"], { cwd: app, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^Ran [1-9]\d* tests? in/m);
  });
});
