/**
 * Where a shape, rule or reading is documented. Seeds are the five SDK pages this
 * project started from; citations use the source tags of shapes.md (`TS:path@rev`).
 * NPM, PYPI and GOMOD cite a published package's own files, `<package>@<version> <path>`, as its
 * registry serves them (npm, PyPI, the Go module proxy).
 */
export type Source =
  | { kind: "seed"; file: string; section?: string }
  | { kind: "citation"; tag: "TS" | "NPM" | "PYPI" | "GOMOD" | "GO" | "PY" | "OR" | "OAI-SPEC" | "OAI-NODE" | "VAI" | "RFC"; where: string };

export function seed(file: string, section?: string): Source {
  return section === undefined ? { kind: "seed", file } : { kind: "seed", file, section };
}

export function cite(tag: Extract<Source, { kind: "citation" }>["tag"], where: string): Source {
  return { kind: "citation", tag, where };
}

/** One line naming the source, as printed by `list shapes` and in reports. */
export function describeSource(source: Source): string {
  if (source.kind === "seed") return `seeds/${source.file}${source.section ? ` (${source.section})` : ""}`;
  return `${source.tag}:${source.where}`;
}
