import type { ProtocolResult } from "@imagegen-conformance/core";
import type { Request } from "../run/request.js";
import { excerpt } from "./excerpt.js";

/** The documented sizes a harness's results must keep within, in UTF-8 bytes. */
export interface ResultLimits {
  maxMessageBytes: number;
  maxOutputBytes: number;
}

/** UTF-8 size of `text`, counted only when it could be over `limit` (a UTF-16 unit is 1 to 3 bytes). */
const over = (text: string, limit: number): number | undefined => {
  if (text.length * 3 <= limit) return undefined;
  const bytes = Buffer.byteLength(text, "utf8");
  return bytes > limit ? bytes : undefined;
};

function oversize(result: ProtocolResult, limits: ResultLimits): string | undefined {
  const id = excerpt(result.id);
  const text = "message" in result ? result.message : "reason" in result ? result.reason : undefined;
  const textBytes = text === undefined ? undefined : over(text, limits.maxMessageBytes);
  if (textBytes !== undefined)
    return `the ${result.status} ${"reason" in result ? "reason" : "message"} of case ${id} is ${textBytes} bytes, over max_message_bytes (${limits.maxMessageBytes})`;
  const outputBytes = "output" in result && result.output !== undefined ? over(result.output, limits.maxOutputBytes) : undefined;
  if (outputBytes !== undefined) return `the output of case ${id} is ${outputBytes} bytes, over max_output_bytes (${limits.maxOutputBytes})`;
  const events = "events" in result ? (result.events ?? []) : [];
  for (const [index, event] of events.entries()) {
    const bytes = event.output === undefined ? undefined : over(event.output, limits.maxOutputBytes);
    if (bytes !== undefined) return `the output of event ${index} of case ${id} is ${bytes} bytes, over max_output_bytes (${limits.maxOutputBytes})`;
  }
  return undefined;
}

/**
 * Why the results of a run do not answer each case it asked exactly once, within the
 * limits; undefined when they do. Ids are compared as strings in a Set and Map, so
 * "__proto__" or "constructor" are ids like any other.
 */
export function resultsViolation(results: readonly ProtocolResult[], batch: readonly Request[], limits: ResultLimits): string | undefined {
  const asked = new Set(batch.map((request) => request.id));
  const counts = new Map<string, number>();
  const problems: string[] = [];
  for (const result of results) {
    if (!asked.has(result.id)) problems.push(`a result for case ${excerpt(result.id)}, which the run did not ask for`);
    else {
      counts.set(result.id, (counts.get(result.id) ?? 0) + 1);
      const size = oversize(result, limits);
      if (size) problems.push(size);
    }
  }
  for (const id of asked) {
    const count = counts.get(id) ?? 0;
    if (count !== 1) problems.push(count === 0 ? `no result for case ${excerpt(id)}` : `${count} results for case ${excerpt(id)}`);
  }
  if (problems.length === 0) return undefined;
  // A bounded reason, however many results were wrong.
  return problems.length > 3 ? `${problems.slice(0, 3).join("; ")}; and ${problems.length - 3} more` : problems.join("; ");
}
