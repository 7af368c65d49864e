import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Case } from "@imagegen-conformance/fixtures";
import { collectReport, type ReportData } from "@imagegen-conformance/report";
import { RunLog, runConformance, type Target } from "@imagegen-conformance/runner";
import type { Io } from "../../cli/command.js";
import { onInterrupt } from "../../cli/on-interrupt.js";

/**
 * Runs the one case against every target as `run` does, through a run log in a temporary directory, and reads
 * the results back as every report reads them: the runner judges, the probe only shows. The directory goes afterwards,
 * on a signal too.
 */
export async function runProbe(testCase: Case, targets: readonly Target[], io: Io, argv: readonly string[]): Promise<ReportData> {
  const directory = mkdtempSync(join(tmpdir(), "imagegen-conformance-probe-"));
  const remove = () => rmSync(directory, { recursive: true, force: true });
  process.on("exit", remove);
  // The log is temporary: a signal kills the harnesses and says so, with no log to point at.
  const stopListening = onInterrupt(io, () => []);
  try {
    const log = new RunLog(join(directory, "run.jsonl"));
    try {
      // A fixed seed: the same input is cut into the same chunkings every time.
      await runConformance({ targets, cases: [testCase], seed: 1, log, header: { argv: [...argv] } });
    } finally {
      log.close();
    }
    return await collectReport([log.path], { listLimit: Number.POSITIVE_INFINITY });
  } finally {
    stopListening();
    process.off("exit", remove);
    remove();
  }
}
