import { describeValue } from "../json/describe-value.js";
import { type Rule, ruleId } from "../rule/rule.js";
import type { Violation } from "../rule/violation.js";
import type { Shape } from "../shape/shape.js";
import type { Judge } from "./judge.js";
import { violationMessage } from "./message.js";
import type { Validation } from "./validation.js";

/**
 * Where both judges, compiled and interpreted, report a broken rule: the one place a report becomes a violation and
 * the judge's ruling sorts it into errors or disputed.
 */
export class Violations {
  readonly errors: Violation[] = [];
  readonly disputed: Violation[] = [];
  readonly #judge: Judge;

  constructor(judge: Judge) {
    this.#judge = judge;
  }

  readonly report = (rule: Rule, received: unknown, path: string): void => {
    const ruling = this.#judge.ruling(rule.id, received);
    const violation: Violation = {
      rule: rule.id,
      path,
      message: violationMessage(rule, received, path),
      expected: rule.expected,
      received: describeValue(received),
    };
    if (ruling.finding !== undefined) violation.finding = ruling.finding;
    (ruling.enforced ? this.errors : this.disputed).push(violation);
  };

  /** A hostile object (a throwing getter, a revoked proxy) is still a verdict, not a crash. */
  unreadable(shape: Shape, value: unknown, error: unknown): void {
    this.errors.push({
      rule: ruleId(shape.name, "$", "object"),
      path: "",
      message: `the value could not be read: ${error instanceof Error ? error.message : String(error)}`,
      expected: "a JSON value",
      received: describeValue(value),
    });
  }

  get validation(): Validation {
    return { valid: this.errors.length === 0, errors: this.errors, disputed: this.disputed };
  }
}
