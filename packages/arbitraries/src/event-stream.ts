import { type JsonObject, planStream } from "@imagegen-conformance/core";
import fc from "fast-check";
import { base64Image, itemId } from "./_internals/realistic.js";

export interface EventStreamConstraints {
  /** Image generation calls in one response. Default 2. */
  maxCalls?: number;
  /** Partial images per call. Default 3. */
  maxPartials?: number;
}

/**
 * Whole response streams that keep every stream invariant: response.created,
 * one or more image generation calls (in order or interleaved), response.completed.
 */
export function eventStream(constraints: EventStreamConstraints = {}): fc.Arbitrary<JsonObject[]> {
  const calls = fc.uniqueArray(itemId(), { minLength: 1, maxLength: constraints.maxCalls ?? 2 });
  return fc
    .record({
      ids: calls,
      partials: fc.array(fc.nat({ max: constraints.maxPartials ?? 3 }), { minLength: constraints.maxCalls ?? 2, maxLength: constraints.maxCalls ?? 2 }),
      interleave: fc.boolean(),
      partialImage: base64Image(),
      finalImage: base64Image(),
    })
    .map(({ ids, partials, interleave, partialImage, finalImage }) =>
      planStream(
        ids.map((id, outputIndex) => ({ itemId: id, outputIndex, partials: partials[outputIndex] ?? 0 })),
        { responseId: "resp_1", partialImage, finalImage },
        interleave,
      ),
    );
}
