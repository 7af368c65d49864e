import { parseShard, type Shard } from "@imagegen-conformance/runner";
import type { OptionSpecs } from "./option-spec.js";
import { UsageError } from "./usage-error.js";

/** The most shards a selection may be cut into: far more than any corpus has cases, and exact as a number. */
export const maxShards = 10_000;

/** `--shard i/n`, declared with what the command cuts into shards ("cases", "releases"). */
export const shardOption = (what: string) =>
  ({ shard: { type: "string", help: `only the i-th of n disjoint parts of the ${what}, as i/n (n at most ${maxShards})` } }) as const satisfies OptionSpecs;

/** `--shard i/n` (n at most maxShards), or undefined. */
export function shardFrom(command: string, value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  const shard = parseShard(value);
  if (typeof shard === "string") throw new UsageError(`${command}: --shard ${shard}`);
  if (shard.count > maxShards)
    throw new UsageError(`${command}: --shard expected <i>/<n> with n at most ${maxShards}, received ${JSON.stringify(value.slice(0, 60))}`);
  return shard;
}
