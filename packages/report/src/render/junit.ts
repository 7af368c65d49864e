import type { ResultRecord } from "@imagegen-conformance/runner";
import type { ReportData } from "../read/report-data.js";
import { escapeXml } from "./escape-xml.js";

const element: Record<string, string> = { failed: "failure", errored: "error", "harness-error": "error", timeout: "error", crashed: "error" };

function testcase(result: ResultRecord): string {
  const name = escapeXml(`${result.case}${result.check === "decode" ? "" : ` (${result.check})`}`);
  const open = `    <testcase classname="${escapeXml(result.shape)}" name="${name}">`;
  if (result.kind === "passed") return `    <testcase classname="${escapeXml(result.shape)}" name="${name}"/>`;
  if (result.kind === "skipped") return `${open}<skipped message="${escapeXml(result.reason)}"/></testcase>`;
  const tag = element[result.kind] ?? "error";
  const body = [
    `${result.kind}: ${result.reason}`,
    result.unenforced ? `unenforced rules: ${result.unenforced.join(", ")}` : "",
    result.input === undefined ? "" : `input: ${result.input}`,
    result.stderr ? `stderr:\n${result.stderr}` : "",
  ]
    .filter(Boolean)
    .join("\n");
  return `${open}<${tag} type="${result.kind}" message="${escapeXml(result.reason.split("\n")[0] ?? "")}">${escapeXml(body)}</${tag}></testcase>`;
}

/** JUnit XML: a test suite per implementation, a test case per check. Past the listing limit, failures only. */
export function renderJunit(data: ReportData): string {
  const listed = data.results ?? data.problems;
  const suites = data.implementations.map((implementation) => {
    const mine = listed.filter((result) => result.implementation === implementation.label);
    const { counts } = implementation;
    const failures = counts.failed;
    const errors = counts.errored + counts["harness-error"] + counts.timeout + counts.crashed;
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    const unavailable = implementation.record.unavailable
      ? `\n    <testcase classname="harness" name="start"><error type="unavailable" message="${escapeXml(implementation.record.unavailable)}"/></testcase>`
      : "";
    return `  <testsuite name="${escapeXml(implementation.label)}" tests="${total + (unavailable ? 1 : 0)}" failures="${failures}" errors="${errors + (unavailable ? 1 : 0)}" skipped="${counts.skipped}">${unavailable}\n${mine.map(testcase).join("\n")}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="imagegen-conformance">\n${suites.join("\n")}\n</testsuites>\n`;
}
