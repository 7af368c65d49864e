// (f) A differential fuzz campaign: generated inputs put to several SDK harnesses at once, disagreements shrunk.
// Parsers only (`fuzz --decode-only`): openrouter-python's encode (utils.marshal_json) builds a pydantic model per call.
import { InputSource, runCampaign } from "@imagegen-conformance/fuzz";
import { SubprocessConnection } from "@imagegen-conformance/runner";
import { report } from "../cases.mjs";
import { processCpu } from "../process-cpu.mjs";

const [countText, ...specs] = process.argv.slice(2);
const count = Number(countText);
const contestants = [];
for (const spec of specs) {
  const [label, cwd, command] = spec.split("|");
  contestants.push({ label, reach: { sdk: label }, connection: await SubprocessConnection.open({ command, cwd, batchSize: 256 }) });
}
// The shapes all three SDKs parse, and streams.
const shapes = ["ImageGenToolCall", "OutputImageGenerationCallItem", "ImageGenCallGeneratingEvent", "ImageGenCallPartialImageEvent"];
const source = new InputSource(shapes, 7);
const started = performance.now();
const result = await runCampaign({ contestants, source, seed: 7, runs: count, batch: 4096, maxFindings: 5, skipEncode: true });

const seconds = (performance.now() - started) / 1000;
const cpuSeconds = processCpu();
for (const contestant of contestants) await contestant.connection.close();
report({
  name: "f-fuzz-campaign",
  cases: result.checked,
  seconds,
  implementations: contestants.length,
  findings: result.findings.length,
  shrinkCandidatesAsked: result.findings.reduce((sum, finding) => sum + finding.tried, 0),
  cpuSeconds,
});
