import type { Io } from "../../cli/command.js";
import { terminalText } from "../../cli/terminal-text.js";

/** A progress bar on a terminal; on anything else, a plain line every tenth of the way. */
export function progress(io: Io): (label: string, done: number, total: number) => void {
  const shown = new Map<string, number>();
  return (name, done, total) => {
    // The label is the harness's own name for itself.
    const label = terminalText(name);
    const fraction = total === 0 ? 1 : done / total;
    if (io.interactive) {
      const width = 30;
      const filled = Math.round(fraction * width);
      io.stderr(`\r${label.padEnd(36).slice(0, 36)} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}${done === total ? "\n" : ""}`);
      return;
    }
    const tenth = Math.floor(fraction * 10);
    if (tenth > (shown.get(label) ?? -1) || done === total) {
      shown.set(label, tenth);
      io.stderr(`${label}: ${done}/${total}\n`);
    }
  };
}
