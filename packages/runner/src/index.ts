export type { Behaviour, RuleRow } from "./behaviour/behaviour.js";
export { type BehaviourClass, behaviourClasses, type ClassInfo, classCell, classInfo, classLabel, severity, worse } from "./behaviour/behaviour-class.js";
export { behaviourMatrix, classCounts, type MatrixCell, type MatrixRow, type Section, sectionOf, sections } from "./behaviour/behaviour-matrix.js";
export { BehaviourTally } from "./behaviour/behaviour-tally.js";
export { type Classable, classOf } from "./behaviour/class-of.js";
export { familyOf, ruleRow } from "./behaviour/rule-row.js";
export { compareRoundTrip, type Difference, type RoundTrip } from "./checks/compare-round-trip.js";
export { InputValues } from "./checks/input-values.js";
export { behavedOf, receivedOf } from "./checks/received.js";
export type { Answer, Connection } from "./harness/connection.js";
export { HarnessProcess } from "./harness/harness-process.js";
export { InProcessConnection } from "./harness/in-process-connection.js";
export { killHarnessGroups, trackGroup, untrackGroup } from "./harness/process-registry.js";
export { serve } from "./harness/serve.js";
export { type HarnessOptions, HarnessStartError, SubprocessConnection } from "./harness/subprocess-connection.js";
export type { Decoded, Description, Implementation, Streamed } from "./implementation/implementation.js";
export { labelOf } from "./implementation/label-of.js";
export {
  type Blame,
  blameOf,
  type Fidelity,
  isHarnessProblem,
  isImplementationFailure,
  isProblem,
  type Outcome,
  type OutcomeKind,
  outcome,
  outcomeKinds,
} from "./outcome/outcome.js";
export { type MeasuredProfile, type Measurement, ProfileTally, profileMismatches } from "./profile/measure-profile.js";
export { type Dimension, lenient } from "./profile/observed.js";
export { protocolViolation } from "./protocol/validate-message.js";
export { referenceImplementation } from "./reference/reference-implementation.js";
export { ReproducerError, readReproducer } from "./reproducer/read-reproducer.js";
export { type Replayed, replay } from "./reproducer/replay.js";
export type { Reach, Reproducer } from "./reproducer/reproducer.js";
export { reproducerPath, safeName } from "./reproducer/reproducer-path.js";
export { writeReproducer } from "./reproducer/write-reproducer.js";
export { boundOutcome, boundText, storedTextBytes } from "./run/bounded-text.js";
export { chunkings, cut, hashSeed } from "./run/chunkings.js";
export { type Coverage, coverageOf, describeCoverage, verdictWord } from "./run/coverage.js";
export { type HeldTarget, holdOpen, type LateViolations } from "./run/held-target.js";
export { inParallel } from "./run/in-parallel.js";
export {
  type FooterRecord,
  type HeaderRecord,
  type ImplementationRecord,
  type LogRecord,
  type ResultCheck,
  type ResultRecord,
  resultChecks,
  type SweptHeader,
  type TaskCheck,
  taskChecks,
} from "./run/log-records.js";
export { type LogRecordType, logSchema } from "./run/log-schema.js";
export { type PlanOptions, planTasks } from "./run/plan-tasks.js";
export { recordViolations } from "./run/record-violations.js";
export type { Request } from "./run/request.js";
export { type RunOptions, type RunSummary, runConformance } from "./run/run-conformance.js";
export { flushAll, openRunLogs, RunLog } from "./run/run-log.js";
export { selectionOf } from "./run/selection.js";
export { inShard, parseShard, type Shard } from "./run/shard.js";
export { emptyCounts, type ImplementationSummary, tally } from "./run/summary.js";
export { harness, inProcess, type Target } from "./run/target.js";
export type { Task } from "./run/task.js";
export { runnerIdentity } from "./runner-identity.js";
