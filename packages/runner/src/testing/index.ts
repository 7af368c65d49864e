// For a harness's own tests: start it from its harness.json and check that it speaks the protocol.

export { clientSample } from "./client-sample.js";
export { entryOutcomes } from "./entry-outcomes.js";
export { type RegisteredHarness, registeredHarnesses, type SmokeResult, smokeCases, smokeHarness } from "./smoke-harness.js";
