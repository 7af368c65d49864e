import type { Answer, Connection } from "../harness/connection.js";
import type { Request } from "./request.js";
import { type Settling, settleTask } from "./settle-task.js";
import type { Task } from "./task.js";
import { unjudged } from "./unjudged.js";

/** The answers to some requests, or what asking threw: a connection that breaks its contract costs the window, not the run. */
export async function askContained(connection: Connection, requests: readonly Request[]): Promise<Answer[] | Error> {
  try {
    const answers = await connection.ask(requests);
    if (!Array.isArray(answers) || answers.length !== requests.length)
      return new Error(`expected ${requests.length} answers, received ${Array.isArray(answers) ? answers.length : typeof answers}`);
    return answers;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function take<T>(iterator: Iterator<T>, count: number): T[] {
  const items: T[] = [];
  while (items.length < count) {
    const next = iterator.next();
    if (next.done) break;
    items.push(next.value);
  }
  return items;
}

/** Tasks judged between two turns of the event loop: about a millisecond of judging. */
const judgedBetweenReads = 128;

// Between windows the event loop runs: the log's flush timer and signal handlers are never starved by an in-process implementation.
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Puts the tasks to the implementation a window at a time and settles each answer as it comes.
 * The next window is asked while this one is judged, so the implementation never waits for the runner.
 */
export async function judgeWindows(
  tasks: Iterator<Task>,
  ask: (requests: readonly Request[]) => Promise<Answer[] | Error>,
  window: number,
  total: number,
  context: Settling,
): Promise<void> {
  let slice = take(tasks, window);
  let asked = ask(slice.flatMap((task) => task.requests));
  let done = 0;
  while (slice.length > 0) {
    const answers = await asked;
    const current = slice;
    slice = take(tasks, window);
    if (slice.length > 0) asked = ask(slice.flatMap((task) => task.requests));
    let cursor = 0;
    for (const [index, task] of current.entries()) {
      const mine = answers instanceof Error ? [] : answers.slice(cursor, cursor + task.requests.length);
      cursor += task.requests.length;
      const failed = answers instanceof Error ? unjudged("asking the implementation", answers) : undefined;
      settleTask(failed ? { ...task, judge: () => failed } : task, mine, ++done, total, context);
      // The next window's batches are answered while this one is judged only if their answers are read as they come.
      if (index % judgedBetweenReads === judgedBetweenReads - 1) await turn();
    }
    context.log?.flush();
    await turn();
  }
}
