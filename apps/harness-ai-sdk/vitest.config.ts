import { project } from "../../vitest.shared.ts";

export default project("harness-ai-sdk", { testTimeout: 120_000 });
