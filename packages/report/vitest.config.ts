import { project } from "../../vitest.shared.ts";

export default project("report", { testTimeout: 120_000 });
