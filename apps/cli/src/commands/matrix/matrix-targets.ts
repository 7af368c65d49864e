import { inProcess, type Target } from "@imagegen-conformance/runner";
import type { RegisteredHarness } from "../../registry/harness-registry.js";
import { registryTarget } from "../../registry/registry-targets.js";
import { implementations } from "../run/implementations.js";

/** What the matrix checks: the reference implementation first, as the row the SDKs are read against, then each harness. */
export function matrixTargets(harnesses: readonly RegisteredHarness[], failures: ReadonlyMap<string, string>): Target[] {
  return [
    inProcess("reference", implementations.reference?.implementation as never),
    ...harnesses.map((harness) => registryTarget(harness, failures.get(harness.id))),
  ];
}
