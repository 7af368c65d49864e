import { cite } from "../source/source.js";
import type { Invariant } from "./invariant.js";

const added = "response.output_item.added";
const done = "response.output_item.done";
const event = (stage: string) => `response.image_generation_call.${stage}`;
const recordedStream = cite("VAI", "packages/openai/src/responses/__fixtures__/openai-image-generation-tool.1.chunks.txt@ed857f50f1");

/** The ordering rules of an image generation stream, as data. One engine checks them all. */
export const streamInvariants: readonly Invariant[] = [
  {
    id: "sequence-number-increasing",
    kind: "increasing",
    field: "sequence_number",
    description: "sequence_number strictly increases over the stream",
    sources: [cite("OAI-SPEC", "openapi.yaml ResponseImageGenCall*Event.sequence_number@f85dbe2"), recordedStream],
  },
  {
    id: "one-item-id-per-call",
    kind: "consistent",
    key: "output_index",
    description: "every event at one output_index names the same item id",
    sources: [cite("OAI-SPEC", "openapi.yaml ResponseImageGenCall*Event.item_id, output_index@f85dbe2")],
  },
  {
    id: "partial-image-index-contiguous",
    kind: "contiguous",
    field: "partial_image_index",
    type: event("partial_image"),
    start: 0,
    description: "partial_image_index runs 0, 1, 2, … per call",
    sources: [cite("OAI-SPEC", "openapi.yaml ResponseImageGenCallPartialImageEvent.partial_image_index (0-based)@f85dbe2")],
  },
  {
    id: "lifecycle-order",
    kind: "ordered",
    order: [added, event("in_progress"), event("generating"), event("partial_image"), event("completed"), done],
    description: "per call: output_item.added, in_progress, generating, partial_image…, completed, output_item.done",
    sources: [recordedStream, cite("OAI-NODE", "src/lib/responses/ResponseStream.ts@7b7d6ca7")],
  },
  {
    id: "nothing-after-completed",
    kind: "terminal",
    terminal: event("completed"),
    allowed: [done],
    description: "after a call's completed event only its output_item.done follows",
    sources: [recordedStream],
  },
];
