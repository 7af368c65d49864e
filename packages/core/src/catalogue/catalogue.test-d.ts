import type { TypeScriptForm, Wire } from "../shape/infer.js";
import type { ImageGenCallPartialImageEvent } from "./events/image-gen-call-partial-image-event.js";
import type { OutputImageGenerationCallItem } from "./items/output-image-generation-call-item.js";
import type { ResponseOutputItemImageGenerationCall } from "./items/response-output-item-image-generation-call.js";

// Compile-time checks: a wrong field list or modifier fails `tsc`, not a test run.
const item: Wire<typeof OutputImageGenerationCallItem> = { type: "image_generation_call", id: "ig_1", status: "completed" };
const withEverything: Wire<typeof OutputImageGenerationCallItem> = { ...item, result: null, prompt: "a cat" };
const event: TypeScriptForm<typeof ImageGenCallPartialImageEvent> = {
  type: "response.image_generation_call.partial_image",
  itemId: "ig_1",
  outputIndex: 0,
  sequenceNumber: 1,
  partialImageB64: "aGk=",
  partialImageIndex: 0,
};
const svg: Wire<typeof ResponseOutputItemImageGenerationCall> = {
  ...item,
  result: null,
  output_format: "svg",
  quality: "max",
  error: {
    code: null,
    message: "blocked",
    param: null,
    type: "image_generation_user_error",
    moderation_details: { categories: [], moderation_stage: "output" },
  },
  svg_usage: { input_tokens: 1, model: "gpt-5", output_tokens: 2, reasoning_tokens: 0, total_tokens: 3 },
};
// @ts-expect-error `error` is optional but never null
const nullError: Wire<typeof ResponseOutputItemImageGenerationCall> = { ...item, result: null, error: null };
// @ts-expect-error status is a closed union of the four documented values
const wrongStatus: Wire<typeof OutputImageGenerationCallItem> = { ...item, status: "queued" };
// @ts-expect-error `id` is required
const missingId: Wire<typeof OutputImageGenerationCallItem> = { type: "image_generation_call", status: "completed" };

export const typeChecks = [item, withEverything, event, svg, nullError, wrongStatus, missingId].length === 7;
