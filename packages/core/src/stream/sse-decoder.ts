/** One dispatched server-sent event. */
export interface SseEvent {
  /** The `event:` field, or "message" when absent. */
  event: string;
  data: string;
  id?: string;
}

/**
 * An incremental text/event-stream decoder following the WHATWG HTML standard
 * (§9.2.6): bytes may be split anywhere, even inside a code point or a CRLF.
 */
export class SseDecoder {
  readonly #text = new TextDecoder("utf-8");
  #buffer = "";
  #started = false;
  #data: string[] = [];
  #event = "";
  #id: string | undefined;

  push(chunk: Uint8Array): SseEvent[] {
    return this.#lines(this.#text.decode(chunk, { stream: true }), false);
  }

  /** Ends the stream: a trailing event with no blank line after it is discarded, as the standard says. */
  end(): SseEvent[] {
    return this.#lines(this.#text.decode(), true);
  }

  #lines(text: string, final: boolean): SseEvent[] {
    this.#buffer += text;
    if (!this.#started && this.#buffer.length > 0) {
      this.#started = true;
      if (this.#buffer.charCodeAt(0) === 0xfeff) this.#buffer = this.#buffer.slice(1);
    }
    const events: SseEvent[] = [];
    let start = 0;
    for (let index = 0; index < this.#buffer.length; index++) {
      const code = this.#buffer.charCodeAt(index);
      if (code !== 0x0a && code !== 0x0d) continue;
      // A CR at the end of what we have may be the first half of a CRLF.
      if (code === 0x0d && index === this.#buffer.length - 1 && !final) break;
      const event = this.#line(this.#buffer.slice(start, index));
      if (event) events.push(event);
      if (code === 0x0d && this.#buffer.charCodeAt(index + 1) === 0x0a) index++;
      start = index + 1;
    }
    this.#buffer = this.#buffer.slice(start);
    return events;
  }

  #line(line: string): SseEvent | undefined {
    if (line === "") return this.#dispatch();
    if (line.startsWith(":")) return undefined;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "data") this.#data.push(value);
    else if (field === "event") this.#event = value;
    else if (field === "id" && !value.includes("\0")) this.#id = value;
    return undefined;
  }

  #dispatch(): SseEvent | undefined {
    const data = this.#data;
    const event = this.#event;
    this.#data = [];
    this.#event = "";
    if (data.length === 0) return undefined;
    const dispatched: SseEvent = { event: event || "message", data: data.join("\n") };
    if (this.#id !== undefined) dispatched.id = this.#id;
    return dispatched;
  }
}

/** Decodes a whole stream given as chunks. */
export function decodeSse(chunks: Iterable<Uint8Array>): SseEvent[] {
  const decoder = new SseDecoder();
  const events: SseEvent[] = [];
  for (const chunk of chunks) events.push(...decoder.push(chunk));
  events.push(...decoder.end());
  return events;
}
