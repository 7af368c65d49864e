// The secondary matrix's script, inlined after html-script.ts (it uses its `data` and `make`): results by
// shape · check, and a drill-down to every failing case. Built with textContent only, never innerHTML.
export const resultsScript = `
const results = data.results;
const resultsMatrix = document.getElementById("results-matrix");
const resultsHead = make("tr");
resultsHead.append(make("th", "shape · check", "row-head"));
for (const implementation of results.implementations) {
  const th = make("th", implementation.header);
  th.title = implementation.label;
  resultsHead.append(th);
}
resultsMatrix.append(resultsHead);
for (const row of results.rows) {
  const line = make("tr");
  line.append(make("th", row.replace(" ", " · "), "row"));
  for (const implementation of results.implementations) {
    const cell = implementation.cells[row];
    const td = make("td");
    if (!cell) { td.textContent = "–"; td.className = "none"; }
    else {
      td.textContent = cell.ran === 0 ? "skipped" : cell.passed + "/" + cell.ran + (cell.allowed > 0 ? " (" + cell.allowed + " allowed)" : "");
      td.className = cell.ran === 0 ? "none" : cell.passed === cell.ran ? (cell.allowed > 0 ? "allowed" : "pass") : cell.passed / cell.ran >= 0.8 ? "partial" : "fail";
      td.title = implementation.label;
      td.dataset.implementation = implementation.label;
      td.dataset.row = row;
      td.tabIndex = 0;
      td.addEventListener("click", () => showResults(implementation, row));
      td.addEventListener("keydown", (event) => { if (event.key === "Enter") showResults(implementation, row); });
    }
    line.append(td);
  }
  resultsMatrix.append(line);
}
function showResults(implementation, row) {
  const panel = document.getElementById("results-drilldown");
  panel.replaceChildren();
  const problems = (implementation.problems[row] || []);
  const cell = implementation.cells[row];
  panel.append(make("h2", implementation.label + " — " + row.replace(" ", " · ")));
  panel.append(make("p", problems.length === 0 ? "No failures here: " + cell.passed + " of " + cell.ran + " passed" + (cell.allowed > 0 ? ", " + cell.allowed + " of them only as the declared profile allows." : ".") : problems.length + " problem(s)" + (cell.more ? " (first " + problems.length + " of " + (problems.length + cell.more) + ")" : "") + "."));
  for (const problem of problems) {
    const item = make("article", undefined, "problem " + problem.kind);
    item.append(make("h3", problem.case + (problem.check === "decode" ? "" : " (" + problem.check + ")")));
    const facts = make("dl");
    const fact = factsOf(facts);
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
