import { toNumber, toText } from "../core/rational.js";
import { HTML_LABEL as H, LABEL, PLAN_LABEL as P } from "../messages/labels.js";
import { type Lang, translator } from "../messages/text.js";
import type { Plan, PlanReport } from "../plan/plan.js";
import type { Score, Shown } from "../scoring/score.js";
import { bandScale, barChart, pairedBarChart, SERIES_COLORS } from "./html/charts.js";
import {
  bandEdges,
  bandOfScore,
  bandSpans,
  decimal,
  edgeTicks,
  figure,
  findingsSection,
  frameworkNotices,
  htmlTable,
  indexRange,
  indexTicks,
  metaList,
  predikatPill,
} from "./html/common.js";
import { htmlPage } from "./html/page.js";
import { esc } from "./html/svg.js";
import { assessmentTitle, describeDialect } from "./labels.js";
import { column } from "./layout.js";
import type { RenderOptions } from "./options.js";
import { planContent, points } from "./plan-sections.js";
import { predikatName } from "./predikat-text.js";

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
  const heading = p ? t(P.title, { index: p.assessment.framework.indexName, framework: p.assessment.framework.id }) : t(P.generic);
  const body = [`<h1>${esc(heading)}</h1>`];
  if (!p) body.push(`<p class="notice bad"><strong>${esc(t(P.notPlanned))}</strong></p>`);
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
  const c = planContent(p, lang);
  const header = [
    "<header>",
    `<h2>${esc(assessmentTitle(a))}</h2>`,
    metaList([
      [t(LABEL.instansi), a.instansi],
      [t(LABEL.tahun), a.tahun],
      [t(LABEL.jenis), a.jenis],
      [t(LABEL.framework), `${fw.id} (${fw.regulation})`],
      [t(LABEL.source), a.source],
      [t(LABEL.read), describeDialect(p.dialect, lang)],
    ]),
    frameworkNotices(fw, lang),
    "</header>",
  ];

  const side = (name: string, score: Score) =>
    [
      '<div class="side">',
      `<span class="side-name">${esc(name)}</span>`,
      `<span class="index-value">${esc(num(score.index.display))}</span> ${predikatPill(fw, score.band, predikatName(score, lang))}`,
      "</div>",
    ].join("\n");
  // the summary's lines but the first ("now", which the sides show) and the last (the result, said as the headline)
  const lines = c.summary.slice(1, -1).map((s) => `<p class="target">${esc(localNumbers(s, lang))}</p>`);
  const result = c.summary.at(-1)!;
  const summary = [
    '<section class="summary">',
    '<div class="sides">',
    side(t(P.now), p.before),
    side(t(P.planned), p.after),
    "</div>",
    `<p class="delta${p.reachable === false ? " unreached" : ""}">${esc(localNumbers(result, lang))}</p>`,
    ...lines,
  ];
  if (c.blockers.length > 0) {
    summary.push(
      `<h3>${esc(t(P.blockersTitle))}</h3>`,
      `<ul class="problems">${c.blockers.map((b) => `<li>${esc(localNumbers(b, lang))}</li>`).join("")}</ul>`,
    );
  }
  const bands = bandSpans(fw, lang);
  const mark = (name: string, score: Score) => {
    const value = num(score.index.display);
    return { value: toNumber(score.index.value), text: `${name} ${value}`, title: t(H.sideTitle, { side: name, value, predikat: predikatName(score, lang) }) };
  };
  const marks = p.raises.length > 0 ? [mark(t(P.now), p.before), mark(t(P.planned), p.after)] : [mark(t(P.now), p.before)];
  const scale = bandScale({
    label: t(H.bandScaleAria, { low: bands[0]?.name ?? "", high: bands.at(-1)?.name ?? "", marks: marks.map((m) => m.title).join("; ") }),
    bands,
    edges: edgeTicks(fw, lang),
    marks,
  });
  summary.push(figure(t(H.bandScale), scale, "band-figure"), "</section>");

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
    const largest = Math.max(...p.owners.map((o) => toNumber(o.gain)));
    // a scale that ends at a round tenth above the largest share
    const top = Math.max(0.1, Math.ceil(largest * 10) / 10);
    const ticks = Array.from({ length: Math.round(top * 10) + 1 }, (_, i) => i / 10)
      .filter((_, i, all) => all.length <= 6 || i % Math.ceil(all.length / 5) === 0)
      .map((v) => ({ value: v, text: num(v.toFixed(1)) }));
    const bars = barChart({
      label: t(P.ownersAria),
      orientation: "horizontal",
      bars: p.owners.map((o) => {
        const name = o.owner ?? t(P.noOwner);
        const gain = num(points(o.gain));
        return { value: toNumber(o.gain), text: gain, title: t(P.ownerTitle, { owner: name, gain, raises: o.raises }), label: name, color: SERIES_COLORS[1] };
      }),
      range: { min: 0, max: top },
      ticks,
    });
    charts.push(figure(t(P.ownersChart), bars));
  }
  charts.push("</div>");

  const raises = ['<section class="raises">', `<h3>${esc(t(P.raisesTitle))}</h3>`];
  for (const s of c.raises) raises.push(htmlTable(s, lang));
  raises.push(...c.notes.map((n) => `<p class="table-note">${esc(localNumbers(n, lang))}</p>`), "</section>");

  const byOwner: string[] = [];
  if (owned && c.owners) {
    byOwner.push('<section class="owners">', `<h3>${esc(t(P.ownersTitle))}</h3>`, htmlTable(c.owners, lang));
    for (const o of p.owners) {
      const name = o.owner ?? t(P.noOwner);
      const rows = p.raises.filter((r) => r.owner === o.owner);
      byOwner.push(
        htmlTable(
          {
            title: t(P.ownerTitle, { owner: name, gain: num(points(o.gain)), raises: o.raises }),
            columns: [
              column(t(LABEL.no), "key"),
              column(t(LABEL.indicator), "name"),
              column(t(P.from), "number"),
              column(t(P.to), "number"),
              column(t(P.gain), "number"),
            ],
            rows: rows.map((r) => [r.indicator.id, r.indicator.name, toText(r.from), toText(r.to), points(r.gain)]),
          },
          lang,
        ),
      );
    }
    byOwner.push("</section>");
  }

  const criteria = c.criteria.length > 0 ? ['<section class="criteria">', ...c.criteria.map((s) => htmlTable(s, lang)), "</section>"] : [];
  const details = [
    '<section class="details">',
    `<h3>${esc(t(P.projectionTitle))}</h3>`,
    `<p><strong>${esc(localNumbers(c.indexLine, lang))}</strong></p>`,
    ...c.projection.map((s) => htmlTable(s, lang)),
    `<p><strong>${esc(c.total)}</strong></p>`,
    "</section>",
  ];
  return ['<article class="assessment plan">', ...header, ...summary, ...charts, ...raises, ...byOwner, ...criteria, ...details, "</article>"].join("\n");
}

/** Two-decimal numbers in a sentence with the page's decimal mark: "3.08 — Baik → 3.52" → "3,08 — Baik → 3,52". */
function localNumbers(text: string, lang: Lang): string {
  return text.replace(/\b(\d+)\.(\d{2})\b/g, (_, whole: string, frac: string) => decimal(`${whole}.${frac}`, lang));
}
