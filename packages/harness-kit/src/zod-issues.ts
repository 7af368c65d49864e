/** The part of a zod issue (v3 or v4) a harness reads: SDKs built on zod do not export its types. */
export interface ZodIssueLike {
  path: PropertyKey[];
  message: string;
  errors?: ZodIssueLike[][];
}

/**
 * One "path: message" per zod issue. A plain z.union says only "Invalid input":
 * follow the member whose `type` matched to the issues that sank it.
 */
export function zodIssues(list: readonly ZodIssueLike[], prefix: PropertyKey[] = []): string[] {
  return list.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    const member = issue.errors?.find((errors) => !errors.some((inner) => inner.path.length === 1 && inner.path[0] === "type"));
    return member ? zodIssues(member, path) : [`${path.join(".") || "/"}: ${issue.message}`];
  });
}
