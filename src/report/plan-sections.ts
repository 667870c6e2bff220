import { type Rational, sub, toDecimal, toFixedHalfUp, toText } from "../core/rational.js";
import { idWithCode } from "../frameworks/types.js";
import { DIFF_LABEL, LABEL, PLAN_LABEL as P } from "../messages/labels.js";
import { PREDIKAT_LABEL } from "../messages/predikat.js";
import { type Lang, translator } from "../messages/text.js";
import { type Blocker, type Plan, type PlanReport, type Raise, stepChoices } from "../plan/plan.js";
import { type TierScore, targetShown } from "../scoring/score.js";
import { signed } from "./diff-sections.js";
import { describeDialect, weightText } from "./labels.js";
import { column, type Section } from "./layout.js";
import { basisRule, headline, headlineWithNote, indexTitle } from "./predikat-text.js";

/**
 * What a plan says, built once for the table, Markdown and HTML renderers:
 * the summary lines (now, the target, the objective, the constraints, the
 * result and, when the target is out of reach, what blocks it), the raises
 * grouped by domain and aspect, what the levels reached require, the owners'
 * shares, and the projected domains and aspects. Texts are raw: each renderer
 * escapes them for its medium.
 */
export interface PlanContent {
  readonly title: string;
  /** who and what was read: source, instansi, tahun, jenis, framework, dialect */
  readonly meta: readonly string[];
  readonly summary: readonly string[];
  /** one line each; [] when the target is reached */
  readonly blockers: readonly string[];
  /** the raises, one section per aspect (titled with its domain) */
  readonly raises: readonly Section[];
  readonly notes: readonly string[];
  /** the levels the raises reach and their criteria, one section per criteria source */
  readonly criteria: readonly Section[];
  /** null when no raise has an owner */
  readonly owners: Section | null;
  /** the domains (when the framework has them) and aspects, now and planned */
  readonly projection: readonly Section[];
  readonly indexLine: string;
  readonly total: string;
}

/** Where a valid assessment stands when nothing could be planned (the cost file refused): "Sekarang: 3.64 — Sangat Baik". */
export const nowOf = (report: PlanReport, lang: Lang): string[] =>
  report.before ? [translator(lang)(P.nowLine, { headline: headlineWithNote(report.before, lang) })] : [];

/** A number of index points as a difference: "+0.03". */
export const points = (r: Rational): string => signed(toFixedHalfUp(r, 2));
/** A cost or budget as written: exact decimals (1250000, 12.5). */
export const costText = (r: Rational): string => toDecimal(r);

/** The cost column's heading, with the unit the cost file's header named: "Biaya (juta Rp)". */
const costHeading = (p: Plan, lang: Lang): string => {
  const label = translator(lang)(P.cost);
  return p.costUnit === null ? label : `${label} (${p.costUnit})`;
};

/**
 * How numbers are written in the plan's sentences: as is for the terminal, Markdown, CSV; with the
 * page's decimal mark for HTML. Numbers are formatted where they are put in, not found afterwards in
 * the sentence: an indicator id such as 2018's "35.1" is no decimal.
 */
export interface PlanNumbers {
  /** one number's display ("3.50", "12.5", "+0.27") */
  readonly num: (display: string) => string;
  /** a sentence of our own that holds numbers and no ids (a headline with its basis note) */
  readonly sentence: (text: string) => string;
  /**
   * whether the now and result lines carry the basis note (`headlineWithNote`); not on the HTML page,
   * whose sides say it under each index (it was said three times there)
   */
  readonly notes?: boolean;
}

const AS_IS: PlanNumbers = { num: (s) => s, sentence: (s) => s };

export function planContent(p: Plan, lang: Lang, { num, sentence, notes: withNotes = true }: PlanNumbers = AS_IS): PlanContent {
  const t = translator(lang);
  const a = p.assessment;
  const fw = a.framework;
  const costed = p.objective === "cost";
  const meta = [
    [
      `${t(LABEL.source)}: ${a.source}`,
      a.instansi !== null ? `${t(LABEL.instansi)}: ${a.instansi}` : null,
      a.tahun !== null ? `${t(LABEL.tahun)}: ${a.tahun}` : null,
      a.jenis !== null ? `${t(LABEL.jenis)}: ${a.jenis}` : null,
    ]
      .filter((x) => x !== null)
      .join(" · "),
    `${t(LABEL.framework)}: ${fw.id} (${fw.regulation})${fw.provisional ? ` — ${t(LABEL.provisional)}` : ""}`,
    `${t(LABEL.read)}: ${describeDialect(p.dialect, lang)}`,
    ...fw.caveats.map((c) => `${t(LABEL.caveat)}: ${c[lang]}`),
  ];

  // "3.50 — Baik" said with why where the exact index lies below the edge its display reaches, as score and
  // diff say it (the plan said "Sekarang: 3.50 — Baik" beside a 3.50 Sangat Baik edge, with no word why)
  const said = withNotes ? headlineWithNote : headline;
  const summary = [t(P.nowLine, { headline: sentence(said(p.before, lang)) })];
  if (p.target && p.targetBand) {
    const why =
      p.target.kind === "rank" && p.target.rank !== undefined
        ? t(P.targetRank, { rank: p.target.rank })
        : p.targetDefault
          ? t(p.targetBand === p.before.band && p.alreadyReached ? P.targetTop : P.targetNext)
          : "";
    const reading = t(p.goalBasis === "exact" ? PREDIKAT_LABEL.exact : PREDIKAT_LABEL.displayed);
    // the rule it follows, when the target is judged as the predikat is (a rank target may name its own basis)
    const basis = p.goalBasis === p.basis.basis ? `${reading} (${basisRule(p.basis, lang, p.before.framework)})` : reading;
    summary.push(t(P.targetLine, { target: num(targetShown(p.target.value).display), predikat: p.targetBand.predikat, why, basis }));
    if (p.target.note) summary.push(sentence(p.target.note[lang]));
  }
  if (p.budget !== null) summary.push(t(p.mode === "budget" ? P.budgetLine : P.budgetLimit, { budget: budgetText(p, lang, num) }));
  // with --step 0.5 a step is half a level, as the line below says
  const step = p.step === null ? t(P.oneLevel) : t(P.stepOfLevel, { step: num(toText(p.step)) });
  summary.push(p.mode === "budget" ? t(P.objectiveBudget) : costed ? t(P.objectiveCost, { file: p.costFile ?? "" }) : t(P.objectiveSteps, { step }));
  // "(--step for other steps)" only where there are any: a fractional scale over 80 levels takes whole levels only
  const otherSteps = stepChoices(fw).length > 1;
  if (!fw.levels.integerOnly) summary.push(p.step !== null ? t(P.stepGrid, { step: num(toText(p.step)) }) : t(otherSteps ? P.stepWhole : P.stepWholeOnly));
  if (p.maxStep !== null) summary.push(t(P.maxStepLine, { n: p.maxStep }));
  const external = p.held.filter((h) => h.reason === "external");
  if (external.length > 0) {
    const sources = [...new Set(external.map((h) => h.indicator.externalSource!))].join(", ");
    summary.push(t(P.heldExternal, { ids: idList(external.map((h) => h.indicator)), sources }));
  }
  const fixed = p.held.filter((h) => h.reason === "fix");
  if (fixed.length > 0) summary.push(t(P.heldFix, { ids: idList(fixed.map((h) => h.indicator)) }));
  const cost = costed ? t(P.costSuffix, { cost: num(costText(p.cost!)) }) : "";
  const after = sentence(said(p.after, lang));
  if (p.mode === "budget") summary.push(t(P.budgetResult, { steps: p.steps, cost, headline: after }));
  else if (p.alreadyReached && p.raises.length === 0) summary.push(t(P.alreadyReached));
  else if (p.reachable) summary.push(t(P.reachedLine, { steps: p.steps, cost, headline: after }));
  else summary.push(t(P.unreachableLine, { steps: p.steps, cost, headline: after, shortfall: num(p.shortfall?.display ?? "") }));

  const blockers = p.blockers.map((b) => blockerLine(b, p, lang, num));
  const notes = p.raises.length > 0 ? [t(P.gainNote, { total: num(toDecimal(fw.totalWeight)) })] : [t(P.noRaises)];
  if (p.raises.length > 0 && p.raises.every((r) => r.criteriaSource === null)) notes.push(t(P.noCriteria));
  const owners = p.raises.some((r) => r.owner !== null) ? ownerSection(p, lang) : null;
  const projection: Section[] = [];
  if (p.before.domains.length > 0) projection.push(tierSection(t(LABEL.domain), p.before.domains, p.after.domains, lang));
  projection.push(tierSection(t(LABEL.aspect), p.before.aspects, p.after.aspects, lang));
  const delta = num(points(sub(p.after.index.value, p.before.index.value)));
  return {
    title: t(P.title, { index: indexTitle(fw, lang), framework: fw.id }),
    meta,
    summary,
    blockers,
    raises: raiseSections(p, lang),
    notes,
    criteria: criteriaSections(p, lang),
    owners,
    projection,
    // (the notes are the summary's: here each side is its headline alone)
    indexLine: t(P.indexLine, { name: indexTitle(fw, lang), before: sentence(headline(p.before, lang)), after: sentence(headline(p.after, lang)), delta }),
    total: costed ? t(P.totalCost, { steps: p.steps, cost: num(costText(p.cost!)) }) : t(P.totalSteps, { steps: p.steps }),
  };
}

/** "5, 6, 7, 18"; Pemdi "5 (3.1), 6 (3.2)". */
const idList = (indicators: readonly { id: string; code: string | null }[]): string => indicators.map(idWithCode).join(", ");

export function budgetText(p: Plan, lang: Lang, num: (display: string) => string = AS_IS.num): string {
  const t = translator(lang);
  return p.objective === "cost" ? t(P.budgetCost, { budget: num(costText(p.budget!)) }) : t(P.budgetSteps, { budget: toText(p.budget!) });
}

function blockerLine(b: Blocker, p: Plan, lang: Lang, num: (display: string) => string): string {
  const t = translator(lang);
  const byId = new Map(p.assessment.framework.indicators.map((i) => [i.id, i]));
  const ids = (list: readonly string[]) => idList(list.map((id) => byId.get(id)!));
  switch (b.kind) {
    case "external":
      return t(P.blockerExternal, { ids: ids(b.ids), points: num(toFixedHalfUp(b.potential, 2)) });
    case "fix":
      return t(P.blockerFix, { ids: ids(b.ids), points: num(toFixedHalfUp(b.potential, 2)) });
    case "max-step":
      return t(P.blockerMaxStep, { n: b.maxStep, ids: ids(b.ids), points: num(toFixedHalfUp(b.potential, 2)) });
    case "no-cost":
      return t(P.blockerNoCost, { ids: ids(b.ids), points: num(toFixedHalfUp(b.potential, 2)) });
    case "budget":
      return t(P.blockerBudget, { budget: p.objective === "cost" ? num(costText(b.budget)) : toText(b.budget), points: num(toFixedHalfUp(b.potential, 2)) });
    case "framework-max":
      return t(P.blockerMax, { max: b.max });
  }
}

/** The name of the level a raise reaches, when it is a whole, named level. */
export const reachedName = (r: Raise): string => (r.to.d === 1n ? (r.indicator.levelNames.get(Number(r.to.n)) ?? "") : "");

/** The raises of one aspect at a time, titled "Domain 1 … › Aspek 1 …" (or "Aspek 1 …" without domains). */
function raiseSections(p: Plan, lang: Lang): Section[] {
  const t = translator(lang);
  const fw = p.assessment.framework;
  const coded = p.raises.some((r) => r.indicator.code !== null);
  const named = p.raises.some((r) => reachedName(r) !== "");
  const costed = p.objective === "cost";
  const owned = p.raises.some((r) => r.owner !== null);
  const columns = [
    column(t(LABEL.no), "key"),
    ...(coded ? [column(t(LABEL.code), "key")] : []),
    column(t(LABEL.indicator), "name"),
    column(t(P.from), "number"),
    column(t(P.to), "number"),
    ...(named ? [column(t(P.toName), "label")] : []),
    column(t(LABEL.weight), "number"),
    column(t(P.gain), "number"),
    ...(costed ? [column(costHeading(p, lang), "number")] : []),
    ...(owned ? [column(t(P.owner), "label")] : []),
  ];
  return fw.aspects.flatMap((aspect): Section[] => {
    const raises = p.raises.filter((r) => r.indicator.aspect === aspect.id);
    if (raises.length === 0) return [];
    const domain = fw.domains.find((d) => d.id === aspect.domain);
    const title = [domain ? `${t(LABEL.domain)} ${domain.id} ${domain.name}` : null, `${t(LABEL.aspect)} ${aspect.id} ${aspect.name}`]
      .filter((x) => x !== null)
      .join(" › ");
    return [
      {
        title,
        columns,
        rows: raises.map((r) => [
          r.indicator.id,
          ...(coded ? [r.indicator.code ?? ""] : []),
          r.indicator.name,
          toText(r.from),
          toText(r.to),
          ...(named ? [reachedName(r)] : []),
          weightText(r.indicator.weight),
          points(r.gain),
          ...(costed ? [costText(r.cost!)] : []),
          ...(owned ? [r.owner ?? ""] : []),
        ]),
      },
    ];
  });
}

/**
 * What the levels reached require: per criteria source (Tabel 1 for process
 * indicators, Tabel 2 for services), one row per level with the indicators
 * that reach it and the regulation's criteria, quoted once rather than on
 * every raise (every process indicator shares Tabel 1's words).
 */
function criteriaSections(p: Plan, lang: Lang): Section[] {
  const t = translator(lang);
  const bySource = new Map<string, Map<number, { name: string | null; criteria: string; ids: string[] }>>();
  for (const r of p.raises) {
    if (r.criteriaSource === null) continue;
    const levels = bySource.get(r.criteriaSource) ?? new Map();
    bySource.set(r.criteriaSource, levels);
    for (const q of r.requires) {
      if (q.criteria === null) continue;
      const row = levels.get(q.level) ?? { name: q.name, criteria: q.criteria, ids: [] };
      row.ids.push(r.indicator.id);
      levels.set(q.level, row);
    }
  }
  return [...bySource].map(([source, levels]) => ({
    title: t(P.criteriaTitle),
    columns: [column(t(LABEL.level), "key"), column(t(LABEL.levelName), "label"), column(t(P.indicators), "text"), column(t(P.criterion), "text")],
    rows: [...levels].sort(([x], [y]) => x - y).map(([level, row]) => [String(level), row.name ?? "", row.ids.join(", "), row.criteria]),
    note: t(P.criteriaSource, { source }),
  }));
}

function ownerSection(p: Plan, lang: Lang): Section {
  const t = translator(lang);
  const costed = p.objective === "cost";
  return {
    title: t(P.ownersTitle),
    columns: [
      column(t(P.owner), "name"),
      column(t(P.raisesCount), "number"),
      column(t(P.steps), "number"),
      column(t(P.gain), "number"),
      ...(costed ? [column(costHeading(p, lang), "number")] : []),
    ],
    rows: p.owners.map((o) => [o.owner ?? t(P.noOwner), String(o.raises), String(o.steps), points(o.gain), ...(costed ? [costText(o.cost!)] : [])]),
  };
}

function tierSection<T extends { id: string; name: string; weight: Rational }>(
  title: string,
  before: readonly TierScore<T>[],
  after: readonly TierScore<T>[],
  lang: Lang,
): Section {
  const t = translator(lang);
  return {
    title,
    columns: [
      column(t(LABEL.no), "key"),
      column(title, "name"),
      column(t(LABEL.weight), "number"),
      column(t(P.now), "number"),
      column(t(P.planned), "number"),
      column(t(DIFF_LABEL.delta), "number"),
    ],
    rows: before.map((b, i) => {
      const x = after[i]!;
      return [b.tier.id, b.tier.name, weightText(b.tier.weight), b.score.display, x.score.display, points(sub(x.score.value, b.score.value))];
    }),
  };
}
