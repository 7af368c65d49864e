import type { ProtocolResult } from "@imagegen-conformance/core";
import { describe, expect, it } from "vitest";
import { resultsViolation } from "../../src/harness/results-check.js";
import type { Request } from "../../src/run/request.js";

const limits = { maxMessageBytes: 256, maxOutputBytes: 1024 };
const asked = (...ids: string[]): Request[] => ids.map((id) => ({ id, operation: "decode", shape: "S", input: "{}" }));
const ok = (id: string, output = "{}"): ProtocolResult => ({ id, status: "ok", output });

describe("the results of a run", () => {
  it("answer each case asked exactly once", () => {
    expect(resultsViolation([ok("a"), ok("b")], asked("a", "b"), limits)).toBeUndefined();
    expect(resultsViolation([ok("a")], asked("a", "b"), limits)).toBe('no result for case "b"');
    expect(resultsViolation([ok("a"), ok("a")], asked("a"), limits)).toBe('2 results for case "a"');
  });

  it("name the cases nobody asked for, prototype keys included", () => {
    const extra = ["ghost", "__proto__", "constructor", "toString", "hasOwnProperty"].map((id) => ok(id));
    const reason = resultsViolation([ok("a"), ...extra], asked("a"), limits);
    expect(reason).toMatch(/^a result for case "ghost", which the run did not ask for; .*"__proto__".*"constructor".*; and 2 more$/);
  });

  it("keep messages, reasons and outputs within the limits, counted in UTF-8 bytes", () => {
    const rejected: ProtocolResult = { id: "a", status: "rejected", message: "é".repeat(129) };
    expect(resultsViolation([rejected], asked("a"), limits)).toBe('the rejected message of case "a" is 258 bytes, over max_message_bytes (256)');
    expect(resultsViolation([{ id: "a", status: "rejected", message: "é".repeat(128) }], asked("a"), limits)).toBeUndefined();
    const skipped: ProtocolResult = { id: "a", status: "skipped", reason: "x".repeat(257) };
    expect(resultsViolation([skipped], asked("a"), limits)).toMatch(/skipped reason of case "a" is 257 bytes/);
    expect(resultsViolation([ok("a", `"${"x".repeat(1023)}"`)], asked("a"), limits)).toMatch(
      /output of case "a" is 1025 bytes, over max_output_bytes \(1024\)/,
    );
    const events: ProtocolResult = { id: "a", status: "ok", events: [{ output: "{}" }, { output: "x".repeat(2000) }] };
    expect(resultsViolation([events], asked("a"), limits)).toMatch(/output of event 1 of case "a" is 2000 bytes/);
  });

  it("quote what came bounded, however long an id", () => {
    const reason = resultsViolation([ok("a"), ok("g".repeat(100_000))], asked("a"), limits) ?? "";
    expect(reason.length).toBeLessThan(300);
    expect(reason).toMatch(/\(100000 characters\)/);
  });
});
