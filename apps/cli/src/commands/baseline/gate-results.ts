import { existsSync, readFileSync } from "node:fs";
import { type GateResult, parseBaseline } from "@imagegen-conformance/gate";
import { readRunLog } from "@imagegen-conformance/report";

/** Every result of run logs, as gating sees them. */
export async function gateResults(logs: readonly string[]): Promise<GateResult[]> {
  const results: GateResult[] = [];
  for (const log of logs) {
    for await (const record of readRunLog(log)) {
      if (record.type === "result")
        results.push({
          implementation: record.implementation,
          key: record.check === "encode" ? `${record.case}@encode` : record.case,
          kind: record.kind,
          reason: record.reason,
        });
    }
  }
  return results;
}

/** A baseline file's text and parsed form; a missing file is an empty baseline. */
export function loadBaseline(path: string) {
  const text = existsSync(path) ? readFileSync(path, "utf8") : "";
  return { text, baseline: parseBaseline(text, path) };
}

export const today = () => new Date().toISOString().slice(0, 10);
