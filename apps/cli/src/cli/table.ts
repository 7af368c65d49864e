import { terminalText } from "./terminal-text.js";

/** Rows as aligned columns, for terminal listings; cells may hold harness-supplied text, so each is made safe to print. */
export function table(rows: string[][]): string {
  const safe = rows.map((row) => row.map((cell) => terminalText(cell)));
  const widths = safe.reduce<number[]>((max, row) => row.map((cell, index) => Math.max(max[index] ?? 0, cell.length)), []);
  return safe.map((row) => row.map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] ?? 0))).join("  ")).join("\n") + "\n";
}
