/** The runner's name and version, as it introduces itself to harnesses and in run logs. */
export const runnerIdentity = { name: "imagegen-conformance", version: "0.1.0" };
