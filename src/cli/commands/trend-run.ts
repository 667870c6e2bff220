import { decideExit } from "../../core/exit.js";
import { builtinFramework, builtinFrameworks, DEFAULT_FRAMEWORK_ID } from "../../frameworks/builtin.js";
import { CLI } from "../../messages/cli.js";
import { RANK_CLI } from "../../messages/rank-cli.js";
import { TREND_LABEL } from "../../messages/rank-labels.js";
import type { RankEntry } from "../../rank/entry.js";
import { nameKey } from "../../rank/names.js";
import { matchInstansi, TargetRefusedError, type TrendOptions as TrendModelOptions, type TrendReport, trend } from "../../rank/trend.js";
import { parseTarget } from "../../scoring/score.js";
import type { Context } from "../context.js";
import { cliError, usageError } from "../errors.js";
import { parseIgnore } from "../ignore.js";
import { chooseRenderer, type OutputOptions, writeReport } from "../output.js";
import { loadRendererFirst, parseJenis, type RankingFlags, readRankingInputs, refuseTargetsOnly } from "../ranking.js";
import { perhaps, suggestSimilar } from "../suggest.js";
import { badTargetArgs, parseBasis } from "./common.js";

export interface TrendOptions extends OutputOptions, RankingFlags {
  instansi?: string;
  target?: string;
  jenis?: string;
  predikatBasis?: string;
  ignore?: string;
}

export async function runTrend(ctx: Context, inputs: readonly string[], options: TrendOptions): Promise<number> {
  const entry = await chooseRenderer(ctx, "trend", options);
  const basis = parseBasis(options.predikatBasis);
  const ignoring = parseIgnore(options.ignore, ctx.configured("ignore"));
  const jenis = parseJenis(options.jenis);
  // a target no bundled framework can read is refused before a national file is read through; one of a
  // framework file's own scale is checked once the rows say which framework each series is of (below)
  if (options.target !== undefined && options.framework === undefined && builtinFrameworks().every((f) => !parseTarget(f, options.target!))) {
    throw usageError(CLI.badTarget, badTargetArgs(builtinFramework(DEFAULT_FRAMEWORK_ID)!, options.target));
  }
  await loadRendererFirst(entry);
  const read = await readRankingInputs(ctx, inputs, options, ignoring, basis);
  await refuseTargetsOnly(ctx, read, RANK_CLI.targetsOnly);
  if (options.instansi !== undefined) {
    const keys = new Map(read.entries.map((e) => [e.key, e.instansi]));
    const matched = matchInstansi(keys.keys(), options.instansi);
    // one instansi, as --help says: "Bogor" gave Kab. and Kota Bogor, "Kabupaten" 392, without a word
    if (matched.length > 1) {
      const names = matched.map((k) => keys.get(k)!).sort((a, b) => a.localeCompare(b, "id"));
      throw cliError(RANK_CLI.manyInstansi, {
        name: options.instansi,
        count: names.length,
        names: names.length > 5 ? `${names.slice(0, 5).join(", ")}, …` : names.join(", "),
        first: names[0]!,
      });
    }
    if (matched.length === 0) {
      // an instansi with targets alone (an RPJMD table's) and no index: said so, not "no instansi" beside the
      // table that names it
      const targeted = read.targets.filter((t) => matchInstansi([t.key], options.instansi!).length > 0);
      if (targeted.length > 0) {
        throw cliError(RANK_CLI.targetsOnlyOf, { name: options.instansi, files: [...new Set(targeted.map((t) => t.source))].join(", ") });
      }
      // compared as matching keys ("kabupaten bandung"), said as the names the inputs spell
      const similar = suggestSimilar(nameKey(options.instansi), [...keys.keys()]).map((k) => keys.get(k)!);
      throw cliError(RANK_CLI.noInstansi, {
        name: options.instansi,
        similar: perhaps(similar.slice(0, 5))[ctx.lang],
      });
    }
  }
  const report = trendOrRefusal(read.entries, { instansi: options.instansi, target: options.target, targets: read.targets, jenis });
  // --ignore holds for what rank and trend say themselves too (rank/duplicate, rank/jenis-left-out), not only for what reading said
  const findings = [...read.findings, ...ignoring.findings(report.findings)];
  await writeReport(ctx, entry, options, { ...report, findings }, findings);
  ctx.stderr.write(
    `spbe: ${ctx.t(RANK_CLI.trendSummary, { series: report.series.length, files: read.files, years: report.years.join(", ") || "–" })}${
      report.undated > 0 ? ctx.t(TREND_LABEL.undatedSummary, { count: report.undated }) : ""
    }${ignoring.suffix(ctx)}\n`,
  );
  return decideExit(findings).code;
}

/**
 * `trend`, with the target it refuses said as a usage error. `trend` judges `--target` against the
 * framework of each series judged (a framework file's scale and predikat, not only 2020's) before
 * anything else, and its RangeError names that framework: judged once, there, not again here.
 */
function trendOrRefusal(entries: readonly RankEntry[], options: TrendModelOptions): TrendReport {
  try {
    return trend(entries, options);
  } catch (error) {
    if (error instanceof TargetRefusedError) throw usageError(CLI.badTarget, badTargetArgs(error.framework, error.target));
    throw error;
  }
}
