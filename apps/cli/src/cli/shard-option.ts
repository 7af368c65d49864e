import { parseShard, type Shard } from "@imagegen-conformance/runner";
import { UsageError } from "./usage-error.js";

/** `--shard i/n`, or undefined. */
export function shardOption(command: string, value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  const shard = parseShard(value);
  if (typeof shard === "string") throw new UsageError(`${command}: --shard ${shard}`);
  return shard;
}
