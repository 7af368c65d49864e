import { HarnessStartError, SubprocessConnection, type Target } from "@imagegen-conformance/runner";
import type { RegisteredHarness } from "./harness-registry.js";

/** A registered SDK harness as a run target; one whose preparation failed is unavailable with that reason. */
export function registryTarget(harness: RegisteredHarness, failure: string | undefined, options: { timeout?: number; batch?: number } = {}): Target {
  return {
    name: harness.id,
    reach: { sdk: harness.id },
    connect: () => {
      if (failure) return Promise.reject(new HarnessStartError(failure));
      return SubprocessConnection.open({
        command: harness.command,
        cwd: harness.directory,
        ...(options.timeout ? { requestTimeoutMs: options.timeout } : {}),
        ...(options.batch ? { batchSize: options.batch } : {}),
      });
    },
  };
}
