import type { AssessmentFile } from "../../assessment/build.js";
import { hasRole } from "../../assessment/columns.js";
import { decideExit } from "../../core/exit.js";
import { CLI } from "../../messages/cli.js";
import { BANDING_CLI } from "../../messages/rank.js";
import { terminalSafe } from "../../report/text.js";
import { type ScoreSummary, scoreWhenRead, summarize } from "../../scoring/report.js";
import { parseTarget } from "../../scoring/score.js";
import { readAssessmentFile, readOptionsOf } from "../assessments.js";
import type { Context } from "../context.js";
import { cliError, usageError } from "../errors.js";
import { parseIgnore } from "../ignore.js";
import { expandInputs } from "../inputs.js";
import { refuseOutputOverInput } from "../io.js";
import { chooseRenderer, type OutputOptions, writeReport } from "../output.js";
import { frameworkFiles, resolveScoringFramework } from "../resolve-framework.js";
import { badTargetArgs, parseBasis } from "./common.js";

export interface ScoreOptions extends OutputOptions {
  /** `--stdin-name` (every reading command has it: `inputOptions`) */
  stdinName?: string;
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

/**
 * An input this large is read lean when its output is written an assessment at a time: below it, the
 * whole reading is as fast (the usual sheet is a few kilobytes, and start-up is what counts there).
 */
const LEAN_FROM = 64 << 10;

/** The columns score's HTML shows beside the levels, which a lean reading does not keep. */
const CARRIED = ["evidence", "note", "owner"] as const;

export async function runScore(ctx: Context, files: readonly string[], options: ScoreOptions): Promise<number> {
  refuseOutputOverInput(ctx, options.output, [...files, ...frameworkFiles(options.framework)]);
  // they place the assessment among national results only: without --banding they were ignored without a
  // word ("--provinsi Atlantis" passed, exit 0), as plan refuses them without --target-rank
  if (options.banding === undefined && (options.kategori ?? options.provinsi) !== undefined) throw usageError(BANDING_CLI.placeNeedsBanding);
  const entry = await chooseRenderer(ctx, "score", options);
  const basis = parseBasis(options.predikatBasis);
  const framework = await resolveScoringFramework(ctx, options.framework, options.withoutExternal);
  const target = options.target === undefined ? undefined : parseTarget(framework, options.target);
  if (target === null) throw cliError(CLI.badTarget, badTargetArgs(framework, options.target!));
  const readOptions = readOptionsOf(options);
  const ignoring = parseIgnore(options.ignore, ctx.configured("ignore"));
  // files, directories and globs, expanded here (Windows shells do not expand data/*.csv)
  const inputs = expandInputs(ctx, files);
  refuseOutputOverInput(ctx, options.output, inputs);
  // (stdin may be the --banding table's)
  if (options.stdinName !== undefined)
    (await import("../stdin-name.js")).sayUnusedStdinName(ctx, options.stdinName, options.banding === undefined ? inputs : [...inputs, options.banding]);
  // stdin is read once: `score - --banding -` scored the input and placed it among an empty table
  if (options.banding === "-" && inputs.includes("-")) throw cliError(CLI.stdinTwice);
  // Every format is written an assessment at a time, and each assessment scored as it is written
  // (`scoreWhenRead`), and a large input is read lean: the same output in a fraction of the memory (a
  // million rows: CSV 1.5 GB, the table 2.3 GB; a national file's HTML 285 MB → see README, Kinerja).
  // HTML shows bukti, catatan and pj, which a lean reading drops: a file with one of those columns is
  // read again, whole (`wholeWhen`). --banding places each as it is scored.
  const wholeWhen = entry.format === "html" ? (lean: AssessmentFile) => lean.header !== null && CARRIED.some((role) => hasRole(lean.header!, role)) : undefined;
  const read = [];
  for (const file of inputs) {
    // without the rows it was built from (`table`: a one-file diff reads them again, score never)
    const { table: _rows, ...assessments } = await readAssessmentFile(ctx, file, framework, {
      ...readOptions,
      leanFrom: LEAN_FROM,
      wholeWhen,
    });
    read.push(ignoring.file(assessments));
  }
  // --banding reads a national table, after the inputs (lean, levels only: nothing is scored yet); each
  // assessment is placed as it is scored (its code loads only when asked for)
  const banding = options.banding === undefined ? null : await (await import("../standing.js")).bandingPlacer(ctx, options, basis);
  const scored = scoreWhenRead(read, { target, basis }, banding?.place);
  const report = banding === null ? scored : { ...scored, findings: [...scored.findings, ...banding.findings] };
  await banding?.sayUnplaceable(report);
  await writeReport(ctx, entry, options, report, report.findings);
  // the summary scores every assessment: not when the reader of the output went away before the end
  if (report.assessments.length > 1 && !ctx.stdout.gone) {
    const s = summarize(report);
    const predikat = s.predikat.map((p) => `${p.predikat} ${p.count}`).join(", ");
    const line = ctx.t(CLI.scoreSummary, {
      files: inputs.length,
      assessments: s.assessments,
      scored: s.scored,
      mean: s.byJenis.length > 0 ? await meanByJenis(ctx, s.byJenis) : (s.mean?.display ?? "–"),
      predikat: predikat ? ` (${predikat})` : "",
    });
    ctx.stderr.write(`${line}${ignoring.suffix(ctx)}\n`);
  } else ignoring.sayIgnored(ctx);
  return decideExit(report.findings).code;
}

/** "per jenis: mandiri 3.64, evaluasi 3.08": a mandiri and an evaluasi averaged together made an index no one has. */
async function meanByJenis(ctx: Context, byJenis: ScoreSummary["byJenis"]): Promise<string> {
  const { SCORE_SUMMARY } = await import("../../messages/score-summary.js");
  const means = byJenis.map((j) => `${j.jenis === null ? ctx.t(SCORE_SUMMARY.noJenis) : terminalSafe(j.jenis)} ${j.mean.display}`);
  return ctx.t(SCORE_SUMMARY.byJenis, { means: means.join(", ") });
}
