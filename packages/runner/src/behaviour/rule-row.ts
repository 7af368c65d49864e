import { findShape } from "@imagegen-conformance/core";
import type { RuleRow } from "./behaviour.js";

/** The family of a record's shape: a catalogue shape's, "stream" for streams, "JSON text" for what is not a shape. */
export const familyOf = (shape: string): string => findShape(shape)?.family ?? shape;

/** Where one tested rule sits in the matrix: a shape's rule goes to its family, without the shape's name. */
export function ruleRow(tested: string, shape: string): RuleRow & { shape: string } {
  const slash = tested.indexOf("/");
  const owner = slash > 0 ? findShape(tested.slice(0, slash)) : undefined;
  if (owner) return { family: owner.family, rule: tested.slice(slash + 1), shape: owner.name };
  // "stream/*": a fuzzed stream's valid values in general.
  if (slash > 0 && tested.slice(0, slash) === shape) return { family: familyOf(shape), rule: tested.slice(slash + 1), shape };
  return { family: familyOf(shape), rule: tested, shape };
}
