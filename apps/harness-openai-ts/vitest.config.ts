import { project } from "../../vitest.shared.ts";

export default project("harness-openai-ts", { testTimeout: 120_000 });
