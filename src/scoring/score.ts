import { type Assessment, MAX_CODED_NUMER } from "../assessment/build.js";
import {
  compare,
  div,
  fromInt,
  parseDecimal,
  type Rational,
  rational,
  sub,
  sum,
  toDecimal,
  toDecimalAtLeastTwo,
  toFixedHalfUp,
  ZERO,
} from "../core/rational.js";
import { namesBand } from "../core/words-key.js";
import { type Aspect, type Band, type Domain, type Framework, frameworkArgument, type Indicator, type PredikatBasis } from "../frameworks/types.js";
import { bandFor, chooseBasis, judged, type Predikat, predikatOf, targetJudged } from "./predikat.js";

/** An exact value with the two-decimal, half-up string that users see. */
export interface Shown {
  readonly value: Rational;
  readonly display: string;
}

export const shown = (value: Rational): Shown => ({ value, display: toFixedHalfUp(value, 2) });

export interface IndicatorScore {
  readonly indicator: Indicator;
  readonly value: Rational;
  readonly levelName: string | null;
  /** false when the framework marks this level's name unverified (a framework file may; no bundled one does now) */
  readonly levelNameVerified: boolean;
  /** index points lost against the top level: weight × (max − value) / Σw (Σw = 100 as published) */
  readonly shortfall: Rational;
}

export interface TierScore<T> {
  readonly tier: T;
  readonly score: Shown;
  /** index points lost against the top level: weight × (max − score) / Σw (Σw = 100 as published) */
  readonly shortfall: Rational;
}

export interface Score {
  readonly framework: Framework;
  readonly index: Shown;
  /** the predikat's band, read under `predikat.basis` */
  readonly band: Band;
  /** the band with the basis it was read under, and the other basis's band where they differ */
  readonly predikat: Predikat;
  readonly domains: readonly TierScore<Domain>[];
  readonly aspects: readonly TierScore<Aspect>[];
  readonly indicators: readonly IndicatorScore[];
  /** ids of the (up to) three aspects that cost the index most, largest shortfall first */
  readonly weakestAspects: readonly string[];
}

/**
 * Σ(w·v) over the items, exact. The products are left unreduced and `sum` reduces once at the end:
 * reducing each product and each partial sum (a gcd of bigints every time) was most of scoring a
 * national file's twenty thousand assessments.
 */
const weightedSum = (items: readonly { readonly weight: Rational; readonly value: Rational }[]): Rational =>
  sum(items.map(({ weight, value }) => ({ n: weight.n * value.n, d: weight.d * value.d })));

/** Each domain's and aspect's indicators (by position) and their Σw, worked out once per framework. */
const TIER_MEMBERS = new WeakMap<Framework, ReadonlyMap<string, { readonly positions: readonly number[]; readonly weight: Rational }>>();

function tierMembers(framework: Framework): ReadonlyMap<string, { readonly positions: readonly number[]; readonly weight: Rational }> {
  let members = TIER_MEMBERS.get(framework);
  if (!members) {
    const byTier = new Map<string, number[]>();
    const join = (id: string | null, p: number) => {
      if (id === null) return;
      const at = byTier.get(id);
      if (at) at.push(p);
      else byTier.set(id, [p]);
    };
    framework.indicators.forEach((indicator, p) => {
      // a domain and an aspect never share an id within a framework (D1 is not 1); kept apart regardless
      join(indicator.domain === null ? null : `d:${indicator.domain}`, p);
      join(`a:${indicator.aspect}`, p);
    });
    members = new Map([...byTier].map(([id, positions]) => [id, { positions, weight: sum(positions.map((p) => framework.indicators[p]!.weight)) }] as const));
    TIER_MEMBERS.set(framework, members);
  }
  return members;
}

/** How `scoreAssessment` reads a predikat. */
export interface ScoreOptions {
  /** --predikat-basis: read every predikat from this basis instead of the framework's rule for the year */
  readonly basis?: PredikatBasis | undefined;
}

/**
 * The values an assessment gives, in framework order: its IndicatorValues, or a lean one's levels
 * (`Assessment.levels`, numer / 10^places) as the same rationals. Indicators without a valid value
 * are not in it.
 */
export function givenValues(assessment: Assessment): readonly { readonly indicator: Indicator; readonly value: Rational }[] {
  if (!assessment.levels) return [...assessment.values.values()];
  return assessment.framework.indicators.flatMap((indicator, p) => {
    const value = valueAt(assessment, indicator, p);
    return value ? [{ indicator, value }] : [];
  });
}

/** The value the assessment gives the indicator at position `p` of its framework (from its levels when lean), or undefined. */
function valueAt(assessment: Assessment, indicator: Indicator, p: number): Rational | undefined {
  const { levels } = assessment;
  if (!levels) return assessment.values.get(indicator.id)?.value;
  const numer = levels.numer(p);
  return Number.isNaN(numer) ? undefined : levelValue(numer, levels.places(p));
}

/**
 * A lean level as a rational, one object per level (3, 2.75) shared by every assessment that gives
 * it: a national file's million levels are a handful of values, and a renderer writes each once
 * (score-csv's `decimal`). Levels past the usual (more than 7 places, a numerator past 8 190: a
 * framework file's own scale) are made each time, as the slab itself keeps them apart.
 */
const LEVELS = new Map<number, Rational>();

function levelValue(numer: number, places: number): Rational {
  if (places >= 8 || numer > MAX_CODED_NUMER) return rational(BigInt(numer), 10n ** BigInt(places));
  const code = numer * 8 + places;
  let value = LEVELS.get(code);
  if (!value) {
    value = rational(BigInt(numer), 10n ** BigInt(places));
    LEVELS.set(code, value);
  }
  return value;
}

/**
 * Refuses a lean assessment where its values' rows are needed (diff pairs rows, plan projects values):
 * said as what it is, not as a missing value. Scoring alone takes one (`givenValues`).
 */
export function refuseLean(assessment: Assessment, caller: string): void {
  if (assessment.levels) {
    throw new RangeError(
      `${caller}: a lean assessment (read with lean: true, for rank, trend and national-size scoring) keeps levels only; read it without lean to diff or plan it`,
    );
  }
}

/**
 * A valid assessment's score: its exact index, predikat, tiers and indicators. Index = Σ(w·v)/Σw, which
 * is Σ(w·v)/100 for a framework as published; aspect and domain indices are weighted means over their
 * indicators; nothing is rounded here (only each `Shown.display`, half up). Throws an `Error` for an
 * assessment that is not valid (check `assessment.valid`: an indicator without a value has nothing to
 * score); `score` gives such one `score: null` instead.
 */
export function scoreAssessment(assessment: Assessment, options: ScoreOptions = {}): Score {
  const { framework } = assessment;
  const max = fromInt(framework.levels.max);
  // a lean assessment (read for a national file: levels only) is scored from its levels, to the same result
  const valued = framework.indicators.map((indicator, p) => {
    const value = valueAt(assessment, indicator, p);
    if (!value) throw new Error(`scoreAssessment: indicator ${indicator.id} has no value; score only valid assessments`);
    return { indicator, weight: indicator.weight, value };
  });
  // w·(max − v)/Σw as one fraction, reduced once
  const tw = framework.totalWeight;
  const shortfallOf = (weight: Rational, value: Rational) => rational(weight.n * (max.n * value.d - value.n * max.d) * tw.d, weight.d * value.d * max.d * tw.n);
  const members = tierMembers(framework);
  const tier = <T extends { id: string; weight: Rational }>(t: T, kind: "d" | "a"): TierScore<T> => {
    const of = members.get(`${kind}:${t.id}`);
    // a tier without indicators has no mean (it never had: a division by zero, as before)
    const value = div(of ? weightedSum(of.positions.map((p) => valued[p]!)) : ZERO, of?.weight ?? ZERO);
    return { tier: t, score: shown(value), shortfall: shortfallOf(t.weight, value) };
  };

  // Σw is 100 for a framework as published; less when indicators are excluded (withoutExternal)
  const index = div(weightedSum(valued), tw);

  const aspects = framework.aspects.map((a) => tier(a, "a"));
  const weakestAspects = [...aspects]
    .filter((a) => a.shortfall.n > 0n)
    .sort((a, b) => compare(b.shortfall, a.shortfall))
    .slice(0, 3)
    .map((a) => a.tier.id);

  const predikat = predikatOf(framework, index, chooseBasis(framework, assessment.tahun, options.basis));
  return {
    framework,
    index: shown(index),
    band: predikat.band,
    predikat,
    domains: framework.domains.map((d) => tier(d, "d")),
    aspects,
    indicators: valued.map(({ indicator, value }) => ({
      indicator,
      value,
      levelName: levelName(indicator, value),
      levelNameVerified: !(value.d === 1n && indicator.unverifiedLevelNames.has(Number(value.n))),
      shortfall: shortfallOf(indicator.weight, value),
    })),
    weakestAspects,
  };
}

/** The level's name when the value is a whole level with a name ("Terpadu dan Terukur"), else null. */
function levelName(indicator: Indicator, value: Rational): string | null {
  if (value.d !== 1n) return null;
  return indicator.levelNames.get(Number(value.n)) ?? null;
}

/** Parses `--target`: a number ("3.5", "3,50") or a predikat name (its band's lower edge). */
export function parseTarget(framework: Framework, text: string): Target | null {
  frameworkArgument(framework, "parseTarget");
  const trimmed = text.trim();
  // Pemdi's band names too ("Melembaga"), shown beside the predikat in every output: "Baik (Berkembang)";
  // in any case and with any run of spaces between the words, as names in the files are read ("Sangat  Baik")
  const byName = framework.bands.find((b) => namesBand(b, trimmed));
  if (byName) return byName.min === null ? null : { value: byName.min, band: byName };
  // three digits: a framework file's scale goes up to 100
  const value = /^\d{1,3}(?:[.,]\d{1,4})?$/.test(trimmed) ? parseDecimal(trimmed.replace(",", ".")) : null;
  if (!value || compare(value, fromInt(framework.levels.max)) > 0) return null;
  return { value, band: bandFor(framework, value, "exact") };
}

/** A parsed `--target`: the value and the band it falls in. */
export interface Target {
  readonly value: Rational;
  readonly band: Band;
}

export interface TargetGap {
  readonly target: Shown;
  readonly band: Band;
  /** target − index under the predikat's basis, or 0 once reached */
  readonly gap: Shown;
  /** the index reaches the target under the predikat's basis */
  readonly reached: boolean;
}

/**
 * Distance to a target, judged like the predikat (a target is reached exactly
 * when its predikat would be). Under the exact basis (2024) an exact 3.4985,
 * shown 3.50, is 0.0015 short of 3.50; under the displayed basis (2023) 3.08
 * against 3.10 is 0.02 short, whatever the third decimals were.
 */
export function targetGap(score: Score, target: Target): TargetGap {
  const basis = score.predikat.basis.basis;
  const index = judged(score.index.value, basis);
  const goal = targetJudged(target.value, basis);
  const reached = compare(index, goal) >= 0;
  // the target's band read as the target is judged: 3.4985 in 2023 (displayed 3.50) is Sangat Baik
  const band = bandFor(score.framework, goal, basis);
  return { target: targetShown(target.value), band, gap: gapShown(reached ? ZERO : sub(goal, index)), reached };
}

/**
 * A target with the decimals its number needs, two at least (`parseTarget` reads up to four): "3.5000" is 3.50.
 * `--target 3.085` shown as "3.09" was said "0.001 short" of an index of 3.084, against its own display.
 */
export function targetShown(value: Rational): Shown {
  return { value, display: toDecimalAtLeastTwo(value, 4) };
}

const HUNDREDTH = rational(1n, 100n);

/**
 * A shortfall as people should read it: two decimals, or four for a gap under a hundredth, which two
 * would round to "0.00" or up to a whole "0.01" (a gap of at most 0.005 said as 0.01).
 */
export function gapShown(gap: Rational): Shown {
  const display = toFixedHalfUp(gap, 2);
  if (gap.n === 0n || compare(gap, HUNDREDTH) >= 0) return { value: gap, display };
  const fine = toDecimal(gap, 4);
  return { value: gap, display: fine === "0" ? "0.0001" : fine };
}
