import { decideExit } from "../../core/exit.js";
import { CLI, HELP } from "../../messages/cli.js";
import { score } from "../../scoring/report.js";
import { parseTarget } from "../../scoring/score.js";
import { parseDelimiter, readAssessmentFile, refuseRepeatedStdin } from "../assessments.js";
import type { Context } from "../context.js";
import { cliError } from "../errors.js";
import { parseMaxBytes, refuseOutputOverInput } from "../io.js";
import { chooseRenderer, type OutputOptions, writeReport } from "../output.js";
import { frameworkFiles, resolveScoringFramework } from "../resolve-framework.js";
import { basisOption, type Define, inputOptions, outputOptions, parseBasis } from "./common.js";

interface ScoreOptions extends OutputOptions {
  framework?: string;
  target?: string;
  delimiter?: string;
  maxBytes?: string;
  withoutExternal?: boolean;
  predikatBasis?: string;
}

export const scoreCommand: Define = (program, run, t) => {
  const cmd = program.command("score").description(t(HELP.score)).argument("<file...>", t(HELP.scoreFiles));
  inputOptions(cmd, t);
  outputOptions(cmd, "score", t);
  basisOption(cmd, t);
  return cmd
    .option("--excel", t(HELP.excel))
    .option("--target <number|predikat>", t(HELP.target))
    .action((files: string[], options: ScoreOptions, c) => run(c, (ctx) => runScore(ctx, files, options)));
};

async function runScore(ctx: Context, files: readonly string[], options: ScoreOptions): Promise<number> {
  refuseRepeatedStdin(files);
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
  const readOptions = { delimiter: parseDelimiter(options.delimiter), maxBytes: parseMaxBytes(options.maxBytes) };
  const read = [];
  for (const file of files) read.push(await readAssessmentFile(ctx, file, framework, readOptions));
  const report = score(read, { target, basis });
  await writeReport(ctx, entry, options, report, report.findings);
  return decideExit(report.findings).code;
}
