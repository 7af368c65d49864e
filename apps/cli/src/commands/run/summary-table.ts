import { type ImplementationSummary, outcomeKinds } from "@imagegen-conformance/runner";
import { table } from "../../cli/table.js";

/** The closing table: one row per implementation, a column per outcome, and the verdict; table() makes the harness-supplied labels and reasons safe to print. */
export function summaryTable(implementations: readonly ImplementationSummary[]): string {
  const header = ["IMPLEMENTATION", ...outcomeKinds.map((kind) => kind.toUpperCase()), "VERDICT"];
  const rows = implementations.map((implementation) => [
    implementation.label,
    ...outcomeKinds.map((kind) => (implementation.unavailable ? "-" : String(implementation.counts[kind]))),
    implementation.unavailable
      ? `unavailable: ${implementation.unavailable}`
      : implementation.incomplete
        ? "incomplete"
        : implementation.conformant
          ? "conformant"
          : "not conformant",
  ]);
  return table([header, ...rows]);
}
