import type { Connection } from "../harness/connection.js";
import type { Target } from "./target.js";

/** What the real close of a kept connection found that its first use, whose close only kept it, could not see. */
export interface LateViolations {
  /** Violations the first use recorded: the late ones come after them. */
  seen: number;
  violations: string[];
}

/** A target whose first connection can serve the next use too; see holdOpen. */
export interface HeldTarget extends Target {
  /** Set once a kept connection's real close found something (a harness that writes when it is told to stop). */
  readonly late: LateViolations | undefined;
  /** Closes a kept connection that no second use took; bounded, as close() is. */
  release(): Promise<void>;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The target, with its first connection kept for the next use rather than started twice: the first close()
 * only keeps it (Connection.keep), and the next connect() gets it back, with a close() that stops it. A
 * connection not worth keeping is closed at once, as before, and the next connect() starts afresh; a target
 * that could not connect is not tried again.
 */
export function holdOpen(target: Target): HeldTarget {
  let first: Promise<Connection> | undefined;
  let kept: Connection | undefined;
  let seen = 0;
  let late: LateViolations | undefined;
  // The close the first use deferred: what it would have recorded (and a failure to stop) is kept for the caller.
  const stop = async (connection: Connection) => {
    const before = connection.violations.length;
    let closing: string | undefined;
    try {
      await connection.close();
    } catch (error) {
      closing = `stopping the harness failed: ${message(error)}`;
    }
    const found = [...connection.violations.slice(before), ...(closing ? [closing] : [])];
    if (found.length > 0) late = { seen, violations: found };
  };
  const firstUse = (connection: Connection): Connection => ({
    description: connection.description,
    get violations() {
      return connection.violations;
    },
    ask: (requests) => connection.ask(requests),
    close: async () => {
      if (!connection.keep?.()) return connection.close();
      kept = connection;
      seen = connection.violations.length;
    },
  });
  const secondUse = (connection: Connection): Connection => ({
    description: connection.description,
    get violations() {
      return connection.violations;
    },
    ask: (requests) => connection.ask(requests),
    close: () => stop(connection),
  });
  return {
    name: target.name,
    reach: target.reach,
    get late() {
      return late;
    },
    async connect() {
      if (first === undefined) {
        first = target.connect();
        return firstUse(await first);
      }
      // Not started again when it could not start: it is unavailable, with the reason the first use recorded.
      await first;
      const connection = kept;
      kept = undefined;
      return connection ? secondUse(connection) : target.connect();
    },
    async release() {
      const connection = kept;
      kept = undefined;
      if (connection) await stop(connection);
    },
  };
}
