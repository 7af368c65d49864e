import type fc from "fast-check";
import { bySpeed, firstKept } from "./first-kept.js";
import type { FuzzInput } from "./fuzz-input.js";
import type { InputSource } from "./input-source.js";
import type { Contestant, Judged } from "./judge-inputs.js";
import { replayPath, thrown, type Unjudged } from "./unjudged.js";

export interface Shrunk {
  minimal: Judged;
  /** Indexes of the shrink candidates taken at each step, fast-check style. */
  path: number[];
  /** Candidates put to the implementations. */
  tried: number;
  /** Candidates that could not be made or judged: passed over, and reported. */
  unjudged: Unjudged[];
}

/**
 * Shrinks an input while the implementations keep disagreeing the same way:
 * each step asks the implementations it names again about a batch of fast-check's
 * shrink candidates and moves to the first that keeps the signature (slow ones asked
 * last, a costly input one candidate at a time: first-kept.ts). A candidate
 * that cannot be made or judged is passed over; a shrinker that throws ends the shrinking.
 */
export async function shrinkAcrossProcesses(
  found: Judged,
  source: InputSource,
  contestants: readonly Contestant[],
  seed: number,
  options: { maxSteps?: number; perRound?: number; maxCandidates?: number; skipEncode?: boolean } = {},
): Promise<Shrunk> {
  // Only the implementations the disagreement names are asked again; the others cannot change it.
  const involved = contestants.filter((contestant) => found.signature.includes(contestant.label));
  // A slow implementation, or a costly input (a stream through clients), would otherwise bound every step.
  const groups = bySpeed(involved, found);
  let current = found;
  const path: number[] = [];
  const unjudged: Unjudged[] = [];
  let tried = 0;
  for (let step = 0; step < (options.maxSteps ?? 100); step++) {
    let moved = false;
    try {
      const candidates = current.input.arbitrary.shrink(current.input.value.value_, current.input.value.context);
      let offset = 0;
      // The first candidates are the boldest and usually work: ask a few, then more while none does.
      let size = 4;
      while (!moved && offset < (options.maxCandidates ?? 128)) {
        const round: fc.Value<unknown>[] = [...candidates.take(size)];
        size = Math.min(size * 2, options.perRound ?? 32);
        if (round.length === 0) break;
        const inputs = round.flatMap((value, index): FuzzInput[] => {
          const steps = [...path, offset + index];
          try {
            return [source.derive(current.input, value, steps)];
          } catch (error) {
            unjudged.push({ path: replayPath({ index: current.input.index, steps }), reason: `the candidate could not be made: ${thrown(error)}` });
            return [];
          }
        });
        const { kept, judged } = await firstKept(inputs, found, groups, seed, options.skipEncode ?? false);
        // Those asked: a candidate after the first kept one may have been asked of no one.
        tried += judged.length;
        for (const candidate of judged) if (candidate.unjudged) unjudged.push({ path: replayPath(candidate.input), reason: candidate.unjudged });
        if (kept) {
          current = kept;
          path.push(kept.input.steps.at(-1) as number);
          moved = true;
        }
        offset += round.length;
      }
    } catch (error) {
      unjudged.push({ path: replayPath(current.input), reason: `shrinking stopped here: ${thrown(error)}` });
    }
    if (!moved) break;
  }
  return { minimal: current, path, tried, unjudged };
}

/** Follows a shrink path from an input without asking anyone: how a printed path is replayed. */
export function followPath(input: FuzzInput, path: readonly number[], source: InputSource): FuzzInput {
  let current = input;
  const taken: number[] = [];
  for (const index of path) {
    const next = current.arbitrary.shrink(current.value.value_, current.value.context).drop(index).take(1).getNthOrLast(0);
    if (!next) throw new RangeError(`the shrink path ${path.join(":")} leaves the shrink tree at step ${taken.length + 1}`);
    taken.push(index);
    current = source.derive(current, next, taken);
  }
  return current;
}
