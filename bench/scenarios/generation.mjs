// (e) Generation alone: valid, invalid and forward-compatible values of every shape, and event streams, from the arbitraries.
import { eventStream, forwardCompatibleValue, invalidValue, validValue } from "@imagegen-conformance/arbitraries";
import { catalogue, ObjectShape } from "@imagegen-conformance/core";
import fc from "fast-check";
import { report } from "../cases.mjs";

const count = Number(process.argv[2] ?? 200_000);
const arbitraries = catalogue.flatMap((shape) => [
  validValue(shape),
  invalidValue(shape),
  ...(shape instanceof ObjectShape ? [forwardCompatibleValue(shape)] : []),
]);
const mixed = fc.oneof(...arbitraries);
fc.sample(mixed, { seed: 1, numRuns: 10_000 });
const started = performance.now();
let size = 0;
for (const value of fc.sample(mixed, { seed: 2, numRuns: count })) size += JSON.stringify(value).length;
const seconds = (performance.now() - started) / 1000;
const streamsStarted = performance.now();
const streams = fc.sample(eventStream(), { seed: 3, numRuns: 2_000 }).length;
const streamSeconds = (performance.now() - streamsStarted) / 1000;
report({ name: "e-generation", cases: count, seconds, meanJsonBytes: Math.round(size / count), streamsPerSecond: Math.round(streams / streamSeconds) });
