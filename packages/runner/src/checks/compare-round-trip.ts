import { isJsonObject, type ObjectShape, type Profile, previewJson, type Shape } from "@imagegen-conformance/core";
import type { Fidelity } from "../outcome/outcome.js";
import { type Observed, observe } from "../profile/observed.js";
import { jsonDifference, sameAsDoubles } from "./same-json.js";
import { shownPointer } from "./shown-pointer.js";

/** One way the value that came back differs from the one that went in. */
export interface Difference {
  /** Where, as a JSON Pointer (a deep one shortened to its ends). */
  path: string;
  detail: string;
  /** The profile setting that allows it, if one does. */
  allowedBy?: string;
}

export interface RoundTrip {
  fidelity: Fidelity;
  differences: Difference[];
  /** What the input exercised of the profile, and what the SDK did with it: the measured profile's evidence. */
  observed?: Observed;
}

type Fields = ObjectShape["fields"];
const fieldsOf = (shape: Shape): Fields | undefined => (shape as Partial<ObjectShape>).fields;

/**
 * Judges a round trip under a declared profile: exact (the same JSON value),
 * allowed (every difference is one the profile declares), or violating.
 */
export function compareRoundTrip(shape: Shape, input: unknown, output: unknown, profile: Profile): RoundTrip {
  const differences: Difference[] = [];
  const observed: Observed = {};
  walk(shape, input, output, [], profile, differences, observed);
  const fidelity = differences.length === 0 ? "exact" : differences.every((difference) => difference.allowedBy) ? "allowed" : "violating";
  return { fidelity, differences, ...(Object.keys(observed).length > 0 ? { observed } : {}) };
}

/** Outside the documented fields, the first place the values differ, found without recursion whatever their depth. */
function leaf(input: unknown, output: unknown, path: readonly string[], profile: Profile, differences: Difference[], observed: Observed): void {
  const difference = jsonDifference(input, output);
  // Only a number a double cannot hold tells exact from double apart.
  if (typeof input === "bigint") observe(observed, "numbers", difference && sameAsDoubles(input, output) ? "double" : "exact");
  if (!difference) return;
  if (profile.numbers === "double" && sameAsDoubles(input, output)) {
    differences.push({ path: shownPointer(path), detail: `${String(input)} came back as ${String(output)}`, allowedBy: "numbers: double" });
    return;
  }
  const { left, right } = difference;
  const detail =
    left === undefined
      ? `a key that was not sent came back: ${previewJson(right)}`
      : right === undefined
        ? `the key was dropped (it held ${previewJson(left)})`
        : `${previewJson(left)} came back as ${previewJson(right)}`;
  differences.push({ path: shownPointer([...path, ...difference.tokens]), detail });
}

// Recursion here follows the documented shapes only, never the values: its depth is the catalogue's.
function walk(
  shape: Shape | undefined,
  input: unknown,
  output: unknown,
  path: readonly string[],
  profile: Profile,
  differences: Difference[],
  observed: Observed,
): void {
  const fields = shape ? fieldsOf(shape) : undefined;
  if (!fields || !isJsonObject(input) || !isJsonObject(output)) {
    leaf(input, output, path, profile, differences, observed);
    return;
  }
  // Keys of the output that the input lacks are visited too; pointers are built only for differences.
  const keys = Object.keys(input);
  for (const key of Object.keys(output)) if (!Object.hasOwn(input, key)) keys.push(key);
  for (const key of keys) {
    const field = (shape as ObjectShape).fieldNamed(key, "wire");
    const [had, has] = [Object.hasOwn(input, key), Object.hasOwn(output, key)];
    const [before, after] = [input[key], output[key]];
    if (had && has) {
      if (!field) observe(observed, "unknown_fields", "preserve");
      else if (before === null) observe(observed, "null_vs_absent", after === null ? "distinct" : undefined);
      const nested = field?.nested;
      if (nested) walk(nested, before, after, [...path, key], profile, differences, observed);
      else leaf(before, after, [...path, key], profile, differences, observed);
      continue;
    }
    if (had && !field) observe(observed, "unknown_fields", "drop");
    else if ((had && before === null) || (!had && field && after === null)) observe(observed, "null_vs_absent", "collapsed");
    const at = shownPointer([...path, key]);
    if (had) {
      if (!field)
        differences.push({
          path: at,
          detail: "an unknown field was dropped",
          ...(profile.unknown_fields === "drop" ? { allowedBy: "unknown_fields: drop" } : {}),
        });
      else if (before === null)
        differences.push({
          path: at,
          detail: "null came back absent",
          ...(profile.null_vs_absent === "collapsed" ? { allowedBy: "null_vs_absent: collapsed" } : {}),
        });
      else differences.push({ path: at, detail: `the field was dropped (it held ${previewJson(before)})` });
    } else if (field && after === null)
      differences.push({
        path: at,
        detail: "an absent field came back as null",
        ...(profile.null_vs_absent === "collapsed" ? { allowedBy: "null_vs_absent: collapsed" } : {}),
      });
    else differences.push({ path: at, detail: `a field that was not sent came back: ${previewJson(after)}` });
  }
}
