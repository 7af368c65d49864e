import { createHash } from "node:crypto";

/** A selection of cases as the log records it: how many, and a digest of their ids, equal for every shard of one run. */
export function selectionOf(caseIds: readonly string[]): { cases: number; digest: string } {
  const hash = createHash("sha256");
  for (const id of [...caseIds].sort()) hash.update(`${id}\n`);
  return { cases: caseIds.length, digest: hash.digest("hex").slice(0, 16) };
}
