import type { AssessmentFile, Assessment } from "../assessment/build.js";
import type { Finding } from "../core/findings.js";
import type { Dialect } from "../io/table.js";
import { type Score, type TargetGap, parseTarget, scoreAssessment, targetGap } from "./score.js";

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

/** `target` is the raw --target text, already checked by the caller against the framework. */
export function buildScoreReport(files: readonly AssessmentFile[], target?: string): ScoreReport {
  const assessments = files.flatMap((file) =>
    file.assessments.map((assessment): ScoredAssessment => {
      const score = assessment.valid ? scoreAssessment(assessment) : null;
      const parsed = target === undefined ? null : parseTarget(assessment.framework, target);
      return { assessment, dialect: file.table.dialect, score, target: score && parsed ? targetGap(score, parsed) : null };
    }),
  );
  return { assessments, findings: files.flatMap((f) => f.findings) };
}
