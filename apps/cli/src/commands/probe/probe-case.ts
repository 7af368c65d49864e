import type { Shape } from "@imagegen-conformance/core";
import { type Case, caseId } from "@imagegen-conformance/fixtures";
import type { CatalogueVerdict } from "./catalogue-verdict.js";

/**
 * The one-off case a probe runs: the input exactly as given, with the catalogue's own expectation, so the runner
 * judges each entry as it judges a corpus case. Its id hashes the content, so the same input gets the same chunkings.
 */
export function probeCase(shape: Shape | "stream", input: string, verdict: CatalogueVerdict, where: string): Case {
  const name = shape === "stream" ? "stream" : shape.name;
  return {
    id: caseId(`probe/${name}`, name, input, verdict.expect),
    shape: name,
    operation: shape === "stream" ? "stream" : "decode",
    description: `probed from ${where}`,
    // What a behaviour is about: the rules it breaks when it breaks some (testedRules), else the shape's values in general.
    source: { kind: "rule", ref: `${name}/*` },
    tags: ["probe"],
    input,
    expect: verdict.expect,
    level: "required",
    ...(verdict.event === undefined ? {} : { event: verdict.event }),
  };
}
