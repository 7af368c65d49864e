import { appendFileSync } from "node:fs";
import type { GateProblem } from "@imagegen-conformance/gate";

// GitHub Actions' workflow commands, escaped as its toolkit escapes them (actions/toolkit, packages/core/src/command.ts):
// a message or property can never end the command early or start another.
const escapeData = (text: string) => text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
const escapeProperty = (text: string) => escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");

/** True inside a GitHub Actions job, where annotations and a step summary are read. */
export const onGitHubActions = (env: NodeJS.ProcessEnv = process.env): boolean => env.GITHUB_ACTIONS === "true";

/** A stale entry is a warning (the baseline needs tidying); anything else the gate found is an error. */
const levelOf = (problem: GateProblem) => (problem.kind === "now-passes" || problem.kind === "matches-nothing" ? "warning" : "error");

/** One `::error`/`::warning` line for a gate problem, shown on the run's summary page and in the pull request. */
export function annotation(problem: GateProblem): string {
  return `::${levelOf(problem)} title=${escapeProperty(`imagegen-conformance gate: ${problem.kind}`)}::${escapeData(problem.message)}\n`;
}

/** Appends the Markdown summary to the job's step summary when the job has one (`$GITHUB_STEP_SUMMARY`). */
export function appendStepSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): void {
  const path = env.GITHUB_STEP_SUMMARY;
  if (path) appendFileSync(path, `${markdown.trimEnd()}\n\n`);
}
