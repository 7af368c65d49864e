import { labelOf, type Target } from "@imagegen-conformance/runner";
import type { Contestant } from "./judge-inputs.js";

/** Every target that connects, as a contestant; each that does not is passed to `unavailable`, never dropped unsaid. */
export async function connectContestants(targets: readonly Target[], unavailable: (target: Target, error: Error) => void): Promise<Contestant[]> {
  const contestants: Contestant[] = [];
  for (const target of targets) {
    try {
      const connection = await target.connect();
      contestants.push({ label: labelOf(connection.description), connection, reach: target.reach });
    } catch (error) {
      unavailable(target, error instanceof Error ? error : new Error(String(error)));
    }
  }
  return contestants;
}
