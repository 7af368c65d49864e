import type { Profile } from "@imagegen-conformance/core";

/** What one case showed of an entry's profile: only the dimensions its input exercised. */
export type Observed = Partial<Profile>;
export type Dimension = keyof Profile;

/** The setting that lets a round trip change a value: what a declared profile allows beyond the strict one. */
export const lenient: { [D in Dimension]: Profile[D] } = {
  unknown_fields: "drop",
  null_vs_absent: "collapsed",
  enums: "open",
  numbers: "double",
  key_casing: "native",
};

/** Records what a case showed; once it has shown the lenient setting, the case stays lenient on that dimension. */
export function observe<D extends Dimension>(observed: Observed, dimension: D, value: Profile[D] | undefined): void {
  if (value === undefined || observed[dimension] === lenient[dimension]) return;
  observed[dimension] = value;
}
