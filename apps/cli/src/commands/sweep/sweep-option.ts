import { type SweepFamily, sweepFamilies } from "@imagegen-conformance/sweep";
import { UsageError } from "../../cli/usage-error.js";

/** `--sweep <family>@<selection>` (`openrouter-python@0.1.1`, `openrouter-ts@latest-per-major`): one family's releases to add. */
export function sweepOption(command: string, text: string): { family: SweepFamily; selection: string } {
  const at = text.indexOf("@");
  const family = sweepFamilies[at < 0 ? text : text.slice(0, at)];
  if (!family || at < 0 || at === text.length - 1)
    throw new UsageError(
      `${command}: --sweep expected <${Object.keys(sweepFamilies).join("|")}>@<releases> (a selection as sweep --releases takes it) or none, received ${JSON.stringify(text.slice(0, 80))}`,
    );
  return { family, selection: text.slice(at + 1) };
}
