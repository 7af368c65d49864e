import { cite, type Source } from "../../source/source.js";

/**
 * Where OpenAI's SDKs declare the image_generation_call item and its parts: one file per SDK, at the
 * versions the project pins, with the lines of each declaration. The three are generated from one API
 * description and agree field for field (sdk-declared.test.ts holds the catalogue to them).
 */
export const openaiSdkFiles = {
  npm: (lines: string): Source => cite("NPM", `openai@7.59.0 resources/responses/responses.d.ts ${lines}`),
  python: (file: string, lines: string): Source => cite("PYPI", `openai@3.57.0 openai/types/responses/${file} ${lines}`),
  go: (lines: string): Source => cite("GOMOD", `github.com/openai/openai-go/v3@v3.99.0 responses/response.go ${lines}`),
};
