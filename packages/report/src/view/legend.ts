import { behaviourClasses, classInfo, classLabel } from "@imagegen-conformance/runner";

/** The classes, most severe first, each as its symbol, its word and what it means: one legend for every report. */
export const legendEntries = behaviourClasses.map((type) => ({ type, label: classLabel(type), meaning: classInfo[type].meaning }));

export const markers = {
  disagree: { symbol: "⚑", meaning: "the entries that tested the rule do not all do the same" },
  gating: { symbol: "*", meaning: "a failure at a level the run gates on (with a baseline, the gate also fails on any failure it does not list)" },
  unmeasured: { symbol: "⚠", meaning: "some of its results got no verdict (a harness problem or a runner limit): the class rests on the rest" },
  absent: {
    symbol: "–",
    meaning: "no judged result of the entry tests the rule (not offered, skipped, or only harness problems: see the entry's harness problems)",
  },
} as const;
