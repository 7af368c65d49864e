/**
 * The releases the main job sweeps besides the pinned harnesses (`matrix` without `--sdk` or `--sweep`): few enough
 * to fit its time, chosen for what the pins do not show. openrouter 0.7.11 is the last Python release that defines
 * the seeds' `ResponsesImageGenerationCall` and `OpenResponsesImageGenCallGenerating` by name; @openrouter/sdk's
 * newest of each major adds 0.13.67, the last 0.x, beside the pinned 1.3.19.
 */
export const mainJobSweeps: readonly string[] = ["openrouter-python@0.7.11", "openrouter-ts@latest-per-major"];
