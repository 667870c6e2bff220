import type { DiffReport, Side } from "../compare/diff.js";
import type { Lang } from "../messages/text.js";
import type { Score } from "../scoring/score.js";
import { findingJson, frameworkJson, indexJson, num, SCHEMA_VERSION, shownJson, stringify } from "./json.js";
import type { RenderOptions } from "./options.js";

function sideJson(side: Side, score: Score | null, lang: Lang) {
  const a = side.assessment;
  return {
    label: side.label,
    source: a.source,
    instansi: a.instansi,
    tahun: a.tahun,
    jenis: a.jenis,
    // the framework this side was read and scored with: the top-level one is side a's, which
    // says nothing of b when the two differ (diff/framework-mismatch)
    framework: frameworkJson(a.framework, lang),
    valid: a.valid,
    index: score ? indexJson(score, lang) : null,
  };
}

/**
 * `spbe diff --format json`: one document, also when the comparison cannot be
 * made (then the top-level `index` is null, and a side's `index` only when
 * that side has errors). The top-level `framework` is side a's, kept for the
 * documents already read; each side says its own.
 */
export function renderDiffJson({ result, findings }: DiffReport, { lang }: RenderOptions): string {
  const d = result?.diff ?? null;
  return stringify({
    schemaVersion: SCHEMA_VERSION,
    framework: result ? frameworkJson(result.a.assessment.framework, lang) : null,
    a: result ? sideJson(result.a, result.scores.a, lang) : null,
    b: result ? sideJson(result.b, result.scores.b, lang) : null,
    index: d ? { delta: shownJson(d.index) } : null,
    predikatChanged: d ? d.predikatChanged : null,
    counts: d ? d.counts : null,
    meanAbsoluteDelta: d ? shownJson(d.meanAbsoluteDelta) : null,
    domains: d
      ? d.domains.map((t) => ({
          id: t.tier.id,
          name: t.tier.name,
          weight: num(t.tier.weight),
          a: shownJson(t.a),
          b: shownJson(t.b),
          delta: shownJson(t.delta),
        }))
      : [],
    aspects: d
      ? d.aspects.map((t) => ({
          id: t.tier.id,
          domain: t.tier.domain,
          name: t.tier.name,
          weight: num(t.tier.weight),
          a: shownJson(t.a),
          b: shownJson(t.b),
          delta: shownJson(t.delta),
        }))
      : [],
    indicators: d
      ? d.indicators.map((i) => ({
          id: i.indicator.id,
          ...(i.indicator.code ? { code: i.indicator.code } : {}),
          aspect: i.indicator.aspect,
          name: i.indicator.name,
          weight: num(i.indicator.weight),
          a: num(i.a),
          b: num(i.b),
          delta: num(i.delta),
          impact: shownJson(i.impact),
        }))
      : [],
    findings: findings.map((f) => findingJson(f, lang)),
  });
}
