import type { Check } from "./check.js";

/** One checkable statement a document makes about a shape. */
export interface Rule {
  /** Stable and readable: `InputImageGenerationCall1/status/enum`. */
  id: string;
  shape: string;
  /** The field as its document names it; "$" for the value itself. */
  field: string;
  check: Check;
  /** What a conforming value has, in words. */
  expected: string;
}

export function ruleId(shape: string, field: string, check: Check): string {
  return `${shape}/${field}/${check}`;
}
