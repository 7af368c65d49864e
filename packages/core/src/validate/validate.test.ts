import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogue, findShape } from "../catalogue/catalogue.js";
import type { Shape } from "../shape/shape.js";
import { validate } from "./validate.js";

const shape = (name: string) => findShape(name) as Shape;
const item = { type: "image_generation_call", id: "ig_1", status: "completed", result: "aGk=" };

describe("validate", () => {
  it("accepts the issue's example item and rejects a status outside StatusRequestEnum3", () => {
    expect(validate(shape("InputImageGenerationCall1"), item)).toEqual({ valid: true, errors: [], disputed: [] });
    const result = validate(shape("InputImageGenerationCall1"), { ...item, status: "queued" });
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([
      {
        rule: "InputImageGenerationCall1/status/enum",
        path: "/status",
        message: 'expected one of "in_progress" | "completed" | "generating" | "failed", received string "queued"',
        expected: 'one of "in_progress" | "completed" | "generating" | "failed"',
        received: 'string "queued"',
      },
    ]);
  });

  it("reports every broken rule, not only the first", () => {
    const result = validate(shape("ImageGenCallPartialImageEvent"), {
      type: "response.image_generation_call.partial_image",
      item_id: 7,
      output_index: 1.5,
      partial_image_b64: null,
    });
    expect(result.errors.map((error) => [error.rule, error.path])).toEqual([
      ["ImageGenCallPartialImageEvent/item_id/type", "/item_id"],
      ["ImageGenCallPartialImageEvent/output_index/integer", "/output_index"],
      ["ImageGenCallPartialImageEvent/sequence_number/required", "/sequence_number"],
      ["ImageGenCallPartialImageEvent/partial_image_b64/null", "/partial_image_b64"],
      ["ImageGenCallPartialImageEvent/partial_image_index/required", "/partial_image_index"],
    ]);
  });

  it("reads SDK-side forms and reports paths in that form", () => {
    const event = { type: "response.image_generation_call.generating", itemId: "ig_1", outputIndex: 0, sequenceNumber: "3" };
    expect(validate(shape("ImageGenCallGeneratingEvent"), event, { form: "ts" }).errors.map((error) => [error.rule, error.path])).toEqual([
      ["ImageGenCallGeneratingEvent/sequence_number/type", "/sequenceNumber"],
    ]);
    const go = { Type: "response.image_generation_call.generating", ItemID: "ig_1", OutputIndex: 0, SequenceNumber: 3 };
    expect(validate(shape("ImageGenCallGeneratingEvent"), go, { form: "go" }).valid).toBe(true);
    // Go keys are not TypeScript keys: every field is missing in that form.
    expect(validate(shape("ImageGenCallGeneratingEvent"), go, { form: "ts" }).errors).toHaveLength(4);
  });

  it("checks nested items with the item's own rules", () => {
    const added = {
      type: "response.output_item.added",
      output_index: 0,
      sequence_number: 1,
      item: { type: "image_generation_call", id: 5, status: "in_progress" },
    };
    expect(validate(shape("ResponseOutputItemAddedEvent"), added).errors.map((error) => [error.rule, error.path])).toEqual([
      ["OutputImageGenerationCallItem/id/type", "/item/id"],
    ]);
  });

  it("applies a finding's documented reading by default, and another when asked", () => {
    const nullResult = { ...item, result: null };
    const byDefault = validate(shape("ResponsesOutputItemImageGenerationCall"), nullResult);
    expect(byDefault.errors.map((error) => error.finding)).toEqual(["result-required-string-but-null-example"]);
    const example = validate(shape("ResponsesOutputItemImageGenerationCall"), nullResult, {
      readings: { "result-required-string-but-null-example": "example-and-source" },
    });
    expect(example.valid).toBe(true);
    expect(example.disputed.map((violation) => violation.rule)).toEqual(["ResponsesOutputItemImageGenerationCall/result/null"]);
  });

  it("scopes a dispute to the values it names", () => {
    const judged = (status: string) =>
      validate(shape("ImageGenToolCall"), { ...item, status }, { readings: { "incomplete-status-upstream": "open-responses-upstream" } });
    expect(judged("incomplete").valid).toBe(true);
    expect(judged("queued").valid).toBe(false);
  });

  it("validates enums as shapes of their own", () => {
    expect(validate(shape("StatusRequestEnum3"), "failed").valid).toBe(true);
    expect(validate(shape("StatusRequestEnum3"), 3).errors.map((error) => error.rule)).toEqual(["StatusRequestEnum3/$/type"]);
  });

  it("never throws, whatever the value", () => {
    let deep: unknown = "leaf";
    for (let depth = 0; depth < 100_000; depth++) deep = [deep];
    const huge = "A".repeat(10 * 1024 * 1024);
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("no keys for you");
        },
        has: () => {
          throw new Error("no");
        },
        get: () => {
          throw new Error("no");
        },
        getOwnPropertyDescriptor: () => {
          throw new Error("no");
        },
      },
    );
    const odd = [deep, huge, hostile, { ...item, result: huge }, { ...item, id: deep }, undefined, Symbol("x"), 10n, () => 1, Number.NaN, new Date(0)];
    for (const candidate of catalogue) {
      for (const value of odd) expect(() => validate(candidate, value)).not.toThrow();
    }
    expect(validate(shape("ImageGenToolCall"), { ...item, result: huge }).valid).toBe(true);
    expect(validate(shape("ImageGenToolCall"), hostile).valid).toBe(false);
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true }),
        (value) => {
          for (const candidate of catalogue) validate(candidate, value);
        },
      ),
      { numRuns: 500 },
    );
  });
});
