import { catalogue, findShape, type Shape, suggestShapes } from "@imagegen-conformance/core";
import { UsageError } from "../../cli/usage-error.js";

/** A catalogue shape, or "stream" for an SSE stream: the names a probe takes, listed whole when one is wrong. */
export function probeShape(name: string | undefined): Shape | "stream" {
  const names = `expected stream or one of ${catalogue.map((shape) => shape.name).join(", ")}`;
  if (name === undefined || name === "") throw new UsageError(`probe: --shape <name> is required; ${names}`);
  if (name === "stream") return "stream";
  const shape = findShape(name);
  if (shape) return shape;
  const suggestions = suggestShapes(name);
  throw new UsageError(`probe: unknown shape ${JSON.stringify(name)}${suggestions.length > 0 ? ` (did you mean ${suggestions.join(" or ")}?)` : ""}; ${names}`);
}
