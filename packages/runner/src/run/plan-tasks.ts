import { decodeSse, findShape, parseJsonText, type Shape, writeJson } from "@imagegen-conformance/core";
import type { Case } from "@imagegen-conformance/fixtures";
import type { InputValues } from "../checks/input-values.js";
import { decodeContext, judgeDecode } from "../checks/judge-decode.js";
import { judgeStream } from "../checks/judge-stream.js";
import type { Description } from "../implementation/implementation.js";
import { outcome } from "../outcome/outcome.js";
import { chunkings, cut, hashSeed } from "./chunkings.js";
import type { Task } from "./task.js";

export interface PlanOptions {
  seed: number;
  /** Random chunkings per stream case, beside "whole" and "line by line". Default 3. */
  randomChunkings?: number;
  /** Leave out encode checks (a decode-only measurement). Default false. */
  skipEncode?: boolean;
  /** Inputs parsed once for every implementation that judges them (a fuzz batch); by default, once per check. */
  inputs?: InputValues;
}

const skipped = (testCase: Case, check: Task["check"], reason: string, key = testCase.id): Task => ({
  key,
  testCase,
  check,
  requests: [],
  judge: () => outcome("skipped", reason),
});

/** The tasks for one implementation: a decode check per case it declares, an encode check where it can encode, a stream check per stream case. */
export function* planTasks(cases: Iterable<Case>, description: Description, options: PlanOptions): Generator<Task> {
  const { operations, shapes } = description.capabilities;
  for (const testCase of cases) {
    if (testCase.operation === "stream") {
      yield operations.includes("stream") ? streamTask(testCase, description, options) : skipped(testCase, "stream", "no stream operation declared in hello");
      continue;
    }
    const shape = findShape(testCase.shape);
    const sdkType = shapes[testCase.shape];
    if (!shape || sdkType === undefined || !operations.includes("decode")) {
      yield skipped(testCase, "decode", `hello declares no decode of ${testCase.shape}`);
      continue;
    }
    const declared = `decode of ${testCase.shape} (as ${sdkType})`;
    yield {
      key: testCase.id,
      testCase,
      check: "decode",
      requests: [{ id: testCase.id, operation: "decode", shape: testCase.shape, input: testCase.input }],
      judge: ([answer]) =>
        answer ? judgeDecode(decodeContext(shape, testCase, description, declared, options.inputs), answer) : outcome("harness-error", "no answer"),
    };
    if (operations.includes("encode") && !options.skipEncode && testCase.expect.verdict === "accept")
      yield encodeTask(testCase, shape, description, sdkType, options.inputs);
  }
}

function encodeTask(testCase: Case, shape: Shape, description: Description, sdkType: string, inputs: InputValues | undefined): Task {
  const key = `${testCase.id}@encode`;
  // Digits a double cannot hold stay exact on the way to the harness; writeJson writes bigints as digits, at any depth.
  const parsed = parseJsonText(testCase.input, { bigIntegers: true });
  if (!parsed.ok) return skipped(testCase, "encode", "input is not JSON", key);
  const form = description.capabilities.encode_form ?? "wire";
  const input = writeJson(shape.convert(parsed.value, "wire", form)) ?? "";
  const declared = `encode of ${testCase.shape} (as ${sdkType})`;
  return {
    key,
    testCase,
    check: "encode",
    requests: [{ id: key, operation: "encode", shape: testCase.shape, input }],
    judge: ([answer]) => (answer ? judgeDecode(decodeContext(shape, testCase, description, declared, inputs), answer) : outcome("harness-error", "no answer")),
  };
}

function streamTask(testCase: Case, description: Description, options: PlanOptions): Task {
  const bytes = new TextEncoder().encode(testCase.input);
  const cuts = chunkings(bytes, hashSeed(options.seed, testCase.id), options.randomChunkings ?? 3);
  const expected = decodeSse([bytes]).map((event) => {
    const parsed = parseJsonText(event.data, { bigIntegers: true });
    return parsed.ok ? parsed.value : {};
  });
  return {
    key: testCase.id,
    testCase,
    check: "stream",
    requests: cuts.map((offsets, index) => ({ id: `${testCase.id}~${index}`, operation: "stream", chunks: cut(bytes, offsets) })),
    judge: (answers) => judgeStream({ testCase, description, cuts, expected }, answers),
  };
}
