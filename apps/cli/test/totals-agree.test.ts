import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { behaviourClasses, classInfo } from "@imagegen-conformance/runner";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

interface Totals {
  behaviours: number[];
  gating: number;
  harness: number;
  passed: number;
  ran: number;
  corpus: number;
  fuzz: number;
}

const numbers = (text: string) => text.trim().split(/\s+/).map(Number);
// "178/234 passed (632 + 2)": the results part of a totals row, the same words everywhere.
const results = (text: string) => {
  const [, passed, ran, corpus, fuzz] = /(\d+)\/(\d+) passed \((\d+) \+ (\d+)\)/.exec(text) ?? [];
  return { passed: Number(passed), ran: Number(ran), corpus: Number(corpus), fuzz: Number(fuzz) };
};

describe("one set of counts: the console, summary.md, summary.json, JUnit and the HTML agree", () => {
  const directory = mkdtempSync(join(tmpdir(), "totals-"));
  let stdout = "";
  let summary: {
    implementations: {
      label: string;
      results: Omit<Totals, "behaviours" | "gating" | "harness"> & { failed: number };
      behaviours: Record<string, number>;
      gating: number;
      harnessProblems: number;
    }[];
  };

  beforeAll(() => {
    // One SDK that fuzzing finds disagreements in, so the counts have corpus and fuzz parts.
    const run = runCli(["matrix", "--sdk", "openai-ts@7.59.0/client", "--fuzz-runs", "60", "--report-dir", directory]);
    expect(run.stderr).not.toMatch(/Error:/);
    stdout = run.stdout;
    summary = JSON.parse(readFileSync(join(directory, "summary.json"), "utf8"));
  }, 600_000);

  it("has corpus and fuzz results to count", () => {
    const sdk = summary.implementations.find((implementation) => implementation.label.startsWith("openai@"));
    expect(sdk?.results.corpus).toBeGreaterThan(500);
    expect(sdk?.results.fuzz).toBeGreaterThan(0);
  });

  it("for every entry", () => {
    const markdown = readFileSync(join(directory, "summary.md"), "utf8");
    const junit = readFileSync(join(directory, "junit.xml"), "utf8");
    const html = readFileSync(join(directory, "report.html"), "utf8");
    for (const implementation of summary.implementations) {
      const expected: Totals = {
        behaviours: behaviourClasses.map((type) => implementation.behaviours[type] ?? -1),
        gating: implementation.gating,
        harness: implementation.harnessProblems,
        passed: implementation.results.passed,
        ran: implementation.results.ran,
        corpus: implementation.results.corpus,
        fuzz: implementation.results.fuzz,
      };
      // The console: "  1 <label>  <eight class counts>  <gating>  <passed>/<ran> passed (<corpus> + <fuzz>)  <verdict>".
      const line = stdout.split("\n").find((row) => row.includes(` ${implementation.label} `) && /passed \(\d+ \+ \d+\)/.test(row)) ?? "";
      const counts = numbers(line.slice(line.indexOf(implementation.label) + implementation.label.length, line.search(/\d+\/\d+ passed/)));
      expect({ behaviours: counts.slice(0, 8), gating: counts[8], harness: counts[9], ...results(line) }, `console: ${implementation.label}`).toEqual(expected);
      // summary.md: "| 1 | <label> | <eight counts> | <gating> | <results> | <verdict> |".
      const row = markdown.split("\n").find((text) => text.includes(`| ${implementation.label} |`) && /passed \(/.test(text)) ?? "";
      const cells = row.split("|").map((cell) => cell.trim());
      expect(
        { behaviours: cells.slice(3, 11).map(Number), gating: Number(cells[11]), harness: Number(cells[12]), ...results(row) },
        `summary.md: ${implementation.label}`,
      ).toEqual(expected);
      // JUnit: a test case per result, a failure or error per implementation failure (no baseline here).
      const suite = new RegExp(`<testsuite name="${implementation.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}" tests="(\\d+)"`).exec(junit);
      expect(Number(suite?.[1]), `junit: ${implementation.label}`).toBe(expected.corpus + expected.fuzz);
      // The HTML's totals table carries the same numbers, one cell each.
      const htmlRow = new RegExp(`<tr data-entry="${escapeHtml(implementation.label)}">(.*?)</tr>`).exec(html)?.[1] ?? "";
      const htmlCells = [...htmlRow.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((match) => match[1] ?? "");
      expect(
        { behaviours: htmlCells.slice(2, 10).map(Number), gating: Number(htmlCells[10]), harness: Number(htmlCells[11]), ...results(htmlCells[12] ?? "") },
        `report.html: ${implementation.label}`,
      ).toEqual(expected);
    }
  });

  it("labels every class with its symbol and word in the console legend", () => {
    for (const type of behaviourClasses) expect(stdout).toContain(`${classInfo[type].symbol} ${classInfo[type].word}`);
  });
});

const escapeHtml = (text: string) =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
