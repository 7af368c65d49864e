import { describe, expect, it, vi } from "vitest";
import type { Io } from "../src/cli/command.js";
import { parseArguments } from "../src/cli/parse-arguments.js";
import { commands } from "../src/main.js";
import { invoke } from "./invoke.js";

// The real parser, watched: each command must hand it the very spec its help prints.
vi.mock(import("../src/cli/parse-arguments.js"), async (importOriginal) => {
  const actual = await importOriginal();
  return { ...actual, parseArguments: vi.fn(actual.parseArguments) };
});

/** Help wraps and aligns; the words are compared with every run of spaces and line breaks made one space. */
const flat = (text: string) => text.replace(/\s+/g, " ");

const silent: Io = { stdout: () => {}, stderr: () => {}, stdin: async () => "", interactive: false };

const everyCommand = commands.map((command) => [command.name, command] as const);

describe("help <command>", () => {
  it.each(everyCommand)("%s lists every option it parses, each with a description and its default", async (name, command) => {
    expect(command.options).toBeDefined();
    const { code, stdout } = await invoke(["help", name]);
    expect(code).toBe(0);
    for (const [option, spec] of Object.entries(command.options ?? {})) {
      expect(spec.help.trim(), `--${option}`).not.toBe("");
      const flag = `${spec.short ? `-${spec.short}, ` : ""}--${option}${spec.type === "boolean" ? "" : " <value>"}`;
      expect(flat(stdout)).toContain(` ${flag} ${flat(spec.help)}`);
      if (spec.defaultText !== undefined) expect(flat(stdout)).toContain(`default: ${flat(spec.defaultText)})`);
    }
    const block = stdout.split("\noptions:\n")[1] ?? "";
    for (const line of block.split("\n")) expect(line.length, line).toBeLessThanOrEqual(118);
  });

  // So an option can be parsed only if help lists it, and `values.x` of an undeclared x does not typecheck.
  it.each(everyCommand)("%s parses its arguments with the options its help lists, and refuses any other", async (_name, command) => {
    vi.mocked(parseArguments).mockClear();
    await expect(command.run(["--no-such-option"], silent)).rejects.toThrow(/unknown option --no-such-option/);
    expect(vi.mocked(parseArguments).mock.calls.at(-1)?.[2]).toBe(command.options);
  });

  it("matrix --help gives the fuzz budget and the fixed seed", async () => {
    const { code, stdout } = await invoke(["matrix", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}--fuzz-runs <value> +fuzz inputs put to the same harnesses after the corpus; 0 for none \(default: 2000\)$/m);
    expect(flat(stdout)).toContain(
      "--seed <value> the seed of what is generated: fuzz inputs, sampled values, stream chunkings (default: 1, fixed so that CI runs repeat)",
    );
    expect(flat(stdout)).toContain("(repeatable; default: every SDK harness)");
  });

  it("fuzz --help gives the input budget, the random seed and a boolean without a value", async () => {
    const { code, stdout } = await invoke(["fuzz", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}--runs <value> +inputs to generate and put to every implementation \(default: 1000\)$/m);
    expect(flat(stdout)).toContain("(default: random, printed to replay the run)");
    expect(stdout).toMatch(/^ {2}--decode-only +decode only, no encode round trips/m);
    expect(flat(stdout)).toContain(
      "--report-dir <value> where counterexamples/ (corpus case files) and reproducers/ go, made if absent (default: reports/fuzz)",
    );
  });
});

describe("parseArguments", () => {
  it("hands node's parseArgs no default: an option left out stays absent, whatever its defaultText", () => {
    const options = { runs: { type: "string", help: "inputs", defaultText: "1000" }, quiet: { type: "boolean", help: "say less" } } as const;
    expect(parseArguments("test", [], options).values).toEqual({});
    expect(parseArguments("test", ["--runs", "5", "--quiet"], options).values).toEqual({ runs: "5", quiet: true });
  });
});
