import { safeName } from "@imagegen-conformance/runner";
import type { ReportData } from "../read/report-data.js";
import { passRate, verdictOf } from "./verdict.js";

/** A shields.io endpoint badge per implementation (https://shields.io/badges/endpoint-badge), by file name. */
export function renderBadges(data: ReportData): Map<string, string> {
  return new Map(
    data.implementations.map((implementation) => {
      const { passed, ran } = passRate(implementation.counts);
      const verdict = verdictOf(implementation);
      const color = verdict.startsWith("unavailable")
        ? "lightgrey"
        : verdict === "conformant"
          ? "brightgreen"
          : passed / Math.max(ran, 1) >= 0.9
            ? "yellow"
            : "red";
      const message = verdict.startsWith("unavailable") ? "unavailable" : `${passed}/${ran} passed`;
      return [`${safeName(implementation.label)}.json`, `${JSON.stringify({ schemaVersion: 1, label: implementation.label, message, color })}\n`];
    }),
  );
}
