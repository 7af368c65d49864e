import { inShard, type Shard } from "@imagegen-conformance/runner";
import type { InputSource } from "./input-source.js";
import { type Contestant, type Judged, judgeInputs } from "./judge-inputs.js";
import { type Shrunk, shrinkAcrossProcesses } from "./shrink-across-processes.js";

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
  /** Distinct disagreements to shrink and report. Default 10. */
  maxFindings?: number;
  onProgress?(checked: number, total: number, findings: number): void;
}

export interface Finding extends Shrunk {
  first: Judged;
}

export interface CampaignResult {
  /** Inputs this shard put to the implementations. */
  checked: number;
  findings: Finding[];
}

/** Generates `runs` inputs (this shard's share), puts them to every implementation, and shrinks each distinct disagreement. */
export async function runCampaign(options: CampaignOptions): Promise<CampaignResult> {
  const batch = options.batch ?? 512;
  const firsts = new Map<string, Judged>();
  let checked = 0;
  let pending: number[] = [];
  let recorded: Promise<void> = Promise.resolve();
  const record = (judged: Judged[]) => {
    checked += judged.length;
    for (const entry of judged)
      if (entry.signature !== "" && !firsts.has(entry.signature) && firsts.size < (options.maxFindings ?? 10)) firsts.set(entry.signature, entry);
    options.onProgress?.(checked, options.runs, firsts.size);
  };
  // Batch k+1 is generated and asked while the implementations still answer batch k;
  // answers are recorded in batch order, so the findings do not depend on timing.
  const flush = async () => {
    const inputs = pending.map((index) => options.source.input(index));
    pending = [];
    const judging = judgeInputs(inputs, options.contestants, options.seed, options.skipEncode ?? false);
    await recorded;
    recorded = judging.then(record);
  };
  for (let index = 0; index < options.runs; index++) {
    if (!inShard(String(index), options.shard)) continue;
    pending.push(index);
    if (pending.length >= batch) await flush();
  }
  if (pending.length > 0) await flush();
  await recorded;

  const findings: Finding[] = [];
  for (const first of firsts.values())
    findings.push({
      first,
      ...(await shrinkAcrossProcesses(first, options.source, options.contestants, options.seed, { skipEncode: options.skipEncode ?? false })),
    });
  return { checked, findings };
}
