import { describe, expect, it } from "vitest";
import { compareReleases, selectReleases, semverOf } from "../src/index.js";

// A slice of @openrouter/sdk's published list, out of order as a registry may give it.
const npm = ["0.12.0", "0.0.0-beta.0", "0.0.1-beta.10", "0.0.1", "0.1.0", "0.1.27", "0.11.2", "0.12.79", "1.3.19", "1.3.15", "0.10.2", "2.0.0-rc.1"];

describe("selectReleases", () => {
  it("all: every published release, oldest first, pre-releases included", () => {
    expect(selectReleases(npm, "all")).toEqual([
      "0.0.0-beta.0",
      "0.0.1-beta.10",
      "0.0.1",
      "0.1.0",
      "0.1.27",
      "0.10.2",
      "0.11.2",
      "0.12.0",
      "0.12.79",
      "1.3.15",
      "1.3.19",
      "2.0.0-rc.1",
    ]);
  });

  it("latest-per-minor: the newest stable patch of each minor, a pre-release only where a minor has nothing else", () => {
    expect(selectReleases(npm, "latest-per-minor")).toEqual(["0.0.1", "0.1.27", "0.10.2", "0.11.2", "0.12.79", "1.3.19", "2.0.0-rc.1"]);
  });

  it("latest and latest-per-major", () => {
    expect(selectReleases(npm, "latest")).toEqual(["1.3.19"]);
    expect(selectReleases(npm, "latest-per-major")).toEqual(["0.12.79", "1.3.19", "2.0.0-rc.1"]);
  });

  it("a list of versions, each of which must be published", () => {
    expect(selectReleases(npm, "1.3.19,0.10.2")).toEqual(["0.10.2", "1.3.19"]);
    expect(selectReleases(npm, "0.10.2")).toEqual(["0.10.2"]);
    expect(selectReleases(npm, "0.10.2,0.10.3")).toBe('"0.10.3" is not a published release');
  });

  it("a semver range, stable releases only unless it names a pre-release", () => {
    expect(selectReleases(npm, ">=0.11 <1")).toEqual(["0.11.2", "0.12.0", "0.12.79"]);
    expect(selectReleases(npm, "^1.3.16")).toEqual(["1.3.19"]);
    expect(selectReleases(npm, ">=5")).toBe('">=5" selects none of the 12 published releases');
    expect(selectReleases(npm, "newest")).toMatch(
      /^expected all, latest, latest-per-minor, latest-per-major, a comma-separated list of versions or a semver range, received "newest"$/,
    );
  });
});

describe("PEP 440 versions order like their semver twins", () => {
  it("reads the common forms", () => {
    expect(semverOf("1.3.84")).toBe("1.3.84");
    expect(semverOf("0.1")).toBe("0.1.0");
    expect(semverOf("1.0.0rc1")).toBe("1.0.0-rc.1");
    expect(semverOf("not a version")).toBeUndefined();
  });

  it("orders a pre-release before its release and numbers as numbers", () => {
    const python = ["1.0.0", "0.0.14", "1.0.0rc1", "0.0.6", "0.10.0", "0.9.1"];
    expect([...python].sort(compareReleases)).toEqual(["0.0.6", "0.0.14", "0.9.1", "0.10.0", "1.0.0rc1", "1.0.0"]);
    expect(selectReleases(python, "latest-per-minor")).toEqual(["0.0.14", "0.9.1", "0.10.0", "1.0.0"]);
  });
});
