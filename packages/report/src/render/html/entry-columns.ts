import type { ReportData } from "../../read/report-data.js";
import { type Column, columnsOf } from "../../view/columns.js";

/** A matrix column with the parts of its label a narrow header shows: its SDK's version and the entry within it. */
export interface EntryColumn extends Column {
  version: string;
  entry: string;
}

/** The behaviour matrix's columns (columnsOf), each with its version and entry name from its hello. */
export function entryColumns(data: ReportData): EntryColumn[] {
  const byLabel = new Map(data.implementations.map((implementation) => [implementation.label, implementation.record.description]));
  return columnsOf(data).map((column) => {
    const description = byLabel.get(column.label);
    return { ...column, version: description?.version ?? "", entry: description?.entry.name ?? column.label };
  });
}

/** Neighbouring columns of one SDK, for a header cell spanning them. */
export function sdkGroups(columns: readonly EntryColumn[]): EntryColumn[][] {
  const groups: EntryColumn[][] = [];
  for (const column of columns) {
    const last = groups.at(-1);
    if (last && last[0]?.sdk === column.sdk) last.push(column);
    else groups.push([column]);
  }
  return groups;
}
