/** JSON text of a value that may hold bigints (from `parseJsonText(…, { bigIntegers: true })`), writing their digits exactly. */
export function stringifyExact(value: unknown): string {
  return JSON.stringify(value, (_key, member) => (typeof member === "bigint" ? `\u0000bigint:${member}\u0000` : member)).replace(
    /"\\u0000bigint:(-?\d+)\\u0000"/g,
    "$1",
  );
}
