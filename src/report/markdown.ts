import { markdownCell } from "./text.js";

/** A GitHub-flavoured Markdown table; every cell escaped. */
export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[], align?: readonly ("left" | "right")[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(" | ")} |`;
  const rule = `|${head.map((_, i) => (align?.[i] === "right" ? "---:" : "---")).join("|")}|`;
  return [line(head), rule, ...rows.map(line)].join("\n");
}
