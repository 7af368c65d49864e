export { parseEntries, type ReleaseEntries, type ReleaseEntry, releaseEntries } from "./entries/release-entries.js";
export { sweepFamilies } from "./family/families.js";
export type { HarnessCommand, SweepFamily } from "./family/sweep-family.js";
export { cacheDirectory, cacheVariable } from "./install/cache-directory.js";
export { type Installed, installRelease, releaseDirectory } from "./install/install-release.js";
export { compareReleases, semverOf } from "./releases/release-version.js";
export { selections, selectReleases } from "./releases/select-releases.js";
export { type CommandResult, lastLine, runCommand } from "./spawn/run-command.js";
