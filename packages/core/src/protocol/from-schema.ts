/**
 * The TypeScript type a JSON Schema (as a `const` object) describes, for the keywords the protocol schema uses:
 * `$ref` to `#/$defs/…`, `oneOf`, `const`, `enum`, `type` (string, integer, number, boolean, array, object),
 * `properties` with `required`, and `additionalProperties` as a map. Keywords that only narrow a value
 * (`minLength`, `minimum`, `not`, `uniqueItems`, `default`, `description`) leave its type as it is.
 */
export type FromSchema<Schema, Definitions> = Schema extends { $ref: `#/$defs/${infer Name}` }
  ? Name extends keyof Definitions
    ? FromSchema<Definitions[Name], Definitions>
    : never
  : Schema extends { oneOf: readonly (infer Member)[] }
    ? Member extends unknown
      ? FromSchema<Member, Definitions>
      : never
    : Schema extends { const: infer Value }
      ? Value
      : Schema extends { enum: readonly (infer Value)[] }
        ? Value
        : Schema extends { type: "string" }
          ? string
          : Schema extends { type: "integer" | "number" }
            ? number
            : Schema extends { type: "boolean" }
              ? boolean
              : Schema extends { type: "array"; items: infer Item }
                ? FromSchema<Item, Definitions>[]
                : Schema extends { type: "object"; properties: infer Properties }
                  ? ObjectOf<Properties, Schema extends { required: readonly (infer Key)[] } ? Key : never, Definitions>
                  : Schema extends { type: "object"; additionalProperties: infer Value }
                    ? Record<string, FromSchema<Value, Definitions>>
                    : unknown;

/** An object type: the required keys as they are, the others optional; flattened so that editors show it whole. */
type ObjectOf<Properties, Required, Definitions> = Flatten<
  { -readonly [Key in keyof Properties & Required]: FromSchema<Properties[Key], Definitions> } & {
    -readonly [Key in Exclude<keyof Properties, Required>]?: FromSchema<Properties[Key], Definitions>;
  }
>;

type Flatten<Type> = { [Key in keyof Type]: Type[Key] } & {};
