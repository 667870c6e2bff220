import { TREND_LABEL as T } from "../messages/rank-labels.js";
import { translator } from "../messages/text.js";
import type { TrendReport } from "../rank/trend.js";
import { endTrimmed, linePieces } from "./line-pieces.js";
import { findingsMarkdownSection, markdownTableLines } from "./markdown.js";
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

/** `spbe trend --format markdown`: a document, findings included. In pieces of lines, as the table's. */
export function trendMarkdownPieces(report: TrendReport, { lang }: RenderOptions): Iterable<string> {
  function* lines(): Generator<string> {
    if (report.series.length === 0) yield* [translator(lang)(T.noSeries), ""];
    else {
      const c = trendContent(report, lang);
      yield* [`## ${markdownCell(c.title)}`, "", ...c.lines.map((l) => `- ${markdownCell(l)}`)];
      if (c.lines.length > 0) yield "";
      for (const s of c.sections) {
        yield* markdownTableLines(s);
        yield "";
      }
      for (const n of c.notes) yield `_${markdownCell(n)}_`;
      yield "";
    }
    yield* findingsMarkdownSection(report.findings, lang);
  }
  return linePieces(endTrimmed(lines()));
}
