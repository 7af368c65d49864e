import { project } from "../../vitest.shared.ts";

export default project("harness-openrouter-ts", { testTimeout: 120_000 });
