import { type CommandResult, runCommand } from "@imagegen-conformance/sweep";
import type { Io } from "../cli/command.js";
import { terminalText } from "../cli/terminal-text.js";
import type { RegisteredHarness } from "./harness-registry.js";

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The last line a preparation wrote is its output, not ours: made safe to print, and short. */
function failureOf(result: CommandResult): string | undefined {
  if (result.code === 0 && !result.failure) return undefined;
  const said = `${result.stderr}\n${result.stdout}`.trim().split("\n").filter(Boolean);
  const last = terminalText(said.at(-1) ?? "no output").slice(0, 300);
  return `preparing failed (${result.failure ?? `exit ${result.code}`}): ${last}`;
}

/**
 * Runs each distinct prepare command once (a virtual environment, a build), all at once: they wait on different
 * things (a registry, the compiler), and the longest, a cold Rust build, then hides the rest. On a terminal one line
 * says which are still running and for how long, each second; anywhere else a line as each starts and ends.
 * A harness whose preparation fails is unavailable, with the last line it wrote as the reason.
 */
export async function prepareHarnesses(harnesses: readonly RegisteredHarness[], io: Io | undefined, command: string): Promise<Map<string, string>> {
  const commands = new Map<string, RegisteredHarness>();
  for (const harness of harnesses) if (harness.prepare) commands.set(`${harness.directory}\n${harness.prepare}`, harness);
  const running = new Map<string, number>();
  const started = Date.now();
  const ticker =
    io?.interactive && commands.size > 0
      ? setInterval(() => {
          const names = [...running].map(([name, since]) => `${name} ${seconds(Date.now() - since)}`);
          io.stderr(`\r\u001b[K${command}: preparing ${names.join(", ")}`);
        }, 1000)
      : undefined;
  const outcomes = await Promise.all(
    [...commands].map(async ([key, harness]) => {
      const name = harness.directory.split(/[\\/]/).at(-1) ?? harness.directory;
      if (!io?.interactive) io?.stderr(`${command}: prepare: ${harness.prepare} (in ${harness.directory})\n`);
      running.set(name, Date.now());
      const result = await runCommand("/bin/sh", ["-c", harness.prepare as string], { cwd: harness.directory, timeoutMs: 15 * 60_000 });
      const failure = failureOf(result);
      const took = seconds(Date.now() - (running.get(name) ?? started));
      running.delete(name);
      io?.stderr(`${io.interactive ? "\r\u001b[K" : ""}${command}: prepare: ${name}: ${failure ?? "done"} in ${took}\n`);
      return [key, failure] as const;
    }),
  );
  if (ticker) clearInterval(ticker);
  const done = new Map(outcomes);
  const failures = new Map<string, string>();
  for (const harness of harnesses) {
    const failure = harness.prepare ? done.get(`${harness.directory}\n${harness.prepare}`) : undefined;
    if (failure) failures.set(harness.id, failure);
  }
  return failures;
}
