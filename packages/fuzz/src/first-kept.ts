import type { FuzzInput } from "./fuzz-input.js";
import { type Contestant, failureOf, type Judged, judgeInputs, signatureOf } from "./judge-inputs.js";

/**
 * An implementation this many times slower over the found input than the median of every implementation the campaign
 * asked is asked last, and only when needed: the median of all, so that a finding only slow ones show is shrunk with
 * them asked one candidate at a time too.
 */
const slowFactor = 5;
/** ...and at least this slow, in ms: below it, asking it with the others costs nothing worth saving. */
const slowFloor = 1;

export interface Groups {
  /** In the campaign's order: the order a judged candidate lists them in, however they were asked. */
  involved: readonly Contestant[];
  quick: readonly Contestant[];
  slow: readonly Contestant[];
  /** Ask the quick ones about one candidate at a time too (the input is costly for someone). */
  oneAtATime: boolean;
}

/**
 * A finding whose input costs some implementation this many ms is shrunk one candidate at a time: the first candidate
 * usually keeps the disagreement, and a stream through a client (three cuts of a dozen events) can cost 100 ms or more.
 */
const costlyMs = 10;

/** The involved contestants in two groups by their time over the found input: the slow ones are asked last. */
export function bySpeed(involved: readonly Contestant[], found: Judged): Groups {
  const times = involved.map((contestant) => found.ms.get(contestant.label));
  if (times.some((time) => time === undefined)) return { involved, quick: involved, slow: [], oneAtATime: false };
  const sorted = [...found.ms.values()].sort((left, right) => left - right);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const isSlow = (time: number) => time >= slowFloor && time > slowFactor * median;
  return {
    involved,
    quick: involved.filter((_, at) => !isSlow(times[at] as number)),
    slow: involved.filter((_, at) => isSlow(times[at] as number)),
    oneAtATime: (times as number[]).some((time) => time >= costlyMs),
  };
}

/**
 * Whether a candidate judged by some of the involved implementations can still show the found disagreement: each of
 * them fails as it did, and their verdicts split exactly as they did (or, where the found input split nobody, do not
 * split). A candidate that keeps the disagreement passes, so filtering by it never changes which candidate is kept.
 */
function mayKeep(found: Judged, partial: Judged, labels: readonly string[]): boolean {
  for (const label of labels) if (failureOf(found.outcomes.get(label)) !== failureOf(partial.outcomes.get(label))) return false;
  const foundVerdicts = new Set(found.verdicts.values());
  if (foundVerdicts.size > 1) return labels.every((label) => found.verdicts.get(label) === partial.verdicts.get(label));
  return new Set(labels.flatMap((label) => partial.verdicts.get(label) ?? [])).size < 2;
}

/** One input's judgements by both groups, in the involved order, as if asked at once. */
function joined(involved: readonly Contestant[], parts: readonly Judged[]): Judged {
  // The parts judge disjoint implementations: each label's entry comes from the part that has it.
  const pick = <T>(of: (part: Judged) => Map<string, T>) =>
    new Map(
      involved.flatMap(({ label }): [string, T][] => {
        const part = parts.find((candidate) => of(candidate).has(label));
        return part ? [[label, of(part).get(label) as T]] : [];
      }),
    );
  const outcomes = pick((part) => part.outcomes);
  const verdicts = pick((part) => part.verdicts);
  const unjudged = parts.find((part) => part.unjudged)?.unjudged;
  return {
    input: parts[0]?.input as FuzzInput,
    outcomes,
    verdicts,
    ms: pick((part) => part.ms),
    ...(unjudged ? { unjudged } : {}),
    ...signatureOf(outcomes, verdicts),
  };
}

/**
 * The first of the candidates (in order) that keeps the found disagreement, and every candidate anyone was asked about.
 * The quick implementations are asked about all of them at once (or, for a costly input, one at a time); the slow
 * ones only about those the quick ones leave possible, one at a time, stopping at the first kept: the same candidate
 * as asking everyone about everything.
 */
export async function firstKept(
  candidates: readonly FuzzInput[],
  found: Judged,
  groups: Groups,
  seed: number,
  skipEncode: boolean,
): Promise<{ kept?: Judged; judged: Judged[] }> {
  const keeps = (candidate: Judged) => !candidate.unjudged && candidate.signature === found.signature;
  const quickLabels = groups.quick.map((contestant) => contestant.label);
  const atOnce = groups.oneAtATime ? undefined : await judgeInputs(candidates, groups.quick, seed, skipEncode);
  const judged: Judged[] = [];
  for (const [at, candidate] of candidates.entries()) {
    const partial = atOnce ? (atOnce[at] as Judged) : ((await judgeInputs([candidate], groups.quick, seed, skipEncode))[0] as Judged);
    if (partial.unjudged || (groups.slow.length > 0 && !mayKeep(found, partial, quickLabels))) {
      judged.push(partial);
      continue;
    }
    const rest = groups.slow.length > 0 ? (await judgeInputs([candidate], groups.slow, seed, skipEncode))[0] : undefined;
    const whole = rest ? joined(groups.involved, [partial, rest]) : partial;
    judged.push(whole);
    // Those the quick ones were asked about at once count as asked, and are reported if they could not be judged.
    if (keeps(whole)) return { kept: whole, judged: [...judged, ...(atOnce?.slice(at + 1) ?? [])] };
  }
  return { judged };
}
