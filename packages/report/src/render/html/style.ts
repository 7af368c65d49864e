import { behaviourClasses } from "@imagegen-conformance/runner";
import { classColours } from "./class-colours.js";

const classRules = behaviourClasses.map((type) => `.k-${type} { background: ${classColours[type]}; }`).join("\n");

// Sized for a 1,440 px screen with sixteen entries: fixed table layouts, numbered columns, text that wraps anywhere.
export const style = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 1rem 1.25rem; color: #1b1f24; overflow-wrap: anywhere; }
h1 { font-size: 1.5rem; margin: 0 0 0.25rem; } #about { margin: 0 0 0.5rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; } h3 { font-size: 1rem; margin: 0.75rem 0 0.25rem; }
table { border-collapse: collapse; margin: 0.5rem 0; }
th, td { border: 1px solid #d0d7de; padding: 3px 6px; }
th { background: #f6f8fa; }
code, .mono { font-family: ui-monospace, monospace; font-size: 12px; }
.verdict-conformant { color: #116329; font-weight: 600; } .verdict-incomplete { color: #bc4c00; font-weight: 600; }
.verdict-not { color: #a40e26; font-weight: 600; } .verdict-unavailable { color: #6e7781; }
#incomplete { border: 2px solid #bc4c00; background: #fff1e5; padding: 0.5rem 1rem; } #incomplete li { font-family: ui-monospace, monospace; }
#totals { width: 100%; table-layout: fixed; font-size: 13px; }
#totals td { text-align: right; } #totals td.entry { font-size: 11.5px; } #totals td.entry, #totals td.verdict { text-align: left; } #totals td.zero { color: #8c959f; }
#totals th, #totals td { padding: 2px 5px; line-height: 1.25; } #totals th { font-size: 12px; font-weight: 600; overflow-wrap: normal; }
#totals .coverage { color: #57606a; font-size: 11px; }
#legend { display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: 2px 1.5rem; margin: 0.5rem 0; padding: 0; list-style: none; font-size: 13px; }
#legend .swatch { display: inline-block; min-width: 6.5rem; padding: 0 4px; border: 1px solid #d0d7de; margin-right: 0.4rem; }
#filters { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: baseline; margin: 0.5rem 0; padding: 0.5rem 0.75rem; background: #f6f8fa; border: 1px solid #d0d7de; }
#filter-entries { border: 0; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 0 1rem; flex: 1 1 100%; font-size: 13px; }
#filter-entries legend { font-weight: 600; padding: 0; }
.behaviours { width: 100%; table-layout: fixed; font-size: 12px; }
.behaviours th.rule-head { width: 13rem; text-align: left; }
.behaviours thead th { overflow-wrap: break-word; }
.behaviours th.sdk { font-weight: 600; font-size: 11px; }
.behaviours th.number { font-weight: normal; font-size: 11px; line-height: 1.2; vertical-align: top; }
.behaviours th.number b { display: block; font-size: 13px; }
.behaviours tr.family th { text-align: left; background: #eaeef2; font-size: 13px; }
.behaviours th.rule { text-align: left; font-weight: normal; font-family: ui-monospace, monospace; background: #fff; }
.behaviours td { text-align: center; padding: 2px 1px; font-size: 11.5px; cursor: pointer; }
.behaviours td.none { color: #8c959f; cursor: default; }
.behaviours td.gating { font-weight: 700; }
.behaviours td.faded { opacity: 0.3; }
.behaviours td[data-row]:hover, .behaviours td[data-row]:focus { outline: 2px solid #0969da; }
.behaviours td.chosen { outline: 3px solid #0969da; }
.disagree { color: #bc4c00; }
details.part > summary { cursor: pointer; } details.part > summary h2 { display: inline; }
.part .shown { font-weight: normal; color: #57606a; font-size: 0.9rem; }
${classRules}
#drilldown:not(:empty) { border: 2px solid #0969da; padding: 0.25rem 1rem 0.75rem; margin: 1rem 0; }
article.behaviour, article.problem { border-left: 4px solid #a40e26; padding: 0 1rem; margin: 0.75rem 0; }
article.harness-error, article.timeout, article.crashed { border-color: #9a6700; }
dl { display: grid; grid-template-columns: 9rem minmax(0, 1fr); gap: 2px 0.75rem; margin: 0.25rem 0; }
dt { font-weight: 600; } dd { margin: 0; }
pre { white-space: pre-wrap; word-break: break-all; background: #f6f8fa; padding: 4px; margin: 0; font-size: 12px; }
#charts .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(19rem, 1fr)); gap: 1rem 1.5rem; align-items: start; }
#charts figure { margin: 0; min-width: 0; } #charts figcaption { font-size: 12px; }
#charts figcaption b { font-size: 13px; } #charts figcaption ul { margin: 0.25rem 0; padding-left: 1rem; }
#charts svg text { font: 10px system-ui, sans-serif; }
#results-matrix { width: 100%; table-layout: fixed; font-size: 12px; }
#results-matrix th.row-head { width: 17rem; }
#results-matrix th.row { text-align: left; font-weight: normal; font-family: ui-monospace, monospace; }
#results-matrix td { text-align: right; }
#results-matrix td.pass, .key.pass { background: #b7e4c7; } #results-matrix td.allowed, .key.allowed { background: #d8eefe; }
#results-matrix td.partial, .key.partial { background: #ffe8a3; } #results-matrix td.fail, .key.fail { background: #f4b4b4; }
#results-matrix td.none, .key.none { color: #8c959f; text-align: center; }
.key { padding: 1px 6px; border: 1px solid #d0d7de; }
#results-matrix td[data-row] { cursor: pointer; } #results-matrix td[data-row]:hover { outline: 2px solid #0969da; }
`;
