import { catalogue } from "@imagegen-conformance/core";
import { referenceImplementation } from "@imagegen-conformance/runner";
import { describe, expect, it } from "vitest";
import { declaredShapes } from "../src/index.js";

const reference = referenceImplementation.describe();
const declaring = (shapes: Record<string, string>, operations: string[]) => ({ ...reference, capabilities: { ...reference.capabilities, shapes, operations } });

describe("declaredShapes", () => {
  it("is every shape and streams for an implementation of the whole catalogue", () => {
    expect(declaredShapes([reference])).toEqual([...catalogue.map((shape) => shape.name), "stream"]);
  });

  it("is the union of what each declares, in catalogue order; streams only when one offers them; nothing without decode", () => {
    const items = declaring({ OutputImageGenerationCallItem: "Item" }, ["decode"]);
    const events = declaring({ ImageGenCallCompletedEvent: "Done", ImageGenCallInProgressEvent: "Busy" }, ["decode", "stream"]);
    const order = catalogue.map((shape) => shape.name);
    expect(declaredShapes([items])).toEqual(["OutputImageGenerationCallItem"]);
    expect(declaredShapes([events, items])).toEqual([
      ...["OutputImageGenerationCallItem", "ImageGenCallCompletedEvent", "ImageGenCallInProgressEvent"].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
      "stream",
    ]);
    expect(declaredShapes([declaring({ OutputImageGenerationCallItem: "Item" }, ["encode"])])).toEqual([]);
    expect(declaredShapes([declaring({}, ["stream"])])).toEqual(["stream"]);
  });
});
