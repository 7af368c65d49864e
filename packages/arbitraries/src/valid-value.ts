import type { Form, JsonValue, Shape } from "@imagegen-conformance/core";
import type fc from "fast-check";
import { resolveShape } from "./_internals/resolve-shape.js";
import { arbitraryScope } from "./_internals/scope.js";

export interface ValidValueConstraints {
  /** Keys as the wire has them (default), or as an SDK holds them. */
  form?: Form;
  /** Realistic ids and images mixed with edge values (default), or only what the kinds generate. */
  realistic?: boolean;
}

/**
 * Values of a documented shape that are valid under every reading of every
 * finding: the ones every implementation must accept.
 */
export function validValue(shape: Shape | string, constraints: ValidValueConstraints = {}): fc.Arbitrary<JsonValue> {
  return resolveShape(shape).arbitrary(arbitraryScope(constraints.form ?? "wire", constraints.realistic ?? true));
}
