import { classLabel, classOf, type ResultRecord } from "@imagegen-conformance/runner";
import type { ImplementationReport, ReportData } from "../read/report-data.js";
import { escapeXml } from "./escape-xml.js";

// An assertion that did not hold is a JUnit failure; everything else that is not a pass or skip, an error.
const elementOf = (kind: string) => (kind === "failed" ? "failure" : "error");

/** The baseline entry that expects a result to fail, when one does: such a failure is known, not new. */
export type KnownFailure = (result: ResultRecord) => string | undefined;

// Times are whole microseconds (the run log's `ms`, rounded) until written, so a suite's `time` is exactly the sum of its cases'.
const microseconds = (result: ResultRecord): number | undefined => (result.ms === undefined ? undefined : Math.round(result.ms * 1000));
const seconds = (micros: number): string => (micros / 1_000_000).toFixed(6);
// A result the run did not time (a fuzz counterexample, a protocol violation) has no `time`, rather than a made-up 0.
const timeOf = (result: ResultRecord): string => {
  const micros = microseconds(result);
  return micros === undefined ? "" : ` time="${seconds(micros)}"`;
};

function testcase(result: ResultRecord, knownFailure: KnownFailure): string {
  const name = escapeXml(`${result.case}${result.check === "decode" ? "" : ` (${result.check})`}`);
  const open = `    <testcase classname="${escapeXml(result.shape)}" name="${name}"${timeOf(result)}>`;
  if (result.kind === "passed") return `${open.slice(0, -1)}/>`;
  if (result.kind === "skipped") return `${open}<skipped message="${escapeXml(result.reason)}"/></testcase>`;
  // A failure the baseline expects leaves a JUnit reader green, as the gate does, and says which entry expects it.
  const known = knownFailure(result);
  if (known !== undefined)
    return `${open}<skipped message="${escapeXml(`known failure, expected by baseline ${known}: ${result.kind}: ${result.reason.split("\n")[0] ?? ""}`)}"/></testcase>`;
  const tag = elementOf(result.kind);
  const behaviour = classOf(result);
  const body = [
    `${result.kind}: ${result.reason}`,
    behaviour ? `behaviour: ${classLabel(behaviour)}` : "",
    result.unenforced ? `unenforced rules: ${result.unenforced.join(", ")}` : "",
    result.input === undefined ? "" : `input: ${result.input}`,
    result.stderr ? `stderr:\n${result.stderr}` : "",
  ]
    .filter(Boolean)
    .join("\n");
  return `${open}<${tag} type="${result.kind}" message="${escapeXml(result.reason.split("\n")[0] ?? "")}">${escapeXml(body)}</${tag}></testcase>`;
}

/** Test cases a suite gets beyond its results: the harness that could not start, the run that did not cover its plan. */
function extras(implementation: ImplementationReport, data: ReportData): string[] {
  const { unavailable } = implementation.record;
  return [
    ...(unavailable ? [`    <testcase classname="harness" name="start"><error type="unavailable" message="${escapeXml(unavailable)}"/></testcase>`] : []),
    // So a JUnit reader never goes green on a run that was cut short or left cases out.
    ...(implementation.incomplete
      ? [
          `    <testcase classname="harness" name="complete run"><error type="incomplete" message="the run is incomplete: no verdict">${escapeXml(data.incomplete.join("\n"))}</error></testcase>`,
        ]
      : []),
  ];
}

/**
 * JUnit XML: a test suite per implementation, a test case per check, each with the time the run measured (seconds),
 * and each suite the sum of its listed cases' times. Past the listing limit, failures only.
 * Given the baseline's expected failures, those are skipped with their entry, so a JUnit reader agrees with the gate.
 */
export function renderJunit(data: ReportData, knownFailure: KnownFailure = () => undefined): string {
  const listed = data.results ?? data.problems;
  const suites = data.implementations.map((implementation) => {
    const mine = listed.filter((result) => result.implementation === implementation.label);
    const { counts } = implementation;
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    const known = mine.filter((result) => result.kind !== "passed" && result.kind !== "skipped" && knownFailure(result) !== undefined);
    const knownFailed = known.filter((result) => result.kind === "failed").length;
    const errors = total - counts.passed - counts.skipped - counts.failed - (known.length - knownFailed);
    const added = extras(implementation, data);
    const timed = mine.map(microseconds).filter((micros) => micros !== undefined);
    const time = timed.length === 0 ? "" : ` time="${seconds(timed.reduce((sum, micros) => sum + micros, 0))}"`;
    return `  <testsuite name="${escapeXml(implementation.label)}" tests="${total + added.length}" failures="${counts.failed - knownFailed}" errors="${errors + added.length}" skipped="${counts.skipped + known.length}"${time}>${added.map((line) => `\n${line}`).join("")}\n${mine.map((result) => testcase(result, knownFailure)).join("\n")}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="imagegen-conformance">\n${suites.join("\n")}\n</testsuites>\n`;
}
