import type { Assessment, AssessmentFile } from "../assessment/build.js";
import type { Finding } from "../core/findings.js";
import type { Dialect } from "../io/table.js";
import { type Score, type ScoreOptions, scoreAssessment, type Target, type TargetGap, targetGap } from "./score.js";

export interface ScoredAssessment {
  readonly assessment: Assessment;
  readonly dialect: Dialect;
  /** null when the assessment has errors: nothing is scored from incomplete data */
  readonly score: Score | null;
  readonly target: TargetGap | null;
}

/** What every `score` renderer receives: the scored assessments and all findings, in input order. */
export interface ScoreReport {
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
  const { target } = options;
  const assessments = files.flatMap((file) =>
    file.assessments.map((assessment): ScoredAssessment => {
      const scored = assessment.valid ? scoreAssessment(assessment, { basis: options.basis }) : null;
      return { assessment, dialect: file.table.dialect, score: scored, target: scored && target ? targetGap(scored, target) : null };
    }),
  );
  return { assessments, findings: files.flatMap((f) => f.findings) };
}
