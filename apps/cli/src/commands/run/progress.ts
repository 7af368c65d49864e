import type { Io } from "../../cli/command.js";
import { terminalText } from "../../cli/terminal-text.js";

interface Row {
  done: number;
  total: number;
  /** When its first result came: its rate is measured from there, not from a harness's start. */
  first: number;
  last: number;
}

const seconds = (ms: number) => {
  const whole = Math.max(0, Math.round(ms / 1000));
  return whole < 60 ? `${whole} s` : `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, "0")} s`;
};
/** What is left at the rate so far: nothing is said until there is a rate to go on. */
const left = (row: Row, now: number) =>
  row.done >= row.total ? "done" : row.done === 0 || now === row.first ? "" : `~${seconds(((row.total - row.done) * (now - row.first)) / row.done)} left`;

/**
 * Progress of each implementation's checks, cases done of planned, with the time gone and the time left at its rate
 * so far. On a terminal, one live line per implementation under a total line, redrawn at most ten times a second;
 * anywhere else (a CI log, a file), a plain total line every ten seconds and a line as each implementation ends.
 */
export function progress(io: Io, command = "run", now: () => number = Date.now): (label: string, done: number, total: number) => void {
  const started = now();
  const rows = new Map<string, Row>();
  let drawn = 0;
  let drawnAt = 0;
  let saidAt = started;
  const totals = () => {
    let done = 0;
    let total = 0;
    for (const row of rows.values()) {
      done += row.done;
      total += row.total;
    }
    const finished = [...rows.values()].filter((row) => row.done >= row.total).length;
    return `${command}: ${done} of ${total} checks, ${finished} of ${rows.size} implementations done, ${seconds(now() - started)} gone`;
  };
  const draw = (at: number) => {
    const width = Math.min(64, Math.max(...[...rows.keys()].map((label) => label.length)));
    const lines = [
      totals(),
      ...[...rows].map(([label, row]) => {
        const bar = Math.round((row.done / Math.max(1, row.total)) * 20);
        return `  ${label.padEnd(width).slice(0, width)} [${"#".repeat(bar)}${".".repeat(20 - bar)}] ${row.done}/${row.total} ${left(row, at)}`.trimEnd();
      }),
    ];
    // Back to the first line drawn last time, and everything below it cleared: the board is redrawn in place.
    io.stderr(`${drawn > 0 ? `\u001b[${drawn}F\u001b[J` : ""}${lines.join("\n")}\n`);
    drawn = lines.length;
    drawnAt = at;
  };
  return (name, done, total) => {
    // The label is the harness's own name for itself.
    const label = terminalText(name);
    const at = now();
    const row = rows.get(label) ?? { done: 0, total, first: at, last: at };
    const ended = done >= total && row.done < total;
    Object.assign(row, { done, total, last: at });
    rows.set(label, row);
    if (io.interactive) {
      if (ended || at - drawnAt >= 100) draw(at);
      return;
    }
    if (ended) io.stderr(`${label}: ${done}/${total} checks in ${seconds(at - row.first)}\n`);
    if (at - saidAt >= 10_000) {
      saidAt = at;
      io.stderr(`${totals()}\n`);
    }
  };
}
