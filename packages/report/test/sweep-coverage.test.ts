import type { HeaderRecord, SweptHeader } from "@imagegen-conformance/runner";
import { describe, expect, it } from "vitest";
import { sweepShardLines } from "../src/read/sweep-coverage.js";

const releases = ["0.10.2", "0.11.2", "0.12.0", "1.3.19"];
const log = (path: string, sweep: SweptHeader | undefined) => ({
  path,
  header: {
    type: "header",
    runner: { name: "r", version: "1" },
    protocol: 1,
    started: "",
    seed: 1,
    gated: ["required"],
    ...(sweep ? { sweep } : {}),
  } as HeaderRecord,
});
const shardOf = (index: number, count: number, list = releases) => log(`s${index}.jsonl`, { family: "openrouter-ts", releases: list, shard: { index, count } });

describe("sweepShardLines", () => {
  it("finds nothing to say of logs that are no sweep, of one whole sweep, or of every shard once", () => {
    expect(sweepShardLines([log("a.jsonl", undefined)])).toEqual([]);
    expect(sweepShardLines([log("a.jsonl", { family: "openrouter-ts", releases })])).toEqual([]);
    expect(sweepShardLines([shardOf(1, 3), shardOf(2, 3), shardOf(3, 3)])).toEqual([]);
    // Of one release in 8 shards, only the shard that holds it is needed.
    const one = Array.from({ length: 8 }, (_, index) => shardOf(index + 1, 8, ["0.10.2"]));
    const holder = one.findIndex((_, index) => sweepShardLines(one.filter((__, other) => other !== index)).length > 0);
    expect(sweepShardLines([one[holder] as (typeof one)[number]])).toEqual([]);
  });

  it("names a missing shard with the releases it holds, a shard given twice, and a shard of another sweep", () => {
    const [missing] = sweepShardLines([shardOf(1, 2)]);
    expect(missing).toMatch(/^missing sweep shard 2\/2: no results for openrouter-ts \d/);
    expect(sweepShardLines([shardOf(1, 2), shardOf(1, 2), shardOf(2, 2)])).toEqual(["sweep shard 1/2 given 2 times: s1.jsonl, s1.jsonl"]);
    expect(sweepShardLines([shardOf(1, 2), shardOf(2, 2, ["0.10.2"])])).toContain(
      "s2.jsonl: a sweep of openrouter-ts over 1 releases, not as in s1.jsonl: not a shard of the same sweep",
    );
    expect(sweepShardLines([shardOf(1, 2), shardOf(2, 3)])).toContain("s2.jsonl: sweep shard 2/3, not one of 2 as in s1.jsonl");
  });
});
