import { defineProject } from "vitest/config";

const conditions = ["@imagegen-conformance/source", "import", "module", "node", "default"];
export default defineProject({
  root: new URL("..", import.meta.url).pathname,
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: { include: ["demo/**/*.test.ts"], setupFiles: ["./vitest.setup.ts"] },
});
