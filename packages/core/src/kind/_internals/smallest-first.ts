/**
 * Constants ordered so that fast-check's `constantFrom`, which shrinks toward the
 * first, shrinks toward a smaller value: shorter strings, then smaller code points;
 * numbers nearer zero.
 */
export function smallestFirst<T extends string | number>(values: readonly T[]): T[] {
  const weight = (value: T): [number, number] =>
    typeof value === "number"
      ? [Math.abs(value), 0]
      : [[...String(value)].length, [...String(value)].reduce((sum, character) => sum + (character.codePointAt(0) ?? 0), 0)];
  return [...new Set(values)].sort((left, right) => {
    const [a, b] = [weight(left), weight(right)];
    return a[0] - b[0] || a[1] - b[1];
  });
}
