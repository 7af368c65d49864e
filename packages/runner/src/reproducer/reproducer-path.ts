/** A name safe in any file system, readable, and unique enough: the text with anything unusual turned into "_". */
export function safeName(text: string): string {
  return (
    text
      .replace(/[^A-Za-z0-9@._-]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 120) || "_"
  );
}

/** Where a failure's reproducer lives, relative to the report directory. */
export function reproducerPath(implementation: string, key: string): string {
  return `reproducers/${safeName(implementation)}/${safeName(key)}.json`;
}
