import { toNumber } from "../core/rational.js";
import type { Framework } from "../frameworks/types.js";
import { HTML_LABEL as H } from "../messages/labels.js";
import { RANK_LABEL as R, RANK_HTML as RH, TREND_LABEL as T } from "../messages/rank-labels.js";
import { type Lang, translator } from "../messages/text.js";
import type { TrendReport, TrendSeries } from "../rank/trend.js";
import { type BandSpan, lineChart } from "./html/charts.js";
import { bandSpans, decimal, decimalsIn, figure, findingsSection, htmlTableLines, indexRange, indexTicks } from "./html/common.js";
import { htmlPage, htmlPageLines } from "./html/page.js";
import { esc } from "./html/svg.js";
import { linePieces } from "./line-pieces.js";
import type { RenderOptions } from "./options.js";
import { targetText, trendContent } from "./trend-sections.js";

/** Line charts are drawn for this many instansi at most; a national trend is its table. */
const MAX_CHARTS = 12;

/**
 * `spbe trend --format html`: per instansi (up to MAX_CHARTS) the index by
 * year over the predikat bands, the target as a dashed line and gaps left out
 * of the line; then the table the terminal shows, the findings at the end.
 * In pieces of lines, a table row each (`linePieces`); the registry joins them for `render`.
 */
export function trendHtmlPieces(report: TrendReport, { lang }: RenderOptions): Iterable<string> {
  const t = translator(lang);
  if (report.series.length === 0) {
    return [
      htmlPage({
        lang,
        title: t(RH.trendGeneric),
        body: `<h1>${esc(t(RH.trendGeneric))}</h1>\n<p>${esc(t(T.noSeries))}</p>\n${findingsSection(report.findings, lang)}`,
        footer: t(H.footer),
      }),
    ];
  }
  const c = trendContent(report, lang, (display) => decimal(display, lang));
  return linePieces(htmlPageLines({ lang, title: c.title, footer: t(H.footer) }, trendHtmlBody(report, c, lang)));
}

function* trendHtmlBody(report: TrendReport, c: ReturnType<typeof trendContent>, lang: Lang): Generator<string> {
  const t = translator(lang);
  yield `<h1>${esc(c.title)}</h1>`;
  yield* c.lines.map((l) => `<p class="summary-line">${esc(l)}</p>`);
  yield* ['<div class="charts">', ...report.series.slice(0, MAX_CHARTS).map((s) => seriesChart(s, lang)), "</div>"];
  if (report.series.length > MAX_CHARTS) yield `<p class="table-note">${esc(t(RH.chartsLimited, { max: MAX_CHARTS }))}</p>`;
  // the target column's "kurang 0.20" in the page's decimal mark, as its number columns
  const target = t(T.target);
  for (const s of c.sections) {
    const at = s.columns.findIndex((col) => col.head === target);
    const rows = at < 0 ? s.rows : s.rows.map((row) => row.map((cell, i) => (i === at ? decimalsIn(cell, lang) : cell)));
    yield* htmlTableLines({ ...s, rows }, lang);
  }
  for (const n of c.notes) yield `<p class="table-note">${esc(n)}</p>`;
  yield findingsSection(report.findings, lang);
}

/**
 * Each framework's bands as a year of the series is drawn over them: the latest year's for every
 * framework whose bands are the same (spbe-2018's and spbe-2020's), so only a crossing into other
 * edges (Pemdi's Memuaskan from 4,00, not 4,20) changes the stripes, and the stripes never contradict
 * the predikat printed for the year.
 */
function bandsByFramework(latest: Framework, lang: Lang): (f: Framework) => readonly BandSpan[] {
  const chartBands = bandSpans(latest, lang);
  const same = (bands: readonly BandSpan[]) =>
    bands.length === chartBands.length && bands.every((b, i) => b.name === chartBands[i]!.name && b.from === chartBands[i]!.from && b.to === chartBands[i]!.to);
  const made = new Map<string, readonly BandSpan[]>();
  return (f) => {
    let bands = made.get(f.id);
    if (!bands) {
      const own = bandSpans(f, lang);
      bands = same(own) ? chartBands : own;
      made.set(f.id, bands);
    }
    return bands;
  };
}

function seriesChart(s: TrendSeries, lang: Lang): string {
  const t = translator(lang);
  const num = (display: string) => decimal(display, lang);
  const framework = s.points.filter((p) => p.entry).at(-1)!.entry!.framework;
  const bandsOf = bandsByFramework(framework, lang);
  // a gap year has no point: the line joins the years either side, and the axis still names only years with a value
  const points = s.points.flatMap((p) =>
    p.entry
      ? [
          {
            x: p.tahun,
            xText: String(p.tahun),
            value: toNumber(p.entry.shown),
            text: num(p.entry.display),
            // a self-assessment's point says so, as the table's year does
            title: t(RH.point, {
              tahun: p.entry.jenis === "mandiri" ? t(R.mandiriMark, { text: String(p.tahun) }) : p.tahun,
              index: num(p.entry.display),
              predikat: p.entry.predikat,
            }),
            bands: bandsOf(p.entry.framework),
          },
        ]
      : [],
  );
  const target = s.target
    ? { value: toNumber(s.target.value.value), text: t(RH.targetMark, { target: num(s.target.value.display) }), title: targetTitle(s, lang) }
    : undefined;
  const chart = lineChart({
    label: t(RH.lineAria, { instansi: s.name, target: s.target ? t(RH.lineTarget, { target: num(s.target.value.display) }) : "" }),
    points,
    range: indexRange(framework),
    ticks: indexTicks(framework),
    bands: bandsOf(framework),
    ...(target ? { target } : {}),
  });
  return figure(t(RH.lineCaption, { instansi: s.name }), chart);
}

function targetTitle(s: TrendSeries, lang: Lang): string {
  // the page's decimal mark, as every number on it ("kurang 0,02", not "0.02", under --lang id)
  return decimalsIn(targetText(s.target!, lang), lang);
}
