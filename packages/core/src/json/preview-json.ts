import { describeValue } from "./describe-value.js";
import { writeJsonTo } from "./write-json.js";

/** The most characters of JSON text a preview shows before its "…". */
export const previewLength = 60;

/**
 * The start of a value's JSON text, for messages: at most `length` characters and
 * an ellipsis, written only as far as it shows (a 10 MB string or a value nested
 * 100,000 levels deep costs no more than a small one). Never throws.
 */
export function previewJson(value: unknown, length = previewLength): string {
  let text = "";
  let cut = false;
  try {
    const sink = (part: string) => {
      text += part;
      cut = text.length > length;
      return !cut;
    };
    if (!writeJsonTo(value, sink, { longest: length + 1 })) return "absent";
  } catch {
    // A cycle or a throwing getter: what it is, if not what it holds.
    return describeValue(value);
  }
  if (!cut) return text;
  const end = /[\ud800-\udbff]/.test(text.charAt(length - 1)) ? length - 1 : length;
  return `${text.slice(0, end)}…`;
}
