// The report page's script, inlined as text. It builds every element from data with textContent,
// never innerHTML, so nothing in a case (<script>, an onerror attribute) can run.
export const htmlScript = `
const data = JSON.parse(document.getElementById("report-data").textContent);
const make = (tag, text, className) => { const element = document.createElement(tag); if (text !== undefined) element.textContent = text; if (className) element.className = className; return element; };
const matrix = document.getElementById("matrix");
const head = make("tr");
head.append(make("th", "shape · check"));
for (const implementation of data.implementations) head.append(make("th", implementation.label));
matrix.append(head);
for (const row of data.rows) {
  const line = make("tr");
  line.append(make("th", row.replace(" ", " · "), "row"));
  for (const implementation of data.implementations) {
    const cell = implementation.cells[row];
    const td = make("td");
    if (!cell) { td.textContent = "–"; td.className = "none"; }
    else {
      td.textContent = cell.ran === 0 ? "skipped" : cell.passed + "/" + cell.ran + (cell.allowed > 0 ? " (" + cell.allowed + " allowed)" : "");
      td.className = cell.ran === 0 ? "none" : cell.passed === cell.ran ? (cell.allowed > 0 ? "allowed" : "pass") : cell.passed / cell.ran >= 0.8 ? "partial" : "fail";
      td.dataset.implementation = implementation.label;
      td.dataset.row = row;
      td.tabIndex = 0;
      td.addEventListener("click", () => show(implementation, row));
      td.addEventListener("keydown", (event) => { if (event.key === "Enter") show(implementation, row); });
    }
    line.append(td);
  }
  matrix.append(line);
}
function show(implementation, row) {
  const panel = document.getElementById("drilldown");
  panel.replaceChildren();
  const problems = (implementation.problems[row] || []);
  const cell = implementation.cells[row];
  panel.append(make("h2", implementation.label + " — " + row.replace(" ", " · ")));
  panel.append(make("p", problems.length === 0 ? "No failures here: " + cell.passed + " of " + cell.ran + " passed" + (cell.allowed > 0 ? ", " + cell.allowed + " of them only as the declared profile allows." : ".") : problems.length + " problem(s)" + (cell.more ? " (first " + problems.length + " of " + (problems.length + cell.more) + ")" : "") + "."));
  for (const problem of problems) {
    const item = make("article", undefined, "problem " + problem.kind);
    item.append(make("h3", problem.case + (problem.check === "decode" ? "" : " (" + problem.check + ")")));
    const facts = make("dl");
    const fact = (name, value) => { if (value === undefined || value === "") return; facts.append(make("dt", name)); const dd = make("dd"); const pre = make("pre", value); dd.append(pre); facts.append(dd); };
    fact("outcome", problem.kind + " (level " + problem.level + ")");
    fact("expected", problem.expected);
    fact("actual", problem.reason);
    fact("rules", problem.rules);
    fact("input", problem.input);
    fact("stderr", problem.stderr);
    fact("reproduce", problem.reproduce);
    item.append(facts);
    panel.append(item);
  }
  panel.scrollIntoView();
}
`;
