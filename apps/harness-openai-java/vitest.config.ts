import { project } from "../../vitest.shared.ts";

export default project("harness-openai-java", { testTimeout: 300_000 });
