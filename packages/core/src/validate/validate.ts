import { describeValue } from "../json/describe-value.js";
import type { Form } from "../naming/form.js";
import { ruleId } from "../rule/rule.js";
import type { Violation } from "../rule/violation.js";
import type { Shape } from "../shape/shape.js";
import { Judge, type Readings } from "./judge.js";
import { violationMessage } from "./message.js";
import type { Validation } from "./validation.js";

export interface ValidateOptions {
  /** The form the value's keys are written in. Default "wire". */
  form?: Form;
  /** Which reading to take of each finding; see `findings`. */
  readings?: Readings;
  /** A prepared judge, to skip re-indexing the findings on hot paths. */
  judge?: Judge;
}

const defaultJudge = new Judge();

/** Checks any value against a shape. Never throws on the value, whatever it is. */
export function validate(shape: Shape, value: unknown, options: ValidateOptions = {}): Validation {
  const judge = options.judge ?? (options.readings ? new Judge(options.readings) : defaultJudge);
  const errors: Violation[] = [];
  const disputed: Violation[] = [];
  try {
    shape.check(value, {
      path: "",
      form: options.form ?? "wire",
      report(rule, received, path) {
        const ruling = judge.ruling(rule.id, received);
        const violation: Violation = {
          rule: rule.id,
          path,
          message: violationMessage(rule, received, path),
          expected: rule.expected,
          received: describeValue(received),
        };
        if (ruling.finding !== undefined) violation.finding = ruling.finding;
        (ruling.enforced ? errors : disputed).push(violation);
      },
    });
  } catch (error) {
    // A hostile object (a throwing getter, a revoked proxy) is still a verdict, not a crash.
    errors.push({
      rule: ruleId(shape.name, "$", "object"),
      path: "",
      message: `the value could not be read: ${error instanceof Error ? error.message : String(error)}`,
      expected: "a JSON value",
      received: describeValue(value),
    });
  }
  return { valid: errors.length === 0, errors, disputed };
}
