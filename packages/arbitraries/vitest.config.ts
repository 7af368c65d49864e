import { project } from "../../vitest.shared.ts";

export default project("arbitraries", { testTimeout: 120_000 });
