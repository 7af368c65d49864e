import type { Reproducer } from "@imagegen-conformance/runner";
import { terminalText } from "../../cli/terminal-text.js";
import { UsageError } from "../../cli/usage-error.js";

/** At most this much of a stored command is shown: enough to recognise it, never a screenful. */
const shownLength = 200;

const shown = (text: string) => {
  const safe = terminalText(text);
  return JSON.stringify(safe.length > shownLength ? `${safe.slice(0, shownLength)}…` : safe);
};

/**
 * A reproducer is data: a shell command stored in one runs only when the person replaying says so
 * (`--trust-harness`), or names the command themselves (`--harness`). Otherwise, one line showing it.
 */
export function refuseStoredCommands(files: readonly { path: string; reproducer: Reproducer }[]): void {
  for (const { path, reproducer } of files) {
    if (!("harness" in reproducer.reach)) continue;
    const where = reproducer.reach.cwd === undefined ? "" : ` in ${shown(reproducer.reach.cwd)}`;
    throw new UsageError(
      `replay: ${terminalText(path)} names a harness command to run, ${shown(reproducer.reach.harness)}${where}; replay with --trust-harness to run it, or with --harness "<command>" to run your own`,
    );
  }
}
