import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { registeredHarnesses, smokeHarness } from "@imagegen-conformance/runner/testing";
import { expect, it } from "vitest";

// Each harness.json entry, started as the registry would, answers a few cases of every kind exactly once.
const app = fileURLToPath(new URL("..", import.meta.url));

it.each(registeredHarnesses(app))("$id says hello and gives every check exactly one outcome", async (entry) => {
  const result = await smokeHarness(app, entry);
  expect(result.unavailable).toBeUndefined();
  expect(result.label).toBe(`openai@${entry.version} · ${entry.id.split("/")[1]}`);
  expect(result.lost).toEqual([]);
  expect(result.repeated).toEqual([]);
  expect(result.harnessProblems).toBe(0);
});

// What each entry's hello declares it decodes: both readings of the item (the document's, the SDK's) as the one type.
it.each([
  ["client", { ImageGenToolCall: "ResponseOutputItem.ImageGenerationCall", ResponseOutputItemImageGenerationCall: "ResponseOutputItem.ImageGenerationCall" }],
  ["responses.stream", {}],
])("%s declares the shapes it decodes", (entry, shapes) => {
  const hello = `${JSON.stringify({ op: "hello", protocol: 1 })}\n${JSON.stringify({ op: "stop" })}\n`;
  const run = spawnSync("node", ["bin/harness.js", entry], { cwd: app, input: hello, encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  const said = JSON.parse(run.stdout.split("\n")[0] ?? "") as { capabilities: { shapes: Record<string, string> } };
  expect(said.capabilities.shapes).toEqual(shapes);
});
