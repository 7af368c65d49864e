import { project } from "../../vitest.shared.ts";

export default project("fuzz", { testTimeout: 120_000 });
