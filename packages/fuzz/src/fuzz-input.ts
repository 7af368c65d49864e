import type { Case } from "@imagegen-conformance/fixtures";
import type fc from "fast-check";

export type InputKind = "valid" | "invalid" | "forward" | "stream" | "broken-stream" | "invalid-event-stream";

/** One generated input: where it came from (so it can be shrunk and regenerated), and the case it makes. */
export interface FuzzInput {
  index: number;
  /** The shrink steps from input `index` to this one (empty for a generated input). */
  steps: readonly number[];
  kind: InputKind;
  shape: string;
  arbitrary: fc.Arbitrary<unknown>;
  value: fc.Value<unknown>;
  testCase: Case;
}
