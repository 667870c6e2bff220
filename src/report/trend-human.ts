import { TREND_LABEL as T } from "../messages/rank-labels.js";
import { translator } from "../messages/text.js";
import type { TrendReport } from "../rank/trend.js";
import { linePieces } from "./line-pieces.js";
import { findingsMarkdownSection, markdownTable } from "./markdown.js";
import type { RenderOptions } from "./options.js";
import { tableLines } from "./table.js";
import { markdownCell, terminalSafe } from "./text.js";
import { trendContent } from "./trend-sections.js";

/** `spbe trend` in the terminal; the findings go to stderr. In pieces of lines, as `rank`'s (`linePieces`). */
export function trendTablePieces(report: TrendReport, { lang, color, width }: RenderOptions): Iterable<string> {
  if (report.series.length === 0) return [`${translator(lang)(T.noSeries)}\n`];
  const c = trendContent(report, lang);
  function* lines(): Generator<string> {
    yield color.bold(terminalSafe(c.title));
    yield* c.lines.map(terminalSafe);
    for (const s of c.sections) yield* tableLines(s, width);
    for (const n of c.notes) yield color.dim(terminalSafe(n));
  }
  return linePieces(lines());
}

/** `spbe trend --format markdown`: a document, findings included. */
export function renderTrendMarkdown(report: TrendReport, { lang }: RenderOptions): string {
  const lines: string[] = [];
  if (report.series.length === 0) lines.push(translator(lang)(T.noSeries), "");
  else {
    const c = trendContent(report, lang);
    lines.push(`## ${markdownCell(c.title)}`, "", ...c.lines.map((l) => `- ${markdownCell(l)}`));
    if (c.lines.length > 0) lines.push("");
    for (const s of c.sections) lines.push(markdownTable(s), "");
    for (const n of c.notes) lines.push(`_${markdownCell(n)}_`);
    lines.push("");
  }
  for (const l of findingsMarkdownSection(report.findings, lang)) lines.push(l);
  return `${lines.join("\n").trimEnd()}\n`;
}
