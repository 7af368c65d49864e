import type { FuzzInput } from "./fuzz-input.js";
import type { InputSource } from "./input-source.js";
import { thrown } from "./unjudged.js";

/** Input `index` of a source, or why it could not be made: wherever it is made, the same words. */
export function makeInput(source: InputSource, index: number): { input: FuzzInput } | { index: number; error: string } {
  try {
    return { input: source.input(index) };
  } catch (error) {
    return { index, error: `the input could not be made: ${thrown(error)}` };
  }
}

/** What a generation worker sends back for one index: the case it makes (plain data), or why it could not. */
export type MadeInput = Pick<FuzzInput, "index" | "kind" | "shape" | "testCase"> | { index: number; error: string };

/**
 * A made case as an input: its fast-check value and arbitrary, which cannot cross threads, are made again here from
 * the index only if shrinking asks for them (the first input of a finding). Input `index` is the same input anywhere.
 */
export function madeInput(source: InputSource, made: Pick<FuzzInput, "index" | "kind" | "shape" | "testCase">): FuzzInput {
  let whole: FuzzInput | undefined;
  const again = () => {
    whole ??= source.input(made.index);
    return whole;
  };
  return {
    ...made,
    steps: [],
    get arbitrary() {
      return again().arbitrary;
    },
    get value() {
      return again().value;
    },
  };
}
