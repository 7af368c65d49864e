import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { type CommandResult, lastLine, runCommand } from "../spawn/run-command.js";

/** Where cargo keeps a crate's entry of the crates.io index once it has fetched it: `as/yn/async-openai`. */
const indexPath = (name: string) =>
  name.length <= 2 ? join(String(name.length), name) : name.length === 3 ? join("3", name[0] as string, name) : join(name.slice(0, 2), name.slice(2, 4), name);

/**
 * Every version crates.io serves of a crate, yanked ones left out. Cargo has no command that lists them, so cargo
 * fetches the crate's index entry (resolving a throwaway project that depends on any version of it), and the entry's
 * cached copy is read: NUL-separated, one JSON object per published version.
 */
export async function crateReleases(name: string): Promise<string[] | string> {
  const project = mkdtempSync(join(tmpdir(), "crate-list-"));
  mkdirSync(join(project, "src"));
  writeFileSync(join(project, "src", "lib.rs"), "");
  writeFileSync(
    join(project, "Cargo.toml"),
    `[package]\nname = "crate-list"\nversion = "0.0.0"\nedition = "2021"\n\n[dependencies]\n${name} = { version = ">=0.0.0", default-features = false }\n`,
  );
  const resolved = await runCommand("cargo", ["generate-lockfile", "--quiet"], { cwd: project, timeoutMs: 300_000 });
  rmSync(project, { recursive: true, force: true });
  if (resolved.code !== 0 || resolved.failure) return `cargo could not fetch ${name}'s entry of the crates.io index: ${lastLine(resolved)}`;
  const indexes = join(process.env.CARGO_HOME ?? join(homedir(), ".cargo"), "registry", "index");
  const cached = (existsSync(indexes) ? readdirSync(indexes) : [])
    .map((index) => join(indexes, index, ".cache", indexPath(name)))
    .filter((file) => existsSync(file))
    .sort((left, right) => statSync(right).mtimeMs - statSync(left).mtimeMs)[0];
  if (!cached) return `cargo fetched ${name}'s index entry, but its cache holds no copy of it under ${indexes}`;
  const versions: string[] = [];
  for (const part of readFileSync(cached, "utf8").split("\0"))
    if (part.startsWith("{")) {
      const entry = JSON.parse(part) as { name?: string; vers?: string; yanked?: boolean };
      if (entry.name === name && typeof entry.vers === "string" && !entry.yanked) versions.push(entry.vers);
    }
  return versions.length > 0 ? versions : `${name}'s index entry lists no version that is not yanked`;
}

/**
 * A Rust harness built against one release of the crate it links: its manifest, lock, build script and sources
 * copied into the release's directory, the crate's requirement set to that release (`cargo update --precise` moves
 * only what that release needs moved), and the binary copied out as `harness`. Every release of the family shares one
 * target directory, so each build compiles the crate and the harness, not every dependency again; a lock held across
 * build and copy keeps two builds (of this sweep or another) from taking each other's binary.
 */
export async function cargoBuild(
  crate: { name: string; binary: string },
  version: string,
  source: string,
  directory: string,
  target: string,
): Promise<CommandResult> {
  for (const name of ["Cargo.toml", "Cargo.lock", "build.rs", "src"].filter((file) => existsSync(join(source, file))))
    cpSync(join(source, name), join(directory, name), { recursive: true });
  const manifest = releaseManifest(readFileSync(join(source, "Cargo.toml"), "utf8"), crate.name, version);
  if (manifest === undefined) return { code: 1, stdout: "", stderr: `error: ${source}/Cargo.toml pins no ${crate.name} = { version = "=…" }` };
  writeFileSync(join(directory, "Cargo.toml"), manifest);
  const updated = await runCommand("cargo", ["update", "--quiet", "-p", crate.name, "--precise", version], { cwd: directory, timeoutMs: 300_000 });
  if (updated.code !== 0 || updated.failure) return updated;
  mkdirSync(target, { recursive: true });
  const built = join(target, "release", crate.binary);
  // Cargo.lock touched once the lock is held: the build script reads the release from it, and cargo reruns it only for
  // a lock newer than its last run, which a release copied before an earlier build ended is not.
  const compiled = await runCommand(
    "flock",
    [join(target, ".sweep-build.lock"), "/bin/sh", "-c", `touch Cargo.lock && cargo build --release --quiet && cp "${built}" harness`],
    {
      cwd: directory,
      env: { ...process.env, CARGO_TARGET_DIR: target },
      timeoutMs: 1_800_000,
    },
  );
  return compiled.code === 0 ? compiled : { ...compiled, stderr: cargoReason(compiled) };
}

/**
 * Cargo's reason for a failure: its first error and where (`error[E0425]: cannot find value … at src/client.rs:40:9`),
 * not its last line, which only counts the errors.
 */
export function cargoReason(result: CommandResult): string {
  const lines = result.stderr.split("\n").map((line) => line.trim());
  const first = lines.findIndex((line) => /^error(\[E\d+\])?: /.test(line) && !/^error: could not compile|aborting due to/.test(line));
  if (first < 0) return lastLine(result);
  const at = lines.slice(first + 1, first + 4).find((line) => line.startsWith("--> "));
  return `${lines[first]}${at ? ` at ${at.slice(4)}` : ""}`.slice(0, 300);
}

/** The pinned harness's manifest with the crate's exact requirement moved to the release; undefined when it pins none. */
export function releaseManifest(manifest: string, crate: string, version: string): string | undefined {
  const pinned = new RegExp(`^(${crate} = \\{ version = ")=[^"]+"`, "m");
  return pinned.test(manifest) ? manifest.replace(pinned, `$1=${version}"`) : undefined;
}
