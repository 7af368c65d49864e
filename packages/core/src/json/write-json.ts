/** Where written JSON text goes, a part at a time; returning false stops the writing. */
export type JsonSink = (part: string) => boolean;

interface Frame {
  container: object;
  /** Own enumerable keys of an object; undefined for an array. */
  keys: string[] | undefined;
  next: number;
  count: number;
  wrote: boolean;
}

const isBoxed = (value: object) => value instanceof Number || value instanceof String || value instanceof Boolean || value instanceof BigInt;

/** What JSON.stringify writes in place of a member: after toJSON, boxed primitives unboxed. */
function prepared(value: unknown, key: string | number): unknown {
  if (typeof value !== "object" || value === null) return value;
  let member: unknown = value;
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") member = (value as { toJSON(key: string): unknown }).toJSON(String(key));
  return typeof member === "object" && member !== null && isBoxed(member) ? member.valueOf() : member;
}

const nothing = (value: unknown) => value === undefined || typeof value === "function" || typeof value === "symbol";

/**
 * Writes JSON text as JSON.stringify does (with bigints as their digits, as
 * `parseJsonText(…, { bigIntegers: true })` reads them), but iteratively: nesting
 * depth is bounded by memory, not the stack. `longest` cuts strings and keys to that
 * many characters (for previews that stop early). False when the value has no JSON text.
 */
export function writeJsonTo(value: unknown, sink: JsonSink, options: { indent?: string; longest?: number } = {}): boolean {
  const indent = options.indent ?? "";
  const longest = options.longest ?? Number.POSITIVE_INFINITY;
  const quote = (text: string) => JSON.stringify(text.length > longest ? text.slice(0, longest) : text);
  const stack: Frame[] = [];
  const open = new Set<object>();
  let going = true;
  const put = (part: string) => {
    going = sink(part);
  };
  const line = () => (indent === "" ? "" : `\n${indent.repeat(stack.length)}`);
  const enter = (member: unknown) => {
    if (typeof member !== "object" || member === null) {
      put(typeof member === "string" ? quote(member) : typeof member === "number" && !Number.isFinite(member) ? "null" : String(member));
      return;
    }
    if (open.has(member)) throw new TypeError("Converting circular structure to JSON");
    open.add(member);
    const keys = Array.isArray(member) ? undefined : Object.keys(member);
    stack.push({ container: member, keys, next: 0, count: keys ? keys.length : (member as unknown[]).length, wrote: false });
    put(keys ? "{" : "[");
  };
  const root = prepared(value, "");
  if (nothing(root)) return false;
  enter(root);
  while (going && stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.next === frame.count) {
      stack.pop();
      open.delete(frame.container);
      put(`${frame.wrote ? line() : ""}${frame.keys ? "}" : "]"}`);
      continue;
    }
    const at = frame.next++;
    const key = frame.keys ? (frame.keys[at] as string) : at;
    const member = prepared((frame.container as Record<string | number, unknown>)[key], key);
    // An object leaves out what JSON cannot carry; an array writes null in its place.
    if (frame.keys && nothing(member)) continue;
    put(`${frame.wrote ? "," : ""}${line()}${frame.keys ? `${quote(key as string)}${indent === "" ? ":" : ": "}` : ""}`);
    frame.wrote = true;
    if (going) enter(nothing(member) ? null : member);
  }
  return true;
}

/** JSON text of a value, as JSON.stringify(value, null, indent) writes it, at any depth; undefined when it has none. */
export function writeJson(value: unknown, indent = 0): string | undefined {
  const parts: string[] = [];
  const written = writeJsonTo(value, (part) => parts.push(part) > 0, { indent: " ".repeat(Math.min(10, Math.max(0, indent))) });
  return written ? parts.join("") : undefined;
}
