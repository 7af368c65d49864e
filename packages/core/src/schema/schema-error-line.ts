import { previewJson } from "../json/preview-json.js";

/** As much of an Ajv error as a message needs (compile with `verbose: true` so `parentSchema` names what was expected). */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  schemaPath?: string;
  parentSchema?: unknown;
  schema?: unknown;
}

const plain = (value: unknown) => previewJson(value, 40);
const titleOf = (schema: unknown) => (typeof schema === "object" && schema !== null && "title" in schema ? String(schema.title) : undefined);

// What each keyword expected, in words; a keyword not listed falls back on Ajv's own message.
const expectations: Record<string, (params: Record<string, unknown>, schema: unknown) => string> = {
  type: ({ type }) => `${type}`,
  required: () => "a value",
  dependentRequired: ({ property }) => `a value, as ${property} is given`,
  additionalProperties: () => "no such field",
  enum: ({ allowedValues }) => `one of ${(allowedValues as unknown[]).map(plain).join(", ")}`,
  const: ({ allowedValue }) => plain(allowedValue),
  oneOf: (_params, schema) => `one of ${Array.isArray(schema) ? schema.map((branch) => titleOf(branch) ?? "?").join(", ") : "the allowed forms"}`,
  minLength: ({ limit }) => `a string of at least ${limit} characters`,
  maxLength: ({ limit }) => `a string of at most ${limit} characters`,
  pattern: ({ pattern }) => `a string matching ${pattern}`,
  minimum: ({ limit }) => `a number of at least ${limit}`,
  maximum: ({ limit }) => `a number of at most ${limit}`,
  minItems: ({ limit }) => `at least ${limit} items`,
  uniqueItems: () => "items without repeats",
};

/** The value a JSON pointer names, found without recursion (undefined when absent). */
function at(root: unknown, pointer: string): unknown {
  let value = root;
  for (const token of pointer.split("/").slice(1)) {
    if (typeof value !== "object" || value === null) return undefined;
    const key = token.replaceAll("~1", "/").replaceAll("~0", "~");
    value = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

// A path names keys that came from the file: control characters escaped (the message stays one line), long ones cut.
const shown = (path: string) => {
  const escaped = path.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return escaped.length > 120 ? `${escaped.slice(0, 120)}…` : escaped;
};

const unions = new Set(["oneOf", "anyOf"]);
/**
 * How telling an error is: the deepest wins; a missing field counts one deeper, unless it is only one branch
 * of a union that failed (then the union, naming every branch, says more).
 */
const rank = (error: SchemaError) => {
  const depth = error.instancePath.split("/").length;
  const inBranch = /\/(oneOf|anyOf)\/\d+\//.test(error.schemaPath ?? "");
  if (error.params.missingProperty !== undefined) return inBranch ? depth : depth + 1;
  return unions.has(error.keyword) ? depth + 0.5 : depth;
};

/**
 * One line for a value a schema rejected: `<path>: expected …, received …`. Of Ajv's errors, the deepest is
 * shown (the branch of a union that got furthest); what was received is a bounded preview, never the whole value.
 */
export function schemaErrorLine(errors: readonly SchemaError[] | null | undefined, root: unknown): string {
  const error = (errors ?? []).reduce<SchemaError | undefined>((best, next) => (best === undefined || rank(next) > rank(best) ? next : best), undefined);
  if (!error) return "/: does not match its schema";
  const field = error.params.missingProperty ?? error.params.additionalProperty;
  const path = field === undefined ? error.instancePath : `${error.instancePath}/${String(field).replaceAll("~", "~0").replaceAll("/", "~1")}`;
  const value = at(root, path);
  const title = field === undefined ? titleOf(error.parentSchema) : undefined;
  const expected = title ?? expectations[error.keyword]?.(error.params, error.schema) ?? `a value that ${error.message ?? `passes ${error.keyword}`}`;
  const received = value === undefined ? "nothing" : plain(value);
  return `${shown(path || "/")}: expected ${expected}, received ${received}`;
}
