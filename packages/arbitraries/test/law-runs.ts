/** Runs per law: FC_NUM_RUNS when set, else the 1,000 CI holds every arbitrary to. */
export const lawRuns = Number(process.env.FC_NUM_RUNS) || 1000;
