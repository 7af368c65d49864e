import { project } from "../../vitest.shared.ts";

export default project("runner", { testTimeout: 120_000 });
