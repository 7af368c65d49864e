// CPU seconds used so far by this process and each process below it (Linux /proc): which process bounds a run.
import { readdirSync, readFileSync } from "node:fs";

const ticks = 100; // USER_HZ on Linux

function read(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
    return { command, seconds: (Number(fields[11]) + Number(fields[12])) / ticks };
  } catch {
    return undefined;
  }
}

const children = (pid) =>
  readdirSync(`/proc/${pid}/task`).flatMap((task) => {
    try {
      return readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean);
    } catch {
      return [];
    }
  });

/** { command: CPU seconds } for this process and every live descendant. */
export function processCpu(pid = process.pid) {
  const table = {};
  const visit = (id, self) => {
    const entry = read(id);
    if (entry && !entry.command.startsWith("/bin/sh")) table[self ? "runner (node)" : entry.command] = +entry.seconds.toFixed(2);
    for (const child of children(id)) visit(child, false);
  };
  visit(pid, true);
  return table;
}

/** CPU seconds each process used between two readings of processCpu(). */
export function cpuBetween(before, after) {
  return Object.fromEntries(Object.entries(after).map(([command, seconds]) => [command, +(seconds - (before[command] ?? 0)).toFixed(2)]));
}
