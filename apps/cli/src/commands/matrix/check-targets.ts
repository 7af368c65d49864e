import type { Case } from "@imagegen-conformance/fixtures";
import { holdOpen, type RunLog, type RunSummary, type Target } from "@imagegen-conformance/runner";
import type { Io } from "../../cli/command.js";
import { fuzzAll } from "./fuzz-all.js";
import { recordLateViolations } from "./record-late-violations.js";
import { type CorpusOptions, runCorpus } from "./run-corpus.js";

/**
 * The corpus, then (with a budget) the fuzz campaign, against the same harness processes: each harness the corpus
 * started stays running for the campaign rather than starting twice, and is stopped once, at the end, whatever ended it.
 */
export async function checkTargets(
  io: Io,
  targets: readonly Target[],
  cases: readonly Case[],
  log: RunLog,
  options: CorpusOptions & { fuzzRuns: number },
): Promise<RunSummary> {
  if (options.fuzzRuns === 0) return runCorpus(io, targets, cases, log, options);
  const held = targets.map(holdOpen);
  let summary: RunSummary;
  try {
    summary = await runCorpus(io, held, cases, log, options);
    await fuzzAll(io, held, log, options.directory, options.fuzzRuns, options.seed);
  } finally {
    // An interrupt kills every harness on its own; this is for every other way out.
    await Promise.all(held.map((target) => target.release()));
  }
  recordLateViolations(held, summary, log, options.gated, options.seed);
  return summary;
}
