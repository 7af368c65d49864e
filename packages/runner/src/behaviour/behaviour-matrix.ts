import type { Behaviour, RuleRow } from "./behaviour.js";
import { type BehaviourClass, behaviourClasses, classInfo, severity, worse } from "./behaviour-class.js";
import { compareText } from "./compare-text.js";

/** One entry's cell of a row: the most severe of its behaviours there (one per SDK type), and those behaviours. */
export interface MatrixCell {
  class: BehaviourClass;
  behaviours: Behaviour[];
  gating: boolean;
  /** Results of those behaviours no verdict could be given on: the class rests on the rest. */
  unmeasured: number;
}

export interface MatrixRow extends RuleRow {
  /** Entry label → cell; an entry with no result testing the rule has none. */
  cells: Map<string, MatrixCell>;
  worst: BehaviourClass;
  /** The entries that tested the rule did not all do the same. */
  disagree: boolean;
  /** Some entry's behaviour here breaks users' code (crashes, rejects valid values, misreads, loses data). */
  breaks: boolean;
  gating: boolean;
  /** Some cell rests on fewer results than were asked: never counted among what every entry gets right. */
  unmeasured: boolean;
}

/** The part of the matrix a row belongs to: what breaks users first, then leniency, then what every entry gets right. */
export const sections = ["breaks", "lenient", "conforms"] as const;
export type Section = (typeof sections)[number];
export const sectionOf = (row: MatrixRow): Section => (row.breaks ? "breaks" : row.worst === "enforces" && !row.unmeasured ? "conforms" : "lenient");

/**
 * The cross-SDK matrix: rows are rules grouped by family, columns the entries. Rows that break users come
 * first, then those where entries disagree, each part in family order; the same behaviours give the same matrix.
 */
export function behaviourMatrix(behaviours: readonly Behaviour[]): MatrixRow[] {
  const rows = new Map<string, MatrixRow>();
  for (const behaviour of behaviours) {
    const key = JSON.stringify([behaviour.family, behaviour.rule]);
    let row = rows.get(key);
    if (!row) {
      row = {
        family: behaviour.family,
        rule: behaviour.rule,
        cells: new Map(),
        worst: behaviour.class,
        disagree: false,
        breaks: false,
        gating: false,
        unmeasured: false,
      };
      rows.set(key, row);
    }
    const cell = row.cells.get(behaviour.entry);
    if (cell) {
      cell.class = worse(cell.class, behaviour.class);
      cell.behaviours.push(behaviour);
      cell.gating ||= behaviour.gating;
      cell.unmeasured += behaviour.unmeasured;
    } else row.cells.set(behaviour.entry, { class: behaviour.class, behaviours: [behaviour], gating: behaviour.gating, unmeasured: behaviour.unmeasured });
    row.worst = worse(row.worst, behaviour.class);
    row.gating ||= behaviour.gating;
    row.unmeasured ||= behaviour.unmeasured > 0;
  }
  for (const row of rows.values()) {
    const classes = new Set([...row.cells.values()].map((cell) => cell.class));
    row.disagree = classes.size > 1;
    row.breaks = [...classes].some((type) => classInfo[type].breaks);
  }
  return [...rows.values()].sort(
    (a, b) =>
      sections.indexOf(sectionOf(a)) - sections.indexOf(sectionOf(b)) ||
      Number(b.disagree) - Number(a.disagree) ||
      compareText(a.family, b.family) ||
      severity(a.worst) - severity(b.worst) ||
      compareText(a.rule, b.rule),
  );
}

/** Behaviours by class: the one count of what each entry does, used by every report and the console. */
export function classCounts(behaviours: readonly Behaviour[]): Record<BehaviourClass, number> {
  const counts = Object.fromEntries(behaviourClasses.map((type) => [type, 0])) as Record<BehaviourClass, number>;
  for (const behaviour of behaviours) counts[behaviour.class]++;
  return counts;
}
