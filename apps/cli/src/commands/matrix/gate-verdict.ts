import type { GateVerdict } from "@imagegen-conformance/gate";
import type { ReportData } from "@imagegen-conformance/report";
import type { Io } from "../../cli/command.js";
import { sayCouldNotStart } from "../../cli/could-not-start.js";
import { exitCode } from "../../cli/exit-code.js";
import { sayGateProblems } from "../baseline/say-gate.js";
import { sayIncomplete } from "../report/say-incomplete.js";

/**
 * Says the run's verdict and gives its exit code: incomplete, the gate's against the baseline, or (with no baseline)
 * none. An entry that could not start is no verdict when it was asked for by name or gated on; the registry's whole
 * matrix without a baseline (the main job, on a machine that may lack a toolchain) shows it as a row and goes on.
 */
export function gateVerdict(
  io: Io,
  data: ReportData,
  verdict: GateVerdict | undefined,
  options: { baseline: string | undefined; log: string; named: boolean },
): number {
  const { baseline, log } = options;
  const incomplete = data.incomplete.length > 0;
  if (incomplete) sayIncomplete(io, "matrix", data, "no verdict");
  if ((options.named || verdict) && sayCouldNotStart(io, "matrix", data)) return exitCode.couldNotStart;
  // Without a baseline the matrix is a report: only a run that could not finish is an error.
  if (!verdict) return incomplete ? exitCode.incomplete : exitCode.ok;
  sayGateProblems(io, verdict.problems);
  if (incomplete) return exitCode.incomplete;
  io.stdout(
    verdict.ok
      ? `gate: passed against ${baseline} (${verdict.expected} expected failures)\n`
      : `gate: failed against ${baseline} with ${verdict.problems.length} problems: the verdicts above changed; if on purpose, run imagegen-conformance baseline update --baseline ${baseline} --log ${log}\n`,
  );
  return verdict.ok ? exitCode.ok : exitCode.notConformant;
}
