/** Where two JSON values first differ: the reference tokens down to it, and what each holds there (undefined: absent). */
export interface JsonDifference {
  tokens: string[];
  left: unknown;
  right: unknown;
}

/** A step down from the root, linked to its parent so a pending pair costs one node, whatever its depth. */
interface Step {
  token: string;
  parent: Step | undefined;
}

const tokensOf = (step: Step | undefined): string[] => {
  const tokens: string[] = [];
  for (let at = step; at; at = at.parent) tokens.push(at.token);
  return tokens.reverse();
};

const numeric = (value: unknown): value is number | bigint => typeof value === "number" || typeof value === "bigint";

/** Whether two leaves are the same JSON value: -0 equals 0; a bigint equals the number with its digits. */
function sameLeaf(left: unknown, right: unknown): boolean {
  if (typeof left === "bigint" || typeof right === "bigint") return numeric(left) && numeric(right) && String(left) === String(right);
  return left === right;
}

/**
 * The first place two values differ (key order is irrelevant), or undefined when they
 * are the same JSON value. Iterative: depth is bounded by memory, not the stack.
 */
export function jsonDifference(left: unknown, right: unknown): JsonDifference | undefined {
  const pending: { left: unknown; right: unknown; at: Step | undefined }[] = [{ left, right, at: undefined }];
  const differ = (at: Step | undefined, one: unknown, other: unknown): JsonDifference => ({ tokens: tokensOf(at), left: one, right: other });
  while (pending.length > 0) {
    const { left: one, right: other, at } = pending.pop() as (typeof pending)[number];
    if (one === other) continue;
    if (typeof one !== "object" || typeof other !== "object" || one === null || other === null) {
      if (!sameLeaf(one, other)) return differ(at, one, other);
      continue;
    }
    if (Array.isArray(one) !== Array.isArray(other)) return differ(at, one, other);
    if (Array.isArray(one) && Array.isArray(other)) {
      if (one.length !== other.length) return differ(at, one, other);
      for (let index = one.length - 1; index >= 0; index--) pending.push({ left: one[index], right: other[index], at: { token: String(index), parent: at } });
      continue;
    }
    const [ones, others] = [one as Record<string, unknown>, other as Record<string, unknown>];
    const keys = Object.keys(ones);
    const missing = keys.find((key) => !Object.hasOwn(others, key));
    if (missing !== undefined) return differ({ token: missing, parent: at }, ones[missing], undefined);
    if (Object.keys(others).length !== keys.length) {
      const added = Object.keys(others).find((key) => !Object.hasOwn(ones, key)) as string;
      return differ({ token: added, parent: at }, undefined, others[added]);
    }
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index] as string;
      pending.push({ left: ones[key], right: others[key], at: { token: key, parent: at } });
    }
  }
  return undefined;
}

/** Semantic JSON equality: key order is irrelevant; -0 equals 0; a bigint equals the number with its digits. */
export function sameJson(left: unknown, right: unknown): boolean {
  return jsonDifference(left, right) === undefined;
}

/** The same number once both are read as doubles: what a profile with `numbers: "double"` allows. */
export function sameAsDoubles(left: unknown, right: unknown): boolean {
  return numeric(left) && numeric(right) && Number(left) === Number(right);
}
