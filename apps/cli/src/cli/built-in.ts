import { implementations } from "../commands/run/implementations.js";

/** The in-process implementation of that name, if there is one: an own entry only, so `constructor` or `__proto__` name none. */
export const builtIn = (name: string) => (Object.hasOwn(implementations, name) ? implementations[name] : undefined);
