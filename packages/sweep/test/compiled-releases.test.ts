import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cargoReason, mavenReason, releaseManifest, releasePom } from "../src/index.js";

// The pinned harnesses' own manifests: a release build starts from these, so the rewrite is checked on them.
const apps = new URL("../../../apps/", import.meta.url);
const pom = readFileSync(new URL("harness-openai-java/pom.xml", apps), "utf8");
const cargo = readFileSync(new URL("harness-async-openai/Cargo.toml", apps), "utf8");

describe("a release's build of a compiled harness", () => {
  it("Java: the release set, and no pin of the pinned release's dependency set left to override what it declares", () => {
    const release = releasePom(pom, "openai.version", "4.50.0") as string;
    expect(release).toContain("<openai.version>4.50.0</openai.version>");
    expect(pom).toContain("<dependencyManagement>");
    expect(release).not.toContain("<dependencyManagement>");
    expect(release).not.toContain("jackson-databind");
    expect(release).toContain("<artifactId>openai-java-core</artifactId>");
    expect(release).toContain("<artifactId>maven-dependency-plugin</artifactId>");
    expect(releasePom(pom, "no.such.version", "1")).toBeUndefined();
  });

  it("Rust: only the crate's exact requirement moves; its features and every other dependency stay", () => {
    const release = releaseManifest(cargo, "async-openai", "0.42.3") as string;
    expect(release).toMatch(/^async-openai = \{ version = "=0\.42\.3", default-features = false, features = \["responses", "middleware"\] \}$/m);
    expect(release.replace("=0.42.3", "")).toBe(cargo.replace(/=0\.\d+\.\d+/, ""));
    expect(releaseManifest(cargo, "reqwest", "0.12.0")).toBeUndefined();
  });

  it("Maven's reason is the compiler's first error, from src/ on, else the goal that failed", () => {
    const compile = [
      "[ERROR] COMPILATION ERROR : ",
      "[ERROR] /home/me/.cache/imagegen-conformance/openai-java/0.7.5.partial-1/src/main/java/imagegen/harness/Shape.java:[9,30] cannot find symbol",
      "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.13.0:compile (default-compile) on project harness-openai-java: Compilation failure",
    ].join("\n");
    expect(mavenReason({ code: 1, stdout: compile, stderr: "" })).toBe("src/main/java/imagegen/harness/Shape.java:[9,30] cannot find symbol");
    expect(mavenReason({ code: 1, stdout: "[ERROR] Failed to execute goal x on project y: Could not resolve dependencies", stderr: "" })).toBe(
      "Failed to execute goal x on project y: Could not resolve dependencies",
    );
  });

  it("cargo's reason is its first error and where, not the count of them", () => {
    const stderr = [
      "error[E0432]: unresolved import `async_openai::types::responses::ImageGenToolCall`",
      "  --> src/client.rs:12:5",
      "   |",
      'error: could not compile `harness-async-openai` (bin "harness-async-openai") due to 1 previous error',
    ].join("\n");
    expect(cargoReason({ code: 101, stdout: "", stderr })).toBe(
      "error[E0432]: unresolved import `async_openai::types::responses::ImageGenToolCall` at src/client.rs:12:5",
    );
    expect(cargoReason({ code: 101, stdout: "", stderr: "error: no matching package named `x` found" })).toBe("error: no matching package named `x` found");
  });
});
