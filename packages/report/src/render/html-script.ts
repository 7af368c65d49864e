import { resultsScript } from "./html/results-script.js";

// The report page's script, inlined as text. The matrix itself is HTML; this adds its filters and drill-down.
// Every element made from data is built with textContent, never innerHTML, so nothing in a case (<script>, an
// onerror attribute) can run.
const behaviourScript = `
const data = JSON.parse(document.getElementById("report-data").textContent);
const make = (tag, text, className) => { const element = document.createElement(tag); if (text !== undefined) element.textContent = text; if (className) element.className = className; return element; };
const factsOf = (facts) => (name, value, pre = true) => {
  if (value === undefined || value === "") return;
  facts.append(make("dt", name));
  const dd = make("dd");
  dd.append(pre ? make("pre", String(value)) : make("span", String(value)));
  facts.append(dd);
};
const matrix = document.getElementById("matrix");
const entryBoxes = [...document.querySelectorAll("#filter-entries input[type=checkbox]")];
const classChoice = document.getElementById("filter-class");
const gatingOnly = document.getElementById("filter-gating");
const filterStatus = document.getElementById("filter-status");

// A row stays when one of the chosen entries' cells has the chosen class (any, by default) and, with "gating only", gates.
function applyFilters() {
  const shown = new Set(entryBoxes.filter((box) => box.checked).map((box) => box.value));
  const type = classChoice ? classChoice.value : "";
  const gating = gatingOnly ? gatingOnly.checked : false;
  const matches = (cell) => (type === "" || cell.dataset.class === type) && (!gating || cell.dataset.gating === "true");
  for (const element of matrix.querySelectorAll("[data-column]")) element.hidden = !shown.has(element.dataset.column);
  for (const group of matrix.querySelectorAll("th[data-columns]")) {
    const count = group.dataset.columns.split(" ").filter((number) => shown.has(number)).length;
    group.hidden = count === 0;
    if (count > 0) group.colSpan = count;
  }
  let kept = 0;
  let all = 0;
  for (const table of matrix.querySelectorAll("table.behaviours")) {
    let family;
    let familyKept = false;
    let partKept = 0;
    let partAll = 0;
    for (const row of table.tBodies[0].rows) {
      if (row.classList.contains("family")) {
        if (family) family.hidden = !familyKept;
        family = row;
        familyKept = false;
        row.cells[0].colSpan = shown.size + 1;
        continue;
      }
      partAll++;
      const cells = [...row.querySelectorAll("td[data-class]")].filter((cell) => shown.has(cell.dataset.column));
      const keep = cells.some(matches);
      row.hidden = !keep;
      for (const cell of cells) cell.classList.toggle("faded", (type !== "" || gating) && !matches(cell));
      if (keep) { familyKept = true; partKept++; }
    }
    if (family) family.hidden = !familyKept;
    kept += partKept;
    all += partAll;
    table.hidden = partKept === 0;
    const count = table.closest(".part").querySelector(".shown");
    count.textContent = partKept === partAll ? partAll + " rules" : partKept === 0 ? "none of its " + partAll + " rules match" : partKept + " of " + partAll + " rules shown";
  }
  if (filterStatus) filterStatus.textContent = kept === all ? "" : "showing " + kept + " of " + all + " rules, " + shown.size + " of " + entryBoxes.length + " entries";
}
for (const box of entryBoxes) box.addEventListener("change", applyFilters);
if (classChoice) classChoice.addEventListener("change", applyFilters);
if (gatingOnly) gatingOnly.addEventListener("change", applyFilters);
const everyEntry = (checked) => () => { for (const box of entryBoxes) box.checked = checked; applyFilters(); };
document.getElementById("filter-all")?.addEventListener("click", everyEntry(true));
document.getElementById("filter-none")?.addEventListener("click", everyEntry(false));

// The drill-down: an entry's behaviours in one row, each with its counts and the example to reproduce.
const drilldown = document.getElementById("drilldown");
function showCell(cell) {
  const row = data.matrix.rows[Number(cell.dataset.row)];
  const view = row && row.cells[cell.dataset.column];
  if (!view) return;
  for (const chosen of matrix.querySelectorAll("td.chosen")) chosen.classList.remove("chosen");
  cell.classList.add("chosen");
  drilldown.replaceChildren();
  drilldown.append(make("h2", view.label + " — " + row.family + " · " + row.rule));
  drilldown.append(make("p", view.class + (view.gating ? " (gates)" : "") + ": " + view.behaviours.length + (view.behaviours.length === 1 ? " behaviour" : " behaviours, one per SDK type") + "."));
  for (const behaviour of view.behaviours) {
    const item = make("article", undefined, "behaviour");
    const title = make("h3");
    title.append(make("span", behaviour.class, "swatch k-" + behaviour.type), " through " + behaviour.sdkType);
    item.append(title);
    const facts = make("dl");
    const fact = factsOf(facts);
    fact("class", behaviour.class + (behaviour.gating ? " (gates)" : ""), false);
    fact("SDK type", behaviour.sdkType, false);
    fact("shapes", behaviour.shapes.join(", "), false);
    fact("results by class", behaviour.classes.join(" · "), false);
    fact("from", behaviour.corpus + " corpus results, " + behaviour.fuzz + " fuzz counterexamples", false);
    item.append(facts);
    const example = data.matrix.examples[behaviour.example];
    item.append(make("h4", "Example: " + example.case + (example.check === "decode" ? "" : " (" + example.check + ")")));
    const shown = make("dl");
    const show = factsOf(shown);
    show("outcome", example.kind + " (level " + example.level + ")");
    show("expected", example.expected);
    show("came back", example.reason);
    show("behaved", example.behaved);
    show("received", example.received);
    show("fidelity", example.fidelity);
    show("reading", example.reading);
    show("not enforced", example.unenforced);
    show("input", example.input);
    show("stderr", example.stderr);
    show("reproduce", example.reproduce === undefined ? "nothing to replay: it passed, and only failures get a reproducer" : example.reproduce);
    item.append(shown);
    drilldown.append(item);
  }
  const back = make("button", "back to the matrix");
  back.type = "button";
  back.addEventListener("click", () => { cell.scrollIntoView({ block: "center" }); cell.focus(); });
  drilldown.append(back);
  drilldown.scrollIntoView();
}
matrix.addEventListener("click", (event) => { const cell = event.target.closest("td[data-row]"); if (cell) showCell(cell); });
matrix.addEventListener("keydown", (event) => {
  const cell = event.target.closest("td[data-row]");
  if (cell && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); showCell(cell); }
});
`;

export const htmlScript: string = behaviourScript + resultsScript;
