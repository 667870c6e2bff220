import { decideExit } from "../../core/exit.js";
import type { PredikatBasis } from "../../frameworks/types.js";
import { CLI, HELP } from "../../messages/cli.js";
import { RANK_HELP } from "../../messages/rank.js";
import { entryFromScore } from "../../rank/entry.js";
import { placeAmong } from "../../rank/rank.js";
import { type ScoredAssessment, type ScoreReport, score, summarize } from "../../scoring/report.js";
import { parseTarget } from "../../scoring/score.js";
import { readAssessmentFile, readOptionsOf } from "../assessments.js";
import type { Context } from "../context.js";
import { cliError } from "../errors.js";
import { parseIgnore } from "../ignore.js";
import { expandInputs } from "../inputs.js";
import { refuseOutputOverInput } from "../io.js";
import { chooseRenderer, type OutputOptions, writeReport } from "../output.js";
import { parseKategori, readRankingInputs } from "../ranking.js";
import { frameworkFiles, resolveScoringFramework } from "../resolve-framework.js";
import { basisOption, type Define, inputOptions, outputOptions, parseBasis } from "./common.js";

interface ScoreOptions extends OutputOptions {
  framework?: string;
  target?: string;
  delimiter?: string;
  maxBytes?: string;
  withoutExternal?: boolean;
  predikatBasis?: string;
  ignore?: string;
  banding?: string;
  kategori?: string;
  provinsi?: string;
}

export const scoreCommand: Define = (program, run, t) => {
  const cmd = program.command("score").description(t(HELP.score)).argument("<file...>", t(HELP.scoreFiles));
  inputOptions(cmd, t);
  outputOptions(cmd, "score", t);
  basisOption(cmd, t);
  return cmd
    .option("--excel", t(HELP.excel))
    .option("--target <number|predikat>", t(HELP.target))
    .option("--banding <nasional-YYYY|file>", t(RANK_HELP.banding))
    .option("--kategori <kategori>", t(RANK_HELP.kategori))
    .option("--provinsi <name>", t(RANK_HELP.provinsi))
    .action((files: string[], options: ScoreOptions, c) => run(c, (ctx) => runScore(ctx, files, options)));
};

async function runScore(ctx: Context, files: readonly string[], options: ScoreOptions): Promise<number> {
  refuseOutputOverInput(ctx, options.output, [...files, ...frameworkFiles(options.framework)]);
  const entry = chooseRenderer("score", options);
  const basis = parseBasis(options.predikatBasis);
  const framework = await resolveScoringFramework(ctx, options.framework, options.withoutExternal);
  const target = options.target === undefined ? undefined : parseTarget(framework, options.target);
  if (target === null) {
    const names = framework.bands
      .filter((b) => b.min !== null)
      .map((b) => b.predikat)
      .join(", ");
    throw cliError(CLI.badTarget, { value: options.target!, max: framework.levels.max, names });
  }
  const readOptions = readOptionsOf(options);
  const ignoring = parseIgnore(options.ignore);
  // files, directories and globs, expanded here (Windows shells do not expand data/*.csv)
  const inputs = expandInputs(ctx, files);
  refuseOutputOverInput(ctx, options.output, inputs);
  const read = [];
  for (const file of inputs) read.push(ignoring.file(await readAssessmentFile(ctx, file, framework, readOptions)));
  const scored = score(read, { target, basis });
  const report = options.banding === undefined ? scored : await withStanding(ctx, scored, options, basis);
  await writeReport(ctx, entry, options, report, report.findings);
  if (report.assessments.length > 1) {
    const s = summarize(report);
    const predikat = s.predikat.map((p) => `${p.predikat} ${p.count}`).join(", ");
    const line = ctx.t(CLI.scoreSummary, {
      files: inputs.length,
      assessments: s.assessments,
      scored: s.scored,
      mean: s.mean?.display ?? "–",
      predikat: predikat ? ` (${predikat})` : "",
    });
    ctx.stderr.write(`${line}${ignoring.suffix(ctx)}\n`);
  } else if (ignoring.count > 0) ctx.stderr.write(`spbe: ${ctx.t(CLI.ignoredLine, { count: ignoring.count, codes: ignoring.list.join(",") })}\n`);
  return decideExit(report.findings).code;
}

/**
 * `--banding nasional-2024` (or a result table of one's own): each scored
 * assessment placed among those results, in its kategori nationally and in its
 * province (`--kategori` / `--provinsi`, or the file's own columns).
 */
async function withStanding(ctx: Context, report: ScoreReport, options: ScoreOptions, basis: PredikatBasis | undefined): Promise<ScoreReport> {
  const kategori = parseKategori(options.kategori);
  const among = await readRankingInputs(ctx, [options.banding!], { output: options.output, delimiter: options.delimiter }, parseIgnore(undefined), basis);
  // a table of one's own given as --banding is the reference here, not the user's entry
  const reference = among.entries.map((e) => (e.user ? { ...e, user: false } : e));
  const mine = report.assessments.filter((a) => a.score !== null);
  const standing = placeAmong(
    reference,
    mine.map((a) => entryFromScore(a.assessment, a.score!)),
    { kategori, provinsi: options.provinsi },
  );
  const byAssessment = new Map(mine.map((a, i) => [a, standing[i] ?? null]));
  const place = (a: ScoredAssessment): ScoredAssessment => (a.score ? { ...a, standing: byAssessment.get(a) ?? null } : a);
  return {
    ...report,
    files: report.files.map((f) => ({ ...f, assessments: f.assessments.map(place) })),
    assessments: report.assessments.map(place),
    findings: [...report.findings, ...among.findings],
  };
}
