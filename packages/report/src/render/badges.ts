import { safeName } from "@imagegen-conformance/runner";
import type { ReportData } from "../read/report-data.js";
import { passRate, verdictOf } from "./verdict.js";

/** A shields.io endpoint badge per implementation (https://shields.io/badges/endpoint-badge), by file name. Green only for a complete, conformant run. */
export function renderBadges(data: ReportData): Map<string, string> {
  return new Map(
    data.implementations.map((implementation) => {
      const { passed, ran } = passRate(implementation);
      const verdict = verdictOf(implementation);
      const unavailable = verdict.startsWith("unavailable");
      const color = unavailable
        ? "lightgrey"
        : verdict === "incomplete"
          ? "orange"
          : verdict === "conformant"
            ? "brightgreen"
            : passed / Math.max(ran, 1) >= 0.9
              ? "yellow"
              : "red";
      const message = unavailable ? "unavailable" : verdict === "incomplete" ? `incomplete: ${passed}/${ran} passed` : `${passed}/${ran} passed`;
      return [`${safeName(implementation.label)}.json`, `${JSON.stringify({ schemaVersion: 1, label: implementation.label, message, color })}\n`];
    }),
  );
}
