import type { BehaviourClass } from "@imagegen-conformance/runner";

/**
 * A colour per behaviour class, for matrix cells, the legend and the charts alike. Light enough for black text,
 * and never the only sign: every cell and bar also carries the class's symbol or word.
 */
export const classColours: Record<BehaviourClass, string> = {
  crashes: "#e57373",
  "rejects-valid": "#f4a36f",
  misreads: "#f6c860",
  "loses-data": "#d2a8e6",
  lenient: "#f2ea8c",
  "keeps-unknown": "#9fd6e6",
  allowed: "#c3daf7",
  enforces: "#bfe6cb",
};
