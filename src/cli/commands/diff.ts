import { HELP } from "../../messages/cli.js";
import { basisOption, type Define, inputOptions, outputOptions } from "./common.js";
import type { DiffOptions } from "./diff-run.js";

export const diffCommand: Define = (program, run, t) => {
  const cmd = program.command("diff").description(t(HELP.diff)).argument("<a>", t(HELP.diffA)).argument("[b]", t(HELP.diffB));
  inputOptions(cmd, t);
  outputOptions(cmd, "diff", t);
  basisOption(cmd, t);
  return cmd
    .option("--framework-b <id|path>", t(HELP.frameworkB))
    .option("--columns <a,b>", t(HELP.columns))
    .option("--excel", t(HELP.excel))
    .option("--top <n>", t(HELP.top))
    .option("--fail-above <x>", t(HELP.failAbove))
    .option("--strict", t(HELP.diffStrict))
    .allowExcessArguments()
    .action((a: string, b: string | undefined, options: DiffOptions, c) =>
      run(c, async (ctx) => (await import("./diff-run.js")).runDiff(ctx, a, b, options, c.args.slice(2))),
    );
};
