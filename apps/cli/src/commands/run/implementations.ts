import { type Implementation, referenceImplementation } from "@imagegen-conformance/runner";

/** In-process implementations known by name (`--impl`). Harnesses for real SDKs are added with `--harness`. */
export const implementations: Record<string, { summary: string; implementation: Implementation }> = {
  reference: { summary: "the catalogue itself: the core validator, every finding read as documented", implementation: referenceImplementation },
};
