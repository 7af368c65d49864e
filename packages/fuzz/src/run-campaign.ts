import { inParallel, inShard, type Shard } from "@imagegen-conformance/runner";
import type { FuzzInput } from "./fuzz-input.js";
import { InputGenerator } from "./input-generator.js";
import type { InputSource } from "./input-source.js";
import { type Contestant, type Judged, judgeInputs } from "./judge-inputs.js";
import { type Shrunk, shrinkAcrossProcesses } from "./shrink-across-processes.js";
import { namedUnjudged, replayPath, thrown, type Unjudged } from "./unjudged.js";

export interface CampaignOptions {
  contestants: readonly Contestant[];
  source: InputSource;
  seed: number;
  runs: number;
  shard?: Shard;
  /** Inputs put to each implementation at once. Default 512. */
  batch?: number;
  /** Ask decode and stream questions only: no encode round trips (a parser-only campaign). */
  skipEncode?: boolean;
  /** Make inputs on a worker thread (the other core). Default: when the campaign has more than two batches. */
  generateOnWorker?: boolean;
  /** Distinct disagreements to shrink and report. Default 10. */
  maxFindings?: number;
  onProgress?(checked: number, total: number, findings: number): void;
  /** After the inputs, as the disagreements found are shrunk: how many of them are done. */
  onShrink?(done: number, total: number): void;
  /** Writes (and shows) one shrunk finding; what it throws is reported as that finding's, and the campaign goes on. */
  write?(finding: Finding): void;
}

export interface Finding extends Shrunk {
  first: Judged;
}

export interface CampaignResult {
  /** Inputs this shard put to the implementations. */
  checked: number;
  /** Of those, the inputs each implementation judged (by label): an input of a shape it does not declare is skipped. */
  judgedBy: Map<string, number>;
  findings: Finding[];
  /** Inputs the runner could not make, judge, shrink or write: counted, and the first of them named so they replay. */
  unjudged: { count: number; named: Unjudged[] };
}

/** Generates `runs` inputs (this shard's share), puts them to every implementation, and shrinks each distinct disagreement. */
export async function runCampaign(options: CampaignOptions): Promise<CampaignResult> {
  const batch = options.batch ?? 512;
  const firsts = new Map<string, Judged>();
  const unjudged: CampaignResult["unjudged"] = { count: 0, named: [] };
  const report = (entry: Unjudged) => {
    unjudged.count++;
    if (unjudged.named.length < namedUnjudged) unjudged.named.push(entry);
  };
  let checked = 0;
  const judgedBy = new Map(options.contestants.map((contestant) => [contestant.label, 0]));
  let pending: number[] = [];
  let recorded: Promise<void> = Promise.resolve();
  const record = (judged: Judged[], count: number) => {
    checked += count;
    for (const entry of judged) {
      for (const [label, outcomes] of entry.outcomes)
        if (outcomes.some((outcome) => outcome.kind !== "skipped")) judgedBy.set(label, (judgedBy.get(label) ?? 0) + 1);
      if (entry.unjudged) report({ path: replayPath(entry.input), reason: entry.unjudged });
      if (entry.signature !== "" && !firsts.has(entry.signature) && firsts.size < (options.maxFindings ?? 10)) firsts.set(entry.signature, entry);
    }
    options.onProgress?.(checked, options.runs, firsts.size);
  };
  // Batch k+1 is made (on the worker, when there is one) while the implementations still answer batch k;
  // answers are recorded in batch order, so the findings do not depend on timing.
  const generator = new InputGenerator(options.source, options.generateOnWorker ?? options.runs > 2 * batch);
  const flush = async () => {
    const indices = pending;
    pending = [];
    const inputs: FuzzInput[] = [];
    for (const made of await generator.make(indices)) {
      if ("input" in made) inputs.push(made.input);
      else report({ path: String(made.index), reason: made.error });
    }
    // Judging contains each input's faults; anything that still escapes leaves this batch unjudged, not the campaign.
    const judging = judgeInputs(inputs, options.contestants, options.seed, options.skipEncode ?? false).catch((error: unknown) => {
      for (const input of inputs) report({ path: replayPath(input), reason: `its batch could not be judged: ${thrown(error)}` });
      return [];
    });
    await recorded;
    recorded = judging.then((judged) => record(judged, indices.length));
  };
  try {
    for (let index = 0; index < options.runs; index++) {
      if (!inShard(String(index), options.shard)) continue;
      pending.push(index);
      if (pending.length >= batch) await flush();
    }
    if (pending.length > 0) await flush();
    await recorded;
  } finally {
    await generator.close();
  }

  // Findings shrink at once: each asks only the implementations it names, and a connection answers one ask at a time
  // (it queues the others), so every harness stays busy rather than waiting on one finding's round trips. Each
  // shrink depends on its own answers only, and each is written as soon as those found before it are: the same
  // findings in the same order, and an interrupted campaign keeps every one written so far.
  const firstList = [...firsts.values()];
  const done: (Finding | undefined)[] = [];
  const findings: Finding[] = [];
  const writeReady = () => {
    for (let finding = done[findings.length]; finding !== undefined; finding = done[findings.length]) {
      for (const entry of finding.unjudged) report(entry);
      try {
        options.write?.(finding);
      } catch (error) {
        report({ path: replayPath(finding.minimal.input), reason: `its counterexample could not be written: ${thrown(error)}` });
      }
      findings.push(finding);
    }
  };
  let shrunk = 0;
  if (firstList.length > 0) options.onShrink?.(0, firstList.length);
  await inParallel([...firstList.entries()], shrinkingAtOnce, async ([at, first]) => {
    done[at] = { first, ...(await shrink(first, options)) };
    options.onShrink?.(++shrunk, firstList.length);
    writeReady();
  });
  return { checked, judgedBy, findings, unjudged };
}

/** Findings shrunk at once: enough to keep every harness asked, few enough that one's round trips are not starved. */
const shrinkingAtOnce = 8;

/** A finding shrunk, or as found when shrinking throws. */
async function shrink(first: Judged, options: CampaignOptions): Promise<Shrunk> {
  try {
    return await shrinkAcrossProcesses(first, options.source, options.contestants, options.seed, { skipEncode: options.skipEncode ?? false });
  } catch (error) {
    return { minimal: first, path: [], tried: 0, unjudged: [{ path: replayPath(first.input), reason: `shrinking failed: ${thrown(error)}` }] };
  }
}
