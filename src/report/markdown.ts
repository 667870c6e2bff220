import type { Finding } from "../core/findings.js";
import { findingMessage } from "../messages/findings.js";
import { LABEL } from "../messages/labels.js";
import { type Lang, say, translator } from "../messages/text.js";
import { alignOf, type Column, column, type Section } from "./layout.js";
import { markdownCell } from "./text.js";

/** A GitHub-flavoured Markdown table; every cell escaped. */
export function markdownTable(section: Pick<Section, "columns" | "rows">): string {
  return [...markdownTableLines(section)].join("\n");
}

/** `markdownTable`'s lines, a row each, made as they are asked for (rank and trend write them in pieces). */
export function* markdownTableLines(section: Pick<Section, "columns" | "rows">): Generator<string> {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(" | ")} |`;
  yield line(section.columns.map((c) => c.head));
  yield `|${section.columns.map((c: Column) => (alignOf(c) === "right" ? "---:" : "---")).join("|")}|`;
  for (const row of section.rows) yield line(row);
}

/** The findings table of every Markdown report (score, diff, validate, step summary). */
export function findingsMarkdownTable(findings: readonly Finding[], lang: Lang): string {
  const t = translator(lang);
  return markdownTable({
    columns: [
      column(t(LABEL.source), "key"),
      column(t(LABEL.line), "number"),
      column(t(LABEL.column), "number"),
      column(t(LABEL.severity), "label"),
      column(t(LABEL.findingCode), "key"),
      column(t(LABEL.message), "name"),
    ],
    rows: findings.map((f) => [
      f.file,
      f.line === null ? "" : String(f.line),
      f.column === null ? "" : String(f.column),
      t(LABEL[f.severity]),
      f.code,
      findingMessage(f, lang),
    ]),
  });
}

/** `## Temuan` and the table, or nothing when there are no findings. */
export function findingsMarkdownSection(findings: readonly Finding[], lang: Lang): string[] {
  return findings.length > 0 ? [`## ${say(lang, LABEL.findings)}`, "", findingsMarkdownTable(findings, lang), ""] : [];
}
