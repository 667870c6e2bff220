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

/** `target` is the parsed --target, when given; `options.basis` the --predikat-basis override. */
export function buildScoreReport(files: readonly AssessmentFile[], target?: Target, options: ScoreOptions = {}): ScoreReport {
  const assessments = files.flatMap((file) =>
    file.assessments.map((assessment): ScoredAssessment => {
      const score = assessment.valid ? scoreAssessment(assessment, options) : null;
      return { assessment, dialect: file.table.dialect, score, target: score && target ? targetGap(score, target) : null };
    }),
  );
  return { assessments, findings: files.flatMap((f) => f.findings) };
}
