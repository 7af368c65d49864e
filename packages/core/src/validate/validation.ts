import type { Violation } from "../rule/violation.js";

/** The verdict on one value against one shape. */
export interface Validation {
  /** True when no enforced rule is broken under the active readings. */
  valid: boolean;
  /** Every broken enforced rule, not only the first. */
  errors: Violation[];
  /** Broken rules that a finding disputes and the active reading accepts: valid, but not beyond doubt. */
  disputed: Violation[];
}
