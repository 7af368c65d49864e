import { implementationLabel } from "@imagegen-conformance/core";
import type { Description } from "./implementation.js";

/** What results call an implementation once it has introduced itself: its name, version and entry. */
export const labelOf = (description: Pick<Description, "name" | "version" | "entry">): string =>
  implementationLabel(description.name, description.version, description.entry.name);
