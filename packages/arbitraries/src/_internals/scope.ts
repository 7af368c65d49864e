import { type ArbitraryScope, catalogue, type Form, type NestableShape } from "@imagegen-conformance/core";
import fc from "fast-check";
import { realisticField } from "./realistic.js";

/** The scope every arbitrary here generates in: fast-check, a form, realistic field values. */
export function arbitraryScope(form: Form, realistic = true): ArbitraryScope {
  const scope: ArbitraryScope = {
    fc,
    form,
    nested: (shape: NestableShape) => {
      const found = catalogue.find((candidate) => candidate.name === shape.name);
      if (!found) throw new Error(`no shape ${shape.name} in the catalogue`);
      return found.arbitrary(scope);
    },
  };
  if (realistic) scope.field = realisticField;
  return scope;
}
