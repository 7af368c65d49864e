import { project } from "../../vitest.shared.ts";

export default project("harness-python", { testTimeout: 300_000 });
