import type { Form } from "../naming/form.js";
import type { Shape } from "../shape/shape.js";
import { Judge, type Readings } from "./judge.js";
import type { Validation } from "./validation.js";
import { Violations } from "./violations.js";

export interface ValidateOptions {
  /** The form the value's keys are written in. Default "wire". */
  form?: Form;
  /** Which reading to take of each finding; see `findings`. */
  readings?: Readings;
  /** A prepared judge, to skip re-indexing the findings on hot paths. */
  judge?: Judge;
}

const defaultJudge = new Judge();
// Indexing the findings costs more than a check: one judge per readings object a caller reuses.
const judges = new WeakMap<Readings, Judge>();

function judgeFor(options: ValidateOptions): Judge {
  if (options.judge) return options.judge;
  if (!options.readings) return defaultJudge;
  let judge = judges.get(options.readings);
  if (!judge) {
    judge = new Judge(options.readings);
    judges.set(options.readings, judge);
  }
  return judge;
}

/**
 * Checks any value against a shape with its compiled checks (`Shape.compile`). Never throws on the value, whatever
 * it is: a value its checks cannot read goes to the interpreted judge, which says why.
 */
export function validate(shape: Shape, value: unknown, options: ValidateOptions = {}): Validation {
  const form = options.form ?? "wire";
  const check = shape.compile(form);
  let violations: Violations | undefined;
  try {
    check(value, "", (rule, received, path) => {
      violations ??= new Violations(judgeFor(options));
      violations.report(rule, received, path);
    });
  } catch {
    return validateInterpreted(shape, value, options);
  }
  return violations?.validation ?? { valid: true, errors: [], disputed: [] };
}

/** The same verdict by walking the rule tree (`Shape.check`): the oracle the compiled judge is held to. */
export function validateInterpreted(shape: Shape, value: unknown, options: ValidateOptions = {}): Validation {
  const violations = new Violations(judgeFor(options));
  try {
    shape.check(value, { path: "", form: options.form ?? "wire", report: violations.report });
  } catch (error) {
    violations.unreadable(shape, value, error);
  }
  return violations.validation;
}
