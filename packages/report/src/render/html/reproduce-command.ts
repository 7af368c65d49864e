import { isProblem, type ResultRecord, reproducerPath } from "@imagegen-conformance/runner";

/**
 * The command that replays a result from its reproducer file, relative to the report directory; undefined where no
 * file is written (passes and skips, and the protocol and profile findings, which no single case carries).
 */
export function reproduceCommand(record: ResultRecord): string | undefined {
  if (!isProblem(record.kind) || record.check === "protocol" || record.check === "profile") return undefined;
  return `imagegen-conformance replay ${reproducerPath(record.implementation, reproducerKey(record))}`;
}

// Encode tasks are keyed apart from decode ones (plan-contained.ts); a fuzz counterexample's reproducer is named by
// its slug, the case id without its "#digest" (write-counterexample.ts).
function reproducerKey(record: ResultRecord): string {
  if (record.check === "encode") return `${record.case}@encode`;
  if (record.check === "fuzz") return record.case.replace(/#[^#/]*$/, "");
  return record.case;
}
