import { hashSeed } from "./chunkings.js";

/** A slice of the work: the `index`-th (from 1) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** Whether a key belongs to a shard: decided by the key alone, so shards never overlap and always cover everything. */
export function inShard(key: string, shard: Shard | undefined): boolean {
  if (!shard || shard.count <= 1) return true;
  return (hashSeed(0x5eed, key) >>> 0) % shard.count === shard.index - 1;
}

/** Parses "i/n" (1 ≤ i ≤ n), or says what was wrong. */
export function parseShard(text: string): Shard | string {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) return `expected <i>/<n> with 1 ≤ i ≤ n, received ${JSON.stringify(text)}`;
  return { index, count };
}
