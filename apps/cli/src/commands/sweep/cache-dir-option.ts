import { cacheVariable } from "@imagegen-conformance/sweep";
import type { OptionSpecs } from "../../cli/option-spec.js";

/** `--cache-dir <dir>`, as cacheDirectory and harnessApps read it. */
export const cacheDirOption = {
  "cache-dir": {
    type: "string",
    help: "where releases are installed, and where an installed CLI builds its SDK harnesses",
    defaultText: `$${cacheVariable}, else $XDG_CACHE_HOME/imagegen-conformance, else ~/.cache/imagegen-conformance`,
  },
} as const satisfies OptionSpecs;
