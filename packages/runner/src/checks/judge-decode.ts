import { isJsonObject, type ObjectShape, type Shape, unservable } from "@imagegen-conformance/core";
import type { Case, CaseReading } from "@imagegen-conformance/fixtures";
import type { Answer } from "../harness/connection.js";
import type { Description } from "../implementation/implementation.js";
import { type Outcome, outcome } from "../outcome/outcome.js";
import { compareRoundTrip, type RoundTrip } from "./compare-round-trip.js";
import type { InputValues } from "./input-values.js";
import { readInput, readOutput } from "./read-output.js";
import { behavedOf, describeReceived, receivedOf, receivedText } from "./received.js";
import { sameJson } from "./same-json.js";
import { settleAnswer, type Verdict } from "./settle-answer.js";

export interface DecodeContext {
  shape: Shape;
  testCase: Case;
  description: Description;
  declared: string;
  /** The wire JSON text the implementation should give back the value of (for encode checks too, the case input). */
  expected: string;
  /** `expected` as a wire value: parsed once per task, however many judgements read it. */
  expectedValue(): unknown;
}

/** The context of one decode (or encode) check of a case, its input parsed at most once. */
export function decodeContext(shape: Shape, testCase: Case, description: Description, declared: string, inputs?: InputValues): DecodeContext {
  let parsed: { value: unknown } | undefined;
  const expectedValue = () => {
    parsed ??= { value: inputs ? inputs.of(testCase) : readInput(testCase.input) };
    return parsed.value;
  };
  return { shape, testCase, description, declared, expected: testCase.input, expectedValue };
}

/** The most differences a reason lists; the rest are counted. */
const shownDifferences = 10;

const describeDifferences = ({ differences }: RoundTrip) =>
  differences
    .slice(0, shownDifferences)
    .map((difference) => `${difference.path}: ${difference.detail}${difference.allowedBy ? ` (allowed by ${difference.allowedBy})` : ""}`)
    .join("; ") + (differences.length > shownDifferences ? `; and ${differences.length - shownDifferences} more` : "");

function roundTrip(context: DecodeContext, verdict: Verdict & { status: "ok" }): RoundTrip | string {
  // The same text in the same form is the same value: nothing to parse back, but what the input exercised still shows
  // (an unknown field kept, a null kept, digits kept), so the value is compared with itself.
  if (verdict.output === context.expected && (verdict.form ?? "wire") === "wire") {
    const input = context.expectedValue();
    return compareRoundTrip(context.shape, input, input, context.description.profile);
  }
  const read = readOutput(context.shape, { output: verdict.output ?? "", ...(verdict.form ? { form: verdict.form } : {}) }, context.description);
  return read.ok ? compareRoundTrip(context.shape, context.expectedValue(), read.value, context.description.profile) : read.reason;
}

/** The SDK's type for the shape, as hello names it: what a misread value came back as instead of. */
const sdkType = (context: DecodeContext): string => context.description.capabilities.shapes[context.shape.name] ?? context.shape.name;

// One judgement per expected verdict; the three are the closed set the corpus uses.
const judges: Record<Case["expect"]["verdict"], (context: DecodeContext, verdict: Verdict) => Outcome> = {
  accept(context, verdict) {
    if (verdict.status === "rejected") return outcome("failed", `rejected a valid value: ${verdict.message}`);
    if (receivedOf(verdict) === "unknown") return outcome("failed", `marked a valid value unknown: returned as ${describeReceived(verdict, sdkType(context))}`);
    if (receivedOf(verdict) !== "declared") return outcome("failed", `misread a valid value: returned as ${describeReceived(verdict, sdkType(context))}`);
    if (verdict.unrecognized?.length)
      return outcome("failed", `reported documented enum values as unrecognised at ${verdict.unrecognized.map((path) => path || "/").join(", ")}`);
    const trip = roundTrip(context, verdict);
    if (typeof trip === "string") return outcome("failed", `accepted, but ${trip}`);
    // Only a key of more than one word (item_id) looks different in the SDK's own casing: single words say nothing.
    const casing = multiWordKey(context.shape, context.expectedValue()) ? { key_casing: verdict.form ?? "wire" } : {};
    const observed = { ...(trip.observed ?? {}), ...casing } as const;
    if (trip.fidelity === "violating")
      return outcome("failed", `accepted, but the round trip changed it: ${describeDifferences(trip)}`, { fidelity: trip.fidelity, observed });
    return outcome(
      "passed",
      trip.fidelity === "exact" ? "accepted; round trip exact" : `accepted; round trip allowed by the profile: ${describeDifferences(trip)}`,
      { fidelity: trip.fidelity, observed },
    );
  },
  reject(context, verdict) {
    const rules = context.testCase.expect.verdict === "reject" ? context.testCase.expect.rules : [];
    // A value outside an enum, and nothing else wrong, shows whether the entry's enums are open or closed.
    const enums = rules.length > 0 && rules.every((rule) => rule.endsWith("/enum"));
    const observed = enums ? { observed: { enums: behavedOf(verdict) === "accept" ? "open" : "closed" } as const } : {};
    if (verdict.status === "rejected") return outcome("passed", `rejected: ${verdict.message.split("\n")[0]}`, observed);
    const received = receivedOf(verdict);
    if (received === "unknown")
      return outcome("passed", `not handed over as the documented shape: returned as ${describeReceived(verdict, sdkType(context))}`, observed);
    if (received === "nothing") return outcome("passed", "dropped: no error, and the user's code receives nothing for it", observed);
    const as = received === "declared" ? "" : `, returned as ${describeReceived(verdict, sdkType(context))}`;
    if (rules.length === 0) return outcome("failed", `accepted text that is not JSON${as}`);
    const open = verdict.unrecognized?.length
      ? ` (kept ${verdict.unrecognized.map((path) => path || "the value").join(", ")} as an unrecognised enum value: an open enum)`
      : "";
    const kept = verdict.unrecognized?.length ? { unrecognized: verdict.unrecognized } : {};
    return outcome("failed", `accepted a value that breaks ${rules.join(", ")}${open}${as}`, { unenforced: rules, ...kept, ...observed });
  },
  "implementation-defined"(context, verdict) {
    const readings = context.testCase.expect.verdict === "implementation-defined" ? context.testCase.expect.readings : [];
    const behaved = behavedOf(verdict) ?? "reject";
    const matches = (reading: CaseReading) => {
      if (reading.verdict !== behaved) return false;
      if (reading.output === undefined || verdict.status !== "ok") return true;
      if (receivedOf(verdict) !== "declared") return false;
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

/** Whether a wire value has a snake_case key within its first few levels (the catalogue's shapes are shallow). */
function multiWordKey(shape: Shape | undefined, value: unknown): boolean {
  const fields = (shape as Partial<ObjectShape> | undefined)?.fields;
  if (!fields || !isJsonObject(value)) return false;
  // Documented keys only: an unknown one says nothing of the SDK's casing, which maps the fields it declares.
  return fields.some(({ wire, nested }) => Object.hasOwn(value, wire) && (wire.includes("_") || multiWordKey(nested, value[wire])));
}

const unservableHere = (context: DecodeContext): string | undefined =>
  context.description.entry.kind === "client" && context.testCase.operation === "decode" ? unservable(context.testCase.input) : undefined;

/** Judges a decode (or encode) answer against the case's expectation. */
export function judgeDecode(context: DecodeContext, answer: Answer): Outcome {
  const cannot = unservableHere(context);
  // A client entry serves the case's text inside a response envelope: text that cannot sit there unchanged is skipped,
  // and the runner checks the harness's word against its own reading of the text.
  if (cannot !== undefined && answer.kind === "result" && answer.result.status === "skipped")
    return outcome("skipped", `cannot be served unchanged at the ${context.description.entry.name} entry: ${cannot}`);
  const settled = settleAnswer(answer, context.declared);
  if ("outcome" in settled) return settled.outcome;
  const judged = judges[context.testCase.expect.verdict](context, settled.verdict);
  const { verdict } = settled;
  return {
    ...judged,
    behaved: behavedOf(verdict) ?? "reject",
    ...(verdict.status === "ok" ? { received: receivedText(verdict) } : {}),
    ...(judged.kind === "passed" || settled.stderr === undefined ? {} : { stderr: settled.stderr }),
  };
}
