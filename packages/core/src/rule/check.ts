/**
 * The kinds of rule a documented shape can state. A rule id is
 * `<Shape>/<field as documented>/<check>`, or `<Shape>/$/<check>` for the value itself.
 */
export type Check = "object" | "required" | "null" | "type" | "enum" | "literal" | "integer" | "items";

export const checkMeaning: Record<Check, string> = {
  object: "the value is a JSON object",
  required: "the field is present",
  null: "the field is not null",
  type: "the field has the documented JSON type",
  enum: "the value is one of the documented enum members",
  literal: "the value equals the documented literal",
  integer: "the number is an integer",
  items: "every element of the array has the documented type",
};
