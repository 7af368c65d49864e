/** A generic size for shrinking laws: compared in order, nodes, code points, their sum, then each number's magnitude. */
export interface Complexity {
  nodes: number;
  codePoints: number;
  codePointSum: number;
  numbers: number[];
}

export function complexity(value: unknown): Complexity {
  const size: Complexity = { nodes: 0, codePoints: 0, codePointSum: 0, numbers: [] };
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    size.nodes++;
    if (typeof current === "string") {
      for (const character of current) {
        size.codePoints++;
        size.codePointSum += character.codePointAt(0) ?? 0;
      }
    } else if (typeof current === "number") size.numbers.push(Math.abs(current));
    else if (typeof current === "boolean") size.numbers.push(current ? 1 : 0);
    else if (current instanceof Uint8Array) size.numbers.push(current.length);
    else if (Array.isArray(current)) stack.push(...[...current].reverse());
    else if (typeof current === "object" && current !== null) for (const [key, member] of Object.entries(current).reverse()) stack.push(member, key);
  }
  return size;
}

/** -1, 0 or 1 as `left` is smaller than, as complex as, or larger than `right`. */
export function compareComplexity(left: unknown, right: unknown): number {
  const [a, b] = [complexity(left), complexity(right)];
  for (const key of ["nodes", "codePoints", "codePointSum"] as const) if (a[key] !== b[key]) return Math.sign(a[key] - b[key]);
  if (a.numbers.length !== b.numbers.length) return Math.sign(a.numbers.length - b.numbers.length);
  for (let index = 0; index < a.numbers.length; index++) {
    const [x, y] = [a.numbers[index] as number, b.numbers[index] as number];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** True when `left` is strictly smaller than `right` by `complexity`. */
export function isStrictlySmaller(left: unknown, right: unknown): boolean {
  return compareComplexity(left, right) < 0;
}
