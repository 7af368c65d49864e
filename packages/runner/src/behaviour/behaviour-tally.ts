import type { Level } from "@imagegen-conformance/fixtures";
import type { Description } from "../implementation/implementation.js";
import { blameOf, isImplementationFailure } from "../outcome/outcome.js";
import type { ResultRecord } from "../run/log-records.js";
import type { Behaviour } from "./behaviour.js";
import { severity } from "./behaviour-class.js";
import { classOf } from "./class-of.js";
import { compareText } from "./compare-text.js";
import { ruleRow } from "./rule-row.js";

/** Gathers results into behaviours as a log is read: one per entry, SDK type and rule, whatever the number of results. */
export class BehaviourTally {
  readonly #behaviours = new Map<string, Behaviour>();
  /** Unmeasured results by behaviour key, added to the behaviour once the log is read (they may come first). */
  readonly #unmeasured = new Map<string, number>();
  readonly #gated: ReadonlySet<Level>;

  constructor(gated: readonly Level[]) {
    this.#gated = new Set(gated);
  }

  add(record: ResultRecord, description: Description | undefined): void {
    const type = classOf(record);
    const unmeasured = blameOf(record.kind) === "harness" || blameOf(record.kind) === "runner";
    if (type === undefined && !unmeasured) return;
    const gating = isImplementationFailure(record.kind) && this.#gated.has(record.level);
    for (const tested of record.tests ?? [`${record.shape}/*`]) {
      const row = ruleRow(tested, record.shape);
      const sdkType = description?.capabilities.shapes[row.shape] ?? row.shape;
      const key = JSON.stringify([record.implementation, sdkType, row.family, row.rule]);
      if (type === undefined) {
        this.#unmeasured.set(key, (this.#unmeasured.get(key) ?? 0) + 1);
        continue;
      }
      let behaviour = this.#behaviours.get(key);
      if (!behaviour) {
        behaviour = {
          entry: record.implementation,
          sdkType,
          family: row.family,
          rule: row.rule,
          class: type,
          classes: {},
          unmeasured: 0,
          corpus: 0,
          fuzz: 0,
          gating: false,
          shapes: [],
          example: record,
        };
        this.#behaviours.set(key, behaviour);
      }
      behaviour.classes[type] = (behaviour.classes[type] ?? 0) + 1;
      if (record.check === "fuzz") behaviour.fuzz++;
      else behaviour.corpus++;
      if (!behaviour.shapes.includes(row.shape)) behaviour.shapes.push(row.shape);
      if (severity(type) < severity(behaviour.class) || (type === behaviour.class && before(record, behaviour.example))) {
        behaviour.class = type;
        behaviour.example = record;
      }
      behaviour.gating ||= gating;
    }
  }

  /** Sorted by entry, family and rule, so equal runs give equal behaviours. */
  behaviours(): Behaviour[] {
    for (const [key, behaviour] of this.#behaviours) {
      behaviour.shapes.sort();
      behaviour.unmeasured = this.#unmeasured.get(key) ?? 0;
    }
    return [...this.#behaviours.values()].sort(
      (a, b) => compareText(a.entry, b.entry) || compareText(a.family, b.family) || compareText(a.rule, b.rule) || compareText(a.sdkType, b.sdkType),
    );
  }
}

// The example is the smallest input a reader can take in at once (a kept input before none), then the first case:
// it does not depend on the order results arrived in (shards, batches).
const size = (record: ResultRecord) => record.input?.length ?? Number.POSITIVE_INFINITY;
const before = (a: ResultRecord, b: ResultRecord) =>
  size(a) < size(b) || (size(a) === size(b) && (compareText(a.case, b.case) < 0 || (a.case === b.case && compareText(a.check, b.check) < 0)));
