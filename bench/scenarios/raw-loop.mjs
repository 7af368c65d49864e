// (a) The SDK alone: @openrouter/sdk's own outputImageGenerationCallItemFromJSON over N wire strings.
import { outputImageGenerationCallItemFromJSON, outputImageGenerationCallItemToJSON } from "@openrouter/sdk/models";
import { pool, report } from "../cases.mjs";

const count = Number(process.argv[2] ?? 200_000);
const texts = pool();
for (let index = 0; index < 20_000; index++) outputImageGenerationCallItemFromJSON(texts[index % texts.length]);
const started = performance.now();
let accepted = 0;
for (let index = 0; index < count; index++) {
  const result = outputImageGenerationCallItemFromJSON(texts[index % texts.length]);
  // The same work a harness does: parse, then write the value back.
  if (result.ok && outputImageGenerationCallItemToJSON(result.value)) accepted++;
}
const seconds = (performance.now() - started) / 1000;
if (accepted !== count) throw new Error(`only ${accepted} of ${count} accepted`);
report({ name: "a-raw-loop", cases: count, seconds });
