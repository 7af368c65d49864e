// Protocol faults for zoo members: each rewrites what a run's answer looks like on stdout.
// A run is "triggered" when one of its cases holds "status":"queued" (see member.mjs).

const ghosts = ["ghost", "__proto__", "constructor"];
const contradict = (results) => results.map((result) => ({ id: result.id, status: "rejected", message: "changed my mind" }));
const line = (message) => `${JSON.stringify(message)}\n`;
const bad = Buffer.from([0xff, 0xfe, 0xc3, 0x28]);
const queued = (message, result) => message.cases.find((testCase) => testCase.id === result.id)?.input?.includes('"status":"queued"');

/** behaviour → (run message, its correct results, whether triggered) → what to write: text or bytes. */
export const faults = {
  // Answers a run twice, the second time differently.
  "double-answer": (message, results, trigger) =>
    line({ op: "results", id: message.id, results }) + (trigger ? line({ op: "results", id: message.id, results: contradict(results) }) : ""),
  // Answers cases nobody asked for, named like prototype keys.
  "ghost-ids": (message, results, trigger) =>
    line({ op: "results", id: message.id, results: trigger ? [...results, ...ghosts.map((id) => ({ ...results[0], id }))] : results }),
  // Bytes that are not UTF-8 inside a message.
  "invalid-utf8": (message, results, trigger) => {
    if (!trigger) return line({ op: "results", id: message.id, results });
    const parts = line({ op: "results", id: message.id, results: contradict(results).map((result) => ({ ...result, message: "@@BAD@@" })) }).split("@@BAD@@");
    return Buffer.concat(parts.flatMap((part, index) => (index === 0 ? [Buffer.from(part)] : [bad, Buffer.from(part)])));
  },
  // Blank lines around every message: the protocol says they are ignored.
  "blank-lines": (message, results) => `\n  \n\t\r\n${line({ op: "results", id: message.id, results })}\n \n`,
  // A 50 MB rejection message, for the triggering case only (the line stays under the runner's default limit).
  "huge-message": (message, results) =>
    line({
      op: "results",
      id: message.id,
      results: results.map((result) => (queued(message, result) ? { id: result.id, status: "rejected", message: "x".repeat(50 * 1024 * 1024) } : result)),
    }),
};
