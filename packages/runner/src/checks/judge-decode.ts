import type { Shape } from "@imagegen-conformance/core";
import type { Case, CaseReading } from "@imagegen-conformance/fixtures";
import type { Answer } from "../harness/connection.js";
import type { Description } from "../implementation/implementation.js";
import { type Outcome, outcome } from "../outcome/outcome.js";
import { compareRoundTrip, type RoundTrip } from "./compare-round-trip.js";
import { readInput, readOutput } from "./read-output.js";
import { sameJson } from "./same-json.js";
import { settleAnswer, type Verdict } from "./settle-answer.js";

export interface DecodeContext {
  shape: Shape;
  testCase: Case;
  description: Description;
  declared: string;
  /** The wire JSON text the implementation should give back the value of (for encode checks too, the case input). */
  expected: string;
}

/** The most differences a reason lists; the rest are counted. */
const shownDifferences = 10;

const describeDifferences = ({ differences }: RoundTrip) =>
  differences
    .slice(0, shownDifferences)
    .map((difference) => `${difference.path}: ${difference.detail}${difference.allowedBy ? ` (allowed by ${difference.allowedBy})` : ""}`)
    .join("; ") + (differences.length > shownDifferences ? `; and ${differences.length - shownDifferences} more` : "");

const exact: RoundTrip = { fidelity: "exact", differences: [] };

function roundTrip(context: DecodeContext, verdict: Verdict & { status: "ok" }): RoundTrip | string {
  // The same text in the same form is the same value: nothing to parse.
  if (verdict.output === context.expected && (verdict.form ?? "wire") === "wire") return exact;
  const read = readOutput(context.shape, { output: verdict.output ?? "", ...(verdict.form ? { form: verdict.form } : {}) }, context.description);
  return read.ok ? compareRoundTrip(context.shape, readInput(context.expected), read.value, context.description.profile) : read.reason;
}

// One judgement per expected verdict; the three are the closed set the corpus uses.
const judges: Record<Case["expect"]["verdict"], (context: DecodeContext, verdict: Verdict) => Outcome> = {
  accept(context, verdict) {
    if (verdict.status === "rejected") return outcome("failed", `rejected a valid value: ${verdict.message}`);
    if (verdict.fallback === "unknown") return outcome("failed", `accepted only as the SDK's UNKNOWN fallback, not as ${context.declared}`);
    if (verdict.unrecognized?.length)
      return outcome("failed", `reported documented enum values as unrecognised at ${verdict.unrecognized.map((path) => path || "/").join(", ")}`);
    const trip = roundTrip(context, verdict);
    if (typeof trip === "string") return outcome("failed", `accepted, but ${trip}`);
    if (trip.fidelity === "violating")
      return outcome("failed", `accepted, but the round trip changed it: ${describeDifferences(trip)}`, { fidelity: trip.fidelity });
    return outcome(
      "passed",
      trip.fidelity === "exact" ? "accepted; round trip exact" : `accepted; round trip allowed by the profile: ${describeDifferences(trip)}`,
      { fidelity: trip.fidelity },
    );
  },
  reject(context, verdict) {
    const rules = context.testCase.expect.verdict === "reject" ? context.testCase.expect.rules : [];
    if (verdict.status === "rejected") return outcome("passed", `rejected: ${verdict.message.split("\n")[0]}`);
    if (verdict.fallback === "unknown") return outcome("passed", "not accepted as the documented shape: surfaced as the SDK's UNKNOWN fallback");
    if (rules.length === 0) return outcome("failed", "accepted text that is not JSON");
    const open = verdict.unrecognized?.length
      ? ` (kept ${verdict.unrecognized.map((path) => path || "the value").join(", ")} as an unrecognised enum value: an open enum)`
      : "";
    return outcome("failed", `accepted a value that breaks ${rules.join(", ")}${open}`, { unenforced: rules });
  },
  "implementation-defined"(context, verdict) {
    const readings = context.testCase.expect.verdict === "implementation-defined" ? context.testCase.expect.readings : [];
    const behaved = verdict.status === "ok" && verdict.fallback !== "unknown" ? "accept" : "reject";
    const matches = (reading: CaseReading) => {
      if (reading.verdict !== behaved) return false;
      if (reading.output === undefined || verdict.status !== "ok") return true;
      const read = readOutput(context.shape, { output: verdict.output ?? "", ...(verdict.form ? { form: verdict.form } : {}) }, context.description);
      return read.ok && sameJson(read.value, readInput(reading.output));
    };
    const matched = readings.find(matches);
    if (matched) return outcome("passed", `implementation-defined: behaves as reading ${matched.name} (${matched.verdict})`, { reading: matched.name });
    return outcome(
      "failed",
      `${behaved === "accept" ? "accepted" : "rejected"} in a way no reading describes (readings: ${readings.map((reading) => `${reading.name} ${reading.verdict}`).join(", ")})`,
    );
  },
};

/** Judges a decode (or encode) answer against the case's expectation. */
export function judgeDecode(context: DecodeContext, answer: Answer): Outcome {
  const settled = settleAnswer(answer, context.declared);
  if ("outcome" in settled) return settled.outcome;
  const judged = judges[context.testCase.expect.verdict](context, settled.verdict);
  const behaved = settled.verdict.status === "ok" && settled.verdict.fallback !== "unknown" ? "accept" : "reject";
  return { ...judged, behaved, ...(judged.kind === "passed" || settled.stderr === undefined ? {} : { stderr: settled.stderr }) };
}
