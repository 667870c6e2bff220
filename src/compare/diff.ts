import type { Assessment } from "../assessment/build.js";
import type { Threshold } from "../core/exit.js";
import { type Finding, finding } from "../core/findings.js";
import { abs, add, compare, div, fromInt, mul, type Rational, roundHalfUp, sign, sub, ZERO } from "../core/rational.js";
import type { Aspect, Domain, Framework, Indicator } from "../frameworks/types.js";
import { nameKey } from "../rank/names.js";
import { refuseLean, type Score, type ScoreOptions, type Shown, scoreAssessment, shown, type TierScore } from "../scoring/score.js";

/** One side of a comparison: the assessment and how to call it in reports ("mandiri", a column name, a file). */
export interface Side {
  readonly assessment: Assessment;
  readonly label: string;
}

export interface IndicatorDelta {
  readonly indicator: Indicator;
  readonly a: Rational;
  readonly b: Rational;
  /** a − b in levels */
  readonly delta: Rational;
  /** what this indicator's difference moves the index by: weight × (a − b) / Σw (Σw = 100 as published), exact */
  readonly impact: Shown;
}

export interface TierDelta<T> {
  readonly tier: T;
  readonly a: Shown;
  readonly b: Shown;
  /** a − b, from the exact values (not from the rounded displays) */
  readonly delta: Shown;
}

export interface Diff {
  readonly framework: Framework;
  readonly a: Score;
  readonly b: Score;
  readonly index: Shown;
  readonly predikatChanged: boolean;
  readonly domains: readonly TierDelta<Domain>[];
  readonly aspects: readonly TierDelta<Aspect>[];
  /** every indicator, largest |impact| first; ties in framework order */
  readonly indicators: readonly IndicatorDelta[];
  /** a relative to b: higher = a's level is above b's */
  readonly counts: { readonly higher: number; readonly lower: number; readonly equal: number };
  /** mean of |a − b| over the scored indicators, in levels (unweighted) */
  readonly meanAbsoluteDelta: Shown;
}

export interface DiffResult {
  readonly a: Side;
  readonly b: Side;
  /** null when either side has errors or the two cannot be compared */
  readonly diff: Diff | null;
  /**
   * Each side's own score, under its own framework, whenever that side is
   * valid: also when the two cannot be compared (the other side has errors,
   * the frameworks differ). Null for a side with errors.
   */
  readonly scores: { readonly a: Score | null; readonly b: Score | null };
  /** the comparison's own findings (framework mismatch, unmatched indicators) */
  readonly findings: readonly Finding[];
}

/** Tiers paired by id, in a's order: the two frameworks may list them in different orders. */
function tierDeltas<T extends { readonly id: string }>(a: readonly TierScore<T>[], b: readonly TierScore<T>[]): TierDelta<T>[] {
  const byId = new Map(b.map((t) => [t.tier.id, t]));
  return a.map((ta) => {
    const tb = byId.get(ta.tier.id)!;
    return { tier: ta.tier, a: ta.score, b: tb.score, delta: shown(sub(ta.score.value, tb.score.value)) };
  });
}

/**
 * Whether two frameworks score alike: the same tiers with the same weights,
 * the same indicators in the same aspects, the same levels and bands. Order is
 * not part of it (a framework file may list indicators in another order), the
 * id alone is not enough (a `--framework-b` file may keep the id and change a
 * weight), and names may differ in spelling.
 */
export function sameStructure(a: Framework, b: Framework): boolean {
  return fingerprint(a) === fingerprint(b);
}

function fingerprint(f: Framework): string {
  const w = (r: Rational) => `${r.n}/${r.d}`;
  const sorted = (parts: string[]) => parts.sort().join(";");
  return [
    `${f.levels.min}-${f.levels.max}-${f.levels.integerOnly}`,
    sorted(f.bands.map((b) => `${b.predikat}:${b.min ? w(b.min) : ""}:${w(b.max)}`)),
    sorted(f.domains.map((d) => `${d.id}:${w(d.weight)}`)),
    sorted(f.aspects.map((a) => `${a.id}:${a.domain ?? ""}:${w(a.weight)}`)),
    sorted(f.indicators.map((i) => `${i.id}:${i.aspect}:${w(i.weight)}`)),
    sorted(f.excluded.map((i) => i.id)),
  ].join("|");
}

/**
 * Compares two assessments of one framework: a − b at every tier, and for each
 * indicator its impact on the index (weight × difference / Σw, Σw = 100 as
 * published and less under --without-external). The impacts
 * add up exactly to the index difference, which is what makes them an
 * explanation of the gap rather than a second opinion.
 */
export interface CompareOptions extends ScoreOptions {
  /** --strict: comparing two instansi or two years is an error, not a warning */
  readonly strict?: boolean | undefined;
}

/**
 * Two sides of different instansi or years are usually a slip (one
 * instansi's 2024 mandiri against another's 2023 evaluasi): said as a warning,
 * an error under --strict. Names are compared as `rank` matches them
 * (`nameKey`: "Kab. Garut" is "Pemerintah Kabupaten Garut"); a side that does
 * not say its instansi or tahun is not compared on it.
 */
function unlikeSides(a: Side, b: Side, strict: boolean): Finding[] {
  const out: Finding[] = [];
  const [ia, ib] = [a.assessment.instansi, b.assessment.instansi];
  if (ia !== null && ib !== null && nameKey(ia) !== nameKey(ib)) {
    out.push(finding("diff/unlike", strict ? "error" : "warning", b.assessment.source, { args: { field: "instansi", a: ia, b: ib } }));
  }
  const [ta, tb] = [a.assessment.tahun, b.assessment.tahun];
  if (ta !== null && tb !== null && ta !== tb) {
    out.push(finding("diff/unlike", strict ? "error" : "warning", b.assessment.source, { args: { field: "tahun", a: String(ta), b: String(tb) } }));
  }
  return out;
}

export function compareAssessments(a: Side, b: Side, options: CompareOptions = {}): DiffResult {
  // its rows are paired below (`rowLines`), which a lean assessment does not keep
  refuseLean(a.assessment, "compareAssessments");
  refuseLean(b.assessment, "compareAssessments");
  const fa = a.assessment.framework;
  const fb = b.assessment.framework;
  const findings: Finding[] = [];
  // a valid side keeps its index when the comparison cannot be made: the fault is the other side's or the pairing's
  const alone = (): DiffResult => {
    const own = (s: Side) => (s.assessment.valid ? scoreAssessment(s.assessment, options) : null);
    return { a, b, diff: null, scores: { a: own(a), b: own(b) }, findings };
  };
  if (fa.id !== fb.id || !sameStructure(fa, fb)) {
    const reason = fa.id !== fb.id ? "id" : "structure";
    findings.push(finding("diff/framework-mismatch", "error", b.assessment.source, { args: { a: fa.id, b: fb.id, reason } }));
    return alone();
  }
  // an indicator one file names and the other does not (an invalid value still counts as named)
  for (const ind of fa.indicators) {
    const lineA = a.assessment.rowLines.get(ind.id);
    const lineB = b.assessment.rowLines.get(ind.id);
    if ((lineA === undefined) !== (lineB === undefined)) {
      const side = lineA !== undefined ? a : b;
      findings.push(
        finding("diff/indicator-unmatched", "error", side.assessment.source, {
          line: lineA ?? lineB ?? null,
          args: { id: ind.id, code: ind.code, side: side.label },
        }),
      );
    }
  }
  if (!a.assessment.valid || !b.assessment.valid || findings.length > 0) return alone();
  // the comparison is still made (it may be meant: a trend, a peer); the finding says it is unusual
  findings.push(...unlikeSides(a, b, options.strict === true));

  const sa = scoreAssessment(a.assessment, options);
  const sb = scoreAssessment(b.assessment, options);
  const counts = { higher: 0, lower: 0, equal: 0 };
  let absTotal = ZERO;
  // paired by id, never by position: b's framework may list its indicators in another order
  const bById = new Map(sb.indicators.map((i) => [i.indicator.id, i]));
  const indicators = sa.indicators.map((ia): IndicatorDelta => {
    const ib = bById.get(ia.indicator.id)!;
    const delta = sub(ia.value, ib.value);
    const s = sign(delta);
    if (s > 0) counts.higher++;
    else if (s < 0) counts.lower++;
    else counts.equal++;
    absTotal = add(absTotal, abs(delta));
    return { indicator: ia.indicator, a: ia.value, b: ib.value, delta, impact: shown(div(mul(ia.indicator.weight, delta), fa.totalWeight)) };
  });
  const order = new Map(indicators.map((d, i) => [d, i]));
  indicators.sort((x, y) => compare(abs(y.impact.value), abs(x.impact.value)) || order.get(x)! - order.get(y)!);

  return {
    a,
    b,
    findings,
    scores: { a: sa, b: sb },
    diff: {
      framework: fa,
      a: sa,
      b: sb,
      index: shown(sub(sa.index.value, sb.index.value)),
      predikatChanged: sa.band.predikat !== sb.band.predikat,
      domains: tierDeltas(sa.domains, sb.domains),
      aspects: tierDeltas(sa.aspects, sb.aspects),
      indicators,
      counts,
      meanAbsoluteDelta: shown(div(absTotal, fromInt(indicators.length))),
    },
  };
}

/**
 * `--fail-above x`: fails when |a − b| as displayed (two decimals, half-up)
 * exceeds x, so the threshold is judged on the number the user sees.
 */
export function exceedsThreshold(diff: Diff, threshold: Rational): boolean {
  return compare(roundHalfUp(abs(diff.index.value), 2), threshold) > 0;
}

/** The `--fail-above` threshold for the exit decision; `limit` as the user wrote it. */
export function failAboveThreshold(diff: Diff, threshold: Rational, limit: string): Threshold {
  return { option: "--fail-above", failed: exceedsThreshold(diff, threshold), value: diff.index.display.replace(/^-/, ""), limit };
}

/** What every `diff` renderer receives. */
export interface DiffReport {
  /** null when the sides could not even be formed (a file holds the wrong number of assessments) */
  readonly result: DiffResult | null;
  /** every finding of the inputs and of the comparison */
  readonly findings: readonly Finding[];
  /** --top: list at most this many differing indicators in human output */
  readonly top: number | undefined;
}
