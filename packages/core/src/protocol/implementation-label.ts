/** Between an implementation's `name@version` and its entry: `@openrouter/sdk@1.3.19 · client`. */
const separator = " · ";

/** The key of every row, log record, report and baseline entry: one SDK version at one entry point. */
export const implementationLabel = (name: string, version: string, entry: string): string => `${name}@${version}${separator}${entry}`;

/**
 * A label's parts. Labels from before entries existed (`name@version`) have none; the version is after
 * the last `@` but the first (scoped npm names start with one).
 */
export function labelParts(label: string): { name: string; version?: string; entry?: string } {
  const cut = label.indexOf(separator);
  const head = cut < 0 ? label : label.slice(0, cut);
  const entry = cut < 0 ? undefined : label.slice(cut + separator.length);
  const at = head.lastIndexOf("@");
  const name = at > 0 ? head.slice(0, at) : head;
  return { name, ...(at > 0 ? { version: head.slice(at + 1) } : {}), ...(entry === undefined ? {} : { entry }) };
}

/** The same label with its version replaced by `*`: a baseline entry that holds across pins. */
export function anyVersion(label: string): string {
  const { name, version, entry } = labelParts(label);
  if (version === undefined) return label;
  return `${name}@*${entry === undefined ? "" : `${separator}${entry}`}`;
}
