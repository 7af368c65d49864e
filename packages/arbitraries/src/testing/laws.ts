import { findings, type JsonValue, type Readings, type Shape, validate } from "@imagegen-conformance/core";
import fc from "fast-check";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { resolveShape } from "../_internals/resolve-shape.js";
import type { LabelledValue } from "../labelled-value.js";
import { isStrictlySmaller } from "./complexity.js";

export interface LawOptions {
  numRuns?: number;
  seed?: number;
}

const runs = (options: LawOptions) => ({ numRuns: options.numRuns ?? 1000, ...(options.seed === undefined ? {} : { seed: options.seed }) });

/** Every finding's rejecting reading: under these, every disputed rule is enforced. */
export const strictReadings: Readings = Object.fromEntries(
  findings.flatMap((finding) => {
    const rejecting = finding.readings.find((reading) => reading.verdict === "reject");
    return finding.disputes.length > 0 && rejecting ? [[finding.id, rejecting.name]] : [];
  }),
);

/** Law: the same seed gives the same values. */
export function assertSameValueForSameSeed<T>(arbitrary: fc.Arbitrary<T>, options: LawOptions = {}): void {
  fc.assert(
    fc.property(fc.integer(), (seed) => {
      const first = fc.sample(arbitrary, { seed, numRuns: 3 });
      const second = fc.sample(arbitrary, { seed, numRuns: 3 });
      if (JSON.stringify(first, bytesReplacer) !== JSON.stringify(second, bytesReplacer)) throw new Error(`seed ${seed} gave different values`);
    }),
    { ...runs(options), numRuns: Math.max(1, Math.floor((options.numRuns ?? 1000) / 10)) },
  );
}

/** Law: a valid generator's values are valid under every reading of every finding. The shape first, as `validValue` takes it. */
export function assertValidValues(
  shape: Shape | string,
  arbitrary: fc.Arbitrary<JsonValue>,
  options: LawOptions & { form?: "wire" | "ts" | "go" | "python" } = {},
): void {
  const resolved = resolveShape(shape);
  fc.assert(
    fc.property(arbitrary, (value) => {
      const result = validate(resolved, value, { form: options.form ?? "wire", readings: strictReadings });
      if (!result.valid) throw new Error(`invalid value from a valid generator: ${result.errors.map((error) => `${error.rule} at ${error.path}`).join(", ")}`);
    }),
    runs(options),
  );
}

/** Law: an invalid generator's values break exactly the rules they are labelled with. The shape first, as `invalidValue` takes it. */
export function assertLabelledViolations(
  shape: Shape | string,
  arbitrary: fc.Arbitrary<LabelledValue>,
  options: LawOptions & { form?: "wire" | "ts" | "go" | "python" } = {},
): void {
  const resolved = resolveShape(shape);
  fc.assert(
    fc.property(arbitrary, ({ value, violates }) => {
      const result = validate(resolved, value, { form: options.form ?? "wire", readings: strictReadings });
      const reported = [...new Set(result.errors.map((error) => error.rule))].sort();
      const labelled = [...new Set(violates)].sort();
      if (result.valid || JSON.stringify(reported) !== JSON.stringify(labelled))
        throw new Error(`labelled ${labelled.join(", ")} but the validator reports ${reported.join(", ") || "nothing"}`);
    }),
    runs(options),
  );
}

/**
 * Law: every shrink of a generated value that differs from it is strictly smaller
 * (by `complexity`, or by the comparator given), so shrinking ends.
 */
export function assertShrinksToSmaller<T>(
  arbitrary: fc.Arbitrary<T>,
  options: LawOptions & { shrinksPerValue?: number; smaller?: (left: T, right: T) => boolean } = {},
): void {
  const smaller = options.smaller ?? isStrictlySmaller;
  fc.assert(
    fc.property(fc.integer(), fc.option(fc.integer({ min: 2, max: 1000 }), { nil: undefined }), (seed, biasFactor) => {
      const generated = arbitrary.generate(new fc.Random(xoroshiro128plus(seed)), biasFactor);
      const original = JSON.stringify(generated.value, sameJsonReplacer);
      for (const shrunk of arbitrary.shrink(generated.value, generated.context).take(options.shrinksPerValue ?? 10)) {
        // The same JSON in another key order is no shrink at all: `{ ...base, [key]: value }` moves `key` last once the base drops it.
        if (JSON.stringify(shrunk.value, sameJsonReplacer) === original) continue;
        if (!smaller(shrunk.value, generated.value))
          throw new Error(`shrink is not smaller: ${JSON.stringify(shrunk.value, bytesReplacer)} from ${JSON.stringify(generated.value, bytesReplacer)}`);
      }
    }),
    runs(options),
  );
}

function bytesReplacer(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? `bytes:${Buffer.from(value).toString("hex")}` : value;
}

/** Bytes as hex and object keys in one order, so equal JSON values print alike. */
function sameJsonReplacer(key: string, value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value) || value instanceof Uint8Array) return bytesReplacer(key, value);
  return Object.fromEntries(Object.entries(value).sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0)));
}
