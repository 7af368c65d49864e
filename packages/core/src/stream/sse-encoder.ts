import { writeJson } from "../json/write-json.js";

/** How to write a stream; every option is allowed by the WHATWG event-stream grammar. */
export interface SseFormat {
  lineEnd?: "\n" | "\r\n" | "\r";
  /** Write `event: <type>` lines, as OpenAI does. Default true. */
  eventLines?: boolean;
  /** Write `data: ` with a space after the colon. Default true. */
  spaceAfterColon?: boolean;
  /** Split the JSON over several `data:` lines (pretty-printed). Default false. */
  multilineData?: boolean;
  /** A comment line (`: keep-alive`) before every n-th event; 0 for none. */
  commentEvery?: number;
  /** Fields a decoder must ignore (`id:`, `retry:`, an unknown field). Default false. */
  extraFields?: boolean;
  byteOrderMark?: boolean;
  /** End without the blank line that dispatches the last event. Default true. */
  terminateLast?: boolean;
}

/** Writes events as text/event-stream text. */
export function encodeSse(events: readonly unknown[], format: SseFormat = {}): string {
  const end = format.lineEnd ?? "\n";
  const colon = format.spaceAfterColon === false ? ":" : ": ";
  let text = format.byteOrderMark ? "\ufeff" : "";
  events.forEach((event, index) => {
    if (format.commentEvery && index % format.commentEvery === 0) text += `: keep-alive${end}`;
    // An event may be any JSON value (a stream that breaks its shape): only an object's string type names it.
    const type = event !== null && typeof event === "object" ? (event as { type?: unknown }).type : undefined;
    if (format.eventLines !== false && typeof type === "string") text += `event${colon}${type}${end}`;
    if (format.extraFields) text += `id${colon}${index}${end}retry${colon}1000${end}x-unknown${colon}ignored${end}`;
    const data = (format.multilineData ? (writeJson(event, 2) ?? "") : (writeJson(event) ?? "")).split("\n");
    for (const line of data) text += `data${colon}${line}${end}`;
    if (index < events.length - 1 || format.terminateLast !== false) text += end;
  });
  return text;
}
