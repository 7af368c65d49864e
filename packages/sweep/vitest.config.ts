import { project } from "../../vitest.shared.ts";

export default project("sweep", { testTimeout: 120_000 });
