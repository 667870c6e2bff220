import { HELP } from "../../messages/cli.js";
import { type Define, inputOptions, outputOptions } from "./common.js";
import type { ValidateOptions } from "./validate-run.js";

export const validateCommand: Define = (program, run, t) => {
  const cmd = program.command("validate").description(t(HELP.validate)).argument("<input...>", t(HELP.validateInputs));
  inputOptions(cmd, t);
  outputOptions(cmd, "validate", t);
  return cmd
    .option("--strict", t(HELP.strict))
    .option("--max-warnings <n>", t(HELP.maxWarnings))
    .option("--columns <a,b>", t(HELP.validateColumns))
    .action((inputs: string[], options: ValidateOptions, c) => run(c, async (ctx) => (await import("./validate-run.js")).runValidate(ctx, inputs, options)));
};
