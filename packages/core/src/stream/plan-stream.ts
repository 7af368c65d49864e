import type { JsonObject } from "../json/json-value.js";

/** One image generation call in a stream: which item, where, how many partial images. */
export interface CallPlan {
  itemId: string;
  outputIndex: number;
  partials: number;
}

/** The payloads a stream carries; fixtures pass real PNGs, generators pass anything. */
export interface StreamPayload {
  responseId: string;
  partialImage: string;
  finalImage: string;
}

const call = (type: string, plan: CallPlan): JsonObject => ({
  type: `response.image_generation_call.${type}`,
  output_index: plan.outputIndex,
  item_id: plan.itemId,
});

/** The events of one call, in the order OpenAI's recorded stream has them. */
function callEvents(plan: CallPlan, payload: StreamPayload): JsonObject[] {
  return [
    { type: "response.output_item.added", output_index: plan.outputIndex, item: { id: plan.itemId, type: "image_generation_call", status: "in_progress" } },
    call("in_progress", plan),
    call("generating", plan),
    ...Array.from({ length: plan.partials }, (_, index) => ({
      ...call("partial_image", plan),
      partial_image_b64: payload.partialImage,
      partial_image_index: index,
    })),
    call("completed", plan),
    {
      type: "response.output_item.done",
      output_index: plan.outputIndex,
      item: { id: plan.itemId, type: "image_generation_call", status: "completed", result: payload.finalImage },
    },
  ];
}

/**
 * A whole response stream that keeps every invariant: response.created, the
 * calls (one after another, or interleaved), response.completed; sequence numbers from 0.
 */
export function planStream(plans: readonly CallPlan[], payload: StreamPayload, interleave = false): JsonObject[] {
  const perCall = plans.map((plan) => callEvents(plan, payload));
  const longest = Math.max(0, ...perCall.map((events) => events.length));
  const body = interleave ? Array.from({ length: longest }, (_, index) => perCall.flatMap((events) => events.slice(index, index + 1))).flat() : perCall.flat();
  const response = (status: string, output: JsonObject[]) => envelope(payload.responseId, status, output);
  const finalItems = perCall.map((events) => (events.at(-1) as { item: JsonObject }).item);
  const events = [
    { type: "response.created", response: response("in_progress", []) },
    ...body,
    { type: "response.completed", response: response("completed", finalItems) },
  ];
  return events.map((event, sequence) => ({ ...event, sequence_number: sequence }));
}

/**
 * The response object of response.created and response.completed, with every field a
 * real one carries: SDKs that parse it strictly (OpenRouter's before v0.12) refuse a
 * thinner one, and the stream with it.
 */
function envelope(id: string, status: string, output: JsonObject[]): JsonObject {
  return {
    id,
    object: "response",
    created_at: 1756020000,
    completed_at: status === "completed" ? 1756020012 : null,
    status,
    background: false,
    error: null,
    incomplete_details: null,
    instructions: null,
    max_output_tokens: null,
    model: "gpt-5",
    output,
    parallel_tool_calls: true,
    previous_response_id: null,
    reasoning: { effort: "medium", summary: null },
    store: true,
    temperature: 1,
    top_p: 1,
    presence_penalty: 0,
    frequency_penalty: 0,
    text: { format: { type: "text" } },
    tool_choice: "auto",
    tools: [{ type: "image_generation" }],
    truncation: "disabled",
    usage: null,
    user: null,
    metadata: {},
  };
}
