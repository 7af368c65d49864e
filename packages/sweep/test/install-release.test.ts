import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CommandResult, cacheDirectory, installRelease, lastLine, parseEntries, releaseEntries, runCommand, type SweepFamily } from "../src/index.js";

/** A family whose installs are real commands in the release's directory: `sh -c` writes a file, or fails as asked. */
function shellFamily(script: (version: string) => string): SweepFamily & { installs: string[] } {
  const installs: string[] = [];
  return {
    name: "shell",
    package: "shell-sdk",
    registry: "npm",
    entries: ["client"],
    installs,
    releases: async () => ["1.0.0"],
    install: (version, directory): Promise<CommandResult> => {
      installs.push(version);
      return runCommand("/bin/sh", ["-c", script(version)], { cwd: directory, timeoutMs: 10_000 });
    },
    harness: (directory, argument) => ({ command: `echo ${argument}`, cwd: directory }),
  };
}

describe("installRelease", () => {
  it("installs into a directory of its own, once: the second time it is cached", async () => {
    const cache = mkdtempSync(join(tmpdir(), "sweep-cache-"));
    const family = shellFamily((version) => `echo ${version} > installed.txt`);
    const first = await installRelease(family, "1.0.0", cache, "apps");
    expect(first).toMatchObject({ version: "1.0.0", cached: false });
    expect(readFileSync(join((first as { directory: string }).directory, "installed.txt"), "utf8")).toBe("1.0.0\n");
    expect(await installRelease(family, "1.0.0", cache, "apps")).toMatchObject({ cached: true });
    expect(family.installs).toEqual(["1.0.0"]);
  });

  it("a failed install is a reason, its error line, and leaves nothing that could be taken for an install", async () => {
    const cache = mkdtempSync(join(tmpdir(), "sweep-cache-"));
    const family = shellFamily(() => "echo 'npm error 404 Not Found - GET @shell/sdk' >&2; echo 'npm error A complete log is here' >&2; exit 1");
    const failed = await installRelease(family, "9.9.9", cache, "apps");
    expect(failed).toEqual({ version: "9.9.9", failure: "cannot install shell-sdk 9.9.9 from npm: npm error 404 Not Found - GET @shell/sdk" });
    expect(readdirSync(join(cache, "shell"))).toEqual([]);
    expect(await installRelease(family, "9.9.9", cache, "apps")).toHaveProperty("failure");
    expect(family.installs).toEqual(["9.9.9", "9.9.9"]);
  });

  it("what an interrupted install left behind is removed before the next; what a running sweep is making is not", async () => {
    const cache = mkdtempSync(join(tmpdir(), "sweep-cache-"));
    const family = shellFamily(() => "true");
    // A pid that no process holds any more, and one that a process still runs under.
    const ended = spawnSync("/bin/true").pid;
    const running = spawn("/bin/sleep", ["30"]);
    const left = join(cache, "shell", `1.0.0.partial-${ended}`);
    const making = join(cache, "shell", `1.0.0.partial-${running.pid}`);
    mkdirSync(left, { recursive: true });
    mkdirSync(making, { recursive: true });
    await installRelease(family, "1.0.0", cache, "apps").finally(() => running.kill());
    expect(existsSync(left)).toBe(false);
    expect(existsSync(making)).toBe(true);
    expect(existsSync(join(cache, "shell", "1.0.0", ".sweep-installed"))).toBe(true);
  });

  it("an install another sweep finished meanwhile stands: this one's copy goes", async () => {
    const cache = mkdtempSync(join(tmpdir(), "sweep-cache-"));
    // The other sweep's whole install appears while this one is installing.
    const family = shellFamily(
      () => "mkdir ../1.0.0 && echo theirs > ../1.0.0/installed.txt && echo '{}' > ../1.0.0/.sweep-installed && echo ours > installed.txt",
    );
    const installed = await installRelease(family, "1.0.0", cache, "apps");
    expect(installed).toMatchObject({ cached: true });
    expect(readFileSync(join(cache, "shell", "1.0.0", "installed.txt"), "utf8")).toBe("theirs\n");
    expect(readdirSync(join(cache, "shell"))).toEqual(["1.0.0"]);
  });
});

describe("runCommand", () => {
  it("kills a command that runs past its time, and whatever it started", async () => {
    const started = Date.now();
    const result = await runCommand("/bin/sh", ["-c", "sleep 30 & sleep 30; echo never"], { timeoutMs: 300 });
    expect(result.failure).toBe("ran past 0 s and was stopped");
    expect(result.stdout).toBe("");
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("a missing program is a reason, not a crash", async () => {
    const result = await runCommand("no-such-program-here", [], { timeoutMs: 5_000 });
    expect(lastLine(result)).toBe("cannot run no-such-program-here: ENOENT");
  });

  it("the reason a Node crash gives is its error line, not its trailer", () => {
    const stderr =
      "file:///x/release.js:3\n    throw new Error('boom')\n    ^\n\nError: Cannot find module '@openrouter/sdk'\n    at resolve (node:internal)\n\nNode.js v20.20.2\n";
    expect(lastLine({ code: 1, stdout: "", stderr })).toBe("Error: Cannot find module '@openrouter/sdk'");
  });

  it("the reason npm gives is what it did not find, not where its log is", () => {
    const stderr = [
      "npm error code ETARGET",
      "npm error notarget No matching version found for @openrouter/sdk@9.9.9.",
      "npm error notarget In most cases you or one of your dependencies are requesting a package version that doesn't exist.",
      "npm error A complete log of this run can be found in: /home/someone/.npm/_logs/debug-0.log",
    ].join("\n");
    expect(lastLine({ code: 1, stdout: "", stderr })).toBe("npm error notarget No matching version found for @openrouter/sdk@9.9.9.");
  });
});

describe("cacheDirectory", () => {
  it("--cache-dir, then $IMAGEGEN_CONFORMANCE_CACHE, then $XDG_CACHE_HOME, then ~/.cache", () => {
    expect(cacheDirectory("/a", { IMAGEGEN_CONFORMANCE_CACHE: "/b" })).toBe("/a");
    expect(cacheDirectory(undefined, { IMAGEGEN_CONFORMANCE_CACHE: "/b", XDG_CACHE_HOME: "/c" })).toBe("/b");
    expect(cacheDirectory(undefined, { XDG_CACHE_HOME: "/c" })).toBe("/c/imagegen-conformance");
    expect(cacheDirectory(undefined, {})).toMatch(/\/\.cache\/imagegen-conformance$/);
  });
});

describe("parseEntries", () => {
  it("takes the harness's one line of JSON, and says what was wrong with anything else", () => {
    const line =
      '{"release":"0.1.1","entries":[{"name":"client","available":true},{"name":"fromJSON","available":false,"reason":"no …FromJSON"}],"shapes":{"ResponsesImageGenerationCall":"ResponsesImageGenerationCall"}}';
    expect(parseEntries(`warming up\n${line}\n`)).toEqual({
      release: "0.1.1",
      entries: [
        { name: "client", available: true },
        { name: "fromJSON", available: false, reason: "no …FromJSON" },
      ],
      shapes: { ResponsesImageGenerationCall: "ResponsesImageGenerationCall" },
    });
    expect(parseEntries("oops")).toBe('expected one line of JSON from --entries, received "oops"');
    expect(parseEntries('{"release":1}')).toMatch(/^expected \{"release", "entries"/);
  });
});

describe("releaseEntries", () => {
  const answering = (release: string): SweepFamily => ({
    ...shellFamily(() => "true"),
    harness: () => ({ command: `echo '{"release":"${release}","entries":[{"name":"client","available":true}],"shapes":{}}'`, cwd: tmpdir() }),
  });

  it("takes the entries of the release asked for, as either registry writes its version", async () => {
    expect(await releaseEntries(answering("v3.1.0"), "v3.1.0", tmpdir(), "apps")).toMatchObject({ release: "v3.1.0" });
    expect(await releaseEntries(answering("1.2.0"), "1.2", tmpdir(), "apps")).toMatchObject({ release: "1.2.0" });
  });

  it("refuses a harness that serves another release than the one installed: its rows would be that release's", async () => {
    expect(await releaseEntries(answering("0.42.3"), "0.43.0", "/cache/async-openai/0.43.0", "apps")).toBe(
      "the install of shell-sdk 0.43.0 serves 0.42.3: remove /cache/async-openai/0.43.0 and sweep again",
    );
  });
});
