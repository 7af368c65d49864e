import type { ResultRecord } from "@imagegen-conformance/runner";

/** A divergence worth a line in the findings: the cases it covers and the smallest of them as the example. */
export interface Group {
  title: string;
  results: ResultRecord[];
  example: ResultRecord;
}

/** The result with the shortest input: the example a reader can take in at once. */
export const smallest = (results: ResultRecord[], inputOf: (id: string) => string | undefined = () => undefined) => {
  const size = (result: ResultRecord) => (result.input ?? inputOf(result.case) ?? "").length;
  return results.reduce((best, result) => (size(result) < size(best) ? result : best));
};

/** Groups an implementation's problems by what went wrong: the rules it let through, or the kind of failure. */
export function groupsOf(problems: ResultRecord[]): Group[] {
  const groups = new Map<string, ResultRecord[]>();
  for (const problem of problems) {
    const what = problem.unenforced?.length
      ? `accepts values that break ${problem.unenforced.map((rule) => `\`${rule}\``).join(", ")}`
      : `${problem.kind}: ${
          problem.reason
            .replace(/ \(chunks cut at .*\)$/, "")
            .replace(/"[^"]*"|\d+/g, "…")
            .split(";")[0]
        }`;
    groups.set(what, [...(groups.get(what) ?? []), problem]);
  }
  return [...groups]
    .map(([title, results]) => ({ title, results, example: smallest(results) }))
    .sort((left, right) => right.results.length - left.results.length || left.title.localeCompare(right.title));
}
