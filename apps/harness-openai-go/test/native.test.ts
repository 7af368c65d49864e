import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The harness's own `go test` suite, run from vitest so that `npm test` and CI count it.
// -mod=readonly: the test must use the pinned go.sum, never resolve a newer SDK.
const app = fileURLToPath(new URL("..", import.meta.url));

describe("harness-openai-go go test", () => {
  it("passes", () => {
    const run = spawnSync("go", ["test", "-mod=readonly", "-count=1", "-v", "."], { cwd: app, encoding: "utf8" });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toMatch(/^--- PASS: /m);
    expect(run.stdout).not.toMatch(/^--- FAIL: /m);
  });
});
