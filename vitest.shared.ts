import { defineProject } from "vitest/config";

// Every project resolves sibling packages to their TypeScript source,
// so tests never depend on a stale dist.
const conditions = ["@imagegen-conformance/source", "import", "module", "node", "default"];

export function project(name: string, extra: { testTimeout?: number; setupFiles?: string[] } = {}) {
  return defineProject({
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: conditions } },
    test: {
      name,
      setupFiles: [new URL("./scripts/fast-check-seed.ts", import.meta.url).pathname, ...(extra.setupFiles ?? [])],
      testTimeout: extra.testTimeout ?? 30_000,
    },
  });
}
