import { describe, expect, it } from "vitest";
import { seedFiles as listSeedFiles, readSeed } from "../../seed-document/read-seed.js";
import { ObjectShape } from "../../shape/object-shape.js";
import { validate } from "../../validate/validate.js";
import { findShape } from "../catalogue.js";

const seedFiles = listSeedFiles();

describe("the five seed shapes", () => {
  it("has one shape per seed page, named by the page's title", () => {
    expect(seedFiles).toHaveLength(5);
    for (const file of seedFiles) {
      const shape = findShape(readSeed(file).title);
      expect(shape, file).toBeInstanceOf(ObjectShape);
      expect(shape?.sources[0]).toEqual({ kind: "seed", file });
    }
  });

  it.each(seedFiles)("%s: fields, presence and types are the table's", (file) => {
    const seed = readSeed(file);
    const shape = findShape(seed.title) as ObjectShape;
    expect(shape.fields.map((field) => field.names[shape.documentedForm])).toEqual(seed.rows.map((row) => row.field));
    for (const row of seed.rows) {
      const field = shape.fields.find((candidate) => candidate.names[shape.documentedForm] === row.field);
      expect(field?.field.required, row.field).toBe(row.required);
      const expectedType = field?.rules.type?.expected;
      if (row.type === "*string*") expect([expectedType, field?.field.nullable]).toEqual(["string", false]);
      // Go's `*string` is a pointer: nil for null and for absent alike.
      else if (row.type === "**string*") expect([expectedType, field?.field.nullable]).toEqual(["string", true]);
      // *number* fields carry a disputed integer rule; the type rule is number.
      else if (row.type === "*number*") expect(expectedType).toBe("number");
      else expect(row.type, row.field).toMatch(/^\[(models|operations|components)\.\w+\]/);
      const linked = /\[\w+\.(\w+)\]/.exec(row.type)?.[1];
      if (linked?.includes("Status")) expect(field?.rules.enum?.expected).toBeDefined();
      if (linked !== undefined && field?.rules.enum) expect(linked).toBe((field.field.kind as { enumShape?: { name: string } }).enumShape?.name);
      if (linked?.includes("Type")) expect(field?.rules.literal).toBeDefined();
    }
  });

  it("judges each example as its document and the findings say", () => {
    const verdicts = Object.fromEntries(
      seedFiles.flatMap((file) => {
        const seed = readSeed(file);
        if (seed.example === undefined) return [];
        const result = validate(findShape(seed.title) as ObjectShape, JSON.parse(seed.example), { form: "ts" });
        return [
          [
            seed.title,
            {
              valid: result.valid,
              errors: result.errors.map((error) => [error.rule, error.finding]),
              disputed: result.disputed.map((error) => [error.rule, error.finding]),
            },
          ],
        ];
      }),
    );
    expect(verdicts).toEqual({
      ResponsesOutputItemImageGenerationCall: {
        valid: false,
        errors: [["ResponsesOutputItemImageGenerationCall/result/null", "result-required-string-but-null-example"]],
        disputed: [],
      },
      InputImageGenerationCall1: { valid: true, errors: [], disputed: [] },
      InstructionsImageGenerationCall1: { valid: true, errors: [], disputed: [] },
      OpenResponsesImageGenCallGenerating: {
        valid: true,
        errors: [],
        disputed: [["OpenResponsesImageGenCallGenerating/outputIndex/integer", "float-index-example"]],
      },
    });
  });
});
