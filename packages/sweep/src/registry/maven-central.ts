import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { type CommandResult, lastLine, runCommand } from "../spawn/run-command.js";

const mvn = ["-B", "-q", "-Dstyle.color=never", "--strict-checksums"];
const listPlugin = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:list";

/**
 * Every version Maven Central serves of an artifact. Maven has no command that lists them: Maven resolves a throwaway
 * project that depends on any version (`[0,)`), which fetches the artifact's metadata into the local repository, and
 * the metadata is read there (found from where the resolved jar is, so a local repository moved by settings counts).
 */
export async function mavenReleases(group: string, artifact: string): Promise<string[] | string> {
  const project = mkdtempSync(join(tmpdir(), "maven-list-"));
  writeFileSync(
    join(project, "pom.xml"),
    `<project><modelVersion>4.0.0</modelVersion><groupId>list</groupId><artifactId>list</artifactId><version>0</version><dependencies><dependency><groupId>${group}</groupId><artifactId>${artifact}</artifactId><version>[0,)</version></dependency></dependencies></project>\n`,
  );
  const listed = await runCommand(
    "mvn",
    [...mvn, listPlugin, "-DexcludeTransitive=true", "-DoutputAbsoluteArtifactFilename=true", `-DoutputFile=${join(project, "resolved.txt")}`],
    { cwd: project, timeoutMs: 300_000 },
  );
  const resolved = existsSync(join(project, "resolved.txt")) ? readFileSync(join(project, "resolved.txt"), "utf8") : "";
  rmSync(project, { recursive: true, force: true });
  const jar = new RegExp(`^\\s*${group}:${artifact}:jar:[^:]+:\\w+:(\\S+)`, "m").exec(resolved)?.[1];
  if (listed.code !== 0 || !jar) return `mvn could not resolve ${group}:${artifact} from Maven Central: ${mavenReason(listed)}`;
  const home = dirname(dirname(jar));
  const versions = new Set<string>();
  for (const file of readdirSync(home).filter((name) => /^maven-metadata.*\.xml$/.test(name)))
    for (const match of readFileSync(join(home, file), "utf8").matchAll(/<version>([^<]+)<\/version>/g)) versions.add(match[1] as string);
  return versions.size > 0 ? [...versions] : `the metadata of ${group}:${artifact} in ${home} lists no version`;
}

/**
 * A Java harness built against one release of the artifact it links: its pom and sources copied into the release's
 * directory, the release set as `${property}`, and the pom's pins of what the pinned release resolves (its
 * dependencyManagement, and its direct Jackson) taken out, so the release brings what it declares, as it does for its
 * users. `mvn package` builds target/harness-openai-java.jar; every runtime jar goes to target/lib, on its manifest.
 */
export async function mavenBuild(property: string, version: string, source: string, directory: string): Promise<CommandResult> {
  cpSync(join(source, "src"), join(directory, "src"), { recursive: true });
  const pom = releasePom(readFileSync(join(source, "pom.xml"), "utf8"), property, version);
  if (pom === undefined) return { code: 1, stdout: "", stderr: `error: ${source}/pom.xml sets no <${property}>` };
  writeFileSync(join(directory, "pom.xml"), pom);
  const built = await runCommand("mvn", [...mvn, "package", "dependency:copy-dependencies", "-DincludeScope=runtime", "-DoutputDirectory=target/lib"], {
    cwd: directory,
    timeoutMs: 900_000,
  });
  return built.code === 0 ? built : { ...built, stderr: mavenReason(built) };
}

/** The pinned harness's pom with `property` set to the release and its pins of the pinned release's dependency set out. */
export function releasePom(pom: string, property: string, version: string): string | undefined {
  const set = new RegExp(`<${property}>[^<]*</${property}>`);
  if (!set.test(pom)) return undefined;
  return pom
    .replace(set, `<${property}>${version}</${property}>`)
    .replace(/\s*(<!--[^>]*-->\s*)?<dependencyManagement>[\s\S]*?<\/dependencyManagement>/, "")
    .replace(/\s*(<!--[^>]*-->\s*)?<dependency>\s*<groupId>com\.fasterxml\.jackson\.core<\/groupId>[\s\S]*?<\/dependency>/, "");
}

/** Maven's reason for a failure: the first compiler error (its file named from src/ on), else the goal that failed. */
export function mavenReason(result: CommandResult): string {
  const lines = `${result.stdout}\n${result.stderr}`.split("\n").map((line) => line.replace(/^\[ERROR\]\s*/, "").trim());
  const compiler = lines.find((line) => /\.java:\[\d+,\d+\]/.test(line));
  if (compiler) return compiler.replace(/^\S*?(src\/main\/java\/)/, "$1");
  return lines.find((line) => line.startsWith("Failed to execute goal"))?.slice(0, 300) ?? lastLine(result);
}
