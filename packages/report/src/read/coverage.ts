import { type HeaderRecord, type LogRecord, type Shard, taskChecks } from "@imagegen-conformance/runner";
import { sweepShardLines } from "./sweep-coverage.js";

const planned = new Set<string>(taskChecks);
const shown = 3;

/** "206 cases (a, b, c, …)": a count and the first few. */
export const someOf = (ids: readonly string[], noun: string) =>
  `${ids.length} ${noun}${ids.length === 1 ? "" : "s"} (${ids.slice(0, shown).join(", ")}${ids.length > shown ? ", …" : ""})`;

interface Seen {
  planned?: number;
  results: number;
  cases: Set<string>;
}

interface LogState {
  path: string;
  header?: HeaderRecord;
  footer: boolean;
  interrupted?: string;
  implementations: Map<string, Seen>;
  /** Targets that introduced themselves or were found unavailable, by the name the header lists them under. */
  introduced: Set<string>;
}

/** What the logs say beyond their results: whether they cover their plan, and, merged, whether the shards cover the run exactly once. */
export interface Gaps {
  /** For the whole report: one line each, naming the log and what is missing. */
  lines: string[];
  /** The implementations the gaps leave without a verdict. */
  implementations: Set<string>;
}

/** Follows the records of one or more logs and says what they do not cover. */
export class Coverage {
  readonly #logs: LogState[] = [];

  start(path: string): void {
    this.#logs.push({ path, footer: false, implementations: new Map(), introduced: new Set() });
  }

  add(record: LogRecord): void {
    const log = this.#logs.at(-1) as LogState;
    if (record.type === "header") log.header ??= record;
    else if (record.type === "footer") {
      log.footer = true;
      if (record.interrupted) log.interrupted = record.signal ?? "a signal";
    } else if (record.type === "implementation") {
      log.introduced.add(record.command ?? record.implementation);
      if (record.unavailable !== undefined || log.implementations.has(record.implementation)) return;
      log.implementations.set(record.implementation, { ...(record.planned === undefined ? {} : { planned: record.planned }), results: 0, cases: new Set() });
    } else if (planned.has(record.check)) {
      const seen = log.implementations.get(record.implementation);
      if (!seen) return;
      seen.results++;
      if (log.header?.caseIds) seen.cases.add(record.case);
    }
  }

  /** The gaps, with shard coverage checked too when `merge` (the logs are meant to be the shards of one run). */
  gaps(merge: boolean): Gaps {
    const gaps: Gaps = { lines: [], implementations: new Set() };
    for (const log of this.#logs) logGaps(log, gaps);
    if (merge) {
      shardGaps(this.#logs, gaps);
      gaps.lines.push(...sweepShardLines(this.#logs));
    }
    return gaps;
  }
}

function logGaps(log: LogState, gaps: Gaps): void {
  const everyone = () => {
    for (const label of log.implementations.keys()) gaps.implementations.add(label);
  };
  if (!log.header) gaps.lines.push(`${log.path}: no header: the run never started, or this is not a whole run log`);
  if (!log.footer) gaps.lines.push(`${log.path}: no footer: the run was cut short`);
  if (log.interrupted) gaps.lines.push(`${log.path}: interrupted by ${log.interrupted}`);
  if (!log.header || !log.footer || log.interrupted) everyone();
  const silent = (log.header?.targets ?? []).filter((name) => !log.introduced.has(name));
  if (silent.length > 0) gaps.lines.push(`${log.path}: ${someOf(silent, "implementation")} never started: no result for them`);
  for (const [label, seen] of log.implementations) {
    if (seen.planned !== undefined && seen.results !== seen.planned) {
      gaps.lines.push(`${log.path}: ${label}: ${seen.results} results of ${seen.planned} planned`);
      gaps.implementations.add(label);
    }
    const missing = (log.header?.caseIds ?? []).filter((id) => !seen.cases.has(id));
    if (missing.length > 0) {
      gaps.lines.push(`${log.path}: ${label}: no result for ${someOf(missing, "planned case")}`);
      gaps.implementations.add(label);
    }
  }
}

const shardName = (shard: Shard | undefined) => (shard ? `${shard.index}/${shard.count}` : "1/1");

/**
 * Shards are checked per implementation: the logs of separate runs of different SDKs (one CI job each) merge
 * without reading as one shard given twice. Implementations that share the same logs are checked once.
 */
function shardGaps(logs: readonly LogState[], gaps: Gaps): void {
  const groups = new Map<string, { logs: LogState[]; labels: string[] }>();
  for (const label of new Set(logs.flatMap((log) => [...log.implementations.keys()]))) {
    const mine = logs.filter((log) => log.implementations.has(label));
    const key = mine.map((log) => log.path).join("\n");
    const group = groups.get(key) ?? { logs: mine, labels: [] };
    group.labels.push(label);
    groups.set(key, group);
  }
  if (groups.size === 0) groups.set("", { logs: [...logs], labels: [] });
  for (const group of groups.values()) {
    const lines = shardLines(group.logs);
    const prefix = groups.size > 1 ? `${group.labels.join(", ")}: ` : "";
    gaps.lines.push(...lines.map((line) => `${prefix}${line}`));
    if (lines.length > 0) for (const label of group.labels) gaps.implementations.add(label);
  }
}

function shardLines(logs: readonly LogState[]): string[] {
  const gaps = { lines: [] as string[] };
  const headed = logs.filter((log) => log.header);
  const first = headed[0]?.header;
  for (const log of headed) {
    const header = log.header as HeaderRecord;
    if (header.seed !== first?.seed)
      gaps.lines.push(`${log.path}: seed ${header.seed}, not ${first?.seed} as in ${headed[0]?.path}: not a shard of the same run`);
    else if (header.selection?.digest !== first?.selection?.digest)
      gaps.lines.push(`${log.path}: a different selection of cases than ${headed[0]?.path}: not a shard of the same run`);
  }
  const count = first?.shard?.count ?? 1;
  const byIndex = new Map<number, string[]>();
  for (const log of headed) {
    const shard = log.header?.shard;
    if ((shard?.count ?? 1) !== count) gaps.lines.push(`${log.path}: shard ${shardName(shard)}, not one of ${count} as in ${headed[0]?.path}`);
    else byIndex.set(shard?.index ?? 1, [...(byIndex.get(shard?.index ?? 1) ?? []), log.path]);
  }
  const absent = count - [...byIndex.keys()].filter((index) => index >= 1 && index <= count).length;
  if (absent > 0) {
    const firstAbsent: string[] = [];
    for (let index = 1; firstAbsent.length < shown && index <= count; index++) if (!byIndex.has(index)) firstAbsent.push(`${index}/${count}`);
    gaps.lines.push(`missing ${absent} shard${absent === 1 ? "" : "s"} of ${count} (${firstAbsent.join(", ")}${absent > shown ? ", …" : ""})`);
  }
  for (const [index, paths] of byIndex) if (paths.length > 1) gaps.lines.push(`shard ${index}/${count} given ${paths.length} times: ${paths.join(", ")}`);
  const planners = new Map<string, string>();
  const twice: string[] = [];
  let total = 0;
  for (const log of headed) {
    for (const id of log.header?.caseIds ?? []) {
      total++;
      if (planners.has(id)) twice.push(id);
      else planners.set(id, log.path);
    }
  }
  if (twice.length > 0) gaps.lines.push(`${someOf(twice, "case")} planned in more than one log`);
  const selected = first?.selection?.cases;
  if (absent === 0 && twice.length === 0 && selected !== undefined && headed.every((log) => log.header?.caseIds) && total !== selected)
    gaps.lines.push(`the shards plan ${total} of the ${selected} cases selected`);
  return gaps.lines;
}
