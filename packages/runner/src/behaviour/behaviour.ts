import type { ResultRecord } from "../run/log-records.js";
import type { BehaviourClass } from "./behaviour-class.js";

/** What a behaviour is about: a rule or invariant, within the family of shapes that document it. */
export interface RuleRow {
  /** The wire object (`image_generation_call item`, `response.output_item.done`), "stream" or "JSON text". */
  family: string;
  /** The rule within the family (`result/null`, `*` for valid values in general) or the invariant, finding or RFC section. */
  rule: string;
}

/**
 * One SDK entry's behaviour with one rule: every result that tests it, through one SDK type, as one class.
 * Catalogue shapes that document the same wire object and map onto the same SDK type give one behaviour, not several.
 */
export interface Behaviour extends RuleRow {
  entry: string;
  /** The SDK type the entry's hello maps the tested shapes onto. */
  sdkType: string;
  /** The most severe class its results showed. */
  class: BehaviourClass;
  /** Its results by class. */
  classes: Partial<Record<BehaviourClass, number>>;
  /**
   * Its results the harness or the runner could not give a verdict on (harness errors, timeouts, crashes, unjudged):
   * the class rests on the others only, so a behaviour with any is never shown as simply what the entry does.
   */
  unmeasured: number;
  /** Results from the corpus and from the fuzz campaign's counterexamples. */
  corpus: number;
  fuzz: number;
  /** A result of its class at a level that gates: the documents' levels decide what gates. */
  gating: boolean;
  /** The catalogue shapes its results were about. */
  shapes: string[];
  /** One result of its class, the smallest input the log kept (then the first case): the example to reproduce. */
  example: ResultRecord;
}
