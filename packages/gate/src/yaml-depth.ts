import { type CST, Parser } from "yaml";

/** How deeply a baseline's collections may nest: it needs three (a mapping, its entries, each entry); the rest is room. */
export const maxBaselineDepth = 32;

type Node = { type?: string; offset?: number; value?: unknown; items?: { key?: unknown; value?: unknown }[] };

/**
 * The offset of the first collection nested deeper than `limit`, or undefined. Read from the
 * syntax tree with an explicit stack, before the YAML library composes (and recurses over) it.
 */
export function tooDeep(text: string, limit = maxBaselineDepth): number | undefined {
  const stack: [Node, number][] = [];
  for (const token of new Parser().parse(text)) stack.push([token as CST.Token as Node, 0]);
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [Node, number];
    if (node.items) {
      if (depth + 1 > limit) return node.offset ?? 0;
      for (const item of node.items) for (const child of [item.key, item.value]) if (child && typeof child === "object") stack.push([child as Node, depth + 1]);
    } else if (node.type === "document" && node.value && typeof node.value === "object") stack.push([node.value as Node, depth]);
  }
  return undefined;
}
