import { behaviourClasses, classLabel } from "@imagegen-conformance/runner";
import { escapeXml } from "../escape-xml.js";
import type { EntryColumn } from "./entry-columns.js";

/**
 * The matrix's filters, which are also its key: every entry by number and full label (the column headers have
 * room for the number, version and entry only), a box to show or hide its column; a class; gating only.
 */
export function matrixFilters(columns: readonly EntryColumn[]): string {
  if (columns.length === 0) return "";
  const entries = columns.map(
    (column) =>
      `<label><input type="checkbox" value="${column.number}" checked> <b>${column.number}</b> <span class="mono">${escapeXml(column.label)}</span></label>`,
  );
  const classes = behaviourClasses.map((type) => `<option value="${type}">${escapeXml(classLabel(type))}</option>`);
  return `<div id="filters" role="group" aria-label="filters">
<fieldset id="filter-entries"><legend>Entries: the matrix's columns</legend>${entries.join("")}</fieldset>
<span><button type="button" id="filter-all">all entries</button> <button type="button" id="filter-none">no entries</button></span>
<label>rows with <select id="filter-class"><option value="">any class</option>${classes.join("")}</select></label>
<label><input type="checkbox" id="filter-gating"> gating only</label>
<span id="filter-status" aria-live="polite"></span>
</div>`;
}
