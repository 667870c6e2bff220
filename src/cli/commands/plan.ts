import { HELP } from "../../messages/cli.js";
import { RANK_HELP } from "../../messages/rank.js";
import { basisOption, type Define, inputOptions, outputOptions } from "./common.js";
import type { PlanFlags } from "./plan-run.js";

export const planCommand: Define = (program, run, t) => {
  const cmd = program.command("plan").description(t(HELP.plan)).argument("<file>", t(HELP.planFile));
  inputOptions(cmd, t);
  outputOptions(cmd, "plan", t);
  basisOption(cmd, t);
  return cmd
    .option("--excel", t(HELP.excel))
    .option("--target <number|predikat>", t(HELP.planTarget))
    .option("--cost <file>", t(HELP.cost))
    .option("--budget <n>", t(HELP.budget))
    .option("--max-step <n>", t(HELP.maxStep))
    .option("--fix <ids>", t(HELP.fix))
    .option("--raise-external", t(HELP.raiseExternal))
    .option("--step <size>", t(HELP.step))
    .option("--target-rank <n>", t(RANK_HELP.targetRank))
    .option("--nasional <year>", t(RANK_HELP.planNasional))
    .option("--kategori <kategori>", t(RANK_HELP.planKategori))
    .option("--provinsi <name>", t(RANK_HELP.provinsi))
    .allowExcessArguments()
    .action((file: string, options: PlanFlags, c) => run(c, async (ctx) => (await import("./plan-run.js")).runPlan(ctx, file, options, c.args.slice(1))));
};
