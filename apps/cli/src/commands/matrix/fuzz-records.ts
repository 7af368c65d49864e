import { testedRules } from "@imagegen-conformance/fixtures";
import type { Contestant, Finding, WrittenCounterexample } from "@imagegen-conformance/fuzz";
import { isProblem, type ResultRecord } from "@imagegen-conformance/runner";

/** A fuzz finding as result records in the run log, one per implementation that failed it, so reports and the baseline see it. */
export function fuzzRecords(finding: Finding, written: WrittenCounterexample, contestants: readonly Contestant[]): ResultRecord[] {
  const { minimal } = finding;
  const testCase = written.testCase;
  return contestants.flatMap((contestant) => {
    const bad = minimal.outcomes.get(contestant.label)?.find((outcome) => isProblem(outcome.kind));
    if (!bad) return [];
    const behaved = minimal.verdicts.get(contestant.label);
    return [
      {
        type: "result",
        implementation: contestant.label,
        case: testCase.id,
        check: "fuzz",
        shape: testCase.shape,
        level: testCase.level,
        expect: testCase.expect.verdict,
        tests: testedRules(testCase),
        ...bad,
        // The failing outcome's own answer first (an encode failure's), the input's decode verdict where it has none.
        ...(behaved && !bad.behaved ? { behaved } : {}),
        reason: `${bad.reason} (found by fuzzing: ${finding.first.signature})`,
        input: testCase.input,
        expected: testCase.expect,
      },
    ];
  });
}
