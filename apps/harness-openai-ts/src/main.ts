// The openai package as a protocol v1 harness (NDJSON on stdin and stdout).
import { serve } from "@imagegen-conformance/runner";
import { openai } from "./implementation.js";

await serve(openai);
