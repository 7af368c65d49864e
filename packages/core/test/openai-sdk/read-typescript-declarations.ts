import { readFileSync } from "node:fs";
import { type DeclaredField, type DeclaredType, sorted } from "./declared-field.js";

/** One interface of a .d.ts: its qualified name, the namespace it sits in, and its own property lines. */
interface Block {
  scope: string[];
  lines: string[];
}

const header = /^(?:export )?(?:declare )?(interface|namespace) (\w+)(?: extends [\w., ]+)? \{$/;
const property = /^(\w+)(\?)?: (.+);$/;

/** Every interface of a generated declaration file, by qualified name (`ResponseOutputItem.ImageGenerationCall`). */
function blocks(text: string): Map<string, Block> {
  const found = new Map<string, Block>();
  // Each open brace: a namespace or interface by name, or an inline type (null) whose lines are not ours.
  const stack: ({ kind: string; name: string } | null)[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("/**") || line.startsWith("*") || line.startsWith("//")) continue;
    const opened = header.exec(line);
    if (opened) {
      stack.push({ kind: opened[1] as string, name: opened[2] as string });
      if (opened[1] === "interface") {
        const names = stack.map((frame) => frame?.name ?? "?");
        found.set(names.join("."), { scope: names.slice(0, -1), lines: [] });
      }
      continue;
    }
    const net = [...line].reduce((sum, character) => sum + (character === "{" ? 1 : character === "}" ? -1 : 0), 0);
    if (net < 0) {
      for (let index = 0; index > net; index--) stack.pop();
      continue;
    }
    if (stack.at(-1)?.kind === "interface" && stack.every((frame) => frame !== null)) found.get(stack.map((frame) => frame?.name).join("."))?.lines.push(line);
    for (let index = 0; index < net; index++) stack.push(null);
  }
  return found;
}

/** Splits a type at its top-level `|`s. */
function members(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const character of text) {
    if ("(<{[".includes(character)) depth++;
    if (")>}]".includes(character)) depth--;
    if (character === "|" && depth === 0) {
      parts.push(current.trim());
      current = "";
    } else current += character;
  }
  return [...parts, current.trim()];
}

/** A property's type, and whether `null` is among its members; references are resolved from the interface's scope. */
function readType(text: string, scope: string[], known: Map<string, Block>): { type: DeclaredType; nullable: boolean } {
  const all = members(text);
  const rest = all.filter((member) => member !== "null");
  const nullable = rest.length < all.length;
  const literals = rest.filter((member) => /^'[^']*'$/.test(member)).map((member) => member.slice(1, -1));
  // `(string & {}) | '1024x1024' | …`: known values beside any string, so an open string.
  if (rest.includes("(string & {})") || rest.includes("string")) return { type: { kind: "string" }, nullable };
  if (literals.length === rest.length && literals.length > 0)
    return { type: literals.length === 1 ? { kind: "literal", value: literals[0] as string } : { kind: "enum", values: literals }, nullable };
  const [only] = rest;
  if (rest.length !== 1 || only === undefined) return { type: { kind: "unread", text }, nullable };
  if (only === "number" || only === "boolean") return { type: { kind: only }, nullable };
  const array = /^Array<(.+)>$/.exec(only);
  if (array) return { type: { kind: "array", of: readType(array[1] as string, scope, known).type }, nullable };
  // A reference is looked up from the innermost namespace outward, as TypeScript resolves it.
  for (let depth = scope.length; depth >= 0; depth--) {
    const name = [...scope.slice(0, depth), only].join(".");
    if (known.has(name)) return { type: { kind: "object", name }, nullable };
  }
  return { type: { kind: "unread", text }, nullable };
}

/** The fields of the named interfaces of a generated .d.ts file; a line that is not a one-line property fails the read. */
export function readTypeScriptDeclarations(file: string, names: readonly string[]): Map<string, DeclaredField[]> {
  const known = blocks(readFileSync(file, "utf8"));
  return new Map(
    names.map((name) => {
      const block = known.get(name);
      if (!block) throw new Error(`${file} declares no interface ${name}`);
      const fields = block.lines.map((line) => {
        const matched = property.exec(line);
        if (!matched) throw new Error(`${name}: cannot read ${JSON.stringify(line)}`);
        const [, wire, question, text] = matched as unknown as [string, string, string | undefined, string];
        const { type, nullable } = readType(text, block.scope, known);
        return { name: wire, wire, presence: question ? "optional" : "required", nullable, type } satisfies DeclaredField;
      });
      return [name, sorted(fields)];
    }),
  );
}
