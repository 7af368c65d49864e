// What a zoo member tells its test besides the protocol: its pid and its children's (so the test can
// assert none outlives the run), and facts it observed. One JSON line each, appended to $ZOO_NOTES.
import { spawn } from "node:child_process";
import { appendFileSync } from "node:fs";

export function note(fact) {
  if (process.env.ZOO_NOTES) appendFileSync(process.env.ZOO_NOTES, `${JSON.stringify(fact)}\n`);
}

/** A long-lived child sharing the member's stdout and stderr, as a helper or a daemon would. */
export function startChild() {
  const child = spawn("sleep", ["1000"], { stdio: "inherit" });
  note({ pid: child.pid, role: "child" });
  return child;
}
