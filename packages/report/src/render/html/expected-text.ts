import type { ResultRecord } from "@imagegen-conformance/runner";

/** What a result's case expected, for a reader: "reject: breaks …", the readings of an implementation-defined case, or "accept". */
export function expectedText(record: ResultRecord): string {
  const expected = record.expected;
  if (expected === undefined) return record.expect;
  if (expected.verdict === "reject") return `reject: breaks ${expected.rules.join(", ") || "JSON syntax"}`;
  if (expected.verdict === "implementation-defined")
    return `implementation-defined: ${expected.readings.map((reading) => `${reading.name} → ${reading.verdict}`).join("; ")}`;
  return "accept";
}
