import type { Reach } from "@imagegen-conformance/runner";

/** The option that names an implementation to `run` and `fuzz` again, as a reproducer reaches it. */
export const reachArgument = (reach: Reach): string =>
  "sdk" in reach ? `--sdk ${reach.sdk}` : "impl" in reach ? `--impl ${reach.impl}` : `--harness ${JSON.stringify(reach.harness)}`;
