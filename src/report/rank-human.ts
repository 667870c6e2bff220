import { RANK_LABEL as R } from "../messages/rank-labels.js";
import { translator } from "../messages/text.js";
import type { RankReport } from "../rank/rank.js";
import { endTrimmed, linePieces } from "./line-pieces.js";
import { findingsMarkdownSection, markdownTableLines } from "./markdown.js";
import type { RenderOptions } from "./options.js";
import { rankContent } from "./rank-sections.js";
import { tableLines } from "./table.js";
import { markdownCell, terminalSafe } from "./text.js";

/**
 * `spbe rank` in the terminal: per group its title, summary and table; then the standing and the
 * notes. The findings go to stderr. In pieces of lines (a national file's table has a line per
 * instansi: `linePieces`); the registry joins them for `render`.
 */
export function rankTablePieces(report: RankReport, { lang, color, width }: RenderOptions): Iterable<string> {
  const c = rankContent(report, lang);
  const t = translator(lang);
  function* lines(): Generator<string> {
    yield color.bold(terminalSafe(c.title));
    if (c.groups.length === 0) yield c.empty;
    for (const g of c.groups) {
      yield "";
      if (g.headed) yield color.bold(terminalSafe(g.section.title));
      yield* g.summary.map(terminalSafe);
      if (g.section.rows.length > 0) yield* tableLines(g.section, width);
    }
    if (c.standing.length > 0) yield* ["", color.bold(t(R.standingTitle)), ...c.standing.map((s) => terminalSafe(s))];
    if (c.notes.length > 0) yield* ["", ...c.notes.map((n) => color.dim(terminalSafe(n)))];
  }
  return linePieces(lines());
}

/**
 * `spbe rank --format markdown`: a document, findings included. In pieces of lines, a table row each
 * (`linePieces`); the registry joins them for `render`.
 */
export function rankMarkdownPieces(report: RankReport, { lang }: RenderOptions): Iterable<string> {
  const c = rankContent(report, lang);
  const t = translator(lang);
  function* lines(): Generator<string> {
    yield* [`## ${markdownCell(c.title)}`, ""];
    if (c.groups.length === 0) yield* [c.empty, ""];
    for (const g of c.groups) {
      if (g.headed) yield* [`### ${markdownCell(g.section.title)}`, ""];
      yield* [...g.summary.map((s) => `- ${markdownCell(s)}`), ""];
      if (g.section.rows.length > 0) {
        yield* markdownTableLines(g.section);
        yield "";
      }
    }
    if (c.standing.length > 0) yield* [`### ${t(R.standingTitle)}`, "", ...c.standing.map((s) => `- ${markdownCell(s)}`), ""];
    if (c.notes.length > 0) {
      for (const n of c.notes) yield `_${markdownCell(n)}_`;
      yield "";
    }
    yield* findingsMarkdownSection(report.findings, lang);
  }
  return linePieces(endTrimmed(lines()));
}
