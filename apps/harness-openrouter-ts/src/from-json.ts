import type { Decoded } from "@imagegen-conformance/runner";
import { failure, present, unrecognized } from "./present.js";
import { marked, type Version } from "./version.js";

/** The helper entry: the case's text, as is, to the declared type's own `…FromJSON`. */
export function fromJSON(sdk: Version, shape: string, input: string): Decoded {
  const parser = sdk.shapes[shape];
  if (!parser) return { status: "errored", message: `${shape} is not declared` };
  // The SDK's own counter says whether an open enum kept a value it does not know.
  const counter = sdk.count?.();
  let result: ReturnType<typeof parser.read>;
  let counted = 0;
  try {
    result = parser.read(input);
  } finally {
    counted = counter?.end() ?? 0;
  }
  if (!result.ok) return failure(result.error);
  const value = present(result.value, marked(sdk), parser.write?.(result.value));
  const marks = counted > 0 ? unrecognized(result.value, parser.status) : [];
  return { status: "accepted", ...value, ...(marks.length > 0 ? { unrecognized: marks } : {}) };
}
