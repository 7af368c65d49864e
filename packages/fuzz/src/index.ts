export { connectContestants } from "./connect-contestants.js";
export { declaredShapes } from "./declared-shapes.js";
export type { FuzzInput, InputKind } from "./fuzz-input.js";
export { InputSource } from "./input-source.js";
export { type Contestant, type Judged, judgeInputs, signatureOf } from "./judge-inputs.js";
export { type CampaignOptions, type CampaignResult, type Finding, runCampaign } from "./run-campaign.js";
export { followPath, type Shrunk, shrinkAcrossProcesses } from "./shrink-across-processes.js";
export { namedUnjudged, replayPath, type Unjudged } from "./unjudged.js";
export { type WrittenCounterexample, writeCounterexample } from "./write-counterexample.js";
