import type { Lang } from "../messages/text.js";
import type { ScoredAssessment, ScoreReport } from "../scoring/report.js";
import { givenValues } from "../scoring/score.js";
import { findingJson, frameworkJson, indexJson, jsonPieces, LongArray, num, SCHEMA_VERSION, shownJson, stringify } from "./json.js";
import type { RenderOptions } from "./options.js";
import { standingJson } from "./standing.js";

/** Assessments from which the document is made in pieces (`jsonPieces`) rather than whole. */
const PIECED_FROM = 512;

/**
 * `spbe score --format json`: one document, also when the data is invalid. A national file's
 * (twenty thousand assessments, 200 MB of JSON) is made an assessment at a time, as it is written,
 * byte for byte the same (`jsonPieces`); the few assessments of a usual run, whole.
 */
export function scoreJsonPieces(report: ScoreReport, { lang }: RenderOptions): Iterable<string> {
  const doc = (assessments: unknown) => ({
    schemaVersion: SCHEMA_VERSION,
    assessments,
    findings: report.findings.map((f) => findingJson(f, lang)),
  });
  if (report.assessments.length < PIECED_FROM) return [stringify(doc(report.assessments.map((a) => assessmentJson(a, lang))))];
  // an assessment is ±17 KB of JSON (47 indicators): 16 to a piece
  return jsonPieces(doc(new LongArray(report.assessments, (a) => assessmentJson(a, lang), 16)));
}

function assessmentJson({ assessment, score, target, standing }: ScoredAssessment, lang: Lang) {
  const base = {
    source: assessment.source,
    instansi: assessment.instansi,
    tahun: assessment.tahun,
    jenis: assessment.jenis,
    framework: frameworkJson(assessment.framework, lang),
    valid: assessment.valid,
  };
  if (!score) {
    return {
      ...base,
      index: null,
      domains: [],
      aspects: [],
      indicators: givenValues(assessment).map((v) => ({
        id: v.indicator.id,
        aspect: v.indicator.aspect,
        name: v.indicator.name,
        weight: num(v.indicator.weight),
        value: num(v.value),
        levelName: null,
      })),
      weakestAspects: [],
      target: null,
    };
  }
  return {
    ...base,
    index: indexJson(score, lang),
    domains: score.domains.map((d) => ({
      id: d.tier.id,
      name: d.tier.name,
      weight: num(d.tier.weight),
      ...shownJson(d.score),
    })),
    aspects: score.aspects.map((a) => ({
      id: a.tier.id,
      domain: a.tier.domain,
      name: a.tier.name,
      weight: num(a.tier.weight),
      ...shownJson(a.score),
      shortfall: num(a.shortfall),
    })),
    indicators: score.indicators.map((i) => ({
      id: i.indicator.id,
      ...(i.indicator.code ? { code: i.indicator.code } : {}),
      aspect: i.indicator.aspect,
      name: i.indicator.name,
      weight: num(i.indicator.weight),
      value: num(i.value),
      levelName: i.levelName,
      levelNameVerified: i.levelNameVerified,
      shortfall: num(i.shortfall),
    })),
    weakestAspects: score.weakestAspects,
    target: target
      ? {
          ...shownJson(target.target),
          predikat: target.band.predikat,
          gap: shownJson(target.gap),
          reached: target.reached,
        }
      : null,
    // only with --banding: where the assessment stands among national results
    ...(standing !== undefined ? { standing: standing && standingJson(standing, lang) } : {}),
  };
}
