import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import type { Baseline, BaselineEntry } from "./baseline.js";
import { BaselineError } from "./baseline-error.js";
import { maxBaselineDepth, tooDeep } from "./yaml-depth.js";

const entryKeys = new Set(["implementation", "match", "status", "message", "issue", "expires", "max_matches"]);

/** Parses and checks a baseline; every problem is a one-line BaselineError pointing at the line and column. */
export function parseBaseline(text: string, file: string): Baseline {
  try {
    return readBaseline(text, file);
  } catch (error) {
    // The YAML library's own errors (an unresolved alias, say) come without a position we can trust.
    const message = error instanceof BaselineError ? error.message : `${file}: not a usable baseline: ${(error as Error).message.split("\n")[0]}`;
    throw new BaselineError(oneLine(message));
  }
}

// Whatever the file held, the message stays one line of bounded length.
const oneLine = (message: string) => {
  const escaped = message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return escaped.length > 400 ? `${escaped.slice(0, 400)}…` : escaped;
};

/** A value from the file, as a message shows it: a short quoted string, a number, or what kind of thing it is. */
const shown = (value: unknown): string => {
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  return value === undefined ? "a collection" : typeof value;
};
const keyOf = (key: unknown) => (key !== null && typeof key === "object" && "value" in key ? (key as { value: unknown }).value : key);

function readBaseline(text: string, file: string): Baseline {
  // Depth first: composing a document nested thousands deep recurses as deep.
  const deep = tooDeep(text);
  if (deep !== undefined) {
    const before = text.slice(0, deep).split("\n");
    throw new BaselineError(
      `${file}:${before.length}:${(before.at(-1)?.length ?? 0) + 1}: expected collections nested at most ${maxBaselineDepth} deep, received deeper ones`,
    );
  }
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const where = (node: YamlNode | undefined | null) => {
    const position = lines.linePos(node?.range?.[0] ?? 0);
    return `${file}:${position.line}:${position.col}`;
  };
  const first = document.errors[0];
  if (first) {
    const position = lines.linePos(first.pos[0]);
    throw new BaselineError(`${file}:${position.line}:${position.col}: not YAML: ${first.message.split("\n")[0]}`);
  }
  const root = document.contents;
  if (root === null || root === undefined) return { max_matches: 20, entries: [] };
  if (!isMap(root)) throw new BaselineError(`${where(root)}: expected a mapping with "entries", received ${isSeq(root) ? "a list" : "a scalar"}`);
  for (const pair of root.items) {
    const key = keyOf(pair.key);
    if (key !== "entries" && key !== "max_matches")
      throw new BaselineError(`${where(pair.key as YamlNode)}: unknown key ${shown(key)}; expected entries or max_matches`);
  }
  const cap = root.get("max_matches", true) as YamlNode | undefined;
  const maxMatches = cap === undefined ? 20 : (cap as { value?: unknown }).value;
  if (typeof maxMatches !== "number" || !Number.isInteger(maxMatches) || maxMatches < 1)
    throw new BaselineError(`${where(cap)}: max_matches must be a positive integer, received ${shown(maxMatches)}`);
  const list = root.get("entries", true);
  if (list === undefined || list === null) return { max_matches: maxMatches, entries: [] };
  if (!isSeq(list)) throw new BaselineError(`${where(list as YamlNode)}: "entries" must be a list`);
  const entries = list.items.map((item, index) => entry(item as YamlNode, index, where));
  return { max_matches: maxMatches, entries };
}

function entry(node: YamlNode, index: number, where: (node: YamlNode | undefined | null) => string): BaselineEntry {
  if (!isMap(node)) throw new BaselineError(`${where(node)}: entries[${index}] must be a mapping`);
  const value = (key: string) => node.get(key, true) as (YamlNode & { value?: unknown }) | undefined;
  for (const pair of node.items) {
    const key = keyOf(pair.key);
    if (typeof key !== "string" || !entryKeys.has(key))
      throw new BaselineError(`${where(pair.key as YamlNode)}: entries[${index}] has unknown key ${shown(key)}; expected one of ${[...entryKeys].join(", ")}`);
  }
  const text = (key: string, required: boolean) => {
    const found = value(key);
    if (found === undefined) {
      if (required) throw new BaselineError(`${where(node)}: entries[${index}] needs "${key}"`);
      return undefined;
    }
    if (typeof found.value !== "string" || found.value === "")
      throw new BaselineError(`${where(found)}: entries[${index}].${key} must be a non-empty string, received ${shown(found.value)}`);
    return found.value;
  };
  const status = text("status", false) ?? "failing";
  if (status !== "failing" && status !== "flaky")
    throw new BaselineError(`${where(value("status"))}: entries[${index}].status must be failing or flaky, received ${shown(status)}`);
  const expires = text("expires", false);
  if (expires !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(expires) || Number.isNaN(Date.parse(expires))))
    throw new BaselineError(`${where(value("expires"))}: entries[${index}].expires must be a date YYYY-MM-DD, received ${shown(expires)}`);
  const cap = value("max_matches");
  if (cap !== undefined && (typeof cap.value !== "number" || !Number.isInteger(cap.value) || cap.value < 1))
    throw new BaselineError(`${where(cap)}: entries[${index}].max_matches must be a positive integer`);
  const parsed: BaselineEntry = { implementation: text("implementation", true) as string, match: text("match", true) as string, status };
  for (const key of ["message", "issue"] as const) {
    const found = text(key, false);
    if (found !== undefined) parsed[key] = found;
  }
  if (expires !== undefined) parsed.expires = expires;
  if (cap !== undefined) parsed.max_matches = cap.value as number;
  return parsed;
}
