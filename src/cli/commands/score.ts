import { Command, Option } from "commander";
import { exitCodeFor } from "../../core/exit.js";
import { renderFindingLines } from "../../report/human.js";
import { buildScoreReport } from "../../scoring/report.js";
import { parseTarget } from "../../scoring/score.js";
import { parseDelimiter, readAssessmentFile, refuseRepeatedStdin } from "../assessments.js";
import { type Context, noColor } from "../context.js";
import { cliError } from "../errors.js";
import { emit, parseMaxBytes, refuseOutputOverInput } from "../io.js";
import { frameworkFiles, resolveScoringFramework } from "../resolve-framework.js";
import { type Runner, inputOptions } from "./common.js";

interface ScoreOptions {
  framework?: string;
  format: "table" | "json" | "csv" | "markdown";
  output?: string;
  target?: string;
  excel?: boolean;
  delimiter?: string;
  maxBytes?: string;
  withoutExternal?: boolean;
}

export function scoreCommand(run: Runner): Command {
  return inputOptions(new Command("score"))
    .description("hitung indeks, predikat, domain, aspek dan indikator / compute the index, predikat, domains, aspects and indicators")
    .argument("<file...>", "berkas CSV penilaian (- untuk stdin) / assessment CSV files (- for stdin)")
    .addOption(new Option("-f, --format <format>", "format keluaran / output format").choices(["table", "json", "csv", "markdown"]).default("table"))
    .option("-o, --output <file>", "tulis ke berkas (atomik) / write to a file (atomically)")
    .option("--excel", "CSV untuk Excel lokal Indonesia: ';', koma desimal, BOM, CRLF / CSV for Excel in the Indonesian locale")
    .option("--target <number|predikat>", "target indeks atau predikat, mis. 3.5 atau 'Sangat Baik' / target index or predikat")
    .action((files: string[], options: ScoreOptions, cmd: Command) => run(cmd, (ctx) => score(ctx, files, options)));
}

async function score(ctx: Context, files: readonly string[], options: ScoreOptions): Promise<number> {
  refuseRepeatedStdin(files);
  refuseOutputOverInput(ctx, options.output, [...files, ...frameworkFiles(options.framework)]);
  const framework = await resolveScoringFramework(ctx, options.framework, options.withoutExternal);
  const target = options.target === undefined ? undefined : parseTarget(framework, options.target);
  if (target === null) {
    const names = framework.bands.filter((b) => b.min !== null).map((b) => b.predikat).join(", ");
    throw cliError(
      `--target '${options.target}' bukan angka 0–${framework.levels.max} atau predikat (${names})`,
      `--target '${options.target}' is neither a number 0–${framework.levels.max} nor a predikat (${names})`,
    );
  }
  const readOptions = { delimiter: parseDelimiter(options.delimiter), maxBytes: parseMaxBytes(options.maxBytes) };
  const read = [];
  for (const file of files) read.push(await readAssessmentFile(ctx, file, framework, readOptions));
  const report = buildScoreReport(read, target);
  const { lang } = ctx;

  // Documents (json, markdown) carry their findings inside; table and csv leave stdout to the result
  // and list findings on stderr.
  let out: string;
  let findingsToStderr = true;
  switch (options.format) {
    case "json":
      out = (await import("../../report/score-json.js")).renderScoreJson(report, lang);
      findingsToStderr = false;
      break;
    case "markdown":
      out = (await import("../../report/score-markdown.js")).renderScoreMarkdown(report, lang);
      findingsToStderr = false;
      break;
    case "csv":
      out = (await import("../../report/score-csv.js")).renderScoreCsv(report, lang, { excel: options.excel === true });
      break;
    default: {
      const color = options.output === undefined ? ctx.color : noColor;
      out = (await import("../../report/score-table.js")).renderScoreTable(report.assessments, { lang, color });
    }
  }
  emit(ctx, options.output, out);
  if (findingsToStderr && report.findings.length > 0) {
    ctx.stderr.write(`${renderFindingLines(report.findings, { lang, color: ctx.errColor })}\n`);
  }
  return exitCodeFor(report.findings);
}
