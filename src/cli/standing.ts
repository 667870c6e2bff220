import type { PredikatBasis } from "../frameworks/types.js";
import { entryFromScore } from "../rank/entry.js";
import { placeAmong } from "../rank/rank.js";
import { terminalSafe } from "../report/text.js";
import type { ScoredAssessment, ScoreReport } from "../scoring/report.js";
import type { ScoreOptions } from "./commands/score-run.js";
import type { Context } from "./context.js";
import { parseIgnore } from "./ignore.js";
import { parseKategori, readRankingInputs, resolveProvinsi } from "./ranking.js";

/**
 * `--banding nasional-2024` (or a result table of one's own): each scored
 * assessment placed among those results, in its kategori nationally and in its
 * province (`--kategori` / `--provinsi`, or the file's own columns).
 */
export async function withStanding(ctx: Context, report: ScoreReport, options: ScoreOptions, basis: PredikatBasis | undefined): Promise<ScoreReport> {
  const kategori = parseKategori(options.kategori);
  const among = await readRankingInputs(ctx, [options.banding!], { output: options.output, delimiter: options.delimiter }, parseIgnore(undefined), basis);
  const reference = among.entries;
  // a provinsi none of them is in (a typo) is refused as rank refuses it, not dropped from the standing;
  // a short form ("Jabar") is the province it names
  const provinsi = resolveProvinsi(ctx, reference, options.provinsi);
  const mine = report.assessments.filter((a) => a.score !== null);
  const standing = placeAmong(
    reference,
    mine.map((a) => entryFromScore(a.assessment, a.score!)),
    { kategori, provinsi },
  );
  const byAssessment = new Map(mine.map((a, i) => [a, standing[i] ?? null]));
  // "cannot be placed (no results of its kategori)" was the whole word on a spbe-2018 assessment among
  // 2024's results, where there are 392 kabupaten: the reason said, as plan --target-rank says it
  const theirs = [...new Set(reference.map((e) => e.framework.id))];
  if (theirs.length === 1) {
    const { RANK_LABEL } = await import("../messages/rank-labels.js");
    for (const a of mine) {
      if (byAssessment.get(a) !== null || a.assessment.framework.id === theirs[0]) continue;
      const args = { file: terminalSafe(a.assessment.source), source: options.banding!, national: theirs[0]!, framework: a.assessment.framework.id };
      ctx.stderr.write(`spbe: ${ctx.t(RANK_LABEL.bandingFramework, args)}\n`);
    }
  }
  const place = (a: ScoredAssessment): ScoredAssessment => (a.score ? { ...a, standing: byAssessment.get(a) ?? null } : a);
  return {
    ...report,
    files: report.files.map((f) => ({ ...f, assessments: f.assessments.map(place) })),
    assessments: report.assessments.map(place),
    findings: [...report.findings, ...among.findings],
  };
}
