// The laws every arbitrary here is held to, for checking your own arbitraries the same way.
export { type Complexity, compareComplexity, complexity, isStrictlySmaller } from "./complexity.js";
export { assertLabelledViolations, assertSameValueForSameSeed, assertShrinksToSmaller, assertValidValues, type LawOptions, strictReadings } from "./laws.js";
