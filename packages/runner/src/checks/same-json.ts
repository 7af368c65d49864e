/** Semantic JSON equality: key order is irrelevant; -0 equals 0; a bigint equals the number with its digits. */
export function sameJson(left: unknown, right: unknown): boolean {
  if (typeof left === "bigint" || typeof right === "bigint")
    return (typeof left === "bigint" || typeof left === "number") && (typeof right === "bigint" || typeof right === "number") && String(left) === String(right);
  if (typeof left === "number" && typeof right === "number") return left === right;
  if (left === null || right === null || typeof left !== "object" || typeof right !== "object") return left === right;
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  if (Array.isArray(left) && Array.isArray(right)) return left.length === right.length && left.every((item, index) => sameJson(item, right[index]));
  const leftKeys = Object.keys(left);
  if (leftKeys.length !== Object.keys(right).length) return false;
  return leftKeys.every((key) => Object.hasOwn(right, key) && sameJson((left as Record<string, unknown>)[key], (right as Record<string, unknown>)[key]));
}

/** The same number once both are read as doubles: what a profile with `numbers: "double"` allows. */
export function sameAsDoubles(left: unknown, right: unknown): boolean {
  return (typeof left === "bigint" || typeof left === "number") && (typeof right === "bigint" || typeof right === "number") && Number(left) === Number(right);
}
