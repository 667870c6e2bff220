import { HELP } from "../../messages/cli.js";
import { RANK_HELP } from "../../messages/rank.js";
import { basisOption, type Define, inputOptions, outputOptions } from "./common.js";
import type { ScoreOptions } from "./score-run.js";

export const scoreCommand: Define = (program, run, t) => {
  const cmd = program.command("score").description(t(HELP.score)).argument("<file...>", t(HELP.scoreFiles));
  inputOptions(cmd, t);
  outputOptions(cmd, "score", t);
  basisOption(cmd, t);
  return cmd
    .option("--excel", t(HELP.excel))
    .option("--target <number|predikat>", t(HELP.target))
    .option("--banding <nasional-YYYY|file>", t(RANK_HELP.banding))
    .option("--kategori <kategori>", t(RANK_HELP.bandingKategori))
    .option("--provinsi <name>", t(RANK_HELP.bandingProvinsi))
    .action((files: string[], options: ScoreOptions, c) => run(c, async (ctx) => (await import("./score-run.js")).runScore(ctx, files, options)));
};
