/** A run log's header for the tests' hand-written logs: a plan of these case ids, and whatever a test adds. */
export const logHeader = (caseIds: readonly string[], extra: Record<string, unknown> = {}) => ({
  type: "header",
  runner: { name: "imagegen-conformance", version: "0.1.0" },
  protocol: 1,
  started: "2026-01-01T00:00:00.000Z",
  seed: 1,
  cases: caseIds.length,
  caseIds: [...caseIds],
  gated: ["required"],
  ...extra,
});
