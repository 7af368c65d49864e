import { defineProject } from "vitest/config";

export default defineProject({
  root: new URL("..", import.meta.url).pathname,
  test: { include: ["demo/**/*.test.ts"], setupFiles: ["./vitest.setup.ts"] },
});
