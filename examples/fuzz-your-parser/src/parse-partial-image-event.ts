/** Your parser: here, a hand-written one for `response.image_generation_call.partial_image`. */
export interface PartialImageEvent {
  itemId: string;
  outputIndex: number;
  sequenceNumber: number;
  partialImageB64: string;
  partialImageIndex: number;
}

export type Parsed = { ok: true; event: PartialImageEvent } | { ok: false; error: string };

const isInteger = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value);

export function parsePartialImageEvent(text: string): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: "not JSON" };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return { ok: false, error: "not an object" };
  const event = json as Record<string, unknown>;
  if (event.type !== "response.image_generation_call.partial_image") return { ok: false, error: "wrong type" };
  if (typeof event.item_id !== "string") return { ok: false, error: "item_id" };
  if (!isInteger(event.output_index) || !isInteger(event.sequence_number) || !isInteger(event.partial_image_index)) return { ok: false, error: "index" };
  if (typeof event.partial_image_b64 !== "string") return { ok: false, error: "partial_image_b64" };
  return {
    ok: true,
    event: {
      itemId: event.item_id,
      outputIndex: event.output_index,
      sequenceNumber: event.sequence_number,
      partialImageB64: event.partial_image_b64,
      partialImageIndex: event.partial_image_index,
    },
  };
}
