import type { GateProblem } from "@imagegen-conformance/gate";
import type { Io } from "../../cli/command.js";
import { annotation, onGitHubActions } from "../../cli/github-actions.js";
import { terminalText } from "../../cli/terminal-text.js";

/** Each problem the gate found, one line each; on GitHub Actions also as an annotation, so a pull request shows it. */
export function sayGateProblems(io: Io, problems: readonly GateProblem[]): void {
  for (const problem of problems) {
    // One line: the message quotes what the SDK said, which must not start lines of its own (a workflow command).
    io.stdout(`${terminalText(`gate: ${problem.message}`)}\n`);
    if (onGitHubActions()) io.stdout(annotation(problem));
  }
}
