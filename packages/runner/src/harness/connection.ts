import type { ProtocolResult } from "@imagegen-conformance/core";
import type { Description } from "../implementation/implementation.js";
import type { Request } from "../run/request.js";

/**
 * What came back for one request: the implementation's answer, or what went wrong getting it.
 * `ms`: how long the implementation took over it, when the connection could measure it (see each connection).
 */
export type Answer =
  | { kind: "result"; result: ProtocolResult; stderr?: string; ms?: number }
  | { kind: "harness-error" | "timeout" | "crashed"; reason: string; stderr?: string; ms?: number };

/** An implementation the runner can put requests to, in-process or over the protocol. */
export interface Connection {
  readonly description: Description;
  /** One answer per request, in request order. Never throws for the implementation's faults. */
  ask(requests: readonly Request[]): Promise<Answer[]>;
  /** Stops the implementation; bounded in time whatever it does. */
  close(): Promise<void>;
  /**
   * Ends a use without stopping the implementation, so that a later use asks the same one: records what close()
   * would have found so far, and says whether it is worth keeping (false: close it, and start afresh next time).
   * A connection without it is closed after each use.
   */
  keep?(): boolean;
  /**
   * Protocol violations no pending request can carry (a second answer to a run already
   * judged, a line after the last results): read after close(), each one line saying what came.
   */
  readonly violations: readonly string[];
}
