import { defaultLimits, type Limits } from "@imagegen-conformance/core";

/** How to start a harness and what to hold it to. */
export interface HarnessOptions {
  command: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Per run message. Default 30 s. */
  requestTimeoutMs?: number;
  /** For the hello answer, which includes the harness's start-up. Default 60 s. */
  startTimeoutMs?: number;
  /** Restarts allowed after crashes, timeouts and protocol violations. Default 10. */
  restartBudget?: number;
  /** Longest stdout line accepted (`limits.max_line_bytes`). Default 64 MiB. */
  maxLineBytes?: number;
  /** Longest message or reason of one result (`limits.max_message_bytes`). Default 64 KiB. */
  maxMessageBytes?: number;
  /** Longest output of one decoded value (`limits.max_output_bytes`). Default 16 MiB. */
  maxOutputBytes?: number;
  /** Most cases per run message (the harness's own limit also applies). */
  batchSize?: number;
  /** Most run messages in flight at once; the harness's `in_flight` also applies. Default 3. */
  pipelineDepth?: number;
}

export type Settled = Required<Omit<HarnessOptions, "cwd" | "env" | "batchSize">> & HarnessOptions;

export const limitsOf = (options: Settled): Limits => ({
  max_line_bytes: options.maxLineBytes,
  max_message_bytes: options.maxMessageBytes,
  max_output_bytes: options.maxOutputBytes,
});

/** Every option given a value. */
export function settle(options: HarnessOptions): Settled {
  return {
    requestTimeoutMs: 30_000,
    startTimeoutMs: 60_000,
    restartBudget: 10,
    maxLineBytes: defaultLimits.max_line_bytes,
    maxMessageBytes: defaultLimits.max_message_bytes,
    maxOutputBytes: defaultLimits.max_output_bytes,
    pipelineDepth: 3,
    // An option given as undefined keeps its default.
    ...(Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as HarnessOptions),
  };
}
