/** One broken rule at one place in one value. */
export interface Violation {
  rule: string;
  /** JSON Pointer into the validated value, in the form it was given. */
  path: string;
  message: string;
  expected: string;
  received: string;
  /** Set when a documentation finding disputes this rule for this value. */
  finding?: string;
}
