/** A value that JSON can carry. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object, the only container the documented shapes use. */
export type JsonObject = { [key: string]: JsonValue };

/** The JSON type names used in messages and in JSON Schema's `type`. */
export type JsonTypeName = "null" | "boolean" | "number" | "integer" | "string" | "array" | "object";

/** The JSON type of any JavaScript value, or undefined when JSON cannot carry it. */
export function jsonTypeOf(value: unknown): Exclude<JsonTypeName, "integer"> | undefined {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  switch (typeof value) {
    case "boolean":
    case "string":
    case "object":
      return typeof value as "boolean" | "string" | "object";
    case "number":
      return Number.isFinite(value) ? "number" : undefined;
    default:
      return undefined;
  }
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
