import { type Dimension, lenient } from "@imagegen-conformance/runner";
import type { ImplementationReport } from "../read/report-data.js";
import { cellText } from "./cell-text.js";

const dimensions = Object.keys(lenient) as Dimension[];

/** Declared and measured profile per entry: "drop · measured drop (2)"; a dimension no case exercised says "not measured". */
export function profileTable(implementations: readonly ImplementationReport[], heading = "##"): string[] {
  const described = implementations.filter((implementation) => implementation.record.description);
  if (described.length === 0) return [];
  const lines = [
    "",
    `${heading} Profiles: declared · measured (cases)`,
    "",
    `| entry | ${dimensions.join(" | ")} |`,
    `|---|${dimensions.map(() => "---").join("|")}|`,
  ];
  for (const implementation of described) {
    const cells = dimensions.map((dimension) => {
      const declared = implementation.record.description?.profile[dimension];
      const measured = implementation.measured?.[dimension];
      const counts = measured
        ? Object.entries(measured.counts)
            .map(([value, count]) => `${value} ${count}`)
            .join(", ")
        : "";
      return `${declared} · ${measured ? `measured ${measured.value} (${counts})` : "not measured"}`;
    });
    lines.push(`| ${cellText(implementation.label)} | ${cells.map(cellText).join(" | ")} |`);
  }
  return lines;
}
