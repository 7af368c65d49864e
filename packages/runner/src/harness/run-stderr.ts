import { StderrTail } from "./stderr-tail.js";

/** What one run in flight has been given: the stderr that came while it was in flight, and who else was then. */
type Open = { tail: StderrTail; shared: Set<string> };

/** Lets the stderr reader catch up: a line written just before the results may still wait on the other pipe. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The stderr each run in flight was present for. Every chunk goes to every run in flight
 * when it arrives (and to none when nothing is), each run keeping a bounded tail; a run
 * also remembers which other runs were in flight for its chunks, so its evidence says
 * whether it is the run's alone.
 */
export class RunStderr {
  readonly #open = new Map<string, Open>();

  /** From now on, stderr is also this run's; nothing written before counts. */
  start(id: string): void {
    this.#open.set(id, { tail: new StderrTail(), shared: new Set() });
  }

  push(chunk: Buffer): void {
    for (const [id, run] of this.#open) {
      run.tail.push(chunk);
      for (const other of this.#open.keys()) if (other !== id) run.shared.add(other);
    }
  }

  /**
   * Ends the run's stderr and says it as evidence for each of its cases: unmarked only when
   * the run held one case and no other run was in flight for any of it; else after one line
   * saying whose it is. Undefined when the harness wrote nothing meanwhile.
   */
  async finish(id: string, cases: number): Promise<string | undefined> {
    await settle();
    const run = this.#open.get(id);
    this.#open.delete(id);
    if (!run || run.tail.total === 0) return undefined;
    const text = run.tail.text();
    if (cases === 1 && run.shared.size === 0) return text;
    return `${marker(id, cases, [...run.shared])}\n${text}`;
  }
}

/** The most other runs a marker names (an unordered harness may overlap one slow run with many). */
const shownRuns = 8;

function marker(id: string, cases: number, others: readonly string[]): string {
  const batch = cases === 1 ? "1 case" : `a batch of ${cases} cases`;
  if (others.length === 0) return `(stderr written while run ${id} — ${batch} — was in flight: the batch's, not this case's alone)`;
  const named = others.length > shownRuns ? `${others.slice(0, shownRuns).join(", ")}, …` : others.join(", ");
  const runs = others.length === 1 ? `1 other run (${named})` : `${others.length} other runs (${named})`;
  return `(stderr written while run ${id} — ${batch} — was in flight, with ${runs}: theirs together, not this case's alone)`;
}
