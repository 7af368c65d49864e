import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectReport } from "../src/read/collect-report.js";
import { renderHtml } from "../src/render/html.js";
import { renderMarkdown } from "../src/render/markdown.js";
import { releaseTimelines } from "../src/view/release-timeline.js";
import { timelineLines } from "../src/view/timeline-text.js";
import { logHeader } from "./log-header.js";

const cases = ["lenient-index", "valid"];
const header = logHeader(cases);
const label = (version: string) => `@x/sdk@${version} · client`;
// The type was renamed in 0.12.0: the same wire family, so the same behaviour.
const implementation = (version: string) => ({
  type: "implementation",
  implementation: label(version),
  command: label(version),
  description: {
    name: "@x/sdk",
    language: "typescript",
    version,
    entry: { name: "client", kind: "client", calls: "send" },
    capabilities: { operations: ["decode"], shapes: { ImageGenToolCall: version < "0.12.0" ? "SeedCall" : "Call" } },
    profile: { unknown_fields: "drop", null_vs_absent: "collapsed", enums: "open", key_casing: "native", numbers: "double" },
  },
  planned: 2,
});
const result = (version: string, id: string, passed: boolean) => ({
  type: "result",
  implementation: label(version),
  case: id,
  check: "decode",
  shape: "ImageGenToolCall",
  level: "required",
  expect: id === "valid" ? "accept" : "reject",
  tests: [id === "valid" ? "ImageGenToolCall/*" : "ImageGenToolCall/output_index/integer"],
  ...(passed
    ? { kind: "passed", reason: "rejected" }
    : { kind: "failed", reason: "accepted a value that breaks it", unenforced: ["ImageGenToolCall/output_index/integer"], behaved: "accept", input: "{}" }),
});

/** Four releases: lenient with a float index up to 0.11.2, enforcing from 0.12.0; 0.0.1 could not be installed. */
function log(): string {
  const path = join(mkdtempSync(join(tmpdir(), "timeline-")), "run.jsonl");
  const versions = ["0.10.2", "0.11.2", "0.12.0", "0.12.5"];
  const records = [
    header,
    { type: "implementation", implementation: label("0.0.1"), unavailable: "cannot install @x/sdk 0.0.1 from npm: npm error 404" },
    ...versions.map(implementation),
    ...versions.flatMap((version) => [result(version, "lenient-index", version >= "0.12.0"), result(version, "valid", true)]),
    { type: "footer", finished: "2026-01-01T00:00:01.000Z", interrupted: false },
  ];
  writeFileSync(path, `${records.map((record) => JSON.stringify(record)).join("\n")}\n`);
  return path;
}

describe("the release timeline", () => {
  it("names each rule change at the first release that shows it, across a renamed type", async () => {
    const data = await collectReport([log()]);
    const [timeline] = releaseTimelines(data);
    expect(timeline?.releases).toEqual(["0.0.1", "0.10.2", "0.11.2", "0.12.0", "0.12.5"]);
    expect(timeline?.measured).toBe(4);
    expect(timeline?.changes).toEqual([
      {
        rule: "output_index/integer",
        families: ["image_generation_call item"],
        entries: ["client"],
        runs: [
          { class: "lenient", first: "0.10.2", last: "0.11.2" },
          { class: "enforces", first: "0.12.0", last: "0.12.5" },
        ],
      },
    ]);
    expect(timeline?.unmeasured).toEqual(["@x/sdk@0.0.1 · client: unavailable: cannot install @x/sdk 0.0.1 from npm: npm error 404"]);
    expect(timelineLines(data)).toEqual([
      "@x/sdk, 5 releases (0.0.1 … 0.12.5): 1 behaviours changed between the 4 measured",
      "  output_index/integer (image_generation_call item; client): ~ lenient 0.10.2–0.11.2 → ✓ enforces from 0.12.0",
      "  not measured whole (1):",
      "    @x/sdk@0.0.1 · client: unavailable: cannot install @x/sdk 0.0.1 from npm: npm error 404",
    ]);
  });

  it("is in summary.md and report.html", async () => {
    const data = await collectReport([log()]);
    expect(renderMarkdown(data)).toContain("- output_index/integer (image_generation_call item; client): ~ lenient 0.10.2–0.11.2 → ✓ enforces from 0.12.0");
    expect(renderHtml(data)).toMatch(/<section id="timeline">[\s\S]*~ lenient 0\.10\.2–0\.11\.2 → ✓ enforces from 0\.12\.0/);
  });
});
