import type { Assessment, AssessmentFile } from "../assessment/build.js";
import type { Finding } from "../core/findings.js";
import { add, div, fromInt, type Rational, ZERO } from "../core/rational.js";
import type { Band } from "../frameworks/types.js";
import type { Dialect } from "../io/table.js";
import type { Standing } from "../rank/rank.js";
import { type Score, type ScoreOptions, type Shown, scoreAssessment, shown, type Target, type TargetGap, targetGap } from "./score.js";

export interface ScoredAssessment {
  readonly assessment: Assessment;
  readonly dialect: Dialect;
  /** null when the assessment has errors: nothing is scored from incomplete data */
  readonly score: Score | null;
  readonly target: TargetGap | null;
  /** where it stands among national results (`score --banding nasional-2024`); absent unless asked */
  readonly standing?: Standing | null | undefined;
}

/** What every `score` renderer receives: the scored assessments and all findings, in input order. */
export interface ScoreReport {
  /** every input, with how it was read and its assessments (none when it could not be read into any) */
  readonly files: readonly {
    readonly file: string;
    readonly dialect: Dialect;
    /** false when no row could be read at all (too large, binary, empty): then the dialect says nothing */
    readonly read: boolean;
    readonly assessments: readonly ScoredAssessment[];
  }[];
  readonly assessments: readonly ScoredAssessment[];
  readonly findings: readonly Finding[];
}

export interface ScoreReportOptions extends ScoreOptions {
  /** the distance to this target is given for every valid assessment (`parseTarget`: --target) */
  readonly target?: Target | undefined;
}

/**
 * Scores every valid assessment of the files (`readAssessments`), as `spbe score` does; an
 * assessment with errors gets `score: null` (nothing is scored from incomplete data).
 * `options.basis` is the --predikat-basis override.
 */
export function score(files: readonly AssessmentFile[], options: ScoreReportOptions = {}): ScoreReport {
  return reportOf(files, (assessment, dialect) => ({ assessment, dialect, ...scoredNow(assessment, options) }));
}

/**
 * `score` as a national file needs it: the same report, each assessment scored when it is read
 * (`ScoredAssessment.score`), and only the last one scored kept. A renderer that walks the
 * assessments once in order (CSV, JSON) scores each once; the held scores of twenty thousand
 * assessments took 240 MB, and their lean reading (`readAssessments` with `lean`) a few hundred bytes each.
 */
export function scoreWhenRead(files: readonly AssessmentFile[], options: ScoreReportOptions = {}, place?: PlaceScored): ScoreReport {
  const scorer = new LastScored(options, place);
  return reportOf(files, (assessment, dialect) => new ScoredWhenRead(assessment, dialect, scorer));
}

/**
 * Where a scored assessment stands (`score --banding`), asked as it is scored: each placed when it is
 * written, as it is scored, and none held (`ScoredAssessment.standing`). Read whole and placed all at
 * once, a million rows took 1 GB.
 */
export type PlaceScored = (assessment: Assessment, score: Score) => Standing | null;

/** The report of the files, each assessment made a ScoredAssessment by `scored`. */
function reportOf(files: readonly AssessmentFile[], scored: (assessment: Assessment, dialect: Dialect) => ScoredAssessment): ScoreReport {
  const perFile = files.map((file) => ({
    file: file.file,
    dialect: file.dialect,
    read: file.header !== null,
    assessments: file.assessments.map((assessment) => scored(assessment, file.dialect)),
  }));
  return { files: perFile, assessments: perFile.flatMap((f) => f.assessments), findings: files.flatMap((f) => f.findings) };
}

/** An assessment's score (null unless it is valid) and its distance to the target, made now. */
function scoredNow(assessment: Assessment, { target, basis }: ScoreReportOptions): { readonly score: Score | null; readonly target: TargetGap | null } {
  const s = assessment.valid ? scoreAssessment(assessment, { basis }) : null;
  return { score: s, target: s && target ? targetGap(s, target) : null };
}

/** What `summarize` reads of a score: kept of each assessment scored when read, so that it is not scored again for it. */
interface Brief {
  readonly value: Rational;
  readonly predikat: string;
  readonly bands: readonly Band[];
}

const briefOf = (s: Score): Brief => ({ value: s.index.value, predikat: s.band.predikat, bands: s.framework.bands });

class ScoredWhenRead implements ScoredAssessment {
  /** the index and predikat, once scored (an invalid assessment has none) */
  brief: Brief | null = null;

  constructor(
    readonly assessment: Assessment,
    readonly dialect: Dialect,
    private readonly scorer: LastScored,
  ) {}

  get score(): Score | null {
    return this.scorer.of(this).score;
  }

  get target(): TargetGap | null {
    return this.scorer.of(this).target;
  }

  /** absent (undefined) unless asked for, as `score`'s: renderers tell "not asked" from "could not be placed" (null) */
  get standing(): Standing | null | undefined {
    return this.scorer.of(this).standing;
  }
}

interface Made {
  readonly score: Score | null;
  readonly target: TargetGap | null;
  readonly standing: Standing | null | undefined;
}

/** The last assessment's score, target and standing, as `score` and --banding make them: one held at a time. */
class LastScored {
  private last: (Made & { readonly of: ScoredWhenRead }) | null = null;

  constructor(
    private readonly options: ScoreReportOptions,
    private readonly place?: PlaceScored,
  ) {}

  of(scored: ScoredWhenRead): Made {
    if (this.last?.of !== scored) {
      const now = scoredNow(scored.assessment, this.options);
      if (now.score) scored.brief = briefOf(now.score);
      // placed when asked for, and scored: an assessment with errors has no standing, as with `score`
      const standing = this.place === undefined || now.score === null ? undefined : this.place(scored.assessment, now.score);
      this.last = { of: scored, ...now, standing };
    }
    return this.last;
  }
}

/** What a run over many files comes to: counts, the mean index, and how many got each predikat. */
export interface ScoreSummary {
  readonly assessments: number;
  readonly scored: number;
  /** the exact mean of the scored indices (null when none was scored) */
  readonly mean: Shown | null;
  /** predikat → count, in the framework's band order */
  readonly predikat: readonly { readonly predikat: string; readonly count: number }[];
  /**
   * The mean of each jenis, in the order first scored, where the scored assessments are of more than one
   * (a file of an instansi's mandiri and its evaluasi): their one mean ("3.36" of 3.64 and 3.08) is no
   * index anyone has. Empty where they are of one jenis (or say none).
   */
  readonly byJenis: readonly { readonly jenis: string | null; readonly scored: number; readonly mean: Shown }[];
}

export function summarize(report: ScoreReport): ScoreSummary {
  // one pass holding no score: a report scored when read (`scoreWhenRead`) makes each as it is asked for
  const counts = new Map<string, number>();
  let scored = 0;
  let total = ZERO;
  let order: readonly string[] = [];
  const jenis = new Map<string | null, { scored: number; total: Rational }>();
  for (const a of report.assessments) {
    // one scored when read and already written: what it came to, without scoring it again
    const s = a instanceof ScoredWhenRead && (a.brief !== null || !a.assessment.valid) ? a.brief : a.score && briefOf(a.score);
    if (!s) continue;
    if (scored === 0) order = s.bands.map((b) => b.predikat);
    scored++;
    total = add(total, s.value);
    counts.set(s.predikat, (counts.get(s.predikat) ?? 0) + 1);
    const of = jenis.get(a.assessment.jenis) ?? { scored: 0, total: ZERO };
    jenis.set(a.assessment.jenis, { scored: of.scored + 1, total: add(of.total, s.value) });
  }
  return {
    assessments: report.assessments.length,
    scored,
    mean: scored > 0 ? shown(div(total, fromInt(scored))) : null,
    predikat: order.filter((p) => counts.has(p)).map((p) => ({ predikat: p, count: counts.get(p)! })),
    byJenis: jenis.size < 2 ? [] : [...jenis].map(([j, of]) => ({ jenis: j, scored: of.scored, mean: shown(div(of.total, fromInt(of.scored))) })),
  };
}
