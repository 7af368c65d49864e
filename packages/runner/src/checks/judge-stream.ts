import { checkStream, type DecodedValue, isJsonObject, streamEventShapes } from "@imagegen-conformance/core";
import type { Case } from "@imagegen-conformance/fixtures";
import type { Answer } from "../harness/connection.js";
import type { Description } from "../implementation/implementation.js";
import { type Outcome, outcome } from "../outcome/outcome.js";
import { type Dimension, type Observed, observe } from "../profile/observed.js";
import { compareRoundTrip } from "./compare-round-trip.js";
import { describeEvents, type EventReceived, eventsReceived, listEvents } from "./events-received.js";
import { readOutput } from "./read-output.js";
import { sameJson } from "./same-json.js";
import { settleAnswer } from "./settle-answer.js";

export interface StreamContext {
  testCase: Case;
  description: Description;
  /** Byte offsets each request cut the stream at, for messages. */
  cuts: number[][];
  /** Every event a WHATWG decoder reads from the case's input. */
  expected: unknown[];
}

interface Decoded {
  accepted: boolean;
  message: string;
  /** Every event handed to the user's code as a value, as a wire value ({} when unreadable). */
  events: unknown[];
  /** What came back for each event the harness reported, in order, with the sent event it stands for when that is known. */
  received: EventReceived[];
}

// Only a string is a type: String() of a deep array would recurse through every level.
const typeOf = (event: unknown) => {
  const type = isJsonObject(event) ? (event.type ?? event.Type) : undefined;
  return typeof type === "string" ? type : "";
};
const family = (events: unknown[]) => events.filter((event) => streamEventShapes.has(typeOf(event)));

function decode(values: readonly DecodedValue[], description: Description): unknown[] {
  return values.map((value) => {
    const parsed = (() => {
      try {
        return JSON.parse(value.output ?? "") as unknown;
      } catch {
        return {};
      }
    })();
    const shape = streamEventShapes.get(typeOf(parsed));
    if (!shape) return parsed;
    const read = readOutput(shape, value, description);
    return read.ok ? read.value : {};
  });
}

/** How the decoded events compare with the sent ones: the first change the profile does not allow, what they showed of it. */
interface EventComparison {
  mismatch?: string;
  /** Some event changed only as the declared profile allows. */
  allowed: boolean;
  observed: Observed;
}

/** Compares decoded family events with the expected ones; a "subset" harness may leave some out. */
function compareEvents(expected: unknown[], decoded: unknown[], description: Description): EventComparison {
  const subset = description.capabilities.stream_events === "subset";
  const observed: Observed = {};
  let allowed = false;
  const mismatch = (text: string): EventComparison => ({ mismatch: text, allowed, observed });
  let cursor = 0;
  for (const [index, event] of decoded.entries()) {
    const at = subset ? expected.findIndex((candidate, position) => position >= cursor && typeOf(candidate) === typeOf(event)) : cursor;
    const wanted = expected[at];
    if (at < 0 || wanted === undefined) return mismatch(`event ${index} (${typeOf(event)}) is not among the events sent`);
    const shape = streamEventShapes.get(typeOf(wanted));
    if (!shape || typeOf(wanted) !== typeOf(event)) return mismatch(`event ${index} is ${typeOf(event) || "untyped"}, expected ${typeOf(wanted)}`);
    const trip = compareRoundTrip(shape, wanted, event, description.profile);
    for (const [dimension, value] of Object.entries(trip.observed ?? {})) observe(observed, dimension as Dimension, value as never);
    if (trip.fidelity === "violating")
      return mismatch(
        `event ${index} (${typeOf(event)}) changed: ${trip.differences.map((difference) => `${difference.path}: ${difference.detail}`).join("; ")}`,
      );
    allowed ||= trip.fidelity === "allowed";
    cursor = at + 1;
  }
  if (!subset && decoded.length !== expected.length) return mismatch(`${decoded.length} events of this family came back, ${expected.length} were sent`);
  return { allowed, observed };
}

/** Judges a stream case: the same result whatever the chunk boundaries, the events sent, and the invariants kept. */
export function judgeStream(context: StreamContext, answers: readonly Answer[]): Outcome {
  const decoded: Decoded[] = [];
  for (const [index, answer] of answers.entries()) {
    const settled = settleAnswer(answer, "the stream operation");
    if ("outcome" in settled) return { ...settled.outcome, reason: `${settled.outcome.reason} (chunks cut at ${JSON.stringify(context.cuts[index])})` };
    const { verdict } = settled;
    const received = eventsReceived(verdict.events ?? [], context.expected);
    decoded.push({
      accepted: verdict.status === "ok",
      message: verdict.status === "rejected" ? verdict.message : "",
      events: decode(
        received.filter((event) => event.handed).map((event) => event.value),
        context.description,
      ),
      received,
    });
  }
  const [whole] = decoded as [Decoded];
  const judged = judgeWhole(context, answers, decoded, whole);
  const said = describeEvents(whole.received);
  return { ...judged, ...(said ? { received: said } : {}), behaved: whole.accepted ? "accept" : "reject" };
}

function judgeWhole(context: StreamContext, answers: readonly Answer[], decoded: Decoded[], whole: Decoded): Outcome {
  const changed = decoded.findIndex((other) => other.accepted !== whole.accepted || !sameJson(family(other.events), family(whole.events)));
  if (changed > 0)
    return outcome(
      "failed",
      `the result changed with the chunk boundaries: cut at ${JSON.stringify(context.cuts[changed])} it ${decoded[changed]?.accepted ? "accepted" : "rejected"} with ${family(decoded[changed]?.events ?? []).length} events, whole it ${whole.accepted ? "accepted" : "rejected"} with ${family(whole.events).length}`,
    );
  const expect = context.testCase.expect;
  if (expect.verdict === "reject") {
    if (!whole.accepted) return outcome("passed", `rejected: ${whole.message.split("\n")[0]}`);
    const broken = brokenEvent(context.testCase);
    const got = broken === undefined ? undefined : whole.received.find((event) => event.sent === broken);
    // Left out is a drop only if the SDK read on past it; a stream that goes quiet there and ends with no error lost the rest.
    const readPast = broken !== undefined && whole.received.some((event) => event.sent !== undefined && event.sent > broken);
    if (got !== undefined && !got.handed)
      return outcome("passed", `no error, but event ${broken} (the broken one) came back as ${got.text}: not handed over as the documented shape`);
    if (broken !== undefined && got === undefined && readPast)
      return outcome("passed", `no error, but event ${broken} (the broken one) was not yielded: dropped, the events after it were`);
    const which =
      broken === undefined
        ? ""
        : got
          ? `: event ${broken} came back as ${got.text}`
          : `: it yielded nothing from event ${broken} (the broken one) on, and raised no error`;
    return outcome("failed", `accepted a stream that breaks ${expect.rules.join(", ")}${which}`, { unenforced: expect.rules });
  }
  if (expect.verdict === "implementation-defined") {
    const types = JSON.stringify(whole.events.map(typeOf));
    // A harness that drops events (subset), or says which it yielded nothing for, cannot be held to a reading's list of types.
    const subset = context.description.capabilities.stream_events === "subset" || whole.received.some((event) => event.received === "nothing");
    const matched = expect.readings.find(
      (reading) => reading.verdict === (whole.accepted ? "accept" : "reject") && (subset || reading.output === undefined || reading.output === types),
    );
    return matched
      ? outcome("passed", `implementation-defined: behaves as reading ${matched.name}`, { reading: matched.name })
      : outcome("failed", `behaves as no reading: ${whole.accepted ? "accepted" : "rejected"} with events ${types}`);
  }
  if (!whole.accepted) return outcome("failed", `rejected a valid stream: ${whole.message.split("\n")[0]}`);
  const misread = whole.received.filter((event) => event.family && event.received !== "declared" && event.received !== "nothing");
  if (misread.length > 0) return outcome("failed", `misread valid events: ${listEvents(misread)}`);
  // Events the harness says the SDK yields nothing for are left out of the comparison; the reason names them.
  const dropped = new Set(whole.received.filter((event) => event.received === "nothing").flatMap((event) => (event.sent === undefined ? [] : [event.sent])));
  const sent = context.expected.filter((_event, index) => !dropped.has(index));
  const compared = compareEvents(family(sent), family(whole.events), context.description);
  // What the events showed of the profile is evidence whatever the verdict: a strict claim broken shows here.
  const observed = Object.keys(compared.observed).length > 0 ? { observed: compared.observed } : {};
  if (compared.mismatch) return outcome("failed", compared.mismatch, { fidelity: "violating", ...observed });
  const broken = checkStream(family(whole.events) as never[]);
  if (broken.length > 0) return outcome("failed", `the decoded events break ${[...new Set(broken.map((violation) => violation.invariant))].join(", ")}`);
  const silent = whole.received.filter((event) => event.family && event.received === "nothing");
  return outcome(
    "passed",
    `decoded the same ${family(whole.events).length} events under ${answers.length} chunkings${silent.length > 0 ? `; yielded nothing for ${listEvents(silent)}` : ""}${compared.allowed ? "; some changed only as the profile allows" : ""}`,
    { fidelity: compared.allowed ? "allowed" : "exact", ...observed },
  );
}

/** The index of the one event a case breaks, among the events a WHATWG decoder reads from its input, when the case says. */
const brokenEvent = (testCase: Case): number | undefined => (testCase as { event?: number }).event;
