/**
 * The forms a shape's keys are written in: the wire (snake_case JSON), the
 * TypeScript SDK (camelCase), Go struct fields (PascalCase with initialisms)
 * and Python attributes (the wire names).
 */
export type Form = "wire" | "ts" | "go" | "python";

export const forms: readonly Form[] = ["wire", "ts", "go", "python"];

export type FieldNames = Record<Form, string>;
