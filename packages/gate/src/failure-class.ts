/**
 * A fuzz counterexample's input is wherever shrinking ended, and shrinking follows every implementation asked:
 * a new pin of one SDK moves the others' counterexamples too. So the baseline lists them by class (shape and what
 * went wrong), never by input: the fuzz suffix, quoted values, numbers and parenthesised details are left out.
 */
export function failureClass(message: string): string {
  return message
    .replace(/ \(found by fuzzing:[\s\S]*$/, "")
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/ \([^()]*\)/g, "")
    .replace(/\b\d+(?:\.\d+)?\b/g, "N")
    .split("\n")[0]
    ?.slice(0, 100) as string;
}

/** Whether a baseline entry names a class of fuzz counterexamples rather than cases. */
export const isCounterexampleEntry = (match: string) => match.startsWith("counterexamples/");
