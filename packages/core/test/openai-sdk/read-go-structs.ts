import { readFileSync } from "node:fs";
import { type DeclaredField, type DeclaredType, sorted } from "./declared-field.js";

const field = /^\t(\w+)\s+(\S+)\s+`([^`]*)`$/;
const tag = /(\w+):"([^"]*)"/g;

/** A Go type; `Any of "a", "b".` in the field's comment makes a string an enum, as the generator documents it. */
function readType(text: string, anyOf: string[] | undefined, structs: ReadonlySet<string>): DeclaredType {
  if (text === "string") return anyOf ? { kind: "enum", values: anyOf } : { kind: "string" };
  if (text === "int64") return { kind: "integer" };
  if (text === "float64") return { kind: "number" };
  if (text === "bool") return { kind: "boolean" };
  if (text.startsWith("[]")) return { kind: "array", of: readType(text.slice(2), undefined, structs) };
  if (structs.has(text)) return { kind: "object", name: text };
  return { kind: "unread", text };
}

/** Every `type X struct {…}` of a Go file, by name, with its field and comment lines (the JSON metadata struct left out). */
function structBodies(text: string): Map<string, string[]> {
  const bodies = new Map<string, string[]>();
  let current: string[] | undefined;
  let inMetadata = false;
  for (const line of text.split("\n")) {
    const opened = /^type (\w+) struct \{$/.exec(line);
    if (opened) {
      current = [];
      bodies.set(opened[1] as string, current);
    } else if (line === "}") current = undefined;
    else if (line === "\tJSON struct {") inMetadata = true;
    else if (inMetadata) inMetadata = !line.startsWith("\t}");
    else current?.push(line);
  }
  return bodies;
}

/** The fields of the named structs of a generated Go file; a line that is neither a comment nor a field fails the read. */
export function readGoStructs(file: string, names: readonly string[]): Map<string, DeclaredField[]> {
  const bodies = structBodies(readFileSync(file, "utf8"));
  const structs = new Set(bodies.keys());
  return new Map(
    names.map((name) => {
      const body = bodies.get(name);
      if (!body) throw new Error(`${file} declares no struct ${name}`);
      const fields: DeclaredField[] = [];
      let anyOf: string[] | undefined;
      for (const line of body) {
        if (line.startsWith("\t//")) {
          if (line.includes("Any of ")) anyOf = [...line.matchAll(/"([^"]*)"/g)].map((match) => match[1] as string);
          continue;
        }
        const matched = field.exec(line);
        if (!matched) throw new Error(`${name}: cannot read ${JSON.stringify(line)}`);
        const [, goName, goType, tags] = matched as unknown as [string, string, string, string];
        const tagged = Object.fromEntries([...tags.matchAll(tag)].map((match) => [match[1], match[2]]));
        const wire = (tagged.json ?? "").split(",")[0] ?? "";
        // A constant's value is its default tag; the generator gives it no presence of its own.
        const type: DeclaredType = goType.startsWith("constant.") ? { kind: "literal", value: tagged.default ?? "" } : readType(goType, anyOf, structs);
        const presence = goType.startsWith("constant.") ? "constant" : tagged.api === "required" ? "required" : "optional";
        fields.push({ name: goName, wire, presence, nullable: tagged.api === "nullable", type });
        anyOf = undefined;
      }
      return [name, sorted(fields)];
    }),
  );
}
