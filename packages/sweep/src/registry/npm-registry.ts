import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { type CommandResult, lastLine, runCommand } from "../spawn/run-command.js";

const quiet = ["--no-audit", "--no-fund", "--no-update-notifier", "--loglevel=error"];

/** Every version the npm registry serves of a package, as `npm view` lists them. */
export async function npmReleases(name: string): Promise<string[] | string> {
  const listed = await runCommand("npm", ["view", name, "versions", "--json", ...quiet], { timeoutMs: 120_000 });
  if (listed.code !== 0) return `npm view ${name} versions failed: ${lastLine(listed)}`;
  const versions = JSON.parse(listed.stdout) as string[] | string;
  return typeof versions === "string" ? [versions] : versions;
}

/**
 * One release with its own dependencies into a directory of its own: a package.json of its own there, so that npm
 * never mistakes a workspace around it for the project, and no install scripts.
 */
export function npmInstall(name: string, version: string, directory: string): Promise<CommandResult> {
  writeFileSync(join(directory, "package.json"), `${JSON.stringify({ name: "sweep-release", private: true })}\n`);
  return runCommand("npm", ["install", "--ignore-scripts", "--no-save", "--no-package-lock", ...quiet, `${name}@${version}`], {
    cwd: directory,
    timeoutMs: 600_000,
  });
}
