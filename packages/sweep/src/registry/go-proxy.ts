import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CommandResult, lastLine, runCommand } from "../spawn/run-command.js";

/** Every version the Go module proxy serves of a module, as `go list -m -versions` lists them. */
export async function goReleases(module: string): Promise<string[] | string> {
  // Outside any module, so that no go.mod or go.work around the working directory changes the answer.
  const outside = mkdtempSync(join(tmpdir(), "go-list-"));
  const listed = await runCommand("go", ["list", "-m", "-versions", module], { cwd: outside, timeoutMs: 120_000 });
  rmSync(outside, { recursive: true, force: true });
  const [path, ...versions] = listed.stdout.trim().split(/\s+/);
  if (listed.code !== 0 || path !== module) return `go list -m -versions ${module} failed: ${lastLine(listed)}`;
  return versions;
}

/**
 * A Go harness built against one release of the module it links: its sources (not its tests) copied into the
 * release's directory, the module's requirement set to that release, the sums the proxy serves added, and the
 * binary built as `harness` there. A release whose API lacks what the harness calls does not build: the compiler's
 * line is the reason.
 */
export async function goBuild(module: string, version: string, source: string, directory: string): Promise<CommandResult> {
  for (const name of readdirSync(source).filter((file) => (file.endsWith(".go") && !file.endsWith("_test.go")) || file === "go.mod" || file === "go.sum"))
    copyFileSync(join(source, name), join(directory, name));
  const steps: readonly (readonly string[])[] = [
    ["mod", "edit", `-require=${module}@${version}`],
    ["mod", "tidy"],
    ["build", "-trimpath", "-o", "harness", "."],
  ];
  let result: CommandResult = { code: 0, stdout: "", stderr: "" };
  for (const step of steps) {
    result = await runCommand("go", step, { cwd: directory, timeoutMs: 900_000 });
    if (result.code !== 0 || result.failure) return result;
  }
  return result;
}
