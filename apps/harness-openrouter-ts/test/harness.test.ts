import { fileURLToPath } from "node:url";
import { registeredHarnesses, smokeHarness } from "@imagegen-conformance/runner/testing";
import { expect, it } from "vitest";

// Each harness.json entry, started as the registry would, answers a few cases of every kind exactly once.
const app = fileURLToPath(new URL("..", import.meta.url));

it.each(registeredHarnesses(app))("$id says hello and gives every check exactly one outcome", async (entry) => {
  const result = await smokeHarness(app, entry);
  expect(result.unavailable).toBeUndefined();
  expect(result.label).toBe(`@openrouter/sdk@${entry.version} · ${entry.id.split("/")[1]}`);
  expect(result.lost).toEqual([]);
  expect(result.repeated).toEqual([]);
  expect(result.harnessProblems).toBe(0);
});
