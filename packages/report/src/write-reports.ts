import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type CollectOptions, collectReport } from "./read/collect-report.js";
import type { ReportData } from "./read/report-data.js";
import { renderBadges } from "./render/badges.js";
import { renderHtml } from "./render/html.js";
import { renderJsonSummary } from "./render/json-summary.js";
import { type KnownFailure, renderJunit } from "./render/junit.js";
import { renderMarkdown } from "./render/markdown.js";

/** The report files, by path relative to the report directory; with a baseline's expected failures, JUnit skips those. */
export function renderReports(data: ReportData, knownFailure?: KnownFailure): Map<string, string> {
  const files = new Map<string, string>([
    ["junit.xml", renderJunit(data, knownFailure)],
    ["summary.md", renderMarkdown(data)],
    ["summary.json", renderJsonSummary(data)],
    ["report.html", renderHtml(data)],
  ]);
  for (const [name, badge] of renderBadges(data)) files.set(`badges/${name}`, badge);
  return files;
}

/** Writes every report of collected data into a directory; with a baseline's expected failures, JUnit skips those. */
export function writeReportFiles(directory: string, data: ReportData, knownFailure?: KnownFailure): void {
  // Badges are one file per implementation: an earlier run's, of an implementation this one lacks, would be published as current.
  rmSync(join(directory, "badges"), { recursive: true, force: true });
  for (const [name, content] of renderReports(data, knownFailure)) {
    mkdirSync(join(directory, name, ".."), { recursive: true });
    writeFileSync(join(directory, name), content);
  }
}

/** Renders every report from run logs (one, or one per shard) into a directory. */
export async function writeReports(logs: readonly string[], directory: string, options: CollectOptions = {}): Promise<ReportData> {
  const data = await collectReport(logs, options);
  writeReportFiles(directory, data);
  return data;
}
