/** One argument for `/bin/sh -c`, quoted so that no character in it means anything to the shell. */
export const shellQuote = (text: string): string => (/^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`);
