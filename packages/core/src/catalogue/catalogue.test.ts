import { describe, expect, it } from "vitest";
import { deriveNames } from "../naming/derive-names.js";
import { ObjectShape } from "../shape/object-shape.js";
import { allRules, catalogue, findShape } from "./catalogue.js";
import { suggestShapes } from "./suggest-shape.js";

describe("catalogue", () => {
  it("names every shape and rule once", () => {
    expect(new Set(catalogue.map((shape) => shape.name)).size).toBe(catalogue.length);
    const ids = allRules().map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("holds the five seeds, the canonical item, the four events, the enums, and OpenAI's SDK reading of the item and partial image", () => {
    expect(catalogue.map((shape) => `${shape.kind} ${shape.name}`)).toEqual(
      expect.arrayContaining([
        "item ResponsesOutputItemImageGenerationCall",
        "item InputImageGenerationCall1",
        "item ResponsesImageGenerationCall",
        "item InstructionsImageGenerationCall1",
        "event OpenResponsesImageGenCallGenerating",
        "item ImageGenToolCall",
        "item OutputItemImageGenerationCall",
        "item OutputImageGenerationCallItem",
        "event ImageGenCallInProgressEvent",
        "event ImageGenCallGeneratingEvent",
        "event ImageGenCallPartialImageEvent",
        "event ImageGenCallCompletedEvent",
        "enum ImageGenerationStatus",
        "enum StatusRequestEnum3",
        "enum InstructionsStatusEnum3",
        "item ResponseOutputItemImageGenerationCall",
        "nested ResponseOutputItemImageGenerationCallError",
        "nested ResponseOutputItemImageGenerationCallErrorModerationDetails",
        "nested ResponseOutputItemImageGenerationCallSvgUsage",
        "event ResponseImageGenCallPartialImageEvent",
        "enum ResponseOutputItemImageGenerationCallOutputFormat",
      ]),
    );
    for (const shape of catalogue) expect(shape.sources.length, shape.name).toBeGreaterThan(0);
  });

  it("lines OpenAI's SDK reading up with the rows of the shapes it reads again", () => {
    expect(findShape("ResponseOutputItemImageGenerationCall")?.family).toBe(findShape("ImageGenToolCall")?.family);
    expect(findShape("ResponseImageGenCallPartialImageEvent")?.family).toBe(findShape("ImageGenCallPartialImageEvent")?.family);
    // Every object nested in a catalogue shape is itself in the catalogue, so its rules are catalogue rules.
    for (const shape of catalogue.filter((candidate): candidate is ObjectShape => candidate instanceof ObjectShape))
      for (const { field } of shape.fields) {
        const nested = (field.kind as { nestedShape?: { name: string } }).nestedShape;
        if (nested) expect(findShape(nested.name), `${shape.name} nests ${nested.name}`).toBe(nested);
      }
  });

  it("derives every SDK's names from the wire name", () => {
    expect(deriveNames("item_id")).toEqual({ wire: "item_id", ts: "itemId", go: "ItemID", python: "item_id" });
    expect(deriveNames("partial_image_b64")).toEqual({ wire: "partial_image_b64", ts: "partialImageB64", go: "PartialImageB64", python: "partial_image_b64" });
    const event = findShape("ImageGenCallPartialImageEvent") as ObjectShape;
    expect(event.fields.map((field) => field.names.ts)).toEqual(["type", "itemId", "outputIndex", "sequenceNumber", "partialImageB64", "partialImageIndex"]);
    expect(event.fieldNamed("ItemID", "go")?.wire).toBe("item_id");
  });

  it("suggests the shape a person probably meant", () => {
    expect(suggestShapes("InputImageGenerationCall")[0]).toBe("InputImageGenerationCall1");
    expect(suggestShapes("imagegentoolcall")[0]).toBe("ImageGenToolCall");
    expect(suggestShapes("zzzzzzzzzzzzzz")).toEqual([]);
  });

  it("types each shape's wire and TypeScript forms from its one definition", async () => {
    const { typeChecks } = await import("./catalogue.test-d.js");
    expect(typeChecks).toBe(true);
  });
});
