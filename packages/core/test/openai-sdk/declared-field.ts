import type { ObjectShape, ResolvedField } from "../../src/index.js";

/** A field's type as an SDK declares it, in terms every SDK's declarations can be read into. */
export type DeclaredType =
  | { kind: "string" | "number" | "integer" | "boolean" }
  | { kind: "literal"; value: string }
  | { kind: "enum"; values: string[] }
  | { kind: "array"; of: DeclaredType }
  | { kind: "object"; name: string }
  | { kind: "unread"; text: string };

/** One field of one SDK type: its SDK name and wire key, presence, nullability and type. */
export interface DeclaredField {
  name: string;
  wire: string;
  /** "constant": a Go `constant.*` with a default, which the generator gives no presence tag. */
  presence: "required" | "optional" | "constant";
  nullable: boolean;
  type: DeclaredType;
}

export type Sdk = "typescript" | "python" | "go";

/** Enum values sorted, fields by wire key: the order a declaration lists them in says nothing. */
export const sorted = (fields: DeclaredField[]): DeclaredField[] =>
  [...fields]
    .map((field) => (field.type.kind === "enum" ? { ...field, type: { kind: "enum" as const, values: [...field.type.values].sort() } } : field))
    .sort((left, right) => left.wire.localeCompare(right.wire));

function typeOf(resolved: ResolvedField, sdk: Sdk, sdkName: (shape: string) => string): DeclaredType {
  const { rules, field } = resolved;
  const kind = field.kind as { enumShape?: { values: readonly string[] }; nestedShape?: { name: string } };
  if (rules.literal) return { kind: "literal", value: JSON.parse(rules.literal.expected) as string };
  if (kind.enumShape) return { kind: "enum", values: [...kind.enumShape.values] };
  if (kind.nestedShape) return { kind: "object", name: sdkName(kind.nestedShape.name) };
  // arrayOf(string()) is the only array kind the catalogue has.
  if (rules.items) return { kind: "array", of: { kind: "string" } };
  if (rules.integer) return { kind: sdk === "typescript" ? "number" : "integer" };
  const expected = rules.type?.expected;
  if (expected === "string" || expected === "number" || expected === "boolean") return { kind: expected };
  return { kind: "unread", text: expected ?? "?" };
}

/**
 * A catalogue shape as each SDK can write it. TypeScript keeps presence and null apart but has no integer;
 * Python writes every field that may be absent or null as `Optional[…] = None`; Go tags `api:"required"` (null
 * not shown), `api:"nullable"` (optional, nullable) or nothing (optional), and a literal as a `constant.*`.
 */
export function asDeclaredBy(shape: ObjectShape, sdk: Sdk, sdkName: (shape: string) => string): DeclaredField[] {
  return sorted(
    shape.fields.map((resolved) => {
      const { wire, names, field, rules } = resolved;
      const type = typeOf(resolved, sdk, sdkName);
      if (sdk === "typescript") return { name: wire, wire, presence: field.required ? "required" : "optional", nullable: field.nullable, type };
      if (sdk === "python") {
        const plain = field.required && !field.nullable;
        return { name: names.python, wire, presence: plain ? "required" : "optional", nullable: !plain, type };
      }
      if (rules.literal) return { name: names.go, wire, presence: "constant", nullable: false, type };
      return { name: names.go, wire, presence: field.required ? "required" : "optional", nullable: !field.required && field.nullable, type };
    }),
  );
}
