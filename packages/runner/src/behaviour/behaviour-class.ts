/**
 * What an SDK entry does with the values that test one documented rule or stream invariant: a closed union,
 * most severe first. The first four break users' code; leniency lets bad values through; the last three are
 * what the documents ask for, or what a declared profile or an open enum lets pass.
 */
export const behaviourClasses = ["crashes", "rejects-valid", "misreads", "loses-data", "lenient", "keeps-unknown", "allowed", "enforces"] as const;
export type BehaviourClass = (typeof behaviourClasses)[number];

export interface ClassInfo {
  /** A symbol for tables, never the only sign (the word goes with it). */
  symbol: string;
  word: string;
  /** The word a narrow table cell has room for. */
  short: string;
  /** What the class means, for legends. */
  meaning: string;
  /** It breaks users' code: shown first, before leniency. */
  breaks: boolean;
}

export const classInfo: Record<BehaviourClass, ClassInfo> = {
  crashes: { symbol: "✖", word: "crashes", short: "crash", meaning: "the SDK threw an unexpected error (not a validation error)", breaks: true },
  "rejects-valid": { symbol: "⊘", word: "rejects valid", short: "rejects", meaning: "rejected values the documents allow", breaks: true },
  misreads: { symbol: "≠", word: "misreads", short: "misreads", meaning: "accepted, but handed over another type or a changed value", breaks: true },
  "loses-data": {
    symbol: "✂",
    word: "loses data",
    short: "loses",
    meaning: "accepted, but the round trip dropped or changed what the profile does not allow",
    breaks: true,
  },
  lenient: { symbol: "~", word: "lenient", short: "lenient", meaning: "accepted values that break the rule", breaks: false },
  "keeps-unknown": {
    symbol: "?",
    word: "keeps unknown enum values",
    short: "keeps",
    meaning: "accepted values outside a closed enum and kept them (an open enum)",
    breaks: false,
  },
  allowed: { symbol: "≈", word: "allowed by profile", short: "allowed", meaning: "changed a value only as its declared profile allows", breaks: false },
  enforces: { symbol: "✓", word: "enforces", short: "enforces", meaning: "did what the documents say with every value that tests the rule", breaks: false },
};

/** Lower is more severe. */
export const severity = (type: BehaviourClass): number => behaviourClasses.indexOf(type);
export const worse = (a: BehaviourClass, b: BehaviourClass): BehaviourClass => (severity(a) <= severity(b) ? a : b);
/** "✖ crashes": a class as a table shows it. */
export const classLabel = (type: BehaviourClass): string => `${classInfo[type].symbol} ${classInfo[type].word}`;
/** "⊘ rejects": a class in a narrow cell, still a symbol and a word. */
export const classCell = (type: BehaviourClass): string => `${classInfo[type].symbol} ${classInfo[type].short}`;
