export type { Baseline, BaselineEntry, GateResult } from "./baseline.js";
export { BaselineError } from "./baseline-error.js";
export { evaluateGate, type GateProblem, type GateVerdict } from "./evaluate-gate.js";
export { failureClass } from "./failure-class.js";
export { casePattern, implementationPattern } from "./match-pattern.js";
export { parseBaseline } from "./parse-baseline.js";
export { type BaselineUpdate, updateBaseline } from "./update-baseline.js";
