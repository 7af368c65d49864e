import type { Io } from "../../cli/command.js";

const seconds = (ms: number) => `${Math.max(0, Math.round(ms / 1000))} s`;

/**
 * A campaign's progress, inputs checked of planned with the time gone and left at the rate so far: on a terminal one
 * line rewritten in place at most ten times a second, elsewhere a line each tenth of the way. The counts are the
 * campaign's own (every contestant is asked each input); what each contestant judged is said at the end.
 */
export function fuzzProgress(io: Io, command: string, now: () => number = Date.now): (checked: number, total: number, disagreements: number) => void {
  const started = now();
  let drawnAt = Number.NEGATIVE_INFINITY;
  let tenth = -1;
  return (checked, total, disagreements) => {
    const at = now();
    const gone = at - started;
    const left = checked === 0 || gone === 0 || checked >= total ? "" : `, ~${seconds(((total - checked) * gone) / checked)} left`;
    const line = `${command}: ${checked} of ${total} inputs checked, ${disagreements} disagreements, ${seconds(gone)} gone${left}`;
    if (io.interactive) {
      if (checked < total && at - drawnAt < 100) return;
      drawnAt = at;
      io.stderr(`\r\u001b[K${line}${checked >= total ? "\n" : ""}`);
      return;
    }
    const reached = Math.floor((checked / Math.max(1, total)) * 10);
    if (reached > tenth) {
      tenth = reached;
      io.stderr(`${line}\n`);
    }
  };
}

/**
 * The shrinking after a campaign's inputs, which can take longer than the inputs did: disagreements shrunk of found,
 * with the time gone. On a terminal one line rewritten in place; elsewhere a line as each is shrunk.
 */
export function shrinkProgress(io: Io, command: string, now: () => number = Date.now): (done: number, total: number) => void {
  let started = 0;
  return (done, total) => {
    if (done === 0) started = now();
    const line = `${command}: ${done} of ${total} disagreements shrunk, ${seconds(now() - started)} gone`;
    if (io.interactive) io.stderr(`\r\u001b[K${line}${done >= total ? "\n" : ""}`);
    else io.stderr(`${line}\n`);
  };
}
