import type { ReportData } from "../../read/report-data.js";
import { passRate } from "../verdict.js";
import type { EntryColumn } from "./entry-columns.js";
import { expectedText } from "./expected-text.js";
import { reproduceCommand } from "./reproduce-command.js";

const inputLimit = 4000;
const perCell = 200;

/** The data of the secondary matrix, results by shape · check per entry, with up to 200 failing results a cell. */
export function resultsData(data: ReportData, columns: readonly EntryColumn[]) {
  const numbers = new Map(columns.map((column) => [column.label, column.number]));
  const rows = [...new Set(data.implementations.flatMap((implementation) => [...implementation.cells.keys()]))].sort();
  // Entries that ran nothing (unavailable) have no column; the totals list them.
  const implementations = data.implementations
    .filter((implementation) => implementation.cells.size > 0)
    .map((implementation) => {
      const problems: Record<string, unknown[]> = {};
      const cells: Record<string, { passed: number; ran: number; allowed: number; more?: number }> = {};
      for (const [row, tally] of [...implementation.cells].sort(([left], [right]) => left.localeCompare(right, "en"))) cells[row] = passRate(tally);
      for (const problem of data.problems) {
        if (problem.implementation !== implementation.label) continue;
        const row = `${problem.shape} ${problem.check}`;
        const list = problems[row] ?? [];
        problems[row] = list;
        const cell = cells[row];
        if (list.length >= perCell) {
          if (cell) cell.more = (cell.more ?? 0) + 1;
          continue;
        }
        const input =
          problem.input === undefined || problem.input.length <= inputLimit
            ? problem.input
            : `${problem.input.slice(0, inputLimit)}… (${problem.input.length} characters)`;
        list.push({
          case: problem.case,
          check: problem.check,
          level: problem.level,
          kind: problem.kind,
          reason: problem.reason,
          expected: expectedText(problem),
          rules: problem.unenforced?.join(", "),
          input,
          stderr: problem.stderr,
          reproduce: reproduceCommand(problem),
        });
      }
      // The reference is no matrix column, so it has no number: its header is its name.
      const header = String(numbers.get(implementation.label) ?? implementation.record.description?.name ?? implementation.label);
      return { label: implementation.label, header, cells, problems };
    });
  return { implementations, rows };
}

/** The secondary section: every failing result, by shape · check, below the behaviour matrix. */
export const resultsSection = `<section id="results">
<h2>All failing results by shape · check</h2>
<p id="results-legend">Each cell: passed / ran; columns are numbered as above. <span class="key pass">all passed</span> <span class="key allowed">all passed, some only as the declared profile allows</span> <span class="key partial">80% or more</span> <span class="key fail">less</span> <span class="key none">skipped: not offered</span>. Click a cell to see its failing cases.</p>
<table id="results-matrix"></table>
<section id="results-drilldown"></section>
</section>`;
