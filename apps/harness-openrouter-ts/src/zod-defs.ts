// A release's zod (v4) schemas read by their `_zod.def`: what the SDK built, to see how it reads a value.
type Def = {
  type?: string;
  options?: unknown[];
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  out?: unknown;
  left?: unknown;
  right?: unknown;
  getter?: () => unknown;
  defaultValue?: unknown;
};

export const def = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } } | null | undefined)?._zod?.def;

/** Through what zod wraps a schema in: optional, nullable, default, lazy, a pipe's input. */
export function unwrap(schema: unknown): unknown {
  let at = schema;
  for (let depth = 0; depth < 8; depth++) {
    const found = def(at);
    if (found?.innerType) at = found.innerType;
    else if (found?.type === "pipe") at = found.in;
    else if (found?.type === "lazy" && found.getter) at = found.getter();
    else break;
  }
  return at;
}

/** An object schema's keys (through its wrappers), e.g. a request's `openResponsesRequest`. */
export const keysOf = (schema: unknown): string[] => Object.keys(def(unwrap(schema))?.shape ?? {});

/**
 * Whether reading through this schema turns an absent field into null anywhere inside it (`.default(null)`, as
 * `result` has from 0.1.8 on). The forward-compatible unions of 0.12.0 on hide their members in a closure: not seen.
 */
export function defaultsToNull(schema: unknown, seen = new Set<unknown>()): boolean {
  if (seen.has(schema)) return false;
  seen.add(schema);
  const found = def(schema);
  if (!found) return false;
  if (found.type === "default" && found.defaultValue === null) return true;
  const inner = found.type === "lazy" && found.getter ? [found.getter()] : [];
  const children = [
    found.innerType,
    found.in,
    found.out,
    found.left,
    found.right,
    found.element,
    ...(found.options ?? []),
    ...Object.values(found.shape ?? {}),
    ...inner,
  ];
  return children.some((child) => child !== undefined && defaultsToNull(child, seen));
}
