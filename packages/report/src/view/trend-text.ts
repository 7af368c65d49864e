import { behaviourClasses, classInfo } from "@imagegen-conformance/runner";
import type { ReportData } from "../read/report-data.js";
import { type VersionPoint, versionTrend } from "./version-trend.js";

const point = (at: VersionPoint) => {
  const classes = behaviourClasses.filter((type) => at.gating[type] > 0).map((type) => `${classInfo[type].symbol} ${at.gating[type]}`);
  // A count that rests on less than the whole version says so: a short count must not read as a fix.
  return `${at.version}: ${at.total}${classes.length > 0 ? ` (${classes.join(", ")})` : ""}${at.short.length > 0 ? ` [not whole: ${at.short.join("; ")}]` : ""}`;
};

/** One line per SDK run at several versions: its gating behaviours by class, oldest version first. */
export function trendLines(data: ReportData): string[] {
  return [...versionTrend(data)].filter(([, versions]) => versions.length > 1).map(([name, versions]) => `${name}: ${versions.map(point).join(" → ")}`);
}
