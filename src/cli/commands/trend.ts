import { HELP } from "../../messages/cli.js";
import { RANK_HELP } from "../../messages/rank.js";
import { basisOption, type Define, inputOptions, outputOptions } from "./common.js";
import type { TrendOptions } from "./trend-run.js";

export const trendCommand: Define = (program, run, t) => {
  const cmd = program.command("trend").description(t(RANK_HELP.trend)).argument("[input...]", t(RANK_HELP.rankInputs));
  inputOptions(cmd, t);
  outputOptions(cmd, "trend", t);
  basisOption(cmd, t);
  return cmd
    .option("--excel", t(HELP.excel))
    .option("--nasional <years>", t(RANK_HELP.nasional))
    .option("--instansi <name>", t(RANK_HELP.instansi))
    .option("--target <number|predikat>", t(RANK_HELP.trendTarget))
    .option("--jenis <jenis>", t(RANK_HELP.jenis))
    .action((inputs: string[], options: TrendOptions, c) => run(c, async (ctx) => (await import("./trend-run.js")).runTrend(ctx, inputs, options)));
};
