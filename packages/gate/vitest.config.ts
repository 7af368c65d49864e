import { project } from "../../vitest.shared.ts";

export default project("gate", { testTimeout: 120_000 });
