import { type EnumKind, type Form, isJsonObject, type JsonValue, ObjectShape, type Shape, smallestFirst } from "@imagegen-conformance/core";
import fc from "fast-check";
import { resolveShape } from "./_internals/resolve-shape.js";
import { arbitraryScope } from "./_internals/scope.js";

/** A value from a newer API: what changed, and the rules it breaks as documented today. */
export interface ForwardCompatibleValue {
  value: JsonValue;
  change: "unknown-field" | "unknown-enum-value" | "unknown-event-type";
  violates: string[];
}

const unknownKey = fc.oneof(
  fc.constantFrom(...smallestFirst(["revised_prompt", "size", "quality", "background", "output_format", "action", "created_by", "usage"])),
  fc.stringMatching(/^x_[a-z]{1,8}$/),
);
const anyJson = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<JsonValue>;

/**
 * Values a newer API might send: unknown extra fields (which no documented shape
 * forbids), enum values it does not list yet, and event types it does not know.
 */
export function forwardCompatibleValue(shape: Shape | string, constraints: { form?: Form } = {}): fc.Arbitrary<ForwardCompatibleValue> {
  const resolved = resolveShape(shape);
  const valid = resolved.arbitrary(arbitraryScope(constraints.form ?? "wire"));
  const objects = valid.filter(isJsonObject);
  const known = resolved instanceof ObjectShape ? resolved.fields.map((field) => field.names[constraints.form ?? "wire"]) : [];
  const variants: fc.Arbitrary<ForwardCompatibleValue>[] = [];
  if (resolved instanceof ObjectShape) {
    variants.push(
      fc
        .tuple(
          objects,
          fc.dictionary(
            unknownKey.filter((key) => !known.includes(key)),
            anyJson,
            { minKeys: 1, maxKeys: 3 },
          ),
        )
        .map(([value, extra]) => ({ value: { ...extra, ...value }, change: "unknown-field" as const, violates: [] })),
    );
    for (const field of resolved.fields) {
      const enumShape = (field.field.kind as Partial<EnumKind<string>>).enumShape;
      const key = field.names[constraints.form ?? "wire"];
      if (enumShape && field.rules.enum) {
        const rule = field.rules.enum.id;
        variants.push(
          fc
            .tuple(objects, fc.constantFrom(...smallestFirst(["queued", "incomplete", "cancelled", "moderated"])))
            .map(([value, status]) => ({ value: { ...value, [key]: status }, change: "unknown-enum-value" as const, violates: [rule] })),
        );
      }
      if (resolved.kind === "event" && field.rules.literal) {
        const rule = field.rules.literal.id;
        const unknownType = fc.constantFrom(
          ...smallestFirst(["response.image_generation_call.queued", "response.image_generation_call.moderated", "openrouter:image_generation.progress"]),
        );
        variants.push(
          fc
            .tuple(objects, unknownType)
            .map(([value, type]) => ({ value: { ...value, [key]: type }, change: "unknown-event-type" as const, violates: [rule] })),
        );
      }
    }
  }
  if (variants.length === 0) throw new RangeError(`${resolved.name} has no forward-compatible variants`);
  return fc.oneof(...variants);
}
