import { project } from "../../vitest.shared.ts";

// End-to-end tests start the CLI and real harnesses: the limit is a hang bound, generous so load never turns it red.
export default project("cli", { testTimeout: 180_000 });
