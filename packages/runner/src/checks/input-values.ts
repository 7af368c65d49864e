import type { Case } from "@imagegen-conformance/fixtures";
import { readInput } from "./read-output.js";

/**
 * Case inputs parsed once each for as long as one holds this: a fuzz batch, judged for every contestant, parses each
 * input once rather than once per contestant. Scoped, not global, so a run of millions of cases keeps none of them.
 */
export class InputValues {
  readonly #values = new Map<Case, unknown>();

  of(testCase: Case): unknown {
    if (this.#values.has(testCase)) return this.#values.get(testCase);
    const value = readInput(testCase.input);
    this.#values.set(testCase, value);
    return value;
  }
}
