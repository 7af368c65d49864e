import { behaviourMatrix, type MatrixRow, type Section, sectionOf, sections } from "@imagegen-conformance/runner";
import type { ReportData } from "../read/report-data.js";
import { sdkBehaviours } from "./reference.js";

export const sectionTitles: Record<Section, string> = {
  breaks: "What breaks users' code",
  lenient: "Leniency and open enums",
  conforms: "What every entry gets right",
};

/** The matrix's rows in its three parts, in order: each part's rows as behaviourMatrix sorts them. */
export function matrixSections(data: ReportData): { section: Section; title: string; rows: MatrixRow[] }[] {
  const rows = behaviourMatrix(sdkBehaviours(data));
  return sections.map((section) => ({ section, title: sectionTitles[section], rows: rows.filter((row) => sectionOf(row) === section) }));
}

/** A rule as a reader names it: `*` is the shape's valid values in general. */
export const ruleText = (rule: string): string => (rule === "*" ? "valid values" : rule);
