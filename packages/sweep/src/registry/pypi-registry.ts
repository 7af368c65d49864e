import { join } from "node:path";
import { type CommandResult, lastLine, runCommand } from "../spawn/run-command.js";

const pip = ["--disable-pip-version-check", "--no-input"];

/** Every version the Python package index serves of a package, as `pip index versions` lists them. */
export async function pypiReleases(name: string): Promise<string[] | string> {
  const listed = await runCommand("python3", ["-m", "pip", "index", "versions", name, "--pre", ...pip], { timeoutMs: 120_000 });
  const line = /^Available versions: (.*)$/m.exec(listed.stdout)?.[1];
  if (listed.code !== 0 || !line) return `pip index versions ${name} failed: ${lastLine(listed)}`;
  return line.split(",").map((version) => version.trim());
}

/** The interpreter of a release's own virtual environment. */
export const venvPython = (directory: string) => join(directory, "venv", "bin", "python");

/** One release, with only its own dependencies, into a virtual environment of its own. */
export async function pypiInstall(name: string, version: string, directory: string): Promise<CommandResult> {
  const created = await runCommand("python3", ["-m", "venv", join(directory, "venv")], { timeoutMs: 120_000 });
  if (created.code !== 0) return created;
  return runCommand(venvPython(directory), ["-m", "pip", "install", "--quiet", ...pip, `${name}==${version}`], { timeoutMs: 600_000 });
}
