import { toNumber, toText } from "../core/rational.js";
import { HTML_LABEL as H, LABEL, PLAN_LABEL as P } from "../messages/labels.js";
import { type Lang, translator } from "../messages/text.js";
import type { Plan, PlanReport } from "../plan/plan.js";
import { type Score, type Shown, targetShown } from "../scoring/score.js";
import { barChart, pairedBarChart, SERIES_COLORS } from "./html/charts.js";
import {
  assessmentHeader,
  bandEdges,
  bandOfScore,
  bandScaleFigure,
  decimal,
  decimalsIn,
  figure,
  findingsSection,
  htmlTable,
  indexRange,
  indexTicks,
  predikatPill,
} from "./html/common.js";
import { htmlPage } from "./html/page.js";
import { esc } from "./html/svg.js";
import { assessmentTitle } from "./labels.js";
import { column } from "./layout.js";
import type { RenderOptions } from "./options.js";
import { nowOf, planContent, points } from "./plan-sections.js";
import { basisNote, indexTitle, predikatName } from "./predikat-text.js";

/**
 * `spbe plan --format html`: one self-contained page (html/page.ts) — now and
 * planned side by side with their predikat, the target and the result (or
 * what blocks it), both on the band scale; the aspects as paired bars, now
 * above planned; the index points each owner's raises add, as bars, and the
 * raises grouped by owner; the raises by domain and aspect with what the
 * levels reached require; the projected domains and aspects; the findings.
 */
export function renderPlanHtml(report: PlanReport, { lang }: RenderOptions): string {
  const t = translator(lang);
  const p = report.plan;
  const heading = p ? t(P.title, { index: indexTitle(p.assessment.framework, lang), framework: p.assessment.framework.id }) : t(P.generic);
  const body = [`<h1>${esc(heading)}</h1>`];
  if (!p)
    body.push(`<p class="notice bad"><strong>${esc(t(P.notPlanned))}</strong></p>`, ...nowOf(report, lang).map((n) => `<p>${esc(decimalsIn(n, lang))}</p>`));
  else body.push(article(p, lang));
  body.push(findingsSection(report.findings, lang));
  const title = p ? `${heading} — ${assessmentTitle(p.assessment)}` : heading;
  return htmlPage({ lang, title, body: body.join("\n"), footer: t(H.footer) });
}

function article(p: Plan, lang: Lang): string {
  const t = translator(lang);
  const a = p.assessment;
  const fw = a.framework;
  const num = (display: string) => decimal(display, lang);
  // numbers in the page's mark as they are put into the sentences; never found afterwards (2018's
  // indicator "35.1" is no decimal)
  const c = planContent(p, lang, { num: (display) => decimal(display, lang), sentence: (text) => decimalsIn(text, lang), notes: false });
  const header = assessmentHeader(a, p.dialect, lang);

  // each side with its basis note, as diff's sides have it: "3,50 Baik" beside a 3,50 edge says why
  const side = (name: string, score: Score) => {
    const note = basisNote(score, lang, num);
    return [
      '<div class="side">',
      `<span class="side-name">${esc(name)}</span>`,
      `<span class="index-value">${esc(num(score.index.display))}</span> ${predikatPill(fw, score.band, predikatName(score, lang))}`,
      note ? `<p class="basis-note"><small>(${esc(note)})</small></p>` : "",
      "</div>",
    ].join("\n");
  };
  // the summary's lines but the first ("now", which the sides show) and the last (the result, said as the headline)
  const lines = c.summary.slice(1, -1).map((s) => `<p class="target">${esc(s)}</p>`);
  const result = c.summary.at(-1)!;
  const summary = [
    '<section class="summary">',
    '<div class="sides">',
    side(t(P.now), p.before),
    side(t(P.planned), p.after),
    "</div>",
    `<p class="delta${p.reachable === false ? " unreached" : ""}">${esc(result)}</p>`,
    ...lines,
  ];
  if (c.blockers.length > 0) {
    summary.push(`<h3>${esc(t(P.blockersTitle))}</h3>`, `<ul class="problems">${c.blockers.map((b) => `<li>${esc(b)}</li>`).join("")}</ul>`);
  }
  const mark = (name: string, score: Score) => {
    const value = num(score.index.display);
    return { value: toNumber(score.index.value), text: `${name} ${value}`, title: t(H.sideTitle, { side: name, value, predikat: predikatName(score, lang) }) };
  };
  const marks = p.raises.length > 0 ? [mark(t(P.now), p.before), mark(t(P.planned), p.after)] : [mark(t(P.now), p.before)];
  // a target the plan does not reach is marked too, so the gap shows
  if (p.target && p.reachable === false) {
    const target = num(targetShown(p.target.value).display);
    marks.push({ value: toNumber(p.target.value), text: `${t(LABEL.target)} ${target}`, title: `${t(LABEL.target)}: ${target} (${p.targetBand!.predikat})` });
  }
  summary.push(bandScaleFigure(fw, marks, lang), "</section>");

  const basis = p.before.predikat.basis.basis;
  const datum = (s: Shown, name: string, side: string) => ({
    value: toNumber(s.value),
    text: num(s.display),
    title: `${name} — ${side}: ${num(s.display)} (${bandOfScore(fw, s, basis).predikat})`,
  });
  const paired = pairedBarChart({
    label: t(H.pairedAria, { a: t(P.now), b: t(P.planned) }),
    series: [
      { name: t(P.now), color: SERIES_COLORS[0] },
      { name: t(P.planned), color: SERIES_COLORS[1] },
    ],
    groups: p.before.aspects.map((x, i) => ({
      label: `${x.tier.id}. ${x.tier.name}`,
      values: [datum(x.score, x.tier.name, t(P.now)), datum(p.after.aspects[i]!.score, x.tier.name, t(P.planned))] as const,
    })),
    range: indexRange(fw),
    ticks: indexTicks(fw),
    guides: bandEdges(fw, lang),
  });
  const charts = ['<div class="charts">', figure(t(P.pairedTitle), paired)];
  const owned = p.raises.some((r) => r.owner !== null);
  if (owned) {
    const axis = shareAxis(Math.max(...p.owners.map((o) => toNumber(o.gain))));
    const bars = barChart({
      label: t(P.ownersAria),
      orientation: "horizontal",
      bars: p.owners.map((o) => {
        const name = o.owner ?? t(P.noOwner);
        const gain = num(points(o.gain));
        return { value: toNumber(o.gain), text: gain, title: t(P.ownerTitle, { owner: name, gain, raises: o.raises }), label: name, color: SERIES_COLORS[1] };
      }),
      range: { min: 0, max: axis.max },
      ticks: axis.ticks.map((v) => ({ value: v, text: num(v.toFixed(axis.places)) })),
    });
    charts.push(figure(t(P.ownersChart), bars));
  }
  charts.push("</div>");

  const raises = ['<section class="raises">', `<h3>${esc(t(P.raisesTitle))}</h3>`];
  for (const s of c.raises) raises.push(htmlTable(s, lang));
  raises.push(...c.notes.map((n) => `<p class="table-note">${esc(n)}</p>`), "</section>");

  // the owners' shares, then every raise under its owner, in the same order
  const byOwner: string[] = [];
  if (owned && c.owners) {
    const order = p.owners.map((o) => o.owner);
    const grouped = [...p.raises].sort((x, y) => order.indexOf(x.owner) - order.indexOf(y.owner));
    byOwner.push(
      '<section class="owners">',
      htmlTable(c.owners, lang),
      htmlTable(
        {
          title: t(P.byOwnerTitle),
          columns: [
            column(t(P.owner), "label"),
            column(t(LABEL.no), "key"),
            column(t(LABEL.indicator), "name"),
            column(t(P.from), "number"),
            column(t(P.to), "number"),
            column(t(P.gain), "number"),
          ],
          rows: grouped.map((r) => [r.owner ?? t(P.noOwner), r.indicator.id, r.indicator.name, toText(r.from), toText(r.to), points(r.gain)]),
        },
        lang,
      ),
      "</section>",
    );
  }

  const criteria = c.criteria.length > 0 ? ['<section class="criteria">', ...c.criteria.map((s) => htmlTable(s, lang)), "</section>"] : [];
  const details = [
    '<section class="details">',
    `<h3>${esc(t(P.projectionTitle))}</h3>`,
    `<p><strong>${esc(c.indexLine)}</strong></p>`,
    ...c.projection.map((s) => htmlTable(s, lang)),
    `<p><strong>${esc(c.total)}</strong></p>`,
    "</section>",
  ];
  return ['<article class="assessment plan">', header, ...summary, ...charts, ...raises, ...byOwner, ...criteria, ...details, "</article>"].join("\n");
}

/** An axis for index points: a round step (0.01 … 1) giving at most five intervals, and its end. */
export function shareAxis(largest: number): { max: number; ticks: number[]; places: number } {
  const steps = [0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1];
  const step = steps.find((x) => largest / x <= 5) ?? 1;
  const count = Math.max(1, Math.ceil(largest / step - 1e-9));
  const places = step < 0.1 ? 2 : step < 1 ? (step === 0.25 ? 2 : 1) : 0;
  return { max: count * step, ticks: Array.from({ length: count + 1 }, (_, i) => Number((i * step).toFixed(2))), places };
}
