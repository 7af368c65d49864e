import type { ReportData } from "../read/report-data.js";
import { sdkBehaviours } from "./reference.js";

/** One entry as a column of the behaviour matrix: numbered, so narrow tables can name it by number. */
export interface Column {
  number: number;
  label: string;
  /** The SDK package it belongs to: a table split for width keeps one package's entries together. */
  sdk: string;
}

/** Every SDK entry that showed a behaviour, in report order, numbered from 1. */
export function columnsOf(data: ReportData): Column[] {
  const shown = new Set(sdkBehaviours(data).map((behaviour) => behaviour.entry));
  return data.implementations
    .filter((implementation) => shown.has(implementation.label))
    .map((implementation, index) => ({
      number: index + 1,
      label: implementation.label,
      sdk: implementation.record.description?.name ?? implementation.label,
    }));
}

/**
 * Columns in groups of at most `max`, never splitting one SDK's entries unless it alone is wider:
 * eight cells of a symbol and a word fit GitHub's width, sixteen do not.
 */
export function columnGroups(columns: readonly Column[], max = 8): Column[][] {
  const groups: Column[][] = [];
  let group: Column[] = [];
  for (let start = 0; start < columns.length; ) {
    let end = start + 1;
    while (end < columns.length && columns[end]?.sdk === columns[start]?.sdk) end++;
    const sdk = columns.slice(start, end);
    if (group.length > 0 && group.length + sdk.length > max) {
      groups.push(group);
      group = [];
    }
    for (const column of sdk) {
      if (group.length === max) {
        groups.push(group);
        group = [];
      }
      group.push(column);
    }
    start = end;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
