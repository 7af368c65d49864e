// (h) The judge alone: the compiled validator (`validate`) against the interpreted one it is held equal to
// (`validateInterpreted`), on the bench's valid values and as many invalid ones of the same shape.
import { invalidValue } from "@imagegen-conformance/arbitraries";
import { findShape, validate, validateInterpreted } from "@imagegen-conformance/core";
import fc from "fast-check";
import { pool, report, shape } from "../cases.mjs";

const count = Number(process.argv[2] ?? 1_000_000);
const which = process.argv[3] === "interpreted" ? validateInterpreted : validate;
const resolved = findShape(shape);
const values = [...pool().map((text) => JSON.parse(text)), ...fc.sample(invalidValue(shape), { seed: 42, numRuns: 10_000 }).map(({ value }) => value)];
for (let index = 0; index < 100_000; index++) which(resolved, values[index % values.length]);
const started = performance.now();
let valid = 0;
for (let index = 0; index < count; index++) if (which(resolved, values[index % values.length]).valid) valid++;
const seconds = (performance.now() - started) / 1000;
report({ name: `h-judge-${process.argv[3] ?? "compiled"}`, cases: count, seconds, valid });
