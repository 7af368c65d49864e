import { classCell, classLabel, type MatrixRow, type Section } from "@imagegen-conformance/runner";
import { markers } from "../../view/legend.js";
import { ruleText } from "../../view/matrix-sections.js";
import { escapeXml } from "../escape-xml.js";
import { type EntryColumn, sdkGroups } from "./entry-columns.js";

// Narrow headers break after "/", "." and "_" ("github.com/openai/…", "json.Unmarshal") before anywhere else.
const breakable = (text: string) => escapeXml(text).replace(/([/._])/g, "$1<wbr>");

export interface MatrixPart {
  section: Section;
  title: string;
  rows: MatrixRow[];
}

/**
 * The behaviour matrix as tables, one per part (what breaks users, leniency, then what every entry gets right,
 * folded away): rules grouped by family, a numbered column per entry. Rows are numbered across the parts, in
 * order, as the drill-down data numbers them; the script filters and drills down over these attributes.
 */
export function matrixTables(parts: readonly MatrixPart[], columns: readonly EntryColumn[]): string {
  if (columns.length === 0) return `<div id="matrix"><p>No behaviours: no entry has a result that tests a rule.</p></div>`;
  const head = tableHead(columns);
  let index = 0;
  const shown = parts.filter((part) => part.rows.length > 0);
  const html = shown.map((part) => {
    const body: string[] = [];
    let family: string | undefined;
    for (const row of part.rows) {
      if (row.family !== family) body.push(`<tr class="family"><th colspan="${columns.length + 1}" scope="rowgroup">${escapeXml(row.family)}</th></tr>`);
      family = row.family;
      body.push(ruleRow(row, index++, columns));
    }
    const count = `<span class="shown">${part.rows.length} rules</span>`;
    const table = `<table class="behaviours">${head}<tbody>\n${body.join("\n")}\n</tbody></table>`;
    return part.section === "conforms"
      ? `<details class="part" data-section="${part.section}"><summary><h2>${escapeXml(part.title)} ${count}</h2></summary>${table}</details>`
      : `<section class="part" data-section="${part.section}"><h2>${escapeXml(part.title)} ${count}</h2>${table}</section>`;
  });
  return `<div id="matrix">\n${html.join("\n")}\n</div>`;
}

function tableHead(columns: readonly EntryColumn[]): string {
  const groups = sdkGroups(columns).map(
    (group) =>
      `<th class="sdk" scope="colgroup" colspan="${group.length}" data-columns="${group.map((column) => column.number).join(" ")}">${breakable(group[0]?.sdk ?? "")}</th>`,
  );
  const numbers = columns.map(
    (column) =>
      `<th class="number" scope="col" data-column="${column.number}" title="${escapeXml(column.label)}"><b>${column.number}</b>${breakable(column.version)}<br>${breakable(column.entry)}</th>`,
  );
  return `<thead><tr><th class="rule-head" rowspan="2" scope="col">rule</th>${groups.join("")}</tr><tr>${numbers.join("")}</tr></thead>`;
}

function ruleRow(row: MatrixRow, index: number, columns: readonly EntryColumn[]): string {
  const flag = row.disagree ? `<span class="disagree" title="${escapeXml(markers.disagree.meaning)}">${markers.disagree.symbol}</span> ` : "";
  const cells = columns.map((column) => {
    const cell = row.cells.get(column.label);
    if (!cell) return `<td class="none" data-column="${column.number}">–</td>`;
    const title = `${column.label}: ${classLabel(cell.class)}${cell.gating ? " (gates)" : ""}${cell.unmeasured > 0 ? ` (${cell.unmeasured} results got no verdict)` : ""}`;
    return `<td class="k-${cell.class}${cell.gating ? " gating" : ""}" data-row="${index}" data-column="${column.number}" data-class="${cell.class}" data-gating="${cell.gating}" tabindex="0" title="${escapeXml(title)}">${escapeXml(classCell(cell.class))}${cell.gating ? markers.gating.symbol : ""}${cell.unmeasured > 0 ? markers.unmeasured.symbol : ""}</td>`;
  });
  return `<tr class="rule-row" data-row="${index}"><th class="rule" scope="row">${flag}${escapeXml(ruleText(row.rule))}</th>${cells.join("")}</tr>`;
}
