import type { Assessment, LeanLevels } from "../assessment/build.js";
import { commonDenominator, pow10, quotientFixedHalfUp, type Rational, rational } from "../core/rational.js";
import type { Framework, PredikatBasis } from "../frameworks/types.js";
import { chooseBasis, type Predikat, predikatOf } from "./predikat.js";
import { type Shown, shown } from "./score.js";

/**
 * The index and tier scores of a lean assessment (levels kept as scaled
 * integers, see `LeanLevels`), exact, without the per-indicator detail of
 * `scoreAssessment`: what rank, trend and `npm run bench` need of each of
 * 20 000 assessments, without a Rational per indicator.
 *
 * Every weight w_i is a_i/b_i and every level numer_i/10^p_i, so Σ w·v over a
 * tier is one integer over D·10^P, with D the lcm of the weights' denominators
 * and P the most decimal places any level has: summed in doubles while the
 * bound says they stay exact integers (always, for whole-number levels), in
 * bigint otherwise. Property tests (test/property.test.ts, test/lean.test.ts)
 * hold it equal to `scoreAssessment` on the same rows read in full.
 */
export interface LeanScore {
  readonly index: Shown;
  readonly predikat: Predikat;
  /** the displays (two decimals, half up) by framework domain (empty without a domain tier), then by aspect */
  readonly domains: readonly string[];
  readonly aspects: readonly string[];
}

interface Plan {
  /** a_i · (D / b_i): the weight over the common denominator D of all weights, as an integer */
  readonly units: readonly number[];
  readonly unitsBig: readonly bigint[];
  /** each position's domain and aspect, as indexes into the framework's tiers (-1 for none) */
  readonly domainOf: Int32Array;
  readonly aspectOf: Int32Array;
  /** Σ units of each tier, of all indicators */
  readonly domainUnits: readonly bigint[];
  readonly aspectUnits: readonly bigint[];
  readonly totalUnits: bigint;
  readonly maxUnit: number;
  /** the framework's highest level, times 10 for a level written with one more digit than it has (bounds the double sum) */
  readonly maxLevel: number;
}

const plans = new WeakMap<Framework, Plan>();

function planOf(framework: Framework): Plan {
  let plan = plans.get(framework);
  if (plan) return plan;
  const ws = framework.indicators.map((i) => i.weight);
  const denominator = commonDenominator(ws);
  const unitsBig = ws.map((w) => (w.n * denominator) / w.d);
  const domainOf = Int32Array.from(framework.indicators, (ind) => framework.domains.findIndex((d) => d.id === ind.domain));
  const aspectOf = Int32Array.from(framework.indicators, (ind) => framework.aspects.findIndex((a) => a.id === ind.aspect));
  const unitsBy = (of: Int32Array, count: number) => {
    const units = new Array<bigint>(count).fill(0n);
    of.forEach((k, i) => {
      if (k >= 0) units[k]! += unitsBig[i]!;
    });
    return units;
  };
  plan = {
    units: unitsBig.map(Number),
    unitsBig,
    domainOf,
    aspectOf,
    domainUnits: unitsBy(domainOf, framework.domains.length),
    aspectUnits: unitsBy(aspectOf, framework.aspects.length),
    totalUnits: unitsBig.reduce((a, b) => a + b, 0n),
    maxUnit: Math.max(...unitsBig.map(Number)),
    maxLevel: Math.max(100, framework.levels.max * 10),
  };
  plans.set(framework, plan);
  return plan;
}

/** Scores a valid lean assessment (`valid`, built with `lean: true`); throws for any other, like `scoreAssessment`. */
export function scoreLean(assessment: Assessment, options: LeanOptions = {}): LeanScore {
  const { framework, levels } = assessment;
  if (!levels) throw new Error("scoreLean: not a lean assessment; build with { lean: true }");
  if (!assessment.valid) throw new Error("scoreLean: score only valid assessments");
  const plan = planOf(framework);
  const places = checkedPlaces(framework, levels);
  const scale = pow10(places);
  // every tier's sum in one pass: in doubles where every step stays an exact integer (whole levels
  // of the bundled frameworks, always), in bigint otherwise
  const small = smallSums(plan, levels, places);
  const big = small ? null : bigSums(plan, levels, places);
  const sum = (tier: "domains" | "aspects", k: number): bigint => (small ? BigInt(small[tier][k]!) : big![tier][k]!);
  // a tier is only shown: its display straight from the sum, without reducing the fraction
  const display = (tier: "domains" | "aspects", k: number, units: bigint): string => {
    const d = Number(units) * 10 ** places;
    const s = small?.[tier][k];
    if (s !== undefined && s >= 0 && 200 * s + 3 * d < Number.MAX_SAFE_INTEGER) return fixedHalfUpOfSafe(s, d);
    return quotientFixedHalfUp(sum(tier, k), units * scale);
  };
  // a tier's index: Σ(w·v)/Σw = (S / (D·10^P)) / (units / D) = S / (units · 10^P); the index is
  // Σ(w·v)/Σw over the scored indicators: 100 as published, less without the external ones
  const index = rational(small ? BigInt(small.total) : big!.total, plan.totalUnits * scale);
  return {
    index: shown(index),
    predikat: predikatOf(framework, index, chooseBasis(framework, assessment.tahun, options.basis)),
    domains: plan.domainUnits.map((units, k) => display("domains", k, units)),
    aspects: options.topTier && plan.domainUnits.length > 0 ? [] : plan.aspectUnits.map((units, k) => display("aspects", k, units)),
  };
}

export interface LeanOptions {
  readonly basis?: PredikatBasis | undefined;
  /**
   * The top tier's displays only: the domains, and the aspects only of a framework without domains
   * (`aspects` is empty otherwise). All a ranking entry shows (`RankEntry.tiers`): the aspects' eight
   * displays of each of a national file's 20 000 assessments were made and dropped.
   */
  readonly topTier?: boolean | undefined;
}

/** The index Σ(w·v)/Σw of levels in framework order, exact (the index alone of `scoreLean`). */
export function leanIndex(framework: Framework, levels: LeanLevels): Rational {
  const plan = planOf(framework);
  const places = checkedPlaces(framework, levels);
  const small = smallSums(plan, levels, places);
  return rational(small ? BigInt(small.total) : bigSums(plan, levels, places).total, plan.totalUnits * pow10(places));
}

/** The most decimal places any level has; throws for a level count that does not fit or a missing value. */
function checkedPlaces(framework: Framework, levels: LeanLevels): number {
  const n = framework.indicators.length;
  if (levels.length !== n) throw new Error(`leanIndex: ${levels.length} levels for ${n} indicators`);
  let places = 0;
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(levels.numer(i))) throw new Error(`leanIndex: indicator ${framework.indicators[i]!.id} has no value; score only valid assessments`);
    const p = levels.places(i);
    if (p > places) places = p;
  }
  return places;
}

/**
 * Σ units_i · numer_i · 10^(P − p_i) over all indicators, each domain and each
 * aspect, in one pass in doubles; null where the bound does not keep every
 * partial sum an exact integer (then `bigSums`).
 */
function smallSums(plan: Plan, levels: LeanLevels, places: number): { total: number; domains: number[]; aspects: number[] } | null {
  const n = plan.units.length;
  // largest |term| is maxUnit · max·10^P; every sum stays below 2^53 when this bound does
  if (plan.maxUnit * plan.maxLevel * 10 ** places * n >= Number.MAX_SAFE_INTEGER) return null;
  const domains = new Array<number>(plan.domainUnits.length).fill(0);
  const aspects = new Array<number>(plan.aspectUnits.length).fill(0);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const p = levels.places(i);
    const t = plan.units[i]! * levels.numer(i) * (p === places ? 1 : 10 ** (places - p));
    total += t;
    const d = plan.domainOf[i]!;
    if (d >= 0) domains[d]! += t;
    const a = plan.aspectOf[i]!;
    if (a >= 0) aspects[a]! += t;
  }
  return { total, domains, aspects };
}

/** `smallSums` in bigint: exact whatever the bound. */
function bigSums(plan: Plan, levels: LeanLevels, places: number): { total: bigint; domains: bigint[]; aspects: bigint[] } {
  const domains = new Array<bigint>(plan.domainUnits.length).fill(0n);
  const aspects = new Array<bigint>(plan.aspectUnits.length).fill(0n);
  let total = 0n;
  for (let i = 0; i < plan.unitsBig.length; i++) {
    const t = plan.unitsBig[i]! * BigInt(levels.numer(i)) * pow10(places - levels.places(i));
    total += t;
    const d = plan.domainOf[i]!;
    if (d >= 0) domains[d]! += t;
    const a = plan.aspectOf[i]!;
    if (a >= 0) aspects[a]! += t;
  }
  return { total, domains, aspects };
}

/**
 * The two-decimal display, half up, of s/d for integers 0 ≤ s and 0 < d with
 * 200·s + 3·d < 2^53: q = ⌊(200·s + d) / (2·d)⌋ is then exact in doubles (the
 * quotient is at least 1/(2d) from the next integer, more than its rounding).
 */
function fixedHalfUpOfSafe(s: number, d: number): string {
  const q = Math.floor((200 * s + d) / (2 * d));
  const cents = q % 100;
  return `${(q - cents) / 100}.${cents < 10 ? "0" : ""}${cents}`;
}
