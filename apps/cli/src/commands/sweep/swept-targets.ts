import type { Shard, SweptHeader, Target } from "@imagegen-conformance/runner";
import { inShard } from "@imagegen-conformance/runner";
import { type SweepFamily, selectReleases } from "@imagegen-conformance/sweep";
import type { Io } from "../../cli/command.js";
import { UsageError } from "../../cli/usage-error.js";
import { prepareReleases } from "./prepare-releases.js";
import { releaseTargets } from "./release-targets.js";

export interface SweepOptions {
  /** Where releases are installed. */
  cache: string;
  /** Installs at a time. */
  jobs: number;
  /** The repository's apps/, where the release harnesses are. */
  apps: string;
  shard?: Shard | undefined;
  /** Versions left out: the ones a pinned harness already checks. */
  skip?: ReadonlySet<string>;
  /** The command the lines name. */
  command: string;
}

/** The targets of a sweep, and what it selected before sharding: its log's header says so, for `report merge`. */
export interface Swept {
  targets: Target[];
  header: { sweep: SweptHeader };
}

/**
 * The releases a selection names, installed and asked for their entry points, as run targets: the published list,
 * the selection, the shard (by release name alone, so shards never overlap), less the releases left out.
 * A string says why the releases could not be listed.
 */
export async function sweptTargets(io: Io, family: SweepFamily, selection: string, options: SweepOptions): Promise<Swept | string> {
  const published = await family.releases();
  if (typeof published === "string") return `cannot list the releases of ${family.package}: ${published}`;
  const chosen = selectReleases(published, selection);
  if (typeof chosen === "string") throw new UsageError(`${options.command}: --releases ${chosen}`);
  const versions = chosen.filter((version) => inShard(`${family.name}@${version}`, options.shard) && !options.skip?.has(version));
  if (versions.length === 0 && options.shard)
    throw new UsageError(`${options.command}: shard ${options.shard.index}/${options.shard.count} holds none of the ${chosen.length} releases selected`);
  const left = chosen.length - versions.length;
  io.stderr(
    `${options.command}: ${family.package} from ${family.registry}: ${versions.length} of ${published.length} published releases (${selection}${options.shard ? `, shard ${options.shard.index}/${options.shard.count}` : ""}${left > 0 && !options.shard ? `, ${left} checked by a pinned harness` : ""}), ${options.jobs} installs at a time, cache ${options.cache}\n`,
  );
  const releases = await prepareReleases(io, family, versions, options);
  const selected = chosen.filter((version) => !options.skip?.has(version));
  return {
    targets: releaseTargets(family, releases, options.apps),
    header: { sweep: { family: family.name, releases: selected, ...(options.shard ? { shard: options.shard } : {}) } },
  };
}
