import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultLimits } from "@imagegen-conformance/core";
import { describe, expect, it } from "vitest";
import { protocolViolation, SubprocessConnection } from "../../src/index.js";

const document = readFileSync(new URL("../../../../docs/protocol.md", import.meta.url), "utf8");
const transcript = document.slice(document.indexOf("## A complete transcript"));
const sent = [...transcript.matchAll(/^→ (.+)$/gm)].map((match) => match[1] as string);
const received = [...transcript.matchAll(/^← (.+)$/gm)].map((match) => match[1] as string);
const harness = new URL("../../bin/reference-harness.js", import.meta.url).pathname;
const examples = [...document.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((match) => JSON.parse(match[1] as string) as Record<string, unknown>);

/** The schema definition an example message is: by its op and the keys that set the messages apart. */
const kindOf = (message: Record<string, unknown>) =>
  message.op === "hello"
    ? "runner" in message
      ? "runnerHello"
      : "error" in message
        ? "harnessRefusal"
        : "harnessHello"
    : message.op === "run"
      ? "run"
      : "results";

describe("docs/protocol.md", () => {
  it("shows a transcript whose every message is valid protocol v1", () => {
    expect(sent.length).toBe(3);
    expect(received.length).toBe(2);
    const kinds = ["runnerHello", "run"] as const;
    for (const [index, kind] of kinds.entries()) expect(protocolViolation(kind, JSON.parse(sent[index] ?? ""))).toBeNull();
    expect(protocolViolation("harnessHello", JSON.parse(received[0] ?? ""))).toBeNull();
    expect(protocolViolation("results", JSON.parse(received[1] ?? ""))).toBeNull();
  });

  it("shows examples that are each a valid message", () => {
    expect(examples.map(kindOf)).toEqual(["runnerHello", "harnessHello", "run", "results"]);
    for (const example of examples) expect(protocolViolation(kindOf(example), example), JSON.stringify(example)).toBeNull();
  });

  it("gives the limits the runner sends, in its hellos and its table", () => {
    for (const hello of [examples[0], JSON.parse(sent[0] ?? "")]) expect(hello?.limits).toEqual(defaultLimits);
    for (const [name, bytes] of Object.entries(defaultLimits)) expect(document).toMatch(new RegExp(`^\\| \`${name}\` \\| ${bytes} \\(`, "m"));
  });

  it("shows the hello the runner really sends", async () => {
    const folder = mkdtempSync(join(tmpdir(), "protocol-document-"));
    const file = join(folder, "hello.json");
    // A harness that keeps the first line it reads and answers with a minimal hello.
    const reply = JSON.stringify({ ...JSON.parse(received[0] ?? ""), capabilities: { operations: ["decode"], shapes: {}, batch: 1 } });
    const program = `const fs=require("fs");let b="";process.stdin.on("data",d=>{b+=d;const n=b.indexOf("\\n");if(n>=0&&!fs.existsSync(${JSON.stringify(file)})){fs.writeFileSync(${JSON.stringify(file)},b.slice(0,n));process.stdout.write(${JSON.stringify(`${reply}\n`)});}});`;
    try {
      const connection = await SubprocessConnection.open({ command: `${JSON.stringify(process.execPath)} -e ${JSON.stringify(program)}` });
      await connection.close();
      const actual = JSON.parse(readFileSync(file, "utf8"));
      const documented = JSON.parse(sent[0] ?? "");
      expect({ ...actual, runner: { ...actual.runner, version: documented.runner.version } }).toEqual(documented);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
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
