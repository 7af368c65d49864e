import { asyncOpenai } from "./async-openai.js";
import { openaiGo } from "./openai-go.js";
import { openaiJava } from "./openai-java.js";
import { openrouterPython } from "./openrouter-python.js";
import { openrouterTs } from "./openrouter-ts.js";
import type { SweepFamily } from "./sweep-family.js";

/** Every SDK `sweep --sdk` knows, by name. */
export const sweepFamilies: Readonly<Record<string, SweepFamily>> = {
  [openrouterTs.name]: openrouterTs,
  [openrouterPython.name]: openrouterPython,
  [openaiGo.name]: openaiGo,
  [asyncOpenai.name]: asyncOpenai,
  [openaiJava.name]: openaiJava,
};
