import { catalogue } from "@imagegen-conformance/core";
import type { Description } from "@imagegen-conformance/runner";

/**
 * What a campaign generates for when no shape is named: the catalogue shapes at least one implementation declares a
 * decode of, in catalogue order, and "stream" when one offers streams. An input of a shape none declares is skipped by
 * every one of them, so generating it would only make the count of inputs say more than was checked.
 */
export function declaredShapes(descriptions: readonly Description[]): string[] {
  const decoders = descriptions.filter((description) => description.capabilities.operations.includes("decode"));
  const shapes = catalogue.map((shape) => shape.name).filter((name) => decoders.some((description) => description.capabilities.shapes[name] !== undefined));
  const streams = descriptions.some((description) => description.capabilities.operations.includes("stream"));
  return streams ? [...shapes, "stream"] : shapes;
}
