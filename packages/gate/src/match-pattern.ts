const escapeRegex = (text: string) => text.replace(/[.+^${}()|[\]\\]/g, "\\$&");

/** A case pattern as a test on result keys: `*` stays within a path segment, `**` crosses them; no `#` ignores the hash. */
export function casePattern(pattern: string): (key: string) => boolean {
  const source = pattern
    .split("**")
    .map((part) =>
      part
        .split("*")
        .map((piece) => escapeRegex(piece).replaceAll("?", "[^/]"))
        .join("[^/]*"),
    )
    .join(".*");
  const regex = new RegExp(`^${source}$`);
  const withHash = pattern.includes("#");
  return (key) => regex.test(withHash ? key : key.replace(/#[0-9a-f]{8}/, ""));
}

/** An implementation glob: `*` matches anything. */
export function implementationPattern(pattern: string): (label: string) => boolean {
  const regex = new RegExp(`^${pattern.split("*").map(escapeRegex).join(".*")}$`);
  return (label) => regex.test(label);
}
