import { type HarnessHello, type Limits, protocolVersion, type RunnerHello } from "@imagegen-conformance/core";
import type { Description } from "../implementation/implementation.js";
import { protocolViolation } from "../protocol/validate-message.js";
import { runnerIdentity } from "../runner-identity.js";
import { excerpt } from "./excerpt.js";
import type { HarnessProcess } from "./harness-process.js";

/** A harness that never said a valid hello: the row is unavailable, with this reason. */
export class HarnessStartError extends Error {
  override readonly name = "HarnessStartError";
}

/** Says hello with the runner's limits and reads the harness's; throws HarnessStartError with one line of why not. */
export async function handshake(process: HarnessProcess, limits: Limits, startTimeoutMs: number): Promise<Description> {
  const hello: RunnerHello = { op: "hello", protocol: protocolVersion, runner: runnerIdentity, limits };
  process.send(hello);
  const next = await process.next(startTimeoutMs);
  const stderr = () => process.stderr.text().trim().split("\n").at(-1) ?? "";
  if (!next.ok) throw new HarnessStartError(`${next.reason} before answering hello${stderr() ? `: ${stderr()}` : ""}`);
  let message: unknown;
  try {
    message = JSON.parse(next.line);
  } catch {
    throw new HarnessStartError(`answered hello with a line that is not JSON: ${excerpt(next.line)}`);
  }
  if (protocolViolation("harnessRefusal", message) === null)
    throw new HarnessStartError(`refused protocol ${protocolVersion}: ${(message as { error: string }).error}`);
  const violation = protocolViolation("harnessHello", message);
  if (violation) throw new HarnessStartError(`protocol violation: ${violation}`);
  const { implementation, capabilities, profile } = message as HarnessHello;
  return { ...implementation, capabilities, profile };
}
