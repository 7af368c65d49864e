import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const item = { type: "image_generation_call", id: "ig_1", status: "completed", result: "aGk=" };

describe("imagegen-conformance list", () => {
  it("lists the five seeds, the canonical item and the four events with where each is documented", () => {
    const { code, stdout } = runCli(["list", "shapes"]);
    expect(code).toBe(0);
    for (const name of [
      "ResponsesOutputItemImageGenerationCall",
      "InputImageGenerationCall1",
      "ResponsesImageGenerationCall",
      "InstructionsImageGenerationCall1",
      "OpenResponsesImageGenCallGenerating",
    ]) {
      expect(stdout).toMatch(new RegExp(`^${name} +(item|event) +seeds/\\d{3}_[0-9a-f]+\\.txt$`, "m"));
    }
    for (const name of [
      "ImageGenToolCall",
      "ImageGenCallInProgressEvent",
      "ImageGenCallGeneratingEvent",
      "ImageGenCallPartialImageEvent",
      "ImageGenCallCompletedEvent",
    ]) {
      expect(stdout).toMatch(new RegExp(`^${name} +(item|event) +(OAI-SPEC|TS):`, "m"));
    }
    expect(stdout).toMatch(/^StatusRequestEnum3 +enum /m);
  });

  it("lists the findings with both readings and the default marked", () => {
    const { code, stdout } = runCli(["list", "findings"]);
    expect(code).toBe(0);
    expect(stdout).toContain("result-required-string-but-null-example");
    expect(stdout).toContain("* fields-table (reject)");
    expect(stdout).toContain("  example-and-source (accept)");
    expect(stdout).toContain("float-index-example");
    expect(stdout).toContain("go-pointer-doc-versus-optional-nullable");
  });
});

describe("imagegen-conformance validate", () => {
  it("exits 0 on the valid item from stdin", () => {
    const run = runCli(["validate", "--shape", "InputImageGenerationCall1", "-"], JSON.stringify(item));
    expect(run).toEqual({ code: 0, stdout: "valid: <stdin> as InputImageGenerationCall1 (wire form)\n", stderr: "" });
  });

  it("exits 1 on a status outside the enum, naming the rule and /status", () => {
    const run = runCli(["validate", "--shape", "InputImageGenerationCall1", "-"], JSON.stringify({ ...item, status: "queued" }));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("/status:");
    expect(run.stdout).toContain("[InputImageGenerationCall1/status/enum]");
  });

  it("prints every error as JSON with --format json", () => {
    const run = runCli(["validate", "--shape", "ImageGenCallGeneratingEvent", "--format", "json", "-"], JSON.stringify({ type: "x", item_id: 1 }));
    expect(run.code).toBe(1);
    const output = JSON.parse(run.stdout);
    expect(output.errors.map((error: { rule: string }) => error.rule)).toEqual([
      "ImageGenCallGeneratingEvent/type/literal",
      "ImageGenCallGeneratingEvent/item_id/type",
      "ImageGenCallGeneratingEvent/output_index/required",
      "ImageGenCallGeneratingEvent/sequence_number/required",
    ]);
  });

  it("reads SDK-side forms and says when a finding disputes the verdict", () => {
    const seedExample = { type: "response.image_generation_call.generating", itemId: "<id>", outputIndex: 7977.54, sequenceNumber: 0 };
    const run = runCli(["validate", "--shape", "OpenResponsesImageGenCallGenerating", "--form", "ts", "-"], JSON.stringify(seedExample));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("disputed by finding float-index-example");
    const strict = runCli(
      ["validate", "--shape", "OpenResponsesImageGenCallGenerating", "--form", "ts", "--reading", "float-index-example=current-integer", "-"],
      JSON.stringify(seedExample),
    );
    expect(strict.code).toBe(1);
  });

  it.each([
    [["validate", "--shape", "InputImageGenerationCal", "-"], "{}", /unknown shape "InputImageGenerationCal"; did you mean InputImageGenerationCall1/],
    [
      ["validate", "--shape", "ImageGenToolCall", "-"],
      '{"id":\n  "ig_1" "x"}',
      /^imagegen-conformance: <stdin>:2:10: not JSON: expected ',' or '}' after an object member, found "\\""\n$/,
    ],
    [["validate", "--shape", "ImageGenToolCall", "missing.json"], "", /cannot read missing.json: no such file/],
    [["validate", "--shape", "ImageGenToolCall", "--form", "rust", "-"], "{}", /--form must be one of wire, ts, go, python, received "rust"/],
    [["validate", "--shape", "ImageGenToolCall", "--bogus", "-"], "{}", /unknown option --bogus/],
    [["validate", "-"], "{}", /--shape <name> is required/],
    [["validate", "--shape", "ImageGenToolCall", "--reading", "nope=x", "-"], "{}", /names no finding/],
    [["frobnicate"], "", /unknown command "frobnicate"/],
    [["list", "everything"], "", /list: expected one of shapes, findings, cases/],
  ])("%j is a usage error: one line, exit 2, no stack trace", (args, input, message) => {
    const run = runCli(args, input);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("imagegen-conformance schema", () => {
  it("prints a draft 2020-12 schema of the seed event that ajv compiles", () => {
    const run = runCli(["schema", "OpenResponsesImageGenCallGenerating"]);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    const check = new Ajv2020({ strict: true }).compile(schema);
    expect(check({ type: "response.image_generation_call.generating", item_id: "<id>", output_index: 7977.54, sequence_number: 0 })).toBe(true);
    expect(check({ type: "response.image_generation_call.generating", item_id: "<id>", output_index: "1", sequence_number: 0 })).toBe(false);
  });
});

describe("imagegen-conformance list cases and sample", () => {
  it("lists the corpus cases of one shape", () => {
    const run = runCli(["list", "cases", "--shape", "StatusRequestEnum3"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^rules\/StatusRequestEnum3\/\$-enum\/queued#[0-9a-f]{8} +required +reject StatusRequestEnum3\/\$\/enum$/m);
    expect(run.stdout).toMatch(/^8 cases$/m);
  });

  it("samples the same values for the same seed, each labelled with the rules it breaks", () => {
    const first = runCli(["sample", "--shape", "ImageGenCallPartialImageEvent", "--invalid", "--seed", "42", "-n", "20"]);
    const second = runCli(["sample", "--shape", "ImageGenCallPartialImageEvent", "--invalid", "--seed", "42", "-n", "20"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    expect(first.stderr).toBe("sample: seed 42 (replay with --seed 42)\n");
    const lines = first.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(20);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(["shape", "input", "violates"]);
      expect(line.violates.length).toBeGreaterThan(0);
    }
    const random = runCli(["sample", "--shape", "ImageGenToolCall", "-n", "1"]);
    expect(random.stderr).toMatch(/^sample: seed -?\d+ \(replay with --seed -?\d+\)\n$/);
  });

  it("refuses a bad count with one line and exit 2", () => {
    const run = runCli(["sample", "--shape", "ImageGenToolCall", "-n", "lots"]);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toBe('imagegen-conformance: sample: --n must be an integer from 1 to 1000000, received "lots"\n');
  });
});
