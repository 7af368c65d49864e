import { project } from "../../vitest.shared.ts";

// A cold release build of the crate takes minutes on 2 cores: the hooks and the cargo test get the time they need.
export default project("harness-async-openai", { testTimeout: 900_000 });
