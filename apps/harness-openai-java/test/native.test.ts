import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { smokeHarness } from "@imagegen-conformance/runner/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { app, entries, prepare } from "./harness.ts";

// The prepare step the registry runs (the build, the lock check), and each registered entry started as the registry
// starts it. The harness's protocol and what it reports are in protocol.test.ts and sdk.test.ts.
beforeAll(async () => {
  const built = await prepare();
  expect(built.status, String(built.stderr)).toBe(0);
}, 600_000); // a cold ~/.m2 downloads every pin

const lastLine = (text: string) => text.trimEnd().split("\n").at(-1) ?? "";

describe("harness-openai-java", () => {
  it.each(entries)("$id says hello and gives every check exactly one outcome", async (entry) => {
    const result = await smokeHarness(app, entry);
    expect(result.unavailable).toBeUndefined();
    expect(result.label).toBe(`com.openai:openai-java-core@${entry.version} · ${entry.id.split("/").at(-1)}`);
    expect(result.lost).toEqual([]);
    expect(result.repeated).toEqual([]);
    expect(result.harnessProblems).toBe(0);
  });

  it("--entries names the release the SDK reports of itself, every entry, and each shape with its Java type", () => {
    const run = spawnSync("java", ["-jar", "target/harness-openai-java.jar", "--entries"], { cwd: app, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    const answer = JSON.parse(run.stdout) as { release: string; entries: { name: string; available: boolean }[]; shapes: Record<string, string> };
    expect(answer.release).toBe(entries[0]?.version);
    expect(answer.entries).toEqual(
      entries.map((entry) => ({ name: entry.id.split("/").at(-1), available: true })).sort((a, b) => a.name.localeCompare(b.name)),
    );
    expect(answer.shapes.ImageGenToolCall).toBe("com.openai.models.responses.ResponseOutputItem.ImageGenerationCall");
  });

  it("pins the SDK version harness.json names, and locks every artifact it runs on", () => {
    const pom = readFileSync(join(app, "pom.xml"), "utf8");
    const lock = readFileSync(join(app, "dependencies.lock"), "utf8");
    for (const entry of entries) {
      expect(pom).toContain(`<openai.version>${entry.version}</openai.version>`);
      expect(lock).toMatch(new RegExp(`^com\\.openai:openai-java-core:${entry.version.replaceAll(".", "\\.")} [0-9a-f]{64}$`, "m"));
    }
    expect(readFileSync(join(app, "target", "dependencies.actual"), "utf8")).toBe(lock.replace(/^#.*\n/gm, ""));
  });

  it("fails the prepare with one clear last line when the resolved set differs from the lock, and leaves nothing to run", () => {
    const copy = mkdtempSync(join(tmpdir(), "harness-openai-java-"));
    try {
      for (const file of ["pom.xml", "prepare.sh", "training.ndjson", "src"]) cpSync(join(app, file), join(copy, file), { recursive: true });
      const lock = readFileSync(join(app, "dependencies.lock"), "utf8");
      writeFileSync(join(copy, "dependencies.lock"), lock.replace(/^(com\.openai:openai-java-core:\S+ )[0-9a-f]{64}$/m, `$1${"0".repeat(64)}`));
      const run = spawnSync("sh", ["prepare.sh"], { cwd: copy, encoding: "utf8" });
      expect(run.status).toBe(1);
      expect(lastLine(run.stderr)).toBe(
        "prepare.sh: the resolved dependency set differs from dependencies.lock (above); if the change is meant, run: sh prepare.sh --update-lock",
      );
      expect(run.stderr).toMatch(/^ {2}locked: {3}com\.openai:openai-java-core:\S+ 0{64}$/m);
      expect(spawnSync("ls", ["target"], { cwd: copy, encoding: "utf8" }).stdout).not.toMatch(/harness-openai-java\.jar|^lib$/m);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  // A PATH holding only what the script needs before the tool it checks for: dirname, and java for the mvn check.
  it.each([
    { missing: "java", tools: ["dirname"], says: "prepare.sh: java not found on PATH: install a JDK 17 or newer" },
    { missing: "mvn", tools: ["dirname", "java"], says: "prepare.sh: mvn not found on PATH: install Maven 3.8 or newer" },
  ])("fails the prepare with one clear last line when $missing is missing", ({ tools, says }) => {
    const bin = mkdtempSync(join(tmpdir(), "harness-openai-java-path-"));
    try {
      for (const tool of tools) {
        const found = spawnSync("sh", ["-c", `command -v ${tool}`], { encoding: "utf8" }).stdout.trim();
        symlinkSync(found, join(bin, tool));
      }
      const run = spawnSync("/bin/sh", ["prepare.sh"], { cwd: app, encoding: "utf8", env: { PATH: bin } });
      expect(run.status).toBe(1);
      expect(lastLine(run.stderr)).toBe(says);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
