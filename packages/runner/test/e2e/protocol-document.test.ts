import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { protocolViolation } from "../../src/index.js";

const document = readFileSync(new URL("../../../../docs/protocol.md", import.meta.url), "utf8");
const transcript = document.slice(document.indexOf("## A complete transcript"));
const sent = [...transcript.matchAll(/^→ (.+)$/gm)].map((match) => match[1] as string);
const received = [...transcript.matchAll(/^← (.+)$/gm)].map((match) => match[1] as string);
const harness = new URL("../../bin/reference-harness.js", import.meta.url).pathname;

describe("docs/protocol.md", () => {
  it("shows a transcript whose every message is valid protocol v1", () => {
    expect(sent.length).toBe(3);
    expect(received.length).toBe(2);
    const kinds = ["runnerHello", "run"] as const;
    for (const [index, kind] of kinds.entries()) expect(protocolViolation(kind, JSON.parse(sent[index] ?? ""))).toBeNull();
    expect(protocolViolation("harnessHello", JSON.parse(received[0] ?? ""))).toBeNull();
    expect(protocolViolation("results", JSON.parse(received[1] ?? ""))).toBeNull();
  });

  it("shows what the reference harness really answers", () => {
    const run = spawnSync(process.execPath, [harness], { input: `${sent.join("\n")}\n`, encoding: "utf8" });
    expect(run.status).toBe(0);
    const [hello, results] = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(results).toEqual(JSON.parse(received[1] ?? ""));
    // The document shortens the hello's shape list; everything else is as sent.
    const documented = JSON.parse(received[0] ?? "");
    expect({ ...hello, capabilities: { ...hello.capabilities, shapes: documented.capabilities.shapes } }).toEqual(documented);
    for (const [shape, type] of Object.entries(documented.capabilities.shapes)) expect(hello.capabilities.shapes[shape]).toBe(type);
  });
});
