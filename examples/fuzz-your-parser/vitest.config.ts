import { defineProject } from "vitest/config";

// Your own config: the only line that matters here is the setup file that applies and prints the seed.
const conditions = ["@imagegen-conformance/source", "import", "module", "node", "default"];
export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: { name: "example", include: ["src/**/*.test.ts", "test/**/*.test.ts"], setupFiles: ["./vitest.setup.ts"], testTimeout: 60_000 },
});
