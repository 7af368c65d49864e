import { type Form, forms } from "@imagegen-conformance/core";
import type { OptionSpecs } from "./option-spec.js";
import { oneOf } from "./parse-arguments.js";

const defaultForm: Form = "wire";

/** `--form wire|ts|go|python`: the names a shape's keys are written in. */
export const formOption = {
  form: { type: "string", help: "the key names: wire (snake_case JSON), ts (camelCase), go (PascalCase) or python (the wire names)", defaultText: defaultForm },
} as const satisfies OptionSpecs;

/** The form `--form` names. */
export const formFrom = (command: string, value: string | undefined): Form => oneOf(command, "form", value, forms, defaultForm);
