import { type BehaviourClass, behaviourClasses, classInfo } from "@imagegen-conformance/runner";

/**
 * Colour on a terminal, and never where it was asked away: FORCE_COLOR (other than "0" or "false") turns it on
 * anywhere, as Node's own FORCE_COLOR takes precedence over NO_COLOR; NO_COLOR (any non-empty value, no-color.org)
 * turns it off; otherwise a terminal gets it and a pipe or a file does not.
 */
export function colourWanted(env: NodeJS.ProcessEnv, terminal: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "0" && force !== "false") return true;
  if (force === "0" || force === "false") return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return terminal;
}

const red = 31;
const green = 32;
const yellow = 33;
const cyan = 36;

// A class's colour from what it is: what breaks users' code red, what lets bad values through yellow, what a
// profile allows cyan, what the documents ask for green. The labels come from classInfo, never a second list.
const classColour = (type: BehaviourClass): number => (classInfo[type].breaks ? red : type === "enforces" ? green : type === "allowed" ? cyan : yellow);
const classLabels: [string, number][] = behaviourClasses.flatMap((type) =>
  [...new Set([classInfo[type].word, classInfo[type].short])].map((word): [string, number] => [`${classInfo[type].symbol} ${word}`, classColour(type)]),
);

// Verdicts as the commands print them (runner's verdictWord, replay, the gate): longest first, so "not conformant"
// is never painted as "conformant".
const verdicts: [string, number][] = [
  ["not conformant", red],
  ["conformant", green],
  ["unavailable", yellow],
  ["incomplete", yellow],
  ["STILL FAILING", red],
  ["COULD NOT START", yellow],
  ["FIXED", green],
  ["gate: passed", green],
  ["gate: failed", red],
];
const words = [...classLabels, ...verdicts].sort((left, right) => right[0].length - left[0].length);
const colourOf = new Map(words);
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const pattern = new RegExp(`(?<![\\w-])(?:${words.map(([word]) => literal(word)).join("|")})(?![\\w-])`, "g");

/** The text with its verdicts and behaviour classes coloured (SGR codes, reset after each). */
export function paint(text: string): string {
  return text.replace(pattern, (word) => `\u001b[${colourOf.get(word)}m${word}\u001b[39m`);
}
