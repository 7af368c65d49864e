import type { ReportData } from "../../read/report-data.js";
import { releaseTimelines } from "../../view/release-timeline.js";
import { runsText } from "../../view/timeline-text.js";
import { escapeXml } from "../escape-xml.js";

/** Per SDK run at several releases, which release changed which behaviour: the sweep's question, beside its charts. */
export function timelineSection(data: ReportData): string {
  const timelines = releaseTimelines(data);
  if (timelines.length === 0) return "";
  const blocks = timelines.map((timeline) => {
    const rows = timeline.changes.map(
      (change) =>
        `<tr><td><code>${escapeXml(change.rule)}</code></td><td>${escapeXml(change.families.join(", "))}</td><td>${escapeXml(change.entries.join(", "))}</td><td>${escapeXml(runsText(change.runs))}</td></tr>`,
    );
    const unmeasured = timeline.unmeasured.map((line) => `<li>${escapeXml(line)}</li>`).join("");
    return `<h3>${escapeXml(timeline.sdk)}: ${timeline.releases.length} releases, ${timeline.measured} measured, ${timeline.changes.length} behaviours changed</h3>
${rows.length > 0 ? `<table class="timeline"><thead><tr><th>rule</th><th>families</th><th>entries</th><th>class, release by release</th></tr></thead><tbody>${rows.join("")}</tbody></table>` : "<p>No behaviour changed between these releases.</p>"}
${unmeasured ? `<details><summary>Not measured whole: ${timeline.unmeasured.length}</summary><ul>${unmeasured}</ul></details>` : ""}`;
  });
  return `<section id="timeline"><h2>What changed between releases</h2>
<p>A change is between two releases in which the same entry point measured the rule; a release that did not test it (its shape not yet declared) changes nothing.</p>
${blocks.join("\n")}</section>`;
}
