import type { Diff, DiffReport, DiffResult, Side } from "../compare/diff.js";
import { toDecimal, toNumber } from "../core/rational.js";
import type { Framework } from "../frameworks/types.js";
import { DIFF_LABEL as D, HTML_LABEL as H, LABEL } from "../messages/labels.js";
import { type Lang, translator } from "../messages/text.js";
import type { Score } from "../scoring/score.js";
import { diffSections, type SideAlone, sideAloneCautions, sidesAlone, signed, unlikeBanners } from "./diff-sections.js";
import { pairedBarChart, radarChart, SERIES_COLORS } from "./html/charts.js";
import {
  bandEdges,
  bandScaleFigure,
  decimal,
  figure,
  findingsSection,
  frameworkNotices,
  htmlTable,
  INDEX_FROM,
  indexRange,
  indexTicks,
  predikatPill,
  RADAR_MIN,
  RADAR_NAMED,
  radarCaption,
} from "./html/common.js";
import { htmlPage } from "./html/page.js";
import { esc } from "./html/svg.js";
import { assessmentTitle } from "./labels.js";
import type { RenderOptions } from "./options.js";
import { basisNote, indexTitle, predikatName } from "./predikat-text.js";

/**
 * `spbe diff --format html`: both indices with their predikat on one band
 * scale, the difference and what explains it — the aspects as paired bars (a
 * above b), the domains as a two-series radar, the indicators with the largest
 * impact (cut to --top) — the tables, and the findings at the end.
 */
export function renderDiffHtml(report: DiffReport, { lang }: RenderOptions): string {
  const t = translator(lang);
  const d = report.result?.diff;
  const heading = d ? t(D.title, { index: indexTitle(d.framework, lang), framework: d.framework.id }) : notComparedHeading(report.result, lang);
  const body = [`<h1>${esc(heading)}</h1>`];
  if (!d || !report.result) {
    body.push(`<p class="notice bad"><strong>${esc(t(D.notCompared))}</strong></p>`);
    if (report.result) body.push(alone(report.result, lang));
  } else body.push(comparison(report, report.result.a, report.result.b, d, lang));
  body.push(findingsSection(report.findings, lang));
  return htmlPage({ lang, title: heading, body: body.join("\n"), footer: t(H.footer) });
}

/**
 * The heading of a pair not compared: the sides' frameworks (both, a then b, where they differ: the
 * generic heading named neither), as each side's line does; generic where no sides were formed.
 */
function notComparedHeading(result: DiffResult | null, lang: Lang): string {
  const t = translator(lang);
  if (!result) return t(H.diffGeneric);
  const a = result.a.assessment.framework.id;
  const b = result.b.assessment.framework.id;
  return a === b ? t(H.diffFramework, { framework: a }) : t(H.diffFrameworks, { a, b });
}

/** Where a side came from: "Kab. Contoh · 2024 · mandiri · a.csv" (the file once where it names nothing else). */
const whereFrom = (s: Side): string => [assessmentTitle(s.assessment), s.assessment.source].filter((x, i, all) => all.indexOf(x) === i).join(" · ");

/**
 * A pair that could not be compared: each side as a card, a valid one with its
 * own index and predikat under its own framework, one with errors said to be
 * not valid; the frameworks' notices for the indices shown.
 */
function alone(result: DiffResult, lang: Lang): string {
  const t = translator(lang);
  const sides = sidesAlone(result);
  const card = ({ side, framework, score }: SideAlone) => {
    const fw = t(D.sideFramework, { framework: framework.id });
    return sideCard(side, framework, score, lang, score ? `${indexTitle(framework, lang)} · ${fw}` : fw);
  };
  const notices = sideAloneCautions(sides, lang).map((c) => `<p class="notice">${esc(c)}</p>`);
  return ['<section class="summary">', ...notices, '<div class="sides">', ...sides.map(card), "</div>", "</section>"].join("\n");
}

/**
 * A side's card, compared or alone: its label, its index and predikat (or, without a score, that it
 * is not valid), the framework line a side alone has, where it came from, the basis note.
 */
function sideCard(side: Side, framework: Framework, score: Score | null, lang: Lang, frameworkLine: string | null): string {
  const num = (display: string) => decimal(display, lang);
  const lines = [
    '<div class="side">',
    `<span class="side-name">${esc(side.label)}</span>`,
    score
      ? `<span class="index-value">${esc(num(score.index.display))}</span> ${predikatPill(framework, score.band, predikatName(score, lang))}`
      : `<p class="sev-error">${esc(translator(lang)(D.sideInvalid))}</p>`,
  ];
  if (frameworkLine !== null) lines.push(`<p><small>${esc(frameworkLine)}</small></p>`);
  lines.push(`<p><small>${esc(whereFrom(side))}</small></p>`);
  if (score) {
    const note = basisNote(score, lang, num);
    lines.push(note ? `<p class="basis-note"><small>(${esc(note)})</small></p>` : "");
  }
  lines.push("</div>");
  return lines.join("\n");
}

function comparison(report: DiffReport, a: Side, b: Side, d: Diff, lang: Lang): string {
  const t = translator(lang);
  const fw = d.framework;
  const num = (display: string) => decimal(display, lang);
  const side = (s: Side, score: Score) => sideCard(s, fw, score, lang, null);
  const summary = [
    '<section class="summary">',
    frameworkNotices(fw, lang),
    '<div class="sides">',
    side(a, d.a),
    side(b, d.b),
    "</div>",
    `<p class="delta">${esc(`${t(D.delta)}: ${num(signed(d.index.display))} (${t(d.predikatChanged ? D.predikatChanged : D.predikatSame)})`)}</p>`,
    // different instansi or years: said beside the difference it calls into question, not only in the findings at the end
    ...unlikeBanners(report, lang).map(
      (x) => `<p class="notice unlike${x.severity === "error" ? " bad" : ""}"><strong>${esc(x.label)}</strong> ${esc(x.message)}</p>`,
    ),
    `<p>${esc(t(D.counts, { higher: d.counts.higher, lower: d.counts.lower, equal: d.counts.equal, a: a.label, b: b.label }))}</p>`,
    `<p>${esc(t(D.mean, { mean: num(d.meanAbsoluteDelta.display) }))}</p>`,
  ];
  const mark = (s: Side, score: Score) => {
    const value = num(score.index.display);
    const predikat = predikatName(score, lang);
    return { value: toNumber(score.index.value), text: `${s.label} ${value}`, title: t(H.sideTitle, { side: s.label, value, predikat }) };
  };
  const marks = [mark(a, d.a), mark(b, d.b)];
  summary.push(bandScaleFigure(fw, marks, lang), "</section>");

  const series = [
    { name: a.label, color: SERIES_COLORS[0] },
    { name: b.label, color: SERIES_COLORS[1] },
  ] as const;
  const datum = (label: string, name: string, s: Diff["aspects"][number]["a"]) => ({
    value: toNumber(s.value),
    text: num(s.display),
    title: `${name} — ${label}: ${num(s.display)}`,
  });
  const paired = pairedBarChart({
    label: t(H.pairedAria, { a: a.label, b: b.label }),
    series,
    groups: d.aspects.map((x) => ({
      label: `${x.tier.id}. ${x.tier.name}`,
      values: [datum(a.label, x.tier.name, x.a), datum(b.label, x.tier.name, x.b)] as const,
    })),
    range: indexRange(fw),
    ticks: indexTicks(fw),
    guides: bandEdges(fw, lang),
  });
  // the radar shows the domains; Pemdi has no domain tier, so its aspects
  const tiers = d.domains.length > 0 ? d.domains : d.aspects;
  const radar = radarChart({
    label: t(H.radarAria, { tier: (d.domains.length > 0 ? t(LABEL.domain) : t(LABEL.aspect)).toLowerCase(), min: INDEX_FROM, max: fw.levels.max }),
    axes: tiers.map((x) => x.tier.name),
    // more than five long names leave a phone no room for the chart: print the numbers, as the bars do
    ...(tiers.length > RADAR_NAMED ? { axisLabels: tiers.map((x) => x.tier.id) } : {}),
    series: [
      { ...series[0], points: tiers.map((x) => datum(a.label, x.tier.name, x.a)) },
      { ...series[1], points: tiers.map((x) => datum(b.label, x.tier.name, x.b)) },
    ],
    range: indexRange(fw),
    rings: indexTicks(fw).slice(1),
  });
  const charts = [
    '<div class="charts">',
    figure(t(H.pairedTitle, { a: a.label, b: b.label }), paired),
    tiers.length >= RADAR_MIN ? figure(radarCaption(lang, d.domains.length > 0, tiers.length), radar) : "",
    "</div>",
  ];

  const { sections, listed } = diffSections(report, lang);
  const indicatorTable = listed.rows.length > 0 ? sections.at(-1) : undefined;
  const tierTables = indicatorTable ? sections.slice(0, -1) : sections;
  const notes: string[] = [];
  if (listed.differing === 0) notes.push(t(D.noDifference));
  else if (listed.rows.length < listed.differing) notes.push(t(D.topNote, { shown: listed.rows.length, total: listed.differing }));
  notes.push(t(D.impactNote, { total: num(toDecimal(fw.totalWeight)) }));
  const impact = [
    '<section class="impact">',
    `<h3>${esc(t(H.impactTitle))}</h3>`,
    indicatorTable ? htmlTable(indicatorTable, lang) : "",
    ...notes.map((x) => `<p class="table-note">${esc(x)}</p>`),
    "</section>",
  ];
  const details = ['<section class="details">', `<h3>${esc(t(H.tables))}</h3>`, ...tierTables.map((s) => htmlTable(s, lang)), "</section>"];
  return ['<article class="assessment diff">', ...summary, ...charts, ...impact, ...details, "</article>"].join("\n");
}
