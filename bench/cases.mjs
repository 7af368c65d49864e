// The bench's inputs: realistic valid OutputImageGenerationCallItem values from the arbitraries,
// a pool of distinct ones, cycled with fresh ids so that any number of cases costs the same memory.
import { validValue } from "@imagegen-conformance/arbitraries";
import fc from "fast-check";

export const shape = "OutputImageGenerationCallItem";

export function pool(size = 10_000, seed = 42) {
  return fc.sample(validValue(shape), { seed, numRuns: size }).map((value) => JSON.stringify(value));
}

/** `count` decode cases, made as they are consumed. */
export function* cases(count, texts = pool()) {
  for (let index = 0; index < count; index++) {
    yield {
      id: `bench/${index}#00000000`,
      shape,
      operation: "decode",
      description: "",
      source: { kind: "spec", ref: "bench" },
      tags: [],
      input: texts[index % texts.length],
      expect: { verdict: "accept" },
      level: "required",
    };
  }
}

/** Prints one measurement as a JSON line, with this process's peak RSS. */
export function report(result) {
  const maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify({ ...result, casesPerSecond: Math.round(result.cases / result.seconds), maxRssMB }));
}
