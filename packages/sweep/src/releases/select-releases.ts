import semver from "semver";
import { compareReleases, semverOf } from "./release-version.js";

/** The named selections; anything else is a comma-separated list of versions or a semver range. */
export const selections = ["all", "latest", "latest-per-minor", "latest-per-major"] as const;

/** The newest release in each group: its newest stable release, or its newest pre-release when it has no stable one. */
function newestPer(versions: readonly string[], group: (version: string) => string): string[] {
  const groups = new Map<string, string[]>();
  for (const version of versions) {
    const key = group(version);
    groups.set(key, [...(groups.get(key) ?? []), version]);
  }
  return [...groups.values()].map((members) => {
    const stable = members.filter((version) => semver.prerelease(semverOf(version) ?? "") === null);
    return (stable.length > 0 ? stable : members).sort(compareReleases).at(-1) as string;
  });
}

const part = (count: number) => (version: string) => (semverOf(version) ?? version).split(/[.+-]/).slice(0, count).join(".");

/**
 * The releases a selection names, oldest first, or what was wrong with it: a named selection, a list of published
 * versions ("0.1.1,1.3.84"), or a semver range (">=0.12 <1"; pre-releases only when the range names one).
 */
export function selectReleases(published: readonly string[], selection: string): string[] | string {
  const known = published.filter((version) => semverOf(version) !== undefined).sort(compareReleases);
  const chosen = (() => {
    if (selection === "all") return [...published].sort(compareReleases);
    if (selection === "latest") return newestPer(known, () => "").slice(-1);
    if (selection === "latest-per-minor") return newestPer(known, part(2));
    if (selection === "latest-per-major") return newestPer(known, part(1));
    if (selection.includes(",") || published.includes(selection.trim())) {
      const listed = selection.split(",").map((version) => version.trim());
      const missing = listed.find((version) => !published.includes(version));
      return missing === undefined ? listed : `${JSON.stringify(missing)} is not a published release`;
    }
    if (semver.validRange(selection) === null) return undefined;
    return known.filter((version) => semver.satisfies(semverOf(version) as string, selection));
  })();
  if (chosen === undefined)
    return `expected ${selections.join(", ")}, a comma-separated list of versions or a semver range, received ${JSON.stringify(selection.slice(0, 80))}`;
  if (typeof chosen === "string") return chosen;
  if (chosen.length === 0) return `${JSON.stringify(selection)} selects none of the ${published.length} published releases`;
  return [...new Set(chosen)].sort(compareReleases);
}
