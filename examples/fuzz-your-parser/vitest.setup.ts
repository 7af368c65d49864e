import fc from "fast-check";

// Seeds are inputs: FC_SEED replays a run; without it a fresh seed is drawn and printed.
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : Date.now() ^ (Math.random() * 2 ** 31);
fc.configureGlobal({ seed });
console.log(`fast-check seed ${seed} (replay with FC_SEED=${seed})`);
