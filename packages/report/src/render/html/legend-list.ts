import { legendEntries, markers } from "../../view/legend.js";
import { escapeXml } from "../escape-xml.js";

/** The legend of the behaviour matrix: every class as its symbol, word and meaning, then the markers. */
export function legendList(): string {
  const classes = legendEntries.map((entry) => `<li><span class="swatch k-${entry.type}">${escapeXml(entry.label)}</span>${escapeXml(entry.meaning)}</li>`);
  const marks = [
    `<li><span class="swatch"><b>bold ${markers.gating.symbol}</b></span>${escapeXml(markers.gating.meaning)}</li>`,
    `<li><span class="swatch disagree">${markers.disagree.symbol}</span>${escapeXml(markers.disagree.meaning)}</li>`,
    `<li><span class="swatch">${markers.unmeasured.symbol}</span>${escapeXml(markers.unmeasured.meaning)}</li>`,
    `<li><span class="swatch">${markers.absent.symbol}</span>${escapeXml(markers.absent.meaning)}</li>`,
  ];
  return `<ul id="legend">${[...classes, ...marks].join("")}</ul>`;
}
