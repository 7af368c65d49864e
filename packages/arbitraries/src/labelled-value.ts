import type { JsonValue } from "@imagegen-conformance/core";

/** A generated value with the rule ids it breaks (empty when it is valid). */
export interface LabelledValue {
  value: JsonValue;
  violates: string[];
}
