/** Code-unit order: the same on every machine, whatever its locale, so equal runs sort equally. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
