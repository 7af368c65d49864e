import { type Contestant, connectContestants, declaredShapes, type Finding, InputSource, runCampaign, writeCounterexample } from "@imagegen-conformance/fuzz";
import { boundOutcome, type RunLog, type Target } from "@imagegen-conformance/runner";
import type { Io } from "../../cli/command.js";
import { reachArgument } from "../../cli/reach-argument.js";
import { terminalText } from "../../cli/terminal-text.js";
import { today } from "../baseline/gate-results.js";
import { fuzzProgress, shrinkProgress } from "../fuzz/fuzz-progress.js";
import { fuzzRecords } from "./fuzz-records.js";

/** The fuzz command line that replays a campaign between these contestants. */
const replayCommand = (contestants: readonly Contestant[]) => `imagegen-conformance fuzz ${contestants.map(({ reach }) => reachArgument(reach)).join(" ")}`;

/** The fuzz campaign across every target that connects: each shrunk disagreement is a counterexample and its results in the log. */
export async function fuzzAll(io: Io, targets: readonly Target[], log: RunLog, directory: string, runs: number, seed: number): Promise<void> {
  // A harness that could not start at all is already "unavailable" in the matrix; one that ran the corpus and cannot
  // start again is said here, so its missing fuzz results are not read as agreement.
  const contestants = await connectContestants(targets, (target, error) =>
    io.stderr(terminalText(`matrix: fuzz campaign without ${target.name}: ${error.message}\n`)),
  );
  try {
    const source = new InputSource(declaredShapes(contestants.map((contestant) => contestant.connection.description)), seed);
    io.stderr(`matrix: fuzzing ${runs} inputs across ${contestants.length} implementations (seed ${seed})\n`);
    const command = replayCommand(contestants);
    // Each finding is written inside the campaign: one that cannot be written is reported, and the rest go on.
    const write = (finding: Finding) => {
      for (const record of fuzzRecords(finding, writeCounterexample(directory, finding, contestants, seed, command, today()), contestants))
        log.write(boundOutcome(record));
    };
    const onProgress = fuzzProgress(io, "matrix: fuzz");
    const onShrink = shrinkProgress(io, "matrix: fuzz");
    const result = await runCampaign({ contestants, source, seed, runs, maxFindings: 20, write, onProgress, onShrink });
    for (const entry of result.unjudged.named)
      io.stderr(terminalText(`matrix: fuzz input ${entry.path} (seed ${seed}): ${entry.reason}\n`, { multiline: true }));
    io.stderr(
      `matrix: fuzz found ${result.findings.length} distinct disagreements in ${result.checked} inputs${result.unjudged.count > 0 ? `; ${result.unjudged.count} could not be judged` : ""}\n`,
    );
  } finally {
    await Promise.all(contestants.map((contestant) => contestant.connection.close()));
  }
}
