import { describe, expect, it } from "vitest";
import { findShape, ObjectShape } from "../src/index.js";
import { asDeclaredBy, type DeclaredField, type Sdk } from "./openai-sdk/declared-field.js";
import { type Found, goSdk, type Installed, pythonSdk, typescriptSdk } from "./openai-sdk/installed-sdks.js";
import { readGoStructs } from "./openai-sdk/read-go-structs.js";
import { readPythonModels } from "./openai-sdk/read-python-models.js";
import { readTypeScriptDeclarations } from "./openai-sdk/read-typescript-declarations.js";

// Each catalogue shape of OpenAI's SDK reading, and the type each SDK declares it as.
const python = (module: string, name: string) => `openai.types.responses.${module}:${name}`;
const declaredAs: Record<string, Record<Sdk, string>> = {
  ResponseOutputItemImageGenerationCall: {
    typescript: "ResponseOutputItem.ImageGenerationCall",
    python: python("response_output_item", "ImageGenerationCall"),
    go: "ResponseOutputItemImageGenerationCall",
  },
  ResponseOutputItemImageGenerationCallError: {
    typescript: "ResponseOutputItem.ImageGenerationCall.Error",
    python: python("response_output_item", "ImageGenerationCallError"),
    go: "ResponseOutputItemImageGenerationCallError",
  },
  ResponseOutputItemImageGenerationCallErrorModerationDetails: {
    typescript: "ResponseOutputItem.ImageGenerationCall.Error.ModerationDetails",
    python: python("response_output_item", "ImageGenerationCallErrorModerationDetails"),
    go: "ResponseOutputItemImageGenerationCallErrorModerationDetails",
  },
  ResponseOutputItemImageGenerationCallSvgUsage: {
    typescript: "ResponseOutputItem.ImageGenerationCall.SvgUsage",
    python: python("response_output_item", "ImageGenerationCallSvgUsage"),
    go: "ResponseOutputItemImageGenerationCallSvgUsage",
  },
  ResponseImageGenCallPartialImageEvent: {
    typescript: "ResponseImageGenCallPartialImageEvent",
    python: python("response_image_gen_call_partial_image_event", "ResponseImageGenCallPartialImageEvent"),
    go: "ResponseImageGenCallPartialImageEvent",
  },
};
const shapes = Object.keys(declaredAs);

const readers: Record<Sdk, (installed: Found, names: string[]) => Map<string, DeclaredField[]>> = {
  typescript: (installed, names) => readTypeScriptDeclarations(installed.file, names),
  python: (installed, names) => readPythonModels(installed.python ?? "python3", names),
  go: (installed, names) => readGoStructs(installed.file, names),
};
const sdks: [Sdk, string, Installed][] = [
  ["typescript", "openai (npm)", typescriptSdk()],
  ["python", "openai (PyPI)", pythonSdk()],
  ["go", "openai-go", goSdk()],
];

/** The shape as this SDK would declare it, its nested shapes named by the SDK's type for them. */
function expected(name: string, sdk: Sdk): DeclaredField[] {
  const shape = findShape(name);
  if (!(shape instanceof ObjectShape)) throw new Error(`${name} is not an object shape of the catalogue`);
  return asDeclaredBy(shape, sdk, (nested) => {
    const sdkName = declaredAs[nested]?.[sdk] ?? `(no ${sdk} type listed for ${nested})`;
    // Python names a nested model by its class, not its module path.
    return sdk === "python" ? (sdkName.split(":")[1] ?? sdkName) : sdkName;
  });
}

describe.each(sdks)("OpenAI's SDK reading against the %s files of %s", (sdk, label, installed) => {
  const reason = "missing" in installed ? installed.missing : undefined;
  let declarations: Map<string, DeclaredField[]> | undefined;
  // Read once per SDK: the Python reader starts an interpreter.
  const read = () => {
    declarations ??= readers[sdk](
      installed as Found,
      shapes.map((shape) => declaredAs[shape]?.[sdk] ?? ""),
    );
    return declarations;
  };

  it.skipIf(reason !== undefined).each(shapes)(
    `%s has the fields, presence, nullability and enum values ${label} declares${reason ? ` (skipped: ${reason})` : ""}`,
    (shape) => {
      const declared = read().get(declaredAs[shape]?.[sdk] ?? "");
      expect(declared, `${label} ${"version" in installed ? installed.version : ""}`).toEqual(expected(shape, sdk));
    },
  );

  it.skipIf(reason !== undefined)(`notices a field the catalogue does not have${reason ? ` (skipped: ${reason})` : ""}`, () => {
    // The same comparison with one field left out of the item must fail: the test above can fail.
    const item = findShape("ResponseOutputItemImageGenerationCall") as ObjectShape;
    const declared = read().get(declaredAs.ResponseOutputItemImageGenerationCall?.[sdk] ?? "");
    const withoutSvgUsage = expected(item.name, sdk).filter((field) => field.wire !== "svg_usage");
    expect(declared).not.toEqual(withoutSvgUsage);
    expect(declared?.map((field) => field.wire)).toContain("svg_usage");
  });
});
