import { behaviourClasses, classInfo, classLabel } from "@imagegen-conformance/runner";
import type { ReportData } from "../../read/report-data.js";
import { type VersionPoint, versionTrend } from "../../view/version-trend.js";
import { escapeXml } from "../escape-xml.js";
import { classColours } from "./class-colours.js";
import type { EntryColumn } from "./entry-columns.js";

const plot = { height: 110, top: 16, bottom: 20, left: 26, right: 6, bar: 34, gap: 16 };

/**
 * A small stacked bar chart per SDK of its gating behaviours by class, one bar per version in version order,
 * summed over the version's entries as versionTrend sums them for the console and summary.md. Each chart has its
 * own scale, so one SDK's many leniencies do not flatten another's regression; the totals table compares SDKs.
 * Every segment has a title and, where it is tall enough, its symbol and count; the caption says it all again in
 * words, with the entries (numbered as the matrix columns) each version sums.
 */
export function versionCharts(data: ReportData, columns: readonly EntryColumn[]): string {
  const trend = [...versionTrend(data)];
  if (trend.length === 0) return "";
  const numbers = new Map(columns.map((column) => [column.label, column.number]));
  const figures = trend.map(([sdk, points]) => chart(sdk, points, numbers));
  return `<section id="charts"><h2>Gating behaviours by SDK version</h2>
<p>Per SDK, one bar per version in the run, oldest first, stacking the gating behaviours of the version's entries by class, most severe at the bottom. An entry's behaviours are its own, so a rule that gates in a version's client and in its helper counts twice. Each chart has its own scale: compare SDKs in the totals above.</p>
<div class="figures">${figures.join("\n")}</div></section>`;
}

function chart(sdk: string, points: readonly VersionPoint[], numbers: ReadonlyMap<string, number>): string {
  const max = Math.max(1, ...points.map((point) => point.total));
  const scale = plot.height / max;
  const baseline = plot.top + plot.height;
  const width = plot.left + points.length * (plot.bar + plot.gap) - plot.gap + plot.right + 8;
  const height = baseline + plot.bottom;
  const bars = points.map((point, index) => bar(sdk, point, plot.left + 4 + index * (plot.bar + plot.gap), baseline, scale));
  const axis = [
    `<line x1="${plot.left}" y1="${baseline}" x2="${width - plot.right}" y2="${baseline}" stroke="#57606a"/>`,
    `<line x1="${plot.left}" y1="${plot.top}" x2="${plot.left}" y2="${baseline}" stroke="#d0d7de"/>`,
    `<text x="${plot.left - 3}" y="${plot.top + 4}" text-anchor="end">${max}</text>`,
    `<text x="${plot.left - 3}" y="${baseline}" text-anchor="end">0</text>`,
  ];
  const summary = `${sdk}: gating behaviours by class, per version`;
  const entries = (point: VersionPoint) => point.entries.map((label) => numbers.get(label) ?? label).join(", ");
  const caption = points.map(
    (point) =>
      `<li>${escapeXml(point.version)}, ${point.entries.length === 1 ? "entry" : "entries"} ${escapeXml(entries(point))}: ${escapeXml(describe(point))}</li>`,
  );
  return `<figure><svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-label="${escapeXml(summary)}"><title>${escapeXml(summary)}</title>${axis.join("")}${bars.join("")}</svg>
<figcaption><b>${escapeXml(sdk)}</b><ul>${caption.join("")}</ul></figcaption></figure>`;
}

function bar(sdk: string, point: VersionPoint, x: number, baseline: number, scale: number): string {
  const shapes: string[] = [];
  const middle = x + plot.bar / 2;
  let y = baseline;
  for (const type of behaviourClasses) {
    const count = point.gating[type];
    if (count === 0) continue;
    const height = count * scale;
    y -= height;
    const title = `${sdk}@${point.version}: ${classLabel(type)} ${count}`;
    shapes.push(
      `<rect x="${x}" y="${round(y)}" width="${plot.bar}" height="${round(height)}" fill="${classColours[type]}" stroke="#fff"><title>${escapeXml(title)}</title></rect>`,
    );
    if (height >= 12)
      shapes.push(`<text x="${middle}" y="${round(y + height / 2 + 3.5)}" text-anchor="middle">${escapeXml(`${classInfo[type].symbol} ${count}`)}</text>`);
  }
  shapes.push(`<text x="${middle}" y="${round(y - 3)}" text-anchor="middle" font-weight="600">${point.total}</text>`);
  shapes.push(`<text x="${middle}" y="${baseline + 13}" text-anchor="middle">${escapeXml(point.version)}</text>`);
  return `<g><title>${escapeXml(`${sdk}@${point.version}: ${describe(point)}`)}</title>${shapes.join("")}</g>`;
}

/** A bar in words: "12 gating (⊘ rejects valid 5, ✂ loses data 7)" or "none gating". */
function describe(point: VersionPoint): string {
  // A count that rests on less than the whole version says so: a short bar must not read as a fix.
  const short = point.short.length > 0 ? `; not whole: ${point.short.join("; ")}` : "";
  if (point.total === 0) return `none gating${short}`;
  const parts = behaviourClasses.filter((type) => point.gating[type] > 0).map((type) => `${classLabel(type)} ${point.gating[type]}`);
  return `${point.total} gating (${parts.join(", ")})${short}`;
}

const round = (value: number) => Math.round(value * 10) / 10;
