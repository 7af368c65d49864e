/** One step of a glob: a literal character, `?` (one non-`/`), `*` (any run of non-`/`), `**` (any run). */
type Token = { literal: number } | "one" | "segment" | "any";

const slash = "/".charCodeAt(0);

function tokens(pattern: string, wildcards: { one: boolean; segment: boolean }): Token[] {
  const list: Token[] = [];
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index];
    if (char === "*" && pattern[index + 1] === "*") {
      list.push("any");
      index++;
    } else if (char === "*") list.push(wildcards.segment ? "segment" : "any");
    else if (char === "?" && wildcards.one) list.push("one");
    else list.push({ literal: pattern.charCodeAt(index) });
  }
  return list;
}

/**
 * A glob as a test on text, simulated over the set of pattern positions reached so far (a
 * non-backtracking NFA): time is the text's length times the pattern's, whatever the pattern.
 */
function globTest(list: readonly Token[]): (text: string) => boolean {
  const size = list.length + 1;
  // Positions before a star may skip it: the closure, in one forward pass (skips only go forward).
  const close = (reached: Uint8Array) => {
    for (let position = 0; position < list.length; position++) {
      const token = list[position];
      if (reached[position] && (token === "segment" || token === "any")) reached[position + 1] = 1;
    }
    return reached;
  };
  return (text) => {
    let reached = close(new Uint8Array(size).fill(1, 0, 1));
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      const next = new Uint8Array(size);
      let alive = false;
      for (let position = 0; position < list.length; position++) {
        if (!reached[position]) continue;
        const token = list[position] as Token;
        if (token === "any" || (token === "segment" && code !== slash)) next[position] = 1;
        else if ((token === "one" && code !== slash) || (typeof token === "object" && token.literal === code)) next[position + 1] = 1;
        else continue;
        alive = true;
      }
      if (!alive) return false;
      reached = close(next);
    }
    return reached[list.length] === 1;
  };
}

/** A case pattern as a test on result keys: `*` stays within a path segment, `**` crosses them, `?` is one non-`/`; no `#` ignores the hash. */
export function casePattern(pattern: string): (key: string) => boolean {
  const test = globTest(tokens(pattern, { one: true, segment: true }));
  const withHash = pattern.includes("#");
  return (key) => test(withHash ? key : key.replace(/#[0-9a-f]{8}/, ""));
}

/** An implementation glob: `*` matches anything; every other character, `?` too, is itself. */
export function implementationPattern(pattern: string): (label: string) => boolean {
  return globTest(tokens(pattern, { one: false, segment: false }));
}
