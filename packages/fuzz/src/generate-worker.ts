// A generation worker: makes the cases of the indices it is sent, from the same source as the campaign's.
import { parentPort, workerData } from "node:worker_threads";
import { InputSource } from "./input-source.js";
import { type MadeInput, makeInput } from "./made-input.js";

const { shapes, seed } = workerData as { shapes: string[]; seed: number };
const source = new InputSource(shapes, seed);

parentPort?.on("message", ({ id, indices }: { id: number; indices: number[] }) => {
  const made = indices.map((index): MadeInput => {
    const one = makeInput(source, index);
    if (!("input" in one)) return one;
    const { kind, shape, testCase } = one.input;
    return { index, kind, shape, testCase };
  });
  parentPort?.postMessage({ id, made });
});
