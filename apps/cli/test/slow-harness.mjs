#!/usr/bin/env node
// The reference implementation as a harness that takes DELAY_MS (default 10) per case: slow enough to be interrupted halfway.
// With PID_FILE set, it writes its process id there.
import { writeFileSync } from "node:fs";
import { referenceImplementation, serve } from "@imagegen-conformance/runner";

// Where the test finds this process again, to see that nothing outlived the run.
if (process.env.PID_FILE) writeFileSync(process.env.PID_FILE, String(process.pid));

const delay = Number(process.env.DELAY_MS ?? 10);
// Blocks the thread, as a slow SDK would: no timer of the harness's own keeps the runner waiting.
const pause = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, delay);
const slow = (operation) =>
  operation &&
  ((...args) => {
    pause();
    return operation.apply(referenceImplementation, args);
  });
const { describe, decode, encode, stream } = referenceImplementation;
await serve({ describe: describe.bind(referenceImplementation), decode: slow(decode), encode: slow(encode), stream: slow(stream) });
