import type { Assessment } from "../assessment/build.js";
import type { Finding } from "../core/findings.js";
import type { PredikatBasis } from "../frameworks/types.js";
import { RANK_CLI } from "../messages/rank-cli.js";
import { assessmentKategori, entryFromScore } from "../rank/entry.js";
import { KATEGORI_FILTERS } from "../rank/names.js";
import { placerAmong } from "../rank/rank.js";
import { terminalSafe } from "../report/text.js";
import type { PlaceScored, ScoreReport } from "../scoring/report.js";
import type { ScoreOptions } from "./commands/score-run.js";
import type { Context } from "./context.js";
import { parseIgnore } from "./ignore.js";
import { parseKategori, readRankingInputs, refuseTargetsOnly, resolveProvinsi } from "./ranking.js";

/**
 * `--banding nasional-2024` (or a result table of one's own): each scored
 * assessment placed among those results, in its kategori nationally and in its
 * province (`--kategori` / `--provinsi`, or the file's own columns). The results
 * are read first, and each assessment is placed as it is scored and written
 * (`scoreWhenRead`'s `place`), so that `score --banding` over a national
 * long-form file holds no more than `score` does (a million rows: 1 GB, read
 * whole and placed all at once).
 */
export async function bandingPlacer(
  ctx: Context,
  options: ScoreOptions,
  basis: PredikatBasis | undefined,
): Promise<{ readonly place: PlaceScored; readonly findings: readonly Finding[]; readonly sayUnplaceable: (report: ScoreReport) => Promise<void> }> {
  const kategori = parseKategori(options.kategori);
  // (its findings named as --stdin-name says, when the table is piped in: they said "-:3:5"; a table of one's own
  // read with the run's framework and limits, as rank reads it: the bundled results keep theirs whatever they say)
  const among = await readRankingInputs(
    ctx,
    [options.banding!],
    {
      output: options.output,
      delimiter: options.delimiter,
      stdinName: options.stdinName,
      framework: options.framework,
      withoutExternal: options.withoutExternal,
      maxBytes: options.maxBytes,
    },
    parseIgnore(undefined),
    basis,
  );
  // a table of targets alone has no index to place among: said so, not "cannot be placed" beside every score
  await refuseTargetsOnly(ctx, among, RANK_CLI.bandingTargetsOnly);
  const reference = among.entries;
  // a provinsi none of them is in (a typo) is refused as rank refuses it, not dropped from the standing;
  // a short form ("Jabar") is the province it names
  const provinsi = resolveProvinsi(ctx, reference, options.provinsi);
  const placer = placerAmong(reference, { kategori, provinsi });
  // one kategori (not a group) is the user's word over the file's column or its name, as plan --target-rank
  // takes it and --help says ("its standing within this kategori"): "Kab. X" with --kategori kota was placed
  // among the kabupaten without a word
  const only = kategori === undefined ? undefined : KATEGORI_FILTERS[kategori];
  const asKategori = only?.length === 1 ? only[0]! : null;
  const theirs = [...new Set(reference.map((e) => e.framework.id))];
  // a group (pemda, pusat) takes the assessment's own kategori where the group has it; one it leaves out (pusat
  // for a kabupaten) was placed among its own kategori without a word: not placed, and said why (below)
  const outsideGroup = (a: Assessment): string | null => {
    if (only === undefined || asKategori !== null) return null;
    const own = assessmentKategori(a);
    return own !== null && !only.includes(own) ? own : null;
  };
  return {
    place: (assessment, score) => {
      if (outsideGroup(assessment) !== null) return null;
      const entry = entryFromScore(assessment, score);
      return placer(asKategori === null || entry.kategori === asKategori ? entry : { ...entry, kategori: asKategori });
    },
    findings: among.findings,
    // "cannot be placed (no results of its kategori)" was the whole word on a spbe-2018 assessment among
    // 2024's results, where there are 392 kabupaten: the reason said, as plan --target-rank says it. Of a
    // valid assessment of another framework than the results' one that is not placed (its standing asked
    // for here, before the report is written, for those alone: one outside --kategori or --provinsi may
    // still be placed, among the results of its own kategori)
    sayUnplaceable: async (report) => {
      const { RANK_LABEL } = await import("../messages/rank-labels.js");
      for (const scored of report.assessments) {
        const own = scored.assessment.valid ? outsideGroup(scored.assessment) : null;
        if (own === null) continue;
        const args = { file: terminalSafe(scored.assessment.source), kategori: own, value: kategori!, group: only!.join(", ") };
        ctx.stderr.write(`spbe: ${ctx.t(RANK_LABEL.bandingOutsideGroup, args)}\n`);
      }
      if (theirs.length !== 1) return;
      for (const scored of report.assessments) {
        const a = scored.assessment;
        if (!a.valid || a.framework.id === theirs[0] || scored.standing !== null) continue;
        const args = { file: terminalSafe(a.source), source: options.banding!, national: theirs[0]!, framework: a.framework.id };
        ctx.stderr.write(`spbe: ${ctx.t(RANK_LABEL.bandingFramework, args)}\n`);
      }
    },
  };
}
