import { spawnSync } from "node:child_process";
import { expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;
function runDemo(seed?: number) {
  const env = { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" };
  if (seed === undefined) delete env.FC_SEED;
  else env.FC_SEED = String(seed);
  const result = spawnSync("npx", ["--no-install", "vitest", "run", "--config", "demo/vitest.config.ts"], { cwd: root, env, encoding: "utf8" });
  return { code: result.status, output: result.stdout + result.stderr };
}

it("a failure prints its seed, and that seed replays the same counterexample", () => {
  const first = runDemo();
  expect(first.code).toBe(1);
  const seed = Number(/replay with FC_SEED=(-?\d+)/.exec(first.output)?.[1]);
  const counterexample = /Counterexample: (.*)/.exec(first.output)?.[1];
  expect(Number.isInteger(seed)).toBe(true);
  expect(counterexample).toContain("partial_image_index/required");
  const replay = runDemo(seed);
  expect(replay.code).toBe(1);
  expect(/Counterexample: (.*)/.exec(replay.output)?.[1]).toBe(counterexample);
});
