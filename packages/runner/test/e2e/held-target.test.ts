import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus } from "@imagegen-conformance/fixtures";
import { describe, expect, it } from "vitest";
import { harness, holdOpen, inProcess, referenceImplementation, runConformance, type Target } from "../../src/index.js";
import { leftBehind, readNotes } from "./left-behind.js";

const member = new URL("./zoo/member.mjs", import.meta.url).pathname;
// Some of them hold "status":"queued": the cases a crashing member crashes on.
const cases = loadCorpus().filter((testCase) => testCase.shape === "InputImageGenerationCall1");

/** A zoo member as a target, and the processes it started so far (each start notes its pid). */
function zoo(behaviour: string) {
  const notes = join(tmpdir(), `held-${behaviour}-${process.pid}.notes`);
  rmSync(notes, { force: true });
  const target = harness({
    command: `${process.execPath} ${member} ${behaviour}`,
    env: { ...process.env, ZOO_NOTES: notes },
    requestTimeoutMs: 1500,
    startTimeoutMs: 20_000,
  });
  const starts = () => readNotes(notes).flatMap((note) => ("role" in note && note.role === "member" ? [note.pid] : []));
  return { target, starts };
}

/** The target, counting its connect() calls. */
function counted(target: Target) {
  const calls = { count: 0 };
  const connect = () => {
    calls.count++;
    return target.connect();
  };
  return { calls, target: { ...target, connect } };
}

describe("holdOpen", () => {
  it("should give the next use the harness the first use started, and stop it once", async () => {
    const { target, starts } = zoo("reference");
    const held = holdOpen(target);
    expect((await runConformance({ targets: [held], cases, seed: 1 })).conformant).toBe(true);
    expect(await leftBehind(starts(), 0)).toHaveLength(1);
    expect((await runConformance({ targets: [held], cases, seed: 2 })).conformant).toBe(true);
    await held.release();
    expect(starts()).toHaveLength(1);
    expect(await leftBehind(starts())).toEqual([]);
    expect(held.late).toBeUndefined();
  });

  it("should start afresh after a first use that had to restart the harness", async () => {
    const { target, starts } = zoo("crash-mid-batch");
    const held = holdOpen(target);
    await runConformance({ targets: [held], cases, seed: 1 });
    const first = starts().length;
    expect(first).toBeGreaterThan(1);
    // Not kept: stopped at the end of its use, as without holding.
    expect(await leftBehind(starts())).toEqual([]);
    const again = await held.connect();
    expect(starts()).toHaveLength(first + 1);
    await again.close();
    await held.release();
    expect(await leftBehind(starts())).toEqual([]);
  });

  it("should close a connection no second use took, and keep what the harness wrote when stopped", async () => {
    const { target, starts } = zoo("answer-after-last");
    const held = holdOpen(target);
    const first = await runConformance({ targets: [held], cases, seed: 1 });
    // The member answers again only when told to stop: the first use, which only kept it, saw nothing.
    expect(first.implementations[0]?.harnessProblems).toBe(0);
    await held.release();
    expect(held.late?.seen).toBe(0);
    expect(held.late?.violations).toEqual([expect.stringMatching(/after the last results: a second results for run "r\d+"/)]);
    expect(await leftBehind(starts())).toEqual([]);
  });

  it("should not try again a target that could not connect", async () => {
    const { calls, target } = counted({ name: "never", reach: { impl: "never" }, connect: () => Promise.reject(new Error("no such harness")) });
    const held = holdOpen(target);
    const summary = await runConformance({ targets: [held], cases, seed: 1 });
    expect(summary.implementations[0]?.unavailable).toBe("no such harness");
    await expect(held.connect()).rejects.toThrow("no such harness");
    expect(calls.count).toBe(1);
  });

  it("should connect afresh for a connection that cannot be kept (one without keep)", async () => {
    const { calls, target } = counted(inProcess("reference", referenceImplementation));
    const held = holdOpen(target);
    await runConformance({ targets: [held], cases, seed: 1 });
    await (await held.connect()).close();
    expect(calls.count).toBe(2);
  });
});
