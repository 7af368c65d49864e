/** Text as one Markdown code span on one line: backticks and line breaks cannot end it or the line. */
export const inlineCode = (text: string, limit = 300): string => {
  const shown = text.length > limit ? `${text.slice(0, limit)}…` : text;
  return `\`${shown.replaceAll("`", "'").replaceAll("\n", "\\n").replaceAll("\r", "\\r")}\``;
};
