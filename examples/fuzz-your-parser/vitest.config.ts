import { defineProject } from "vitest/config";

// Copy this into your project as it is: the only line that matters is the setup file, which applies and prints the
// seed. It resolves the packages as any project does, from their published builds.
export default defineProject({
  test: { name: "example", include: ["src/**/*.test.ts", "test/**/*.test.ts"], setupFiles: ["./vitest.setup.ts"], testTimeout: 60_000 },
});
