import type { DecodedValue, ProtocolResult } from "@imagegen-conformance/core";
import type { Answer } from "../harness/connection.js";
import { type Outcome, outcome } from "../outcome/outcome.js";

export type Verdict =
  | ({ status: "ok" } & Partial<DecodedValue> & { events?: DecodedValue[] })
  | { status: "rejected"; message: string; events?: DecodedValue[] };

/**
 * Everything that is not a verdict becomes an outcome here: transport failures,
 * errors, and skips (a skip of something declared in hello is the harness lying).
 */
export function settleAnswer(answer: Answer, declared: string | undefined): { outcome: Outcome } | { verdict: Verdict; stderr?: string } {
  const stderr = answer.stderr ? { stderr: answer.stderr } : {};
  if (answer.kind !== "result") return { outcome: outcome(answer.kind, answer.reason, stderr) };
  const result: ProtocolResult = answer.result;
  if (result.status === "skipped") {
    return {
      outcome: declared
        ? outcome("harness-error", `hello declared ${declared}, but the harness skipped it: ${result.reason}`, stderr)
        : outcome("skipped", result.reason),
    };
  }
  if (result.status === "errored") return { outcome: outcome("errored", result.message, stderr) };
  return { verdict: result as Verdict, ...stderr };
}
