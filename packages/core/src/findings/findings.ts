import { openaiSdkFiles } from "../catalogue/_internals/openai-sdk-files.js";
import { catalogue } from "../catalogue/catalogue.js";
import { ImageGenerationStatus } from "../catalogue/enums/image-generation-status.js";
import type { EnumKind } from "../kind/enum-kind.js";
import { ObjectShape } from "../shape/object-shape.js";
import { cite, seed } from "../source/source.js";
import type { Finding } from "./finding.js";

// Every enum rule whose values are ImageGenerationStatus's, and the enum's own.
const imageGenerationStatusRules = [
  "ImageGenerationStatus/$/enum",
  ...catalogue
    .filter((shape): shape is ObjectShape => shape instanceof ObjectShape)
    .flatMap((shape) => shape.fields)
    .filter(({ field }) => (field.kind as Partial<EnumKind<string>>).enumShape === ImageGenerationStatus)
    .flatMap(({ rules }) => (rules.enum ? [rules.enum.id] : [])),
];

const seed000 = "000_baffe95d2b37d878.txt";

export const findings: readonly Finding[] = [
  {
    id: "result-required-string-but-null-example",
    title: "Seed 000 types `result` as a required string, and its own example sets it to null",
    shapes: ["ResponsesOutputItemImageGenerationCall"],
    disputes: [{ rule: "ResponsesOutputItemImageGenerationCall/result/null" }],
    readings: [
      { name: "fields-table", verdict: "reject", says: "`result` is *string*, required: null is not a string", sources: [seed(seed000, "Fields: result")] },
      {
        name: "example-and-source",
        verdict: "accept",
        says: "the example has `result: null`, the code is `z.nullable(z.string())` and the spec says `nullable: true`",
        sources: [
          seed(seed000, "Example Usage"),
          cite("TS", "src/models/responsesoutputitem.ts@3403eb29a L205-214"),
          cite("TS", ".speakeasy/in.openapi.yaml@3403eb29a L246-270"),
        ],
      },
    ],
    documented: "fields-table",
    because: "the Fields table is the document's normative part; the generator hides nullability there, which is the finding",
  },
  {
    id: "result-nullability-hidden-in-tables",
    title: "Seeds 001 and 003 type `result` as a required string; the spec behind them makes it nullable",
    shapes: ["InputImageGenerationCall1", "InstructionsImageGenerationCall1"],
    disputes: [{ rule: "InputImageGenerationCall1/result/null" }, { rule: "InstructionsImageGenerationCall1/result/null" }],
    readings: [
      {
        name: "fields-table",
        verdict: "reject",
        says: "`result` is *string*, required",
        sources: [seed("001_ad3dd29062849603.txt", "Fields: result"), seed("003_08280d496c8e779b.txt", "Fields: result")],
      },
      {
        name: "spec-and-source",
        verdict: "accept",
        says: "the spec says `type: string, nullable: true` and the TypeScript type is `string | null`",
        sources: [
          cite("TS", ".speakeasy/in.openapi.yaml@v0.0.0-beta.17 L1482-1502, L1843-1863"),
          cite("TS", "src/models/operations/postapialpharesponses.ts@v0.0.0-beta.17 L5553-5562"),
        ],
      },
    ],
    documented: "fields-table",
    because: "the seeds are taken exactly as their tables describe them",
  },
  {
    id: "float-index-example",
    title: "Seed 004 types the indices as *number* with the example 7977.54; current specs type them as integer",
    shapes: ["OpenResponsesImageGenCallGenerating"],
    disputes: [{ rule: "OpenResponsesImageGenCallGenerating/outputIndex/integer" }, { rule: "OpenResponsesImageGenCallGenerating/sequenceNumber/integer" }],
    readings: [
      {
        name: "documented-number",
        verdict: "accept",
        says: "`outputIndex` and `sequenceNumber` are *number*; the example uses 7977.54",
        sources: [seed("004_0d472188a26928df.txt"), cite("TS", ".speakeasy/in.openapi.yaml@3403eb29a L2087-2165")],
      },
      {
        name: "current-integer",
        verdict: "reject",
        says: "the indices are integers: `z.int()` from v0.12.0, `int64` in Go from v0.3.0, `integer` in OpenAI's spec",
        sources: [
          cite("TS", "src/models/imagegencallgeneratingevent.ts@HEAD"),
          cite("GO", "models/components/imagegencallgeneratingevent.go@v0.3.0"),
          cite("OAI-SPEC", "openapi.yaml ResponseImageGenCallGeneratingEvent@f85dbe2"),
        ],
      },
    ],
    documented: "documented-number",
    because: "the seed shape is taken as its document types it; the integer reading is the current one",
  },
  {
    id: "go-pointer-doc-versus-optional-nullable",
    title: "Seed 002 documents `Result *string`; the code is `OptionalNullable[string]` with default null",
    shapes: ["ResponsesImageGenerationCall"],
    disputes: [],
    readings: [
      {
        name: "doc-pointer",
        says: "a `*string`: null and an absent key both become nil, so a round trip cannot tell them apart",
        sources: [seed("002_24fcbdf347e85656.txt", "Fields: Result")],
      },
      {
        name: "code-optional-nullable",
        says: '`OptionalNullable[string]` keeps unset and null apart, and `default:"null"` turns an absent key into null',
        sources: [cite("GO", "models/components/responsesimagegenerationcall.go@c2c3c70"), cite("GO", "internal/utils/json.go@HEAD L227-231")],
      },
    ],
    documented: "doc-pointer",
    because: "the seed is taken as documented; both readings accept the same values and differ only on round trips",
  },
  {
    id: "image-generation-status-open",
    title: "ImageGenerationStatus lists four values, but OpenRouter's SDKs accept any string",
    shapes: ["ImageGenerationStatus", ...new Set(imageGenerationStatusRules.map((rule) => rule.split("/")[0] ?? ""))],
    disputes: imageGenerationStatusRules.map((rule) => ({ rule })),
    readings: [
      {
        name: "value-list",
        verdict: "reject",
        says: "the enum has the four documented values",
        sources: [cite("TS", ".speakeasy/in.openapi.yaml@HEAD L10575-10582")],
      },
      {
        name: "open-enum",
        verdict: "accept",
        says: 'the enum is open: unknown strings are kept as `Unrecognized<string>` ("Unrecognized values will not fail type checks")',
        sources: [
          cite("TS", ".speakeasy/overlays/open-enums.overlay.yaml@HEAD"),
          cite("TS", "src/models/imagegenerationstatus.ts@HEAD"),
          cite("PY", "docs/components/imagegenerationstatus.mdx@76d6ce57"),
        ],
      },
    ],
    documented: "value-list",
    because: "the spec's value list is the wire contract; openness is a generator overlay",
  },
  {
    id: "incomplete-status-upstream",
    title: "Open Responses' upstream ImageGenCallStatus adds `incomplete` to OpenAI's four statuses",
    shapes: ["ImageGenToolCall", "ResponseOutputItemImageGenerationCall", "ImageGenToolCallStatus"],
    disputes: [
      { rule: "ImageGenToolCall/status/enum", values: ["incomplete"] },
      { rule: "ResponseOutputItemImageGenerationCall/status/enum", values: ["incomplete"] },
      { rule: "ImageGenToolCallStatus/$/enum", values: ["incomplete"] },
    ],
    readings: [
      {
        name: "openai-spec",
        verdict: "reject",
        says: "status is one of in_progress, completed, generating, failed, in OpenAI's spec and in its SDKs",
        sources: [cite("OAI-SPEC", "openapi.yaml ImageGenToolCall@f85dbe2"), openaiSdkFiles.npm("L5351")],
      },
      {
        name: "open-responses-upstream",
        verdict: "accept",
        says: "ImageGenCallStatus also has `incomplete` (an unmerged schema, never published)",
        sources: [cite("OR", "schema/components/schemas/ImageGenCallStatus.json@92c12d9")],
      },
    ],
    documented: "openai-spec",
    because: "the published spec is OpenAI's; the upstream schema was filtered out of every Open Responses release",
  },
  {
    id: "result-required-but-absent-on-the-wire",
    title: "OpenAI's spec requires `result`; OpenAI's own stream omits it on output_item.added, and OpenRouter made it optional",
    shapes: ["ImageGenToolCall", "ResponseOutputItemImageGenerationCall"],
    disputes: [{ rule: "ImageGenToolCall/result/required" }, { rule: "ResponseOutputItemImageGenerationCall/result/required" }],
    readings: [
      {
        name: "openai-spec",
        verdict: "reject",
        says: 'required: [type, id, status, result]; TypeScript `result: string | null`, Go `api:"required"`',
        sources: [
          cite("OAI-SPEC", "openapi.yaml ImageGenToolCall@f85dbe2"),
          cite("OAI-NODE", "src/resources/responses/responses.ts@7b7d6ca7 L5916-5936"),
          openaiSdkFiles.npm("L5347"),
          openaiSdkFiles.go("L21163"),
        ],
      },
      {
        name: "observed-wire",
        verdict: "accept",
        says: "the recorded stream's output_item.added item has no `result`; OpenRouter's spec has it optional with default null, openai-python `result: Optional[str] = None`",
        sources: [
          cite("VAI", "packages/openai/src/responses/__fixtures__/openai-image-generation-tool.1.chunks.txt@ed857f50f1"),
          cite("TS", ".speakeasy/in.openapi.yaml@v0.1.7 L402-424"),
          openaiSdkFiles.python("response_output_item.py", "L144"),
        ],
      },
    ],
    documented: "openai-spec",
    because: "ImageGenToolCall is defined by the spec; the wire's omission is recorded, not adopted",
  },
  {
    id: "partial-image-extra-fields",
    title: "OpenAI's partial_image event declares size, quality, background and output_format; OpenRouter's does not",
    shapes: ["ImageGenCallPartialImageEvent", "ResponseImageGenCallPartialImageEvent"],
    disputes: [],
    readings: [
      {
        name: "openai",
        says: "the four are optional strings, kept on a round trip",
        sources: [
          cite("OAI-SPEC", "openapi.yaml ResponseImageGenCallPartialImageEvent@f85dbe2"),
          openaiSdkFiles.npm("L3385-3420"),
          openaiSdkFiles.python("response_image_gen_call_partial_image_event.py", "L11-45"),
          openaiSdkFiles.go("L11883-11920"),
        ],
      },
      {
        name: "openrouter",
        says: "undeclared; the TypeScript SDK's strip-mode objects drop them",
        sources: [cite("TS", ".speakeasy/in.openapi.yaml@HEAD L17347-17377")],
      },
    ],
    documented: "openrouter",
    because: "both accept the event; they differ only in what survives a round trip",
  },
  {
    id: "real-item-extra-fields",
    title: "The OpenAPI document declares 4 item fields, OpenAI's SDKs 12; OpenRouter's items declare none of the other 8",
    shapes: ["ImageGenToolCall", "ResponseOutputItemImageGenerationCall", "OutputItemImageGenerationCall", "OutputImageGenerationCallItem"],
    // The two OpenAI readings are two shapes, each with its own rules, so no rule's verdict depends on the reading:
    // they differ in what a parser of each declares, and so keeps, of a real item.
    disputes: [],
    readings: [
      {
        name: "openai-sdks",
        says:
          "id, result, status, type and optional action, background, error, output_format, quality, revised_prompt, size, svg_usage, all declared and kept; " +
          "the recorded wire carries five of them",
        sources: [
          openaiSdkFiles.npm("L5339-5386"),
          openaiSdkFiles.python("response_output_item.py", "L138-177"),
          openaiSdkFiles.go("L21159-21211"),
          cite("VAI", "packages/openai/src/responses/__fixtures__/openai-image-generation-tool.1.chunks.txt@ed857f50f1"),
        ],
      },
      {
        name: "openapi-document",
        says: "ImageGenToolCall declares id, result, status and type; the other eight are fields it does not name",
        sources: [cite("OAI-SPEC", "openapi.yaml components.schemas.ImageGenToolCall@f85dbe2")],
      },
      {
        name: "openrouter",
        says: "OpenRouter's items declare the same four (OutputImageGenerationCallItem adds only `prompt`); the TypeScript SDK's strip-mode objects drop the rest",
        sources: [cite("TS", "src/models/outputimagegenerationcallitem.ts@HEAD"), cite("TS", "src/models/outputitemimagegenerationcall.ts@HEAD L23-44")],
      },
    ],
    documented: "openapi-document",
    because:
      "ImageGenToolCall keeps the OpenAPI document's meaning and the SDKs' twelve fields are a shape of their own (ResponseOutputItemImageGenerationCall); " +
      "unknown fields are accepted either way, and a harness declares whether it keeps them",
  },
  {
    id: "current-docs-hide-nullability",
    title: "OpenRouter's current docs show `result` as an optional *string*; the TypeScript type is `string | null`",
    shapes: ["OutputItemImageGenerationCall"],
    disputes: [],
    readings: [
      {
        name: "docs",
        verdict: "reject",
        says: "`result` *string*, optional (:heavy_minus_sign:): null is not a string",
        sources: [cite("TS", "docs/models/outputitemimagegenerationcall.mdx@HEAD")],
      },
      {
        name: "spec-and-type",
        says: "`type: [string, null], default: null`; TS `result: string | null` (key always present after parsing)",
        sources: [
          cite("TS", ".speakeasy/in.openapi.yaml@HEAD L18879-18900"),
          cite("NPM", "@openrouter/sdk@1.3.19 esm/models/outputitemimagegenerationcall.d.ts"),
        ],
      },
    ],
    documented: "spec-and-type",
    because: "the spec is what the parser is generated from",
  },
];

export function findFinding(id: string): Finding | undefined {
  return findings.find((finding) => finding.id === id);
}
