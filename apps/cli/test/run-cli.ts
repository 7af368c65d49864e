import { spawnSync } from "node:child_process";

const bin = new URL("../bin/imagegen-conformance.js", import.meta.url).pathname;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, through its bin shim. */
export function runCli(args: string[], input = "", options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: "utf8",
    cwd: options.cwd,
    // Outside a GitHub Actions job unless a test says otherwise: no annotations, no step summary.
    env: { ...process.env, NO_COLOR: "1", GITHUB_ACTIONS: "", GITHUB_STEP_SUMMARY: "", ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
