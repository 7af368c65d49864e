import { type HeaderRecord, inShard, type SweptHeader } from "@imagegen-conformance/runner";

const shown = 3;
const some = (versions: readonly string[]) => `${versions.slice(0, shown).join(", ")}${versions.length > shown ? ", …" : ""}`;

/**
 * Merged, the logs of a sweep's shards must be of one sweep (one family, one selection of releases) and hold each
 * shard once: a missing shard is named with the releases it holds, so a timeline never rests on part of a sweep
 * without saying so. Its shards split releases, not cases, so the corpus shards' check cannot see this.
 */
export function sweepShardLines(logs: readonly { path: string; header?: HeaderRecord }[]): string[] {
  const swept = logs.flatMap(({ path, header }) => (header?.sweep ? [{ path, sweep: header.sweep }] : []));
  const first = swept[0];
  if (!first) return [];
  const lines: string[] = [];
  const selection = (sweep: SweptHeader) => `${sweep.family}@${sweep.releases.join(",")}`;
  const count = first.sweep.shard?.count ?? 1;
  const byIndex = new Map<number, string[]>();
  for (const { path, sweep } of swept) {
    if (selection(sweep) !== selection(first.sweep))
      lines.push(`${path}: a sweep of ${sweep.family} over ${sweep.releases.length} releases, not as in ${first.path}: not a shard of the same sweep`);
    else if ((sweep.shard?.count ?? 1) !== count)
      lines.push(`${path}: sweep shard ${sweep.shard?.index ?? 1}/${sweep.shard?.count ?? 1}, not one of ${count} as in ${first.path}`);
    else byIndex.set(sweep.shard?.index ?? 1, [...(byIndex.get(sweep.shard?.index ?? 1) ?? []), path]);
  }
  for (let index = 1; index <= count; index++) {
    const paths = byIndex.get(index) ?? [];
    if (paths.length > 1) lines.push(`sweep shard ${index}/${count} given ${paths.length} times: ${paths.join(", ")}`);
    if (paths.length > 0) continue;
    // A shard that holds no release has nothing to miss.
    const held = first.sweep.releases.filter((version) => inShard(`${first.sweep.family}@${version}`, { index, count }));
    if (held.length > 0) lines.push(`missing sweep shard ${index}/${count}: no results for ${first.sweep.family} ${some(held)}`);
  }
  return lines;
}
