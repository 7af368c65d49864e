import { type Behaviour, type BehaviourClass, behaviourClasses, classLabel, type ResultRecord } from "@imagegen-conformance/runner";
import { ruleText } from "../../view/matrix-sections.js";
import type { EntryColumn } from "./entry-columns.js";
import { expectedText } from "./expected-text.js";
import type { MatrixPart } from "./matrix-tables.js";
import { reproduceCommand } from "./reproduce-command.js";

const textLimit = 4000;

/** One behaviour as the drill-down shows it, its words already made (classLabel), its example by index. */
export interface BehaviourView {
  type: BehaviourClass;
  class: string;
  sdkType: string;
  shapes: string[];
  /** Its results by class, most severe first: "⊘ rejects valid: 3". */
  classes: string[];
  corpus: number;
  fuzz: number;
  gating: boolean;
  example: number;
}

export interface ExampleView {
  implementation: string;
  case: string;
  check: string;
  level: string;
  kind: string;
  reason: string;
  expected: string;
  input?: string;
  received?: string;
  behaved?: string;
  fidelity?: string;
  reading?: string;
  unenforced?: string;
  stderr?: string;
  reproduce?: string;
}

export interface RowView {
  family: string;
  rule: string;
  /** Column number → the entry's cell. */
  cells: Record<string, { label: string; type: BehaviourClass; class: string; gating: boolean; behaviours: BehaviourView[] }>;
}

/**
 * What the drill-down needs, rows numbered as matrixTables numbers them. Results that are the example of several
 * behaviours (a case tests many rules) are kept once.
 */
export function matrixData(parts: readonly MatrixPart[], columns: readonly EntryColumn[]): { rows: RowView[]; examples: ExampleView[] } {
  const examples: ExampleView[] = [];
  const seen = new Map<string, number>();
  const exampleOf = (record: ResultRecord): number => {
    const key = JSON.stringify([record.implementation, record.case, record.check]);
    let index = seen.get(key);
    if (index === undefined) {
      index = examples.push(exampleView(record)) - 1;
      seen.set(key, index);
    }
    return index;
  };
  const view = (behaviour: Behaviour): BehaviourView => ({
    type: behaviour.class,
    class: classLabel(behaviour.class),
    sdkType: behaviour.sdkType,
    shapes: behaviour.shapes,
    classes: behaviourClasses.flatMap((type) => (behaviour.classes[type] ? [`${classLabel(type)}: ${behaviour.classes[type]}`] : [])),
    corpus: behaviour.corpus,
    fuzz: behaviour.fuzz,
    gating: behaviour.gating,
    example: exampleOf(behaviour.example),
  });
  const rows = parts.flatMap((part) =>
    part.rows.map((row): RowView => {
      const cells: RowView["cells"] = {};
      for (const column of columns) {
        const cell = row.cells.get(column.label);
        if (cell)
          cells[column.number] = {
            label: column.label,
            type: cell.class,
            class: classLabel(cell.class),
            gating: cell.gating,
            behaviours: cell.behaviours.map(view),
          };
      }
      return { family: row.family, rule: ruleText(row.rule), cells };
    }),
  );
  return { rows, examples };
}

const limited = (text: string | undefined) =>
  text === undefined || text.length <= textLimit ? text : `${text.slice(0, textLimit)}… (${text.length} characters)`;

function exampleView(record: ResultRecord): ExampleView {
  const optional = {
    input: limited(record.input),
    received: record.received,
    behaved: record.behaved,
    fidelity: record.fidelity,
    reading: record.reading,
    unenforced: record.unenforced?.join(", "),
    stderr: limited(record.stderr),
    reproduce: reproduceCommand(record),
  };
  return {
    implementation: record.implementation,
    case: record.case,
    check: record.check,
    level: record.level,
    kind: record.kind,
    reason: record.reason,
    expected: expectedText(record),
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined && value !== "")),
  };
}
