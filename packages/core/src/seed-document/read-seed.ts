import { readdirSync, readFileSync } from "node:fs";

/** One row of a seed's Fields table, as written. */
export interface SeedRow {
  field: string;
  type: string;
  required: boolean;
}

export interface SeedDocument {
  file: string;
  title: string;
  rows: SeedRow[];
  /** The example's object literal turned into JSON text, if the page has one. */
  example?: string;
}

// The five SDK documentation pages the catalogue was started from, shipped with the package.
const directory = new URL("../../seeds/", import.meta.url);

/** The seed pages, by file name, in seed order. */
export function seedFiles(): string[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith(".txt"))
    .sort();
}

/** Reads a seed page: its title, Fields table and TypeScript example. */
export function readSeed(file: string): SeedDocument {
  const text = readFileSync(new URL(file, directory), "utf8");
  const title = /^# (\S+)/m.exec(text)?.[1] ?? "";
  const rows = [...text.matchAll(/^\|\s*`(\w+)`\s*\|\s*(.+?)\s*\|\s*(:heavy_check_mark:|:heavy_minus_sign:)\s*\|/gm)].map((match) => ({
    field: match[1] ?? "",
    type: match[2] ?? "",
    required: match[3] === ":heavy_check_mark:",
  }));
  const literal = /let value: \w+ = (\{[\s\S]*?\n\});/.exec(text)?.[1];
  // The examples are TypeScript object literals with bare keys and trailing commas.
  const example = literal?.replace(/^(\s*)(\w+):/gm, '$1"$2":').replace(/,(\s*\})/g, "$1");
  return example === undefined ? { file, title, rows } : { file, title, rows, example };
}
