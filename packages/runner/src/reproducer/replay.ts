import type { Outcome } from "../outcome/outcome.js";
import { runConformance } from "../run/run-conformance.js";
import type { Target } from "../run/target.js";
import type { Reproducer } from "./reproducer.js";

export interface Replayed {
  reproducer: Reproducer;
  outcome: Outcome;
  fixed: boolean;
  /** Set when its implementation could not start: why. Its outcome is then no evidence either way. */
  unavailable?: string;
}

/** Puts each reproducer's case to its implementation again (grouped, one process per implementation). */
export async function replay(reproducers: readonly Reproducer[], targetOf: (reproducer: Reproducer) => Target): Promise<Replayed[]> {
  const groups = new Map<string, { target: Target; members: Reproducer[] }>();
  for (const reproducer of reproducers) {
    const target = targetOf(reproducer);
    const group = groups.get(target.name) ?? { target, members: [] };
    group.members.push(reproducer);
    groups.set(target.name, group);
  }
  const outcomes = new Map<Reproducer, Outcome>();
  const lost = new Map<Reproducer, string>();
  for (const { target, members } of groups.values()) {
    const keys = new Map(members.map((member) => [member.check === "encode" ? `${member.case.id}@encode` : member.case.id, member]));
    const summary = await runConformance({
      targets: [target],
      // A decode and an encode reproducer of one case share the case: it is asked once.
      cases: [...new Map(members.map((member) => [member.case.id, member.case])).values()],

      seed: members[0]?.seed ?? 0,
      onOutcome: (_label, task, outcome) => {
        const member = keys.get(task.key);
        if (member) outcomes.set(member, outcome);
      },
    });
    const unavailable = summary.implementations[0]?.unavailable;
    if (unavailable)
      for (const member of members) {
        outcomes.set(member, { kind: "harness-error", reason: `unavailable: ${unavailable}` });
        lost.set(member, unavailable);
      }
  }
  return reproducers.map((reproducer) => {
    const outcome = outcomes.get(reproducer) ?? { kind: "harness-error", reason: "no outcome" };
    const unavailable = lost.get(reproducer);
    return { reproducer, outcome, fixed: outcome.kind === "passed", ...(unavailable ? { unavailable } : {}) };
  });
}
