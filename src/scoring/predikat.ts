import { compare, type Rational, rational, roundHalfUp } from "../core/rational.js";
import type { Band, Framework, PredikatBasis } from "../frameworks/types.js";
import type { Text } from "../messages/text.js";

/**
 * Which index the predikat is read from, and why. The ministry read it from
 * the two-decimal index as displayed in the 2023 evaluation and from the exact
 * index in 2024 (its national tables, checked row by row); the framework file
 * says so per year, and a default (the latest practice) covers the rest.
 */
export interface BasisChoice {
  readonly basis: PredikatBasis;
  /** `year`: the framework's rule for the assessment's tahun; `default`: no rule for it (or no tahun); `option`: --predikat-basis */
  readonly source: "year" | "default" | "option";
  /** the evaluation year whose rule applied (source `year`), else null */
  readonly year: number | null;
  /** the evidence for the rule, from the framework file, or the default's note */
  readonly note: Text;
  /** true when the rule is an assumption rather than evidence (the default of a framework that says so) */
  readonly assumed: boolean;
}

export function chooseBasis(framework: Framework, tahun: number | null, override?: PredikatBasis): BasisChoice {
  const rules = framework.predikatBasis;
  if (override !== undefined && override !== null) {
    checkBasis(override);
    return { basis: override, source: "option", year: null, note: { id: "", en: "" }, assumed: false };
  }
  const rule = tahun === null ? undefined : rules.years.get(tahun);
  if (rule) return { basis: rule.basis, source: "year", year: tahun, note: rule.source, assumed: false };
  return { basis: rules.default, source: "default", year: null, note: rules.defaultNote, assumed: rules.assumed };
}

/** The band a value lies in, taken as it is: bands are half-open, a boundary value belongs to the upper band. */
export function bandAt(framework: Framework, value: Rational): Band {
  return framework.bands.find((b) => b.min === null || compare(value, b.min) >= 0) ?? framework.bands.at(-1)!;
}

/** The band of an index under a basis: of the exact value, or of its two-decimal, half-up display. */
export function bandFor(framework: Framework, index: Rational, basis: PredikatBasis): Band {
  if (basis === "exact") return bandAt(framework, index);
  checkBasis(basis);
  return bandAt(framework, roundHalfUp(index, 2));
}

/**
 * A library caller's basis, "exact" or "displayed" exactly, or a RangeError that names it: any other
 * string ("Exact", "displayd") was read as the displayed basis, a wrong official predikat without a
 * word (the CLI refuses it as a usage error).
 */
function checkBasis(basis: unknown): void {
  if (basis !== "exact" && basis !== "displayed") throw new RangeError(`predikat basis '${String(basis)}' is neither 'exact' nor 'displayed'`);
}

export interface Predikat {
  readonly band: Band;
  readonly basis: BasisChoice;
  /**
   * The band under the other basis, when it differs (null otherwise). It can
   * only differ one way: the display rounds up to a band edge the exact index
   * lies just below (exact 1.7975 shows 1.80).
   */
  readonly otherBand: Band | null;
}

export function predikatOf(framework: Framework, index: Rational, choice: BasisChoice): Predikat {
  const band = bandFor(framework, index, choice.basis);
  const other = bandFor(framework, index, choice.basis === "exact" ? "displayed" : "exact");
  return { band, basis: choice, otherBand: other === band ? null : other };
}

/** The values a value is judged by under a basis: itself, or its display. */
export const judged = (value: Rational, basis: PredikatBasis): Rational => (basis === "exact" ? value : roundHalfUp(value, 2));

/**
 * What an index, judged under `basis`, must reach to reach a target: the target itself (exact), or
 * under the displayed basis the least display at or above it, since the display is what is judged
 * (3.085 → 3.09; a framework file's band edge of 3.491 → 3.50, as `bandFor` reads that band, where
 * 3.49 is the band below). It was the target's own display, which took 3.49 to reach 3.491: "reached"
 * of an index whose predikat was below, and a higher target (3.4915) reached sooner than a lower one.
 */
export function targetJudged(value: Rational, basis: PredikatBasis): Rational {
  return basis === "exact" ? value : ceilHundredth(value);
}

/** The least two-decimal number at or above a value (bigint division truncates toward zero). */
function ceilHundredth(r: Rational): Rational {
  const q = r.n * 100n;
  return rational(q >= 0n ? (q + r.d - 1n) / r.d : q / r.d, 100n);
}
