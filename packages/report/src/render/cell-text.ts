/** Text safe inside one Markdown table cell: no column break, no line break, no HTML tag. */
export const cellText = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ").replaceAll("<", "&lt;");
