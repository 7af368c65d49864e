import type { Connection } from "../harness/connection.js";
import { InProcessConnection } from "../harness/in-process-connection.js";
import { type HarnessOptions, SubprocessConnection } from "../harness/subprocess-connection.js";
import type { Implementation } from "../implementation/implementation.js";
import type { Reach } from "../reproducer/reproducer.js";

/** Something to check: an implementation in this process, or a harness command. */
export interface Target {
  /** What to call it before it has introduced itself. */
  name: string;
  /** How a reproducer reaches it again. */
  reach: Reach;
  connect(): Promise<Connection>;
}

export const inProcess = (name: string, implementation: Implementation): Target => ({
  name,
  reach: { impl: name },
  connect: async () => new InProcessConnection(implementation),
});

export const harness = (options: HarnessOptions): Target => ({
  name: options.command,
  reach: options.cwd ? { harness: options.command, cwd: options.cwd } : { harness: options.command },
  connect: () => SubprocessConnection.open(options),
});
