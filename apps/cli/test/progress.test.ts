import { describe, expect, it } from "vitest";
import type { Io } from "../src/cli/command.js";
import { fuzzProgress, shrinkProgress } from "../src/commands/fuzz/fuzz-progress.js";
import { progress } from "../src/commands/run/progress.js";

/** An Io that keeps what went to stderr, and a clock the test moves. */
function recorded(interactive: boolean) {
  const said: string[] = [];
  const io: Io = { stdout: () => {}, stderr: (text) => said.push(text), stdin: async () => "", interactive };
  let time = 0;
  return { io, said, clock: () => time, advance: (ms: number) => (time += ms) };
}

describe("progress", () => {
  it("on a terminal: a live board, each implementation's checks done of planned and the time left at its rate", () => {
    const { io, said, clock, advance } = recorded(true);
    const tick = progress(io, "matrix", clock);
    tick("sdk-a", 0, 100);
    advance(1000);
    tick("sdk-a", 25, 100);
    tick("sdk-b", 10, 50); // within 100 ms of the last drawing: not drawn yet
    advance(200);
    tick("sdk-b", 20, 50);
    const last = said.at(-1) ?? "";
    expect(last.startsWith("\u001b[")).toBe(true); // redrawn in place
    expect(last).toContain("matrix: 45 of 150 checks, 0 of 2 implementations done, 1 s gone");
    expect(last).toMatch(/ {2}sdk-a \[#{5}\.{15}\] 25\/100 ~4 s left/);
    expect(last).toMatch(/ {2}sdk-b \[#{8}\.{12}\] 20\/50 ~0 s left/);
    tick("sdk-b", 50, 50); // an end is drawn at once
    expect(said.at(-1)).toMatch(/sdk-b \[#{20}\] 50\/50 done/);
  });

  it("anywhere else: a line as each implementation ends and a total every ten seconds, never a redraw", () => {
    const { io, said, clock, advance } = recorded(false);
    const tick = progress(io, "run", clock);
    tick("sdk-a", 10, 100);
    advance(11_000);
    tick("sdk-a", 60, 100);
    advance(2000);
    tick("sdk-a", 100, 100);
    expect(said).toEqual(["run: 60 of 100 checks, 0 of 1 implementations done, 11 s gone\n", "sdk-a: 100/100 checks in 13 s\n"]);
  });

  it("a fuzz campaign: inputs checked of planned, rewritten in place on a terminal, each tenth elsewhere", () => {
    const live = recorded(true);
    const onTerminal = fuzzProgress(live.io, "fuzz", live.clock);
    live.advance(2000);
    onTerminal(500, 2000, 1);
    expect(live.said).toEqual(["\r\u001b[Kfuzz: 500 of 2000 inputs checked, 1 disagreements, 2 s gone, ~6 s left"]);
    const plain = recorded(false);
    const inLog = fuzzProgress(plain.io, "fuzz", plain.clock);
    for (const checked of [100, 150, 200, 2000]) inLog(checked, 2000, 0);
    expect(plain.said).toEqual([
      "fuzz: 100 of 2000 inputs checked, 0 disagreements, 0 s gone\n",
      "fuzz: 200 of 2000 inputs checked, 0 disagreements, 0 s gone\n",
      "fuzz: 2000 of 2000 inputs checked, 0 disagreements, 0 s gone\n",
    ]);
  });

  it("the shrinking after the inputs: disagreements shrunk of found, so a long shrink is never silent", () => {
    const plain = recorded(false);
    const inLog = shrinkProgress(plain.io, "matrix: fuzz", plain.clock);
    inLog(0, 3);
    plain.advance(4000);
    inLog(1, 3);
    plain.advance(3000);
    inLog(3, 3);
    expect(plain.said).toEqual([
      "matrix: fuzz: 0 of 3 disagreements shrunk, 0 s gone\n",
      "matrix: fuzz: 1 of 3 disagreements shrunk, 4 s gone\n",
      "matrix: fuzz: 3 of 3 disagreements shrunk, 7 s gone\n",
    ]);
    const live = recorded(true);
    const onTerminal = shrinkProgress(live.io, "fuzz", live.clock);
    onTerminal(0, 2);
    onTerminal(2, 2);
    expect(live.said).toEqual(["\r\u001b[Kfuzz: 0 of 2 disagreements shrunk, 0 s gone", "\r\u001b[Kfuzz: 2 of 2 disagreements shrunk, 0 s gone\n"]);
  });
});
