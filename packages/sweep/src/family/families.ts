import { openrouterPython } from "./openrouter-python.js";
import { openrouterTs } from "./openrouter-ts.js";
import type { SweepFamily } from "./sweep-family.js";

/** Every SDK `sweep --sdk` knows, by name. */
export const sweepFamilies: Readonly<Record<string, SweepFamily>> = {
  [openrouterTs.name]: openrouterTs,
  [openrouterPython.name]: openrouterPython,
};
