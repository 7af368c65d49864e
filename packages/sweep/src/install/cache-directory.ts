import { homedir } from "node:os";
import { join, resolve } from "node:path";

/** Where releases are installed when neither `--cache-dir` nor this variable says otherwise. */
export const cacheVariable = "IMAGEGEN_CONFORMANCE_CACHE";

/**
 * The cache the sweep installs releases into, outside any repository so that no project's node_modules or git tree
 * holds them: `--cache-dir`, else $IMAGEGEN_CONFORMANCE_CACHE, else $XDG_CACHE_HOME/imagegen-conformance, else
 * ~/.cache/imagegen-conformance.
 */
export function cacheDirectory(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = option ?? env[cacheVariable];
  if (chosen) return resolve(chosen);
  return join(env.XDG_CACHE_HOME ? resolve(env.XDG_CACHE_HOME) : join(homedir(), ".cache"), "imagegen-conformance");
}
