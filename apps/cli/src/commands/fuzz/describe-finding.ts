import type { Finding, WrittenCounterexample } from "@imagegen-conformance/fuzz";
import { isProblem } from "@imagegen-conformance/runner";

/** A finding as a person reads it: who disagrees, on what minimal input, and how to get it back. */
export function describeFinding(number: number, finding: Finding, written: WrittenCounterexample, seed: number): string {
  const { minimal } = finding;
  const reasons = [...minimal.outcomes].flatMap(([label, outcomes]) =>
    outcomes.filter((outcome) => isProblem(outcome.kind)).map((outcome) => `    ${label}: ${outcome.kind}: ${outcome.reason.split("\n")[0]}`),
  );
  const expect = minimal.input.testCase.expect;
  return [
    `finding ${number}: ${finding.first.signature}`,
    `  shape ${minimal.input.shape} (${minimal.input.kind}); the documents say: ${expect.verdict}${expect.verdict === "reject" ? ` (${expect.rules.join(", ")})` : ""}`,
    `  minimal input (after ${finding.path.length} shrink steps, ${finding.tried} candidates asked): ${minimal.input.testCase.input.length > 400 ? `${minimal.input.testCase.input.slice(0, 400)}…` : minimal.input.testCase.input}`,
    ...reasons,
    `  seed ${seed}, path ${written.path}`,
    `  corpus-ready case: ${written.caseFile}`,
    ...written.reproducers.map((file) => `  reproducer: ${file} (imagegen-conformance replay ${file})`),
    "",
  ].join("\n");
}
