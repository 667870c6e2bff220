import { HELP } from "../../messages/cli.js";
import { RANK_HELP } from "../../messages/rank.js";
import { basisOption, type Define, inputOptions, outputOptions } from "./common.js";
import type { RankOptions } from "./rank-run.js";

export const rankCommand: Define = (program, run, t) => {
  const cmd = program.command("rank").description(t(RANK_HELP.rank)).argument("[input...]", t(RANK_HELP.rankInputs));
  inputOptions(cmd, t);
  outputOptions(cmd, "rank", t);
  basisOption(cmd, t);
  const by = cmd.createOption("--by <group>", t(RANK_HELP.by));
  by.argChoices = ["kategori", "provinsi"];
  return cmd
    .option("--excel", t(HELP.excel))
    .option("--nasional <years>", t(RANK_HELP.nasional))
    .option("--tahun <year>", t(RANK_HELP.tahun))
    .option("--kategori <kategori>", t(RANK_HELP.kategori))
    .option("--provinsi <name>", t(RANK_HELP.provinsi))
    .addOption(by)
    .option("--top <n>", t(RANK_HELP.top))
    .option("--jenis <jenis>", t(RANK_HELP.jenis))
    .option("--allow-mixed", t(RANK_HELP.allowMixed))
    .action((inputs: string[], options: RankOptions, c) => run(c, async (ctx) => (await import("./rank-run.js")).runRank(ctx, inputs, options)));
};
