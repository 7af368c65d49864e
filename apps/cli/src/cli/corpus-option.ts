import type { OptionSpecs } from "./option-spec.js";

/** `--corpus <dir>`: handed to loadCorpus, which reads the bundled corpus when it is absent. */
export const corpusOption = {
  corpus: { type: "string", help: "a directory of corpus case files to read instead", defaultText: "the corpus this package ships" },
} as const satisfies OptionSpecs;
