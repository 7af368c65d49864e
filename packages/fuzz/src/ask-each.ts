import type { Answer, Connection, Request } from "@imagegen-conformance/runner";
import { thrown } from "./unjudged.js";

/**
 * The answers to each group of requests, in one ask; when that ask throws, one ask
 * per group, so only the groups that break it go unanswered (with what was thrown).
 */
export async function askEach(connection: Connection, groups: readonly (readonly Request[])[]): Promise<(Answer[] | { thrown: string })[]> {
  try {
    const answers = await connection.ask(groups.flat());
    let cursor = 0;
    return groups.map((group) => {
      cursor += group.length;
      return answers.slice(cursor - group.length, cursor);
    });
  } catch {
    const answered: (Answer[] | { thrown: string })[] = [];
    for (const group of groups) {
      try {
        answered.push(group.length === 0 ? [] : await connection.ask(group));
      } catch (error) {
        answered.push({ thrown: thrown(error) });
      }
    }
    return answered;
  }
}
