import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { registeredHarnesses, smokeHarness } from "@imagegen-conformance/runner/testing";
import { beforeAll, describe, expect, it } from "vitest";

// The harness's own `go test` suite, run from vitest so that `npm test` and CI count it, and the built harness
// started as the registry starts it. -mod=readonly: the pinned go.sum, never a newer SDK.
const app = fileURLToPath(new URL("..", import.meta.url));
const entries = registeredHarnesses(app) as (ReturnType<typeof registeredHarnesses>[number] & { prepare: string })[];

beforeAll(() => {
  for (const { prepare } of entries) {
    const built = spawnSync("sh", ["-c", prepare], { cwd: app, encoding: "utf8" });
    expect(built.status, built.stderr).toBe(0);
  }
}, 300_000); // a build after an edit, beside client-agrees.test.ts's own

describe("harness-openai-go", () => {
  it("passes go test", () => {
    const run = spawnSync("go", ["test", "-mod=readonly", "-count=1", "-v", "."], { cwd: app, encoding: "utf8" });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toMatch(/^--- PASS: /m);
    expect(run.stdout).not.toMatch(/^--- FAIL: /m);
  });

  it.each(entries)("$id says hello and gives every check exactly one outcome", async (entry) => {
    const result = await smokeHarness(app, entry);
    expect(result.unavailable).toBeUndefined();
    expect(result.label).toBe(`github.com/openai/openai-go/v3@${entry.version} · ${entry.id.split("/").at(-1)}`);
    expect(result.lost).toEqual([]);
    expect(result.repeated).toEqual([]);
    expect(result.harnessProblems).toBe(0);
  });
});
