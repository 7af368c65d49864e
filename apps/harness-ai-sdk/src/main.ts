// @ai-sdk/openai as a protocol v1 harness (NDJSON on stdin and stdout).
import { serve } from "@imagegen-conformance/runner";
import { aiSdk } from "./implementation.js";

await serve(aiSdk);
