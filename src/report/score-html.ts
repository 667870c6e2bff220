import type { Finding } from "../core/findings.js";
import { toFixedHalfUp, toNumber, toText } from "../core/rational.js";
import { findingMessage } from "../messages/findings.js";
import { HTML_LABEL as H, LABEL } from "../messages/labels.js";
import { type Lang, translator } from "../messages/text.js";
import type { ScoredAssessment, ScoreReport } from "../scoring/report.js";
import type { Score, Shown } from "../scoring/score.js";
import { barChart, radarChart } from "./html/charts.js";
import {
  assessmentHeader,
  bandColor,
  bandEdges,
  bandOfScore,
  bandScaleFigure,
  decimal,
  figure,
  findingsSection,
  htmlTable,
  INDEX_FROM,
  indexRange,
  indexTicks,
  predikatPill,
  RADAR_MIN,
  RADAR_NAMED,
  radarCaption,
} from "./html/common.js";
import { htmlPageLines } from "./html/page.js";
import { esc } from "./html/svg.js";
import { assessmentTitle, levelNameText, weightText } from "./labels.js";
import { column, type Section } from "./layout.js";
import { linePieces } from "./line-pieces.js";
import { maturityOf } from "./maturity.js";
import type { RenderOptions } from "./options.js";
import { basisNote, indexTitle, predikatName } from "./predikat-text.js";
import { scoreSections } from "./score-sections.js";
import { standingText } from "./standing.js";

/**
 * `spbe score --format html`: one self-contained page (see html/page.ts) with
 * an article per assessment — the headline index and predikat with its
 * maturity name, the band scale, a radar of the domains (Pemdi: the aspects),
 * the aspects as bars coloured by band, the three aspects that cost most, the
 * tables with evidence, notes and owners — and the findings at the end.
 *
 * In pieces, a few articles each (`linePieces`, an article a "line"), made as they are written: a
 * national file's 615 articles made one string of 20 MB and the run 285 MB; a million rows passed
 * JavaScript's longest string. The registry joins them for `render`.
 */
export function scoreHtmlPieces(report: ScoreReport, { lang }: RenderOptions): Iterable<string> {
  const t = translator(lang);
  const first = report.assessments[0]?.assessment;
  const heading = first ? t(H.scoreTitle, { index: indexTitle(first.framework, lang) }) : t(H.scoreGeneric);
  const title = report.assessments.length === 1 && first ? `${heading} — ${assessmentTitle(first)}` : heading;
  return linePieces(htmlPageLines({ lang, title, footer: t(H.footer) }, body(report, heading, lang)), ARTICLES_PER_PIECE);
}

/** An article is ~33 KB (spbe-2020's 47 indicators with its charts): four a piece, ~130 KB. */
const ARTICLES_PER_PIECE = 4;

function* body(report: ScoreReport, heading: string, lang: Lang): Generator<string> {
  yield `<h1>${esc(heading)}</h1>`;
  if (report.assessments.length === 0) yield `<p class="notice bad">${esc(translator(lang)(LABEL.noAssessments))}</p>`;
  const owned = ownedFindings(report);
  for (const scored of report.assessments) yield article(scored, report, owned, lang);
  yield findingsSection(report.findings, lang);
}

function article(scored: ScoredAssessment, report: ScoreReport, owned: OwnedFindings, lang: Lang): string {
  const { assessment: a, score } = scored;
  const header = assessmentHeader(a, scored.dialect, lang);
  const parts = score ? scoredParts(scored, score, lang) : notScored(scored, report, owned, lang);
  return ['<article class="assessment">', header, ...parts, "</article>"].join("\n");
}

/** An assessment with errors is not scored: say so, and list what has to be fixed. */
function notScored(scored: ScoredAssessment, report: ScoreReport, owned: OwnedFindings, lang: Lang): string[] {
  const t = translator(lang);
  const items = findingsOf(scored, report, owned).map((f) => {
    const where = [f.line === null ? null : `${t(LABEL.line)} ${f.line}`, f.line !== null && f.column !== null ? `${t(LABEL.column)} ${f.column}` : null]
      .filter((p) => p !== null)
      .join(", ");
    const severity = `<span class="sev-${f.severity}">${esc(t(LABEL[f.severity]))}</span>`;
    return `<li>${severity}${where ? ` ${esc(where)}:` : ""} ${esc(findingMessage(f, lang))} <code>${esc(f.code)}</code></li>`;
  });
  return [`<p class="notice bad"><strong>${esc(t(LABEL.notScored))}</strong></p>`, `<ul class="problems">${items.join("\n")}</ul>`];
}

/** The findings each file's assessments have as their own, by file: made once, when an assessment is not scored. */
type OwnedFindings = () => ReadonlyMap<string, ReadonlySet<Finding>>;

function ownedFindings(report: ScoreReport): OwnedFindings {
  let bySource: Map<string, Set<Finding>> | null = null;
  return () => {
    if (bySource) return bySource;
    bySource = new Map();
    for (const { assessment } of report.assessments) {
      const set = bySource.get(assessment.source) ?? new Set<Finding>();
      bySource.set(assessment.source, set);
      for (const f of assessment.findings) set.add(f);
    }
    return bySource;
  };
}

/**
 * The assessment's own findings and its file's file-wide ones (not those of the file's other assessments).
 * Asked of every assessment not scored: the set of the file's assessments' findings is made once, not
 * for each (a national file of invalid assessments made it 615 times).
 */
function findingsOf(scored: ScoredAssessment, report: ScoreReport, owned: OwnedFindings): Finding[] {
  const source = scored.assessment.source;
  const own = new Set(scored.assessment.findings);
  const assessments = owned().get(source);
  return report.findings.filter((f) => f.file === source && (own.has(f) || !assessments?.has(f)));
}

function scoredParts(scored: ScoredAssessment, score: Score, lang: Lang): string[] {
  const t = translator(lang);
  const fw = score.framework;
  const num = (display: string) => decimal(display, lang);
  const basis = score.predikat.basis.basis;
  const predikat = predikatName(score, lang);
  const index = num(score.index.display);
  const indexName = indexTitle(fw, lang);

  const headline = [
    '<section class="summary">',
    `<div class="headline"><p class="index-name">${esc(indexName)}</p><span class="index-value">${esc(index)}</span>${predikatPill(fw, score.band, predikat)}</div>`,
  ];
  const maturity = maturityOf(score);
  if (maturity) {
    const name = levelNameText(maturity.name, maturity.verified, lang);
    const why = maturity.level === null ? t(H.maturityBand, { regulation: fw.regulation }) : t(H.maturityLevel, { level: maturity.level });
    headline.push(`<p class="maturity">${esc(t(H.maturity))}: <strong>${esc(`${index} — ${name}`)}</strong> <small>(${esc(why)})</small></p>`);
  }
  const note = basisNote(score, lang, num);
  if (note) headline.push(`<p class="basis-note">(${esc(note)})</p>`);
  if (scored.target) {
    const { target } = scored;
    const status = target.reached ? t(LABEL.targetReached) : t(LABEL.targetGap, { gap: num(target.gap.display) });
    headline.push(`<p class="target">${esc(t(LABEL.targetLine, { target: num(target.target.display), predikat: target.band.predikat, status }))}</p>`);
  }
  const standing = scored.standing === undefined ? null : standingText(scored.standing, lang, num);
  if (standing) headline.push(`<p class="standing">${esc(standing)}</p>`);
  const mark = { value: toNumber(score.index.value), text: index, title: t(H.valueTitle, { name: indexName, value: index, predikat }) };
  headline.push(bandScaleFigure(fw, [mark], lang, `${index} (${predikat})`), "</section>");

  // the radar shows the domains; Pemdi has no domain tier, so its aspects
  const tiers = score.domains.length > 0 ? score.domains : score.aspects;
  const tierLabel = score.domains.length > 0 ? t(LABEL.domain) : t(LABEL.aspect);
  const value = (s: Shown, name: string) => {
    const band = bandOfScore(fw, s, basis);
    return { value: toNumber(s.value), text: num(s.display), title: t(H.valueTitle, { name, value: num(s.display), predikat: band.predikat }), band };
  };
  const radar = radarChart({
    label: t(H.radarAria, { tier: tierLabel.toLowerCase(), min: INDEX_FROM, max: fw.levels.max }),
    axes: tiers.map((d) => d.tier.name),
    // more than five long names leave a phone no room for the chart: print the numbers, as the bars do
    ...(tiers.length > RADAR_NAMED ? { axisLabels: tiers.map((d) => d.tier.id) } : {}),
    series: [{ name: indexName, color: "#3b6ea8", points: tiers.map((d) => value(d.score, d.tier.name)) }],
    range: indexRange(fw),
    rings: indexTicks(fw).slice(1),
  });
  const bars = barChart({
    label: t(H.barsAria),
    orientation: "horizontal",
    bars: score.aspects.map((asp) => {
      const v = value(asp.score, asp.tier.name);
      const weak = score.weakestAspects.includes(asp.tier.id);
      return { ...v, label: `${asp.tier.id}. ${asp.tier.name}`, color: bandColor(fw, v.band), ...(weak ? { flag: t(LABEL.weakMark) } : {}) };
    }),
    range: indexRange(fw),
    ticks: indexTicks(fw),
    guides: bandEdges(fw, lang),
  });
  const charts = [
    '<div class="charts">',
    // a radar needs three axes to be a shape (a framework file of one or two tiers gets the bars only)
    tiers.length >= RADAR_MIN ? figure(radarCaption(lang, score.domains.length > 0, tiers.length), radar) : "",
    figure(t(H.byAspect), bars),
    "</div>",
  ];

  const weakest = score.weakestAspects.map((id) => {
    const asp = score.aspects.find((x) => x.tier.id === id)!;
    const detail = t(H.weakestItem, {
      index: num(asp.score.display),
      shortfall: num(toFixedHalfUp(asp.shortfall, 2)),
      weight: num(weightText(asp.tier.weight)),
    });
    return `<li><strong>${esc(`${asp.tier.id}. ${asp.tier.name}`)}</strong><span class="detail">${esc(detail)}</span></li>`;
  });
  const weak =
    weakest.length > 0
      ? [
          '<section class="weak">',
          `<h3>${esc(t(weakest.length < 3 ? H.weakestTitleFew : H.weakestTitle))}</h3>`,
          `<ol class="weakest">${weakest.join("")}</ol>`,
          "</section>",
        ]
      : [];

  // the domain and aspect tables as every format has them; the indicator table is this page's own (with bukti, catatan, owner)
  const tables = scoreSections(score, lang).slice(0, -1);
  const details = [
    '<section class="details">',
    `<h3>${esc(t(H.tables))}</h3>`,
    ...tables.map((s) => htmlTable(s, lang)),
    htmlTable(indicatorSection(scored, score, lang), lang, { className: "indicators" }),
    "</section>",
  ];
  return [...headline, ...charts, ...weak, ...details];
}

/**
 * Every indicator with its level, level name and potential, and what the
 * file says about it: evidence (bukti), note (catatan) and owner (pj/opd).
 * Those three columns appear when some row has them; the level-name column
 * when the framework names its levels.
 */
function indicatorSection(scored: ScoredAssessment, score: Score, lang: Lang): Section {
  const t = translator(lang);
  const values = scored.assessment.values;
  const extra = (pick: (v: { evidence: string | null; note: string | null; owner: string | null }) => string | null) =>
    score.indicators.some((i) => {
      const v = values.get(i.indicator.id);
      return v !== undefined && pick(v) !== null;
    });
  const hasEvidence = extra((v) => v.evidence);
  const hasNote = extra((v) => v.note);
  const hasOwner = extra((v) => v.owner);
  const named = score.indicators.some((i) => i.levelName !== null);
  // Pemdi: the codes users type (1.1–7.2) beside the numbers, as every other format has them (score-sections.ts):
  // this page's own table had none, while its notes named indicators by them
  const coded = score.indicators.some((i) => i.indicator.code !== null);
  return {
    title: t(LABEL.indicator),
    columns: [
      column(t(LABEL.no), "key"),
      ...(coded ? [column(t(LABEL.code), "key")] : []),
      column(t(LABEL.indicator), "name"),
      column(t(LABEL.weight), "number"),
      column(t(LABEL.level), "number"),
      ...(named ? [column(t(LABEL.levelName), "label")] : []),
      column(t(LABEL.shortfall), "number"),
      // the file's own prose: a shared-drive link in bukti is one long word, wrapped where it must be
      ...(hasEvidence ? [column(t(H.evidence), "text")] : []),
      ...(hasNote ? [column(t(H.note), "text")] : []),
      ...(hasOwner ? [column(t(H.owner), "label")] : []),
    ],
    rows: score.indicators.map((i) => {
      const v = values.get(i.indicator.id);
      return [
        i.indicator.id,
        ...(coded ? [i.indicator.code ?? ""] : []),
        i.indicator.name,
        weightText(i.indicator.weight),
        toText(i.value),
        ...(named ? [levelNameText(i.levelName, i.levelNameVerified, lang)] : []),
        toFixedHalfUp(i.shortfall, 2),
        ...(hasEvidence ? [v?.evidence ?? ""] : []),
        ...(hasNote ? [v?.note ?? ""] : []),
        ...(hasOwner ? [v?.owner ?? ""] : []),
      ];
    }),
  };
}
