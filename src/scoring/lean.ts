import type { Assessment, LeanLevels } from "../assessment/build.js";
import { type Rational, rational } from "../core/rational.js";
import type { Band, Framework } from "../frameworks/types.js";
import { chooseBasis, type Predikat, predikatOf } from "./predikat.js";
import { type ScoreOptions, type Shown, shown } from "./score.js";

/**
 * The index of a lean assessment, for batch work over national files (`rank`,
 * `trend`, `npm run bench`): read with `lean: true`, each assessment keeps its
 * levels as scaled integers (`LeanLevels`), and this scores it without a
 * Rational per indicator, aspect and domain. Exact all the same: the same
 * index, display and predikat as `scoreAssessment` on the same rows read in
 * full (test/lean.test.ts).
 */
export interface LeanScore {
  /** Σ(w·v)/Σw, exact, with its two-decimal display */
  readonly index: Shown;
  /** the predikat's band, read under `predikat.basis` (the framework's rule for the year, or the override) */
  readonly band: Band;
  readonly predikat: Predikat;
}

/** Scores a valid lean assessment (`valid`, built with `lean: true`); throws for any other, like `scoreAssessment`. */
export function scoreLeanAssessment(assessment: Assessment, options: ScoreOptions = {}): LeanScore {
  if (!assessment.levels) throw new Error("scoreLeanAssessment: not a lean assessment; build with { lean: true }");
  const { framework } = assessment;
  const index = leanIndex(framework, assessment.levels);
  const predikat = predikatOf(framework, index, chooseBasis(framework, assessment.tahun, options.basis));
  return { index: shown(index), band: predikat.band, predikat };
}

/**
 * The index Σ(w·v)/Σw of levels in framework order, exact. With the weights as
 * integers over their common denominator L (W = w·L) and the levels over
 * 10^P (P the most decimals any level has), the index is
 * Σ(W·numer·10^(P−places)) / (L·10^P·Σw): one sum of integers and one
 * reduction. The sum is taken in doubles when it cannot pass 2^53 (integer
 * levels of the bundled frameworks always), where every step is exact, else in
 * bigint.
 */
export function leanIndex(framework: Framework, levels: LeanLevels): Rational {
  const w = weightsOf(framework);
  const { numer, places } = levels;
  const n = w.scaled.length;
  if (numer.length !== n) throw new Error(`leanIndex: ${numer.length} levels for ${n} indicators`);
  const max = framework.levels.max;
  let p = 0;
  // whole levels within the framework's range: the sum stays below 2^53 (weightsOf)
  let small = w.safeInteger;
  for (let i = 0; i < n; i++) {
    const v = numer[i]!;
    if (Number.isNaN(v)) throw new Error(`leanIndex: indicator ${framework.indicators[i]!.id} has no value; score only valid assessments`);
    if (places[i]! > p) p = places[i]!;
    if (!(v >= 0 && v <= max)) small = false;
  }
  let total: bigint;
  if (p === 0 && small) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += w.scaled[i]! * numer[i]!;
    total = BigInt(sum);
  } else {
    total = 0n;
    for (let i = 0; i < n; i++) total += w.scaledBig[i]! * BigInt(numer[i]!) * 10n ** BigInt(p - places[i]!);
  }
  return rational(total * w.totalD, w.lcm * 10n ** BigInt(p) * w.totalN);
}

interface Weights {
  /** w·L per indicator, as doubles (exact: small integers) and as bigints */
  readonly scaled: readonly number[];
  readonly scaledBig: readonly bigint[];
  readonly lcm: bigint;
  /** Σw = totalN / totalD */
  readonly totalN: bigint;
  readonly totalD: bigint;
  /** Σ W·max is below 2^53: a sum over integer levels never leaves the exact doubles */
  readonly safeInteger: boolean;
}

const WEIGHTS = new WeakMap<Framework, Weights>();

function weightsOf(framework: Framework): Weights {
  let w = WEIGHTS.get(framework);
  if (w) return w;
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
  let lcm = 1n;
  for (const ind of framework.indicators) lcm = (lcm / gcd(lcm, ind.weight.d)) * ind.weight.d;
  const scaledBig = framework.indicators.map((ind) => (ind.weight.n * lcm) / ind.weight.d);
  const bound = scaledBig.reduce((s, x) => s + x, 0n) * BigInt(framework.levels.max);
  w = {
    scaled: scaledBig.map(Number),
    scaledBig,
    lcm,
    totalN: framework.totalWeight.n,
    totalD: framework.totalWeight.d,
    safeInteger: bound <= BigInt(Number.MAX_SAFE_INTEGER) && scaledBig.every((x) => x <= BigInt(Number.MAX_SAFE_INTEGER)),
  };
  WEIGHTS.set(framework, w);
  return w;
}
