import { describe, expect, it } from "vitest";
import { chunkedBody, mockedFetch, zodIssues } from "../src/index.js";

describe("harness kit", () => {
  it("a chunked body hands out exactly the runner's chunks, one per read, in order", async () => {
    const chunks = [new Uint8Array([1, 2]), new Uint8Array([3]), new Uint8Array([4, 5, 6])];
    const reader = chunkedBody(chunks).getReader();
    const reads: number[][] = [];
    for (let next = await reader.read(); !next.done; next = await reader.read()) reads.push([...next.value]);
    expect(reads).toEqual([[1, 2], [3], [4, 5, 6]]);
  });

  it("the mocked fetch serves the case's bytes unchanged, with status 200 and the content type asked for", async () => {
    const text = '\uFEFF{"a":1.0}';
    const response = await mockedFetch(text, "application/json")();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new TextEncoder().encode(text));
  });

  it("zod issues: a union's member whose type matched is followed to the issue that sank it", () => {
    const issues = [
      {
        path: ["output", 0],
        message: "Invalid input",
        errors: [[{ path: ["type"], message: "Invalid literal" }], [{ path: ["status"], message: "Invalid option" }]],
      },
    ];
    expect(zodIssues(issues)).toEqual(["output.0.status: Invalid option"]);
  });
});
