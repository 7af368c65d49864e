import { describe, expect, it } from "vitest";
import type { JsonValue } from "../json/json-value.js";
import { parseJsonText } from "../json/parse-json-text.js";
import { checkStream } from "./check-stream.js";
import { decodeSse } from "./sse-decoder.js";
import { encodeSse } from "./sse-encoder.js";

// Stream events from outside may hold anything, at any depth, where the invariants read.
const deep = (depth: number): JsonValue => {
  const parsed = parseJsonText(`${"[".repeat(depth)}${"]".repeat(depth)}`);
  if (!parsed.ok) throw new Error("not JSON");
  return parsed.value;
};
const call = (stage: string, extra: Record<string, JsonValue>) => ({
  type: `response.image_generation_call.${stage}`,
  output_index: 0,
  item_id: "ig_1",
  ...extra,
});

describe.each([5000, 100_000])("stream events %i levels deep", (depth) => {
  it("break the invariants with a short message naming what came", () => {
    const events = [
      call("partial_image", { sequence_number: 0, partial_image_index: deep(depth) }),
      { ...call("generating", { sequence_number: 1 }), output_index: deep(depth), item_id: "ig_2" },
      { ...call("completed", { sequence_number: 2 }), output_index: deep(depth) },
    ];
    // The second and third events share no output_index value (each is its own array), so only the index breaks.
    const violations = checkStream(events);
    expect(violations.map((violation) => violation.invariant)).toEqual(["partial-image-index-contiguous"]);
    expect(violations[0]?.message).toMatch(/^partial_image_index is \[\[\[.*…, expected 0$/);
    expect(violations[0]?.message.length).toBeLessThan(200);
  });

  it("are written as event-stream text and read back", () => {
    const event = call("generating", { sequence_number: 0, x: deep(depth) });
    const [decoded] = decodeSse([new TextEncoder().encode(encodeSse([event]))]);
    expect(decoded?.data).toBe(
      `{"type":"response.image_generation_call.generating","output_index":0,"item_id":"ig_1","sequence_number":0,"x":${"[".repeat(depth)}${"]".repeat(depth)}}`,
    );
  });
});
