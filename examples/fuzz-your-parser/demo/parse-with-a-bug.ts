import { type Parsed, parsePartialImageEvent } from "../src/parse-partial-image-event.js";

/** The same parser with a plausible bug: it lets a missing partial_image_index through as 0. */
export function parseWithABug(text: string): Parsed {
  try {
    const json = JSON.parse(text);
    if (json && typeof json === "object" && !Array.isArray(json) && !("partial_image_index" in json))
      return parsePartialImageEvent(JSON.stringify({ ...json, partial_image_index: 0 }));
  } catch {}
  return parsePartialImageEvent(text);
}
