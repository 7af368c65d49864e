// Seeds are inputs: FC_SEED replays a run, FC_NUM_RUNS scales it.
// The seed in use is printed once per test file so any failure can be replayed.
import fc from "fast-check";

const fromEnvironment = process.env.FC_SEED;
const seed = fromEnvironment === undefined || fromEnvironment === "" ? Date.now() ^ (Math.random() * 0x100000000) : Number(fromEnvironment);
if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, received ${JSON.stringify(fromEnvironment)}`);
const numRuns = process.env.FC_NUM_RUNS ? Number(process.env.FC_NUM_RUNS) : undefined;
fc.configureGlobal({ seed, ...(numRuns ? { numRuns } : {}) });
console.log(`fast-check seed ${seed} (replay with FC_SEED=${seed})`);
