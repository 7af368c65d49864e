// A generation worker: makes the cases of the indices it is sent, from the same source as the campaign's.
import { parentPort, workerData } from "node:worker_threads";
import { InputSource } from "./input-source.js";
import type { MadeInput } from "./made-input.js";
import { thrown } from "./unjudged.js";

const { shapes, seed } = workerData as { shapes: string[]; seed: number };
const source = new InputSource(shapes, seed);

parentPort?.on("message", ({ id, indices }: { id: number; indices: number[] }) => {
  const made = indices.map((index): MadeInput => {
    try {
      const { kind, shape, testCase } = source.input(index);
      return { index, kind, shape, testCase };
    } catch (error) {
      return { index, error: `the input could not be made: ${thrown(error)}` };
    }
  });
  parentPort?.postMessage({ id, made });
});
