import type { Finding } from "../core/findings.js";
import { LABELS } from "./labels.js";
import { type Lang, findingMessage } from "./messages.js";
import { markdownCell } from "./text.js";

/** A GitHub-flavoured Markdown table; every cell escaped. */
export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[], align?: readonly ("left" | "right")[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(" | ")} |`;
  const rule = `|${head.map((_, i) => (align?.[i] === "right" ? "---:" : "---")).join("|")}|`;
  return [line(head), rule, ...rows.map(line)].join("\n");
}

/** The findings table of every Markdown report (score, validate, step summary). */
export function findingsMarkdownTable(findings: readonly Finding[], lang: Lang): string {
  const L = LABELS[lang];
  return markdownTable(
    [L.source, L.line, L.column, L.severity, L.code, L.message],
    findings.map((f) => [f.file, f.line === null ? "" : String(f.line), f.column === null ? "" : String(f.column), L[f.severity], f.code, findingMessage(f, lang)]),
    ["left", "right", "right", "left", "left", "left"],
  );
}
