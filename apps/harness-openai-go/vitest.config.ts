import { project } from "../../vitest.shared.ts";

export default project("harness-openai-go", { testTimeout: 300_000 });
