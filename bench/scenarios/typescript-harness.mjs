// (j) The TypeScript harness in one process, beside its SDK: @openrouter/sdk 1.3.19's own `…FromJSON` + `…ToJSON`
// (as a), the harness's fromJSON entry, and serve()'s whole answer to 256-case run messages (read the line, answer
// each case, write the results) per case: what the harness's own work costs beyond the SDK's.
import { PassThrough } from "node:stream";
import { serve } from "@imagegen-conformance/runner";
import { outputImageGenerationCallItemFromJSON, outputImageGenerationCallItemToJSON } from "@openrouter/sdk/models";
import { openrouter } from "../../apps/harness-openrouter-ts/dist/implementation.js";
import { versions } from "../../apps/harness-openrouter-ts/dist/versions.js";
import { pool, shape } from "../cases.mjs";

const count = Number(process.argv[2] ?? 200_000);
const batch = 256;
const texts = pool();
const implementation = openrouter(versions["1.3.19"](), "fromJSON");

/** Microseconds a case, best of three after a warm-up. */
async function perCase(step) {
  await step(20_000);
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    await step(count);
    best = Math.min(best, ((performance.now() - started) * 1000) / count);
  }
  return +best.toFixed(2);
}

const lines = Array.from({ length: Math.ceil(count / batch) }, (_, run) => {
  const cases = Array.from({ length: batch }, (_, at) => ({
    id: `r${run}/${at}`,
    operation: "decode",
    shape,
    input: texts[(run * batch + at) % texts.length],
  }));
  return `${JSON.stringify({ op: "run", id: `r${run}`, cases })}\n`;
});

/** serve() on in-memory streams: the hello, then `cases / 256` run messages, until every results line is out. */
async function served(cases) {
  const input = new PassThrough();
  const output = new PassThrough();
  const runs = Math.ceil(cases / batch);
  let answered = -1;
  const done = new Promise((resolve) =>
    output.on("data", (chunk) => {
      for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) if (++answered === runs) resolve();
    }),
  );
  const serving = serve(implementation, { input, output });
  input.write(`${JSON.stringify({ op: "hello", protocol: 1 })}\n`);
  for (let run = 0; run < runs; run++) input.write(lines[run % lines.length]);
  await done;
  input.end();
  await serving;
}

const sdkUs = await perCase((cases) => {
  for (let index = 0; index < cases; index++) outputImageGenerationCallItemToJSON(outputImageGenerationCallItemFromJSON(texts[index % texts.length]).value);
});
const entryUs = await perCase((cases) => {
  for (let index = 0; index < cases; index++) implementation.decode(shape, texts[index % texts.length]);
});
const harnessUs = await perCase(served);
console.log(JSON.stringify({ name: "j-typescript", sdk_us: sdkUs, entry_us: entryUs, harness_us: harnessUs }));
