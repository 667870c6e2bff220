import { type Rational, toFixedHalfUp, toNumber } from "../core/rational.js";
import type { Lang } from "../messages/text.js";
import type { Blocker, PlanReport } from "../plan/plan.js";
import { type Score, targetShown } from "../scoring/score.js";
import { findingJson, frameworkJson, indexJson, num, SCHEMA_VERSION, shownJson, stringify } from "./json.js";
import type { RenderOptions } from "./options.js";
import { costText, reachedName } from "./plan-sections.js";

/** An exact value as `{ value, display }`, two decimals half up. */
const shownOf = (r: Parameters<typeof toNumber>[0]) => ({ value: toNumber(r), display: toFixedHalfUp(r, 2) });

/**
 * A cost as `cost` (a number) and `costDisplay` (the string the table and CSV write): as `value` and
 * `display` are for an index, except that a cost is displayed exactly, since it is money. A cost of
 * the file (at most 15 digits) is exact as a number, but a sum of them is not beyond 15 significant
 * digits: 42 steps of 99999999999999.7 are 4199999999999987.4, which a number writes …87.5.
 */
const costOf = (r: Rational | null) => ({ cost: r === null ? null : num(r), costDisplay: r === null ? null : costText(r) });

/**
 * `spbe plan --format json`: one document of the same keys, also when nothing
 * could be planned (an invalid assessment, a bad cost file): then every field
 * of the plan is null, or [] for a list, and `findings` says why, as `diff`
 * keeps its keys; whose assessment it is (instansi, tahun, jenis, framework)
 * is given where the file holds one, and `before` where it is valid. Fields are added, never removed or renamed.
 */
export function renderPlanJson(report: PlanReport, { lang }: RenderOptions): string {
  const p = report.plan;
  if (!p) {
    const a = report.assessment ?? null;
    return stringify({
      schemaVersion: SCHEMA_VERSION,
      source: report.file,
      instansi: a?.instansi ?? null,
      tahun: a?.tahun ?? null,
      jenis: a?.jenis ?? null,
      framework: a ? frameworkJson(a.framework, lang) : null,
      mode: null,
      target: null,
      reachable: null,
      alreadyReached: null,
      objective: null,
      steps: null,
      ...costOf(null),
      budget: null,
      constraints: null,
      raises: [],
      owners: [],
      // where the assessment stands is known whenever it is valid, even if the cost file is refused
      before: report.before ? { index: indexJson(report.before, lang) } : null,
      result: null,
      ceiling: null,
      blockers: [],
      shortfall: null,
      findings: report.findings.map((f) => findingJson(f, lang)),
    });
  }
  const a = p.assessment;
  return stringify({
    schemaVersion: SCHEMA_VERSION,
    source: a.source,
    instansi: a.instansi,
    tahun: a.tahun,
    jenis: a.jenis,
    framework: frameworkJson(a.framework, lang),
    mode: p.mode,
    target:
      p.target && p.targetBand
        ? {
            kind: p.target.kind,
            value: num(p.target.value),
            display: targetShown(p.target.value).display,
            predikat: p.targetBand.predikat,
            rank: p.target.rank ?? null,
            default: p.targetDefault,
            basis: p.goalBasis,
            ...(p.target.note ? { note: p.target.note[lang] } : {}),
          }
        : null,
    reachable: p.reachable,
    alreadyReached: p.alreadyReached,
    objective: p.objective,
    steps: p.steps,
    ...costOf(p.cost),
    budget: p.budget === null ? null : num(p.budget),
    constraints: {
      maxStep: p.maxStep,
      step: p.step === null ? null : num(p.step),
      costFile: p.costFile,
      costUnit: p.costUnit,
      fixed: p.held.map((h) => ({ id: h.indicator.id, reason: h.reason, ...(h.indicator.externalSource ? { source: h.indicator.externalSource } : {}) })),
    },
    raises: p.raises.map((r) => ({
      id: r.indicator.id,
      ...(r.indicator.code ? { code: r.indicator.code } : {}),
      domain: r.indicator.domain,
      aspect: r.indicator.aspect,
      name: r.indicator.name,
      from: num(r.from),
      to: num(r.to),
      levelName: reachedName(r) || null,
      steps: r.steps,
      weight: num(r.indicator.weight),
      gain: shownOf(r.gain),
      ...costOf(r.cost),
      owner: r.owner,
      requires: r.requires.map((q) => ({ level: q.level, name: q.name, criteria: q.criteria })),
      criteriaSource: r.criteriaSource,
    })),
    owners: p.owners.map((o) => ({ owner: o.owner, raises: o.raises, steps: o.steps, gain: shownOf(o.gain), ...costOf(o.cost) })),
    before: { index: indexJson(p.before, lang) },
    result: resultJson(p.after, p.before, lang),
    ceiling: shownJson(p.ceiling),
    blockers: p.blockers.map(blockerJson),
    shortfall: p.shortfall === null ? null : shownJson(p.shortfall),
    findings: report.findings.map((f) => findingJson(f, lang)),
  });
}

function resultJson(after: Score, before: Score, lang: Lang) {
  return {
    index: indexJson(after, lang),
    domains: after.domains.map((d, i) => ({
      id: d.tier.id,
      name: d.tier.name,
      weight: num(d.tier.weight),
      ...shownJson(d.score),
      before: shownJson(before.domains[i]!.score),
    })),
    aspects: after.aspects.map((x, i) => ({
      id: x.tier.id,
      domain: x.tier.domain,
      name: x.tier.name,
      weight: num(x.tier.weight),
      ...shownJson(x.score),
      before: shownJson(before.aspects[i]!.score),
    })),
  };
}

function blockerJson(b: Blocker) {
  switch (b.kind) {
    case "framework-max":
      return { kind: b.kind, max: b.max };
    case "budget":
      return { kind: b.kind, budget: num(b.budget), potential: shownOf(b.potential) };
    case "max-step":
      return { kind: b.kind, ids: b.ids, maxStep: b.maxStep, potential: shownOf(b.potential) };
    default:
      return { kind: b.kind, ids: b.ids, potential: shownOf(b.potential) };
  }
}
