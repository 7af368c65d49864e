import { killHarnessGroups, openRunLogs, type RunLog } from "@imagegen-conformance/runner";
import type { Io } from "./command.js";
import { exitCode } from "./exit-code.js";

const codes = { SIGINT: exitCode.sigint, SIGTERM: exitCode.sigterm } as const;
type Signal = keyof typeof codes;

function said(signal: Signal, logs: readonly RunLog[]): string {
  const written = logs.map((log) => {
    const { results, planned } = log.progress;
    return `${results}${planned === undefined ? "" : ` of ${planned}`} results logged in ${log.path}`;
  });
  return `interrupted by ${signal}: ${written.length > 0 ? `${written.join(", ")}; ` : ""}the run is incomplete`;
}

/**
 * While a command that starts harnesses runs: on SIGINT or SIGTERM, kill every harness process group,
 * finish every open run log (what it has, and a footer saying `interrupted`), say so in one line and
 * exit 130 or 143. All of it synchronous, so nothing is lost to the exit. Returns the function that stops listening.
 */
export function onInterrupt(io: Io, logs: () => readonly RunLog[] = openRunLogs): () => void {
  const handlers = (Object.keys(codes) as Signal[]).map((signal) => {
    const handler = () => {
      killHarnessGroups();
      const open = logs();
      for (const log of open) log.interrupt(signal);
      io.stderr(`\n${said(signal, open)}\n`);
      process.exit(codes[signal]);
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}
