import { findShape, type Shape } from "@imagegen-conformance/core";

export function resolveShape(shape: Shape | string): Shape {
  if (typeof shape !== "string") return shape;
  const found = findShape(shape);
  if (!found) throw new RangeError(`no shape named ${JSON.stringify(shape)} in the catalogue`);
  return found;
}
