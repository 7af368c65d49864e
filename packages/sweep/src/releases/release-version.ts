import semver from "semver";

// PEP 440's common forms: 1.2, 1.2.3, 1.2.3rc1, 1.2.3.post1, 1.2.3.dev4.
const pep440 = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:(a|b|rc)(\d+))?(?:\.post(\d+))?(?:\.dev(\d+))?$/;

/**
 * A release's version as semver, to order and select releases of either registry alike: npm's are semver already;
 * a PEP 440 one is written as its semver twin (1.2.3rc1 → 1.2.3-rc.1, .devN before everything of its release).
 * Undefined when it is neither.
 */
export function semverOf(version: string): string | undefined {
  const valid = semver.valid(version);
  if (valid) return valid;
  const match = pep440.exec(version);
  if (!match) return undefined;
  const [, major, minor, patch = "0", phase, number, post, dev] = match;
  const pre = [...(dev !== undefined ? ["0dev", dev] : []), ...(phase ? [phase, number] : [])];
  const core = `${major}.${minor}.${Number(patch)}`;
  return semver.valid(`${core}${pre.length > 0 ? `-${pre.join(".")}` : ""}${post !== undefined ? `+post.${post}` : ""}`) ?? undefined;
}

/** Oldest first; versions that are neither semver nor PEP 440 go last, in text order. */
export function compareReleases(left: string, right: string): number {
  const [a, b] = [semverOf(left), semverOf(right)];
  if (a && b) return semver.compare(a, b) || left.localeCompare(right, "en");
  if (a || b) return a ? -1 : 1;
  return left.localeCompare(right, "en");
}
