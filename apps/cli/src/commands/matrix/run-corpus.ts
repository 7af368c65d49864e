import type { Case, Level } from "@imagegen-conformance/fixtures";
import { type RunLog, type RunSummary, runConformance, type Target } from "@imagegen-conformance/runner";
import type { Io } from "../../cli/command.js";
import { progress } from "../run/progress.js";

export interface CorpusOptions {
  seed: number;
  gated: readonly Level[];
  /** The report directory: reproducers go under it. */
  directory: string;
  /** The command line, for the log's header. */
  args: readonly string[];
  /** The command the lines and the header name: `matrix` unless said. */
  command?: string;
  /** Targets checked at once; all unless said. */
  concurrency?: number;
  /** More for the log's header: what a sweep selected, so that its shards can be checked to be of one sweep. */
  header?: Record<string, unknown>;
}

/** Every target against the whole corpus, logged as it goes. */
export function runCorpus(io: Io, targets: readonly Target[], cases: readonly Case[], log: RunLog, options: CorpusOptions): Promise<RunSummary> {
  const command = options.command ?? "matrix";
  io.stderr(`${command}: ${cases.length} cases × ${targets.length} implementations, seed ${options.seed}, log ${log.path}\n`);
  const tick = progress(io, command);
  return runConformance({
    targets,
    cases,
    seed: options.seed,
    log,
    gated: options.gated,
    reproducers: options.directory,
    header: { ...options.header, argv: [options.command ?? "matrix", ...options.args] },
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    onOutcome: (label, _task, _outcome, done, total) => tick(label, done, total),
  });
}
