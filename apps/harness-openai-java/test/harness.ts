import { spawnSync } from "node:child_process";
import { mkdirSync, rmdirSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { protocolSchema } from "@imagegen-conformance/core";
import { registeredHarnesses } from "@imagegen-conformance/runner/testing";
import { Ajv2020 } from "ajv/dist/2020.js";

// What the tests share: the app, its registered entries, a prepare that test files may run at once, and a harness
// started as the registry starts it, fed protocol lines and read back as messages checked against the protocol schema.
export const app = fileURLToPath(new URL("..", import.meta.url));
export const entries = registeredHarnesses(app) as (ReturnType<typeof registeredHarnesses>[number] & { prepare: string })[];

/** Runs the prepare command, one test file at a time: two mvn builds in one target/ would race. */
export async function prepare(): Promise<ReturnType<typeof spawnSync>> {
  const lock = join(app, "target", ".prepare-lock");
  mkdirSync(join(app, "target"), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || waited > 600_000) throw error;
      await sleep(200);
    }
  }
  try {
    return spawnSync("sh", ["-c", entries[0]?.prepare ?? "sh prepare.sh"], { cwd: app, encoding: "utf8" });
  } finally {
    rmdirSync(lock);
  }
}

const check = new Ajv2020({ strict: false, allErrors: true }).compile(protocolSchema);

/** A message the harness wrote, held to the protocol schema. */
export function checked(line: string): Record<string, unknown> {
  const message = JSON.parse(line) as Record<string, unknown>;
  if (!check(message)) throw new Error(`not a protocol message: ${line.slice(0, 300)}: ${JSON.stringify(check.errors?.slice(0, 3))}`);
  return message;
}

export const hello = (limits?: Record<string, number>) =>
  JSON.stringify({ op: "hello", protocol: 1, runner: { name: "test", version: "0" }, ...(limits ? { limits } : {}) });

export interface Talk {
  status: number | null;
  messages: Record<string, unknown>[];
  stdout: string;
  stderr: string;
}

/** Starts an entry with its registered command (or extra arguments in its place), writes the lines, reads every stdout line. */
export function talk(entry: string, lines: string[], options: { env?: NodeJS.ProcessEnv; args?: string } = {}): Talk {
  const registered = entries.find((candidate) => candidate.id.endsWith(`/${entry}`)) ?? entries[0];
  const command = registered?.command.replace(/ \S+$/, ` ${options.args ?? entry}`) ?? "";
  const run = spawnSync("/bin/sh", ["-c", command], { cwd: app, input: lines.map((line) => `${line}\n`).join(""), encoding: "utf8", env: options.env });
  const stdout = run.stdout ?? "";
  return {
    status: run.status,
    stdout,
    stderr: run.stderr ?? "",
    messages: stdout
      .split("\n")
      .filter((line) => line !== "")
      .map(checked),
  };
}

export interface Answer {
  id: string;
  status: string;
  output?: string;
  received?: string;
  type?: string;
  unrecognized?: string[];
  message?: string;
  reason?: string;
  events?: Answer[];
}

/** The results of one run of these cases at an entry, by case id. */
export function answers(entry: string, cases: Record<string, unknown>[], limits?: Record<string, number>): Map<string, Answer> {
  const { messages, status, stderr } = talk(entry, [hello(limits), JSON.stringify({ op: "run", id: "r1", cases }), JSON.stringify({ op: "stop" })]);
  if (status !== 0) throw new Error(`${entry} exited ${status}: ${stderr}`);
  const results = messages.find((message) => message.op === "results") as { id: string; results: Answer[] } | undefined;
  if (results?.id !== "r1") throw new Error(`${entry} answered no run r1: ${stderr}`);
  return new Map(results.results.map((result) => [result.id, result]));
}

export const decode = (id: string, shape: string, value: unknown) => ({
  id,
  operation: "decode",
  shape,
  input: typeof value === "string" ? value : JSON.stringify(value),
});

/** An SSE body of these events, base64 in chunks of `size` bytes (a chunk may end anywhere). */
export function stream(id: string, events: unknown[], size = 7) {
  const body = Buffer.from(events.map((event) => (typeof event === "string" ? event : `data: ${JSON.stringify(event)}\n\n`)).join(""));
  const chunks: string[] = [];
  for (let at = 0; at < body.length; at += size) chunks.push(body.subarray(at, at + size).toString("base64"));
  return { id, operation: "stream", chunks };
}
