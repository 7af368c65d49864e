import { spawnSync } from "node:child_process";
import { terminalText } from "../cli/terminal-text.js";
import type { RegisteredHarness } from "./harness-registry.js";

/**
 * Runs each distinct prepare command once (a virtual environment, a build).
 * A harness whose preparation fails is unavailable, with the last line it wrote as the reason.
 */
export function prepareHarnesses(harnesses: readonly RegisteredHarness[], log: (line: string) => void): Map<string, string> {
  const failures = new Map<string, string>();
  const done = new Map<string, string | undefined>();
  for (const harness of harnesses) {
    if (!harness.prepare) continue;
    const key = `${harness.directory}\n${harness.prepare}`;
    if (!done.has(key)) {
      log(`prepare: ${harness.prepare} (in ${harness.directory})\n`);
      const started = Date.now();
      const run = spawnSync("/bin/sh", ["-c", harness.prepare], {
        cwd: harness.directory,
        encoding: "utf8",
        timeout: 15 * 60_000,
        maxBuffer: 64 * 1024 * 1024,
      });
      const said = `${run.stderr ?? ""}\n${run.stdout ?? ""}`.trim().split("\n").filter(Boolean);
      // The last line the preparation wrote is its output, not ours: made safe to print, and short.
      const last = terminalText(said.at(-1) ?? "no output").slice(0, 300);
      const failure = run.status === 0 ? undefined : `preparing failed (${run.error?.message ?? `exit ${run.status}`}): ${last}`;
      log(`prepare: ${failure ?? "done"} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      done.set(key, failure);
    }
    const failure = done.get(key);
    if (failure) failures.set(harness.id, failure);
  }
  return failures;
}
