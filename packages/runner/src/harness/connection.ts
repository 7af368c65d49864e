import type { ProtocolResult } from "@imagegen-conformance/core";
import type { Description } from "../implementation/implementation.js";
import type { Request } from "../run/request.js";

/** What came back for one request: the implementation's answer, or what went wrong getting it. */
export type Answer =
  | { kind: "result"; result: ProtocolResult; stderr?: string }
  | { kind: "harness-error" | "timeout" | "crashed"; reason: string; stderr?: string };

/** An implementation the runner can put requests to, in-process or over the protocol. */
export interface Connection {
  readonly description: Description;
  /** One answer per request, in request order. Never throws for the implementation's faults. */
  ask(requests: readonly Request[]): Promise<Answer[]>;
  /** Stops the implementation; bounded in time whatever it does. */
  close(): Promise<void>;
  /**
   * Protocol violations no pending request can carry (a second answer to a run already
   * judged, a line after the last results): read after close(), each one line saying what came.
   */
  readonly violations: readonly string[];
}
