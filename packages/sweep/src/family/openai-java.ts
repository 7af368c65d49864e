import { join } from "node:path";
import { mavenBuild, mavenReleases } from "../registry/maven-central.js";
import { shellQuote } from "./shell-quote.js";
import type { SweepFamily } from "./sweep-family.js";

/** com.openai:openai-java-core from Maven Central, each release built into `apps/harness-openai-java`'s jar of its own. */
export const openaiJava: SweepFamily = {
  name: "openai-java",
  package: "com.openai:openai-java-core",
  registry: "Maven Central",
  installJobs: 1,
  entries: ["client", "readValue", "validate"],
  releases: () => mavenReleases("com.openai", "openai-java-core"),
  install: (version, directory, apps) => mavenBuild("openai.version", version, join(apps, "harness-openai-java"), directory),
  // As harness.json starts the pinned one, less the class-data archive, which a sweep's release does not get.
  harness: (directory, argument) => ({
    command: `java -XX:TieredStopAtLevel=1 -Xlog:disable -Xlog:all=warning:stderr -jar target/harness-openai-java.jar ${shellQuote(argument)}`,
    cwd: directory,
  }),
};
