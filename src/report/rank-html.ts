import { toNumber } from "../core/rational.js";
import { HTML_LABEL as H } from "../messages/labels.js";
import { RANK_LABEL as R, RANK_HTML as RH } from "../messages/rank-labels.js";
import { translator } from "../messages/text.js";
import type { RankReport } from "../rank/rank.js";
import { distributionChart } from "./html/charts.js";
import { bandSpans, decimal, decimalsIn, edgeTicks, figure, findingsSection, htmlTableLines } from "./html/common.js";
import { htmlPageLines } from "./html/page.js";
import { esc } from "./html/svg.js";
import { linePieces } from "./line-pieces.js";
import type { RenderOptions } from "./options.js";
import { rankContent, rankFramework } from "./rank-sections.js";

/** Above this many marks a histogram's labels would cover each other: the rest are only highlighted in the table. */
const MAX_MARKS = 5;

/**
 * `spbe rank --format html`: per group its summary, the distribution of its
 * indices over the predikat bands (the user's own rows marked above it), and
 * the ranking table with the user's rows highlighted; then the standing and
 * the notes, the findings at the end. Everything from the input is escaped.
 * In pieces of lines, a table row each (`linePieces`); the registry joins them for `render`.
 */
export function rankHtmlPieces(report: RankReport, { lang }: RenderOptions): Iterable<string> {
  const t = translator(lang);
  const c = rankContent(report, lang, (display) => decimal(display, lang));
  return linePieces(htmlPageLines({ lang, title: c.title || t(RH.rankGeneric), footer: t(H.footer) }, rankHtmlBody(report, c, lang)));
}

function* rankHtmlBody(report: RankReport, c: ReturnType<typeof rankContent>, lang: RenderOptions["lang"]): Generator<string> {
  const t = translator(lang);
  const framework = rankFramework(report);
  const num = (display: string) => decimal(display, lang);
  yield `<h1>${esc(c.title)}</h1>`;
  if (c.groups.length === 0) yield `<p>${esc(c.empty)}</p>`;
  for (const g of c.groups) {
    const heading = g.section.title;
    yield '<section class="group">';
    if (g.headed) yield `<h2>${esc(heading)}</h2>`;
    yield* g.summary.map((line) => `<p class="summary-line">${esc(decimalsIn(line, lang))}</p>`);
    if (framework && g.group.members.length > 0) {
      // the user's entries among national ones, by the group's members as the chart counts them, not by the
      // rows --top keeps: the mark went missing exactly where the user's row was below the cut
      const amongNational = g.group.members.some((e) => !e.user);
      const mine = amongNational ? g.group.members.filter((e) => e.user).slice(0, MAX_MARKS) : [];
      const marks = mine.map((e) => ({
        value: toNumber(e.shown),
        text: e.instansi,
        title: t(RH.mark, { instansi: e.instansi, index: num(e.display), predikat: e.predikat }),
      }));
      const chart = distributionChart({
        label: t(RH.distributionAria, { group: heading, marks: mine.length ? t(RH.marked, { names: mine.map((e) => e.instansi).join(", ") }) : "" }),
        kind: "histogram",
        values: g.group.members.map((e) => ({ value: toNumber(e.shown), title: `${e.instansi}: ${num(e.display)}` })),
        range: { min: framework.levels.min, max: framework.levels.max },
        ticks: edgeTicks(framework, lang),
        bands: bandSpans(framework, lang),
        marks,
        binWidth: 0.25,
        // bin edges are quarters, exact in binary: toFixed prints them exactly
        binTitle: (from, to, count) => t(RH.bin, { from: num(from.toFixed(2)), to: num(to.toFixed(2)), count }),
      });
      yield figure(t(RH.distribution, { group: heading, count: g.group.members.length }), chart);
    }
    const rows = g.group.rows;
    yield* htmlTableLines(g.section, lang, { rowClass: (i) => (c.marksUser && rows[i]?.entry.user ? "mine" : null) });
    yield "</section>";
  }
  if (c.standing.length > 0)
    yield* [`<h2>${esc(t(R.standingTitle))}</h2>`, `<ul class="standing">${c.standing.map((s) => `<li>${esc(s)}</li>`).join("")}</ul>`];
  for (const n of c.notes) yield `<p class="table-note">${esc(n)}</p>`;
  yield findingsSection(report.findings, lang);
}
