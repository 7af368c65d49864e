/**
 * Every process group this process started (harnesses, and the installs a sweep runs) and has not yet seen gone, so that
 * a signal handler can kill them all synchronously before the process exits.
 */
const groups = new Set<number>();

export function trackGroup(pid: number): void {
  groups.add(pid);
}

export function untrackGroup(pid: number): void {
  groups.delete(pid);
}

/** SIGKILLs every live harness group (the harness and whatever it started). Synchronous: safe in a signal handler. */
export function killHarnessGroups(): number {
  let killed = 0;
  for (const pid of groups) {
    try {
      process.kill(-pid, "SIGKILL");
      killed++;
    } catch {
      // Already gone.
    }
  }
  groups.clear();
  return killed;
}
