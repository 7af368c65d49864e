import { table } from "../../cli/table.js";

/** What one listing shows: its text for a person, and the same as data for `--format json`. */
export interface Listing {
  text: string;
  data: unknown;
}

/** A table's rows as objects keyed by its columns, lower-case: what `--format json` gives for a table. */
export const tableListing = (columns: string[], rows: string[][], notes = ""): Listing => ({
  text: `${table([columns, ...rows])}${notes}`,
  data: rows.map((row) => Object.fromEntries(columns.map((column, index) => [column.toLowerCase().replaceAll(" ", "_"), row[index] ?? ""]))),
});
