import type { NestableShape } from "../kind/kind.js";
import type { Check } from "../rule/check.js";
import type { Rule } from "../rule/rule.js";

/** Where a compiled check reports a broken rule: the same triple the interpreted `ShapeScope.report` receives. */
export type RuleReport = (rule: Rule, received: unknown, path: string) => void;

/**
 * A shape's checks specialised once for one form (the compiled judge): it walks the value, not the rule tree,
 * and builds a JSON Pointer only for a rule it reports.
 */
export type CompiledCheck = (value: unknown, path: string, report: RuleReport) => void;

/** The one check of a kind a value breaks, and the value it names (an array's first wrong element, say). */
export interface Broken {
  check: Check;
  received: unknown;
}

/**
 * A kind's checks specialised once: what a present, non-null field value breaks, or `undefined`. A kind holding a
 * nested shape reports that shape's rules itself, at `parent` + `key`; every other kind breaks at most one check.
 */
export type CompiledKind = (value: unknown, parent: string, key: string, report: RuleReport) => Broken | undefined;

/** What a kind needs to compile: the compiled check of a nested shape, in the same form. */
export interface CompileScope {
  nested(shape: NestableShape): CompiledCheck;
}
