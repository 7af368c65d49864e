import { findShape, type Shape, suggestShapes } from "@imagegen-conformance/core";
import { UsageError } from "./usage-error.js";

/** The shape a person named, or a usage error with a did-you-mean. */
export function resolveShape(name: string | undefined, command: string): Shape {
  if (name === undefined || name === "") throw new UsageError(`${command}: --shape <name> is required (see: imagegen-conformance list shapes)`);
  const shape = findShape(name);
  if (shape) return shape;
  const suggestions = suggestShapes(name);
  const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(" or ")}?` : " (see: imagegen-conformance list shapes)";
  throw new UsageError(`${command}: unknown shape ${JSON.stringify(name)}${hint}`);
}
